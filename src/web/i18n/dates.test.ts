// Dates as the UN writes them, in the six languages: the exact strings a reader sees, and the catalogue sentences that
// hold a date read without a doubled full stop.
import { describe, expect, it } from 'vitest';
import ar from '#i18n/ar.json' with { type: 'json' };
import en from '#i18n/en.json' with { type: 'json' };
import es from '#i18n/es.json' with { type: 'json' };
import fr from '#i18n/fr.json' with { type: 'json' };
import ru from '#i18n/ru.json' with { type: 'json' };
import zh from '#i18n/zh.json' with { type: 'json' };
import { LANGUAGES, type Language } from '#domain/treaties/types.ts';
import { createDateFormatter, type DateStyle } from './dates.ts';
import { formatMessage } from './icu.ts';

const RESOLUTION_DAY = '2013-12-18';
const MOMENT = '2013-12-18T09:05:00Z';

// One row per language: medium (tables), long (sentences), a month alone, a year alone, and a moment in UTC.
const EXPECTED: Record<Language, { medium: string; long: string; month: string; year: string; moment: string }> = {
  en: { medium: '18 Dec 2013', long: '18 December 2013', month: 'December 2013', year: '2013', moment: '18 Dec 2013, 09:05 UTC' },
  fr: { medium: '18 déc. 2013', long: '18 décembre 2013', month: 'décembre 2013', year: '2013', moment: '18 déc. 2013, 09:05 UTC' },
  es: {
    medium: '18 dic 2013',
    long: '18 de diciembre de 2013',
    month: 'diciembre de 2013',
    year: '2013',
    moment: '18 dic 2013, 09:05 UTC',
  },
  ru: {
    medium: '18 дек. 2013',
    long: '18 декабря 2013 года',
    month: 'декабрь 2013 года',
    year: '2013',
    moment: '18 дек. 2013, 09:05 UTC',
  },
  zh: { medium: '2013年12月18日', long: '2013年12月18日', month: '2013年12月', year: '2013年', moment: '2013年12月18日 UTC 09:05' },
  ar: { medium: '18 ديسمبر 2013', long: '18 ديسمبر 2013', month: 'ديسمبر 2013', year: '2013', moment: '18 ديسمبر 2013، 09:05 UTC' },
};

describe.each(LANGUAGES)('dates in %s', (lang) => {
  const f = createDateFormatter(lang, 'UTC');
  const want = EXPECTED[lang];

  it('writes a day as the UN does, in tables and in sentences', () => {
    expect(f.date(RESOLUTION_DAY)).toBe(want.medium);
    expect(f.date(RESOLUTION_DAY, 'medium')).toBe(want.medium);
    expect(f.date(RESOLUTION_DAY, 'long')).toBe(want.long);
  });

  it('keeps the precision of a month or a year alone', () => {
    expect(f.date('2013-12')).toBe(want.month);
    expect(f.date('2013')).toBe(want.year);
    expect(f.date(RESOLUTION_DAY, 'year')).toBe(want.year);
  });

  it('gives a timestamp its UTC day (no shift across midnight in the reader’s zone)', () => {
    expect(f.date('2013-12-18T23:30:00Z', 'long')).toBe(want.long);
  });

  it('writes a moment on a 24-hour clock with its time zone', () => {
    expect(f.dateTime(MOMENT)).toBe(want.moment);
    expect(createDateFormatter(lang, 'UTC').dateTime('2013-12-18T21:05:00Z')).toContain('21:05');
  });

  it('names the reader’s time zone, whichever it is', () => {
    const vienna = createDateFormatter(lang, 'Europe/Vienna').dateTime(MOMENT);
    expect(vienna).toContain('10:05');
    // CET in English and Spanish, UTC+1 in French, GMT+1 or its translation elsewhere: some zone, never bare.
    expect(vienna).toMatch(/(CET|[A-Z]{3}\+1|غرينتش\+1|GMT\+1)/u);
  });

  it('isolates a value it cannot read instead of inventing a date', () => {
    expect(f.date('not a date')).toBe('\u2068not a date\u2069');
    expect(f.dateTime('soon')).toBe('\u2068soon\u2069');
  });

  it('never ends a date with a Russian year abbreviation (a sentence’s full stop would double it)', () => {
    for (const style of ['medium', 'long', 'year'] as DateStyle[]) {
      expect(f.date(RESOLUTION_DAY, style)).not.toMatch(/г\.$/u);
    }
    expect(f.dateTime(MOMENT)).not.toContain('г.');
  });
});

describe('English', () => {
  it('puts the day before the month, never "December 18, 2013"', () => {
    const f = createDateFormatter('en');
    expect(f.date('1946-11-19', 'long')).toBe('19 November 1946');
    expect(f.date('2026-05-07')).toBe('7 May 2026');
    expect(f.date(RESOLUTION_DAY, 'long')).not.toMatch(/December \d{1,2},/);
  });
});

// Catalogue sentences that take a date ({date}, {since}, {from}, {to}) read without "г.." or "..", whatever style.
const CATALOGUES: Record<Language, unknown> = { ar, en, es, fr, ru, zh };
type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : flatten(v, `${prefix}${k}.`)));
const DATE_ARGS = ['date', 'since', 'from', 'to'];

describe.each(LANGUAGES)('catalogue sentences with a date in %s', (lang) => {
  const f = createDateFormatter(lang);
  const formatters = { plural: new Intl.PluralRules(lang), number: new Intl.NumberFormat(lang) };
  const messages = flatten(CATALOGUES[lang] as Tree).filter(([, m]) => DATE_ARGS.some((a) => m.includes(`{${a}}`)));

  it('has some', () => {
    expect(messages.length).toBeGreaterThan(5);
  });

  it.each(['medium', 'long'] as DateStyle[])('reads without a doubled full stop (%s dates)', (style) => {
    const day = f.date(RESOLUTION_DAY, style);
    for (const [key, message] of messages) {
      const values = Object.fromEntries([
        ...DATE_ARGS.map((a) => [a, day]),
        ...['count', 'joined', 'total', 'requests', 'activities', 'participants', 'instruments'].map((n) => [n, 2]),
        ['name', 'X'],
        ['slot', 'X'],
        ['month', 'X'],
      ]);
      const out = formatMessage(message, values, formatters);
      expect(out, key).not.toMatch(/\.\./u);
      expect(out, key).not.toMatch(/г\.\s*\./u);
    }
  });
});
