// The month grid of the activities calendar: which days it shows, in which order, and which activities fall on each.
// Pure (no React), so the layout is tested for every language's first day of the week.
import type { Language } from '#domain/treaties/types.ts';

/**
 * First day of the week per interface language, as `Date.getUTCDay()` numbers them (0 Sunday … 6 Saturday), from
 * CLDR's defaults for each language's main region (ar: Saturday; en: Sunday; zh, fr, ru, es: Monday). A table rather
 * than `Intl.Locale#getWeekInfo`, which not every browser has and which answers differently for a bare language.
 */
export const FIRST_DAY_OF_WEEK: Record<Language, number> = { ar: 6, zh: 1, en: 0, fr: 1, ru: 1, es: 1 };

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  /** 0 Sunday … 6 Saturday */
  weekday: number;
  /** false for the days of the months before and after that fill the first and last weeks. */
  inMonth: boolean;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** `?month=2014-09` when valid, else the month of `today` (YYYY-MM-DD). */
export function monthParam(raw: string | null, today: string): string {
  return raw && MONTH.test(raw) ? raw : today.slice(0, 7);
}

/** The month `delta` months after `month` (YYYY-MM). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return iso(d).slice(0, 7);
}

/** First and last day of a month, inclusive. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: iso(new Date(Date.UTC(y, m, 0))) };
}

/** The seven weekdays in the order the week runs, starting at `firstDay`. */
export function weekdayOrder(firstDay: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (firstDay + i) % 7);
}

/** The weeks of the month grid: whole weeks from the one holding the 1st to the one holding the last day. */
export function monthWeeks(month: string, firstDay: number): CalendarDay[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const last = new Date(Date.UTC(y, m, 0));
  const back = (first.getUTCDay() - firstDay + 7) % 7;
  const cursor = new Date(Date.UTC(y, m - 1, 1 - back));
  const weeks: CalendarDay[][] = [];
  while (cursor <= last) {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date: iso(cursor), weekday: cursor.getUTCDay(), inMonth: cursor.getUTCMonth() === m - 1 });
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The items on each day from `from` to `to` (inclusive), an item spanning several days listed on each of them. */
export function itemsByDay<T extends { startDate: string; endDate: string }>(items: readonly T[], from: string, to: string): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const start = item.startDate > from ? item.startDate : from;
    const end = item.endDate < to ? item.endDate : to;
    if (start > end) continue;
    const cursor = new Date(`${start}T00:00:00Z`);
    for (let day = start; day <= end; cursor.setUTCDate(cursor.getUTCDate() + 1), day = iso(cursor)) {
      const list = byDay.get(day);
      if (list) list.push(item);
      else byDay.set(day, [item]);
    }
  }
  return byDay;
}

/** Where an arrow key moves in the grid (`dir` mirrors left and right); null when the key does not move. */
export function moveInGrid(
  key: string,
  index: number,
  count: number,
  dir: 'ltr' | 'rtl',
  ctrl = false,
): number | null {
  const forward = dir === 'rtl' ? -1 : 1;
  let next: number;
  switch (key) {
    case 'ArrowRight':
      next = index + forward;
      break;
    case 'ArrowLeft':
      next = index - forward;
      break;
    case 'ArrowDown':
      next = index + 7;
      break;
    case 'ArrowUp':
      next = index - 7;
      break;
    case 'Home':
      next = ctrl ? 0 : index - (index % 7);
      break;
    case 'End':
      next = ctrl ? count - 1 : index - (index % 7) + 6;
      break;
    default:
      return null;
  }
  return Math.max(0, Math.min(count - 1, next));
}
