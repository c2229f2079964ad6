import { describe, expect, it } from 'vitest';
import { FIRST_DAY_OF_WEEK, itemsByDay, monthParam, monthRange, monthWeeks, moveInGrid, shiftMonth, weekdayOrder } from './calendar.ts';

describe('monthWeeks', () => {
  it('lays out September 2014 from Monday (fr): 1 September is a Monday', () => {
    const weeks = monthWeeks('2014-09', FIRST_DAY_OF_WEEK.fr);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toEqual({ date: '2014-09-01', weekday: 1, inMonth: true });
    expect(weeks[4]![6]).toEqual({ date: '2014-10-05', weekday: 0, inMonth: false });
  });

  it('starts the week on Sunday in English and on Saturday in Arabic', () => {
    const en = monthWeeks('2014-09', FIRST_DAY_OF_WEEK.en);
    expect(en[0]![0]).toEqual({ date: '2014-08-31', weekday: 0, inMonth: false });
    const ar = monthWeeks('2014-09', FIRST_DAY_OF_WEEK.ar);
    expect(ar[0]![0]).toEqual({ date: '2014-08-30', weekday: 6, inMonth: false });
    expect(ar.flat().every((d, i) => d.weekday === weekdayOrder(6)[i % 7])).toBe(true);
  });

  it('holds every day of the month once, in whole weeks', () => {
    for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const) {
      for (const month of ['2015-02', '2016-02', '2024-12', '2026-03']) {
        const days = monthWeeks(month, FIRST_DAY_OF_WEEK[lang]).flat();
        expect(days.length % 7).toBe(0);
        const inMonth = days.filter((d) => d.inMonth).map((d) => d.date);
        expect(inMonth[0]).toBe(`${month}-01`);
        expect(inMonth.at(-1)).toBe(monthRange(month).to);
        expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      }
    }
  });

  it('needs only four weeks for a February starting on the first day of the week', () => {
    expect(monthWeeks('2015-02', 0)).toHaveLength(4);
  });
});

describe('months', () => {
  it('reads ?month= or falls back to today’s month', () => {
    expect(monthParam('2014-09', '2026-01-15')).toBe('2014-09');
    expect(monthParam('2014-13', '2026-01-15')).toBe('2026-01');
    expect(monthParam(null, '2026-01-15')).toBe('2026-01');
  });

  it('moves across years', () => {
    expect(shiftMonth('2014-12', 1)).toBe('2015-01');
    expect(shiftMonth('2014-01', -1)).toBe('2013-12');
  });

  it('knows the last day of February', () => {
    expect(monthRange('2016-02')).toEqual({ from: '2016-02-01', to: '2016-02-29' });
    expect(monthRange('2015-02').to).toBe('2015-02-28');
  });
});

describe('itemsByDay', () => {
  it('lists an activity on each of its days within the range', () => {
    const a = { id: 'a', startDate: '2014-08-30', endDate: '2014-09-02' };
    const b = { id: 'b', startDate: '2014-09-02', endDate: '2014-09-02' };
    const c = { id: 'c', startDate: '2014-10-01', endDate: '2014-10-03' };
    const map = itemsByDay([a, b, c], '2014-09-01', '2014-09-30');
    expect([...map.keys()]).toEqual(['2014-09-01', '2014-09-02']);
    expect(map.get('2014-09-02')!.map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('moveInGrid', () => {
  it('mirrors left and right in right-to-left', () => {
    expect(moveInGrid('ArrowRight', 8, 35, 'ltr')).toBe(9);
    expect(moveInGrid('ArrowRight', 8, 35, 'rtl')).toBe(7);
    expect(moveInGrid('ArrowLeft', 8, 35, 'rtl')).toBe(9);
  });

  it('moves by weeks and to the ends of a week or the month', () => {
    expect(moveInGrid('ArrowDown', 8, 35, 'ltr')).toBe(15);
    expect(moveInGrid('ArrowUp', 3, 35, 'ltr')).toBe(0);
    expect(moveInGrid('Home', 10, 35, 'ltr')).toBe(7);
    expect(moveInGrid('End', 10, 35, 'ltr')).toBe(13);
    expect(moveInGrid('End', 10, 35, 'ltr', true)).toBe(34);
    expect(moveInGrid('Enter', 10, 35, 'ltr')).toBeNull();
  });
});
