// Dates as the United Nations writes them, in each of the six languages: day month year ("18 December 2013", never
// "December 18, 2013"), a 24-hour clock, and the time zone beside every time of day. Pure functions over Intl, so the
// unit tests assert the very strings a reader sees (Node and Chromium carry the same ICU data).
import type { Language } from '#domain/treaties/types.ts';

/**
 * `medium` for lists and tables ("18 Dec 2013"), `long` for sentences ("18 December 2013"), `year` for a year alone.
 * A value known only to the month or the year ("2018-09", "2018") keeps that precision whatever the style.
 */
export type DateStyle = 'medium' | 'long' | 'year';

export interface DateFormatter {
  /** `2013-12-18` (or a full timestamp: its UTC day) → a date in the language; an unparsable value comes back isolated. */
  date(iso: string, style?: DateStyle): string;
  /** A moment with its time of day and time zone: "18 Dec 2013, 14:05 CET" (the reader's zone unless one is given). */
  dateTime(iso: string): string;
}

/**
 * The locale each language formats dates with. English follows British usage, as the UN does (day before month);
 * the other five follow their own CLDR defaults, which already put the day first (or year-month-day in Chinese).
 */
const DATE_LOCALE: Record<Language, string> = { ar: 'ar', zh: 'zh', en: 'en-GB', fr: 'fr', ru: 'ru', es: 'es' };

// Unicode first-strong isolate … pop directional isolate: text that cannot be localised (an unparsable value kept as
// given) stays in one direction inside an Arabic sentence.
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Russian CLDR patterns end the year with "г." ("18 декабря 2013 г."): inside a sentence ending with its own full stop
 * that printed "г.." Sentences say the year in full, as UN Russian texts do ("18 декабря 2013 года"); short forms drop
 * the abbreviation ("18 дек. 2013", "18 дек. 2013, 14:05 UTC"), which leaves no dot at the end.
 */
function russianYear(parts: Intl.DateTimeFormatPart[], full: boolean): string {
  return parts
    .map((p) => (p.type === 'literal' ? p.value.replace(/\s*г\./u, full ? ' года' : '') : p.value))
    .join('');
}

export function createDateFormatter(lang: Language, timeZone?: string): DateFormatter {
  const locale = DATE_LOCALE[lang];
  const options: Record<DateStyle | 'month' | 'dateTime', Intl.DateTimeFormatOptions> = {
    medium: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
    long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
    year: { year: 'numeric', timeZone: 'UTC' },
    dateTime: {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      timeZone,
    },
  };
  // Each made on first use: building an Intl formatter loads locale data (milliseconds each on a phone), and most
  // screens use one or two of the five.
  const made = new Map<keyof typeof options, Intl.DateTimeFormat>();
  const formatter = (key: keyof typeof options) => {
    let f = made.get(key);
    if (!f) made.set(key, (f = new Intl.DateTimeFormat(locale, options[key])));
    return f;
  };
  const format = (f: Intl.DateTimeFormat, d: Date, fullYear: boolean) =>
    lang === 'ru' ? russianYear(f.formatToParts(d), fullYear) : f.format(d);
  const parse = (iso: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  const kept = (iso: string) => `${FSI}${iso}${PDI}`;

  return {
    date(iso, style = 'medium') {
      // Sources sometimes give only a month or a year ("2018-09"): show that precision, not an invented day.
      if (/^\d{4}$/.test(iso)) return format(formatter('year'), new Date(`${iso}-01-01T00:00:00Z`), true);
      if (/^\d{4}-\d{2}$/.test(iso)) return format(formatter('month'), new Date(`${iso}-01T00:00:00Z`), true);
      const d = parse(iso);
      if (Number.isNaN(d.getTime())) return kept(iso);
      return format(formatter(style), d, style !== 'medium');
    },
    dateTime(iso) {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? kept(iso) : format(formatter('dateTime'), d, false);
    },
  };
}
