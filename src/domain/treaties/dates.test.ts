import { describe, expect, it } from 'vitest';
import { addDays, firstDayOfSecondMonthAfter, isIsoDate, parseDayMonthYear } from './dates.ts';

describe('dates', () => {
  it.each([
    ['2004-02-29', true],
    ['2004-02-30', false],
    ['2003-02-29', false],
    ['2014-13-01', false],
    ['2014-5-27', false],
    ['not a date', false],
  ])('isIsoDate(%s) = %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

  it.each([
    ['24 Sep 2003', '2003-09-24'],
    ['15 April 1977', '1977-04-15'],
    ['1 Dec 1997', '1997-12-01'],
    ['31 Feb 2004', null],
    ['31 Foo 2004', null],
    ['2004-02-01', null],
  ])('parseDayMonthYear(%s) = %s', (text, expected) => expect(parseDayMonthYear(text)).toBe(expected));

  it('adds days across month and leap-year ends', () => {
    expect(addDays('2014-05-27', 30)).toBe('2014-06-26');
    expect(addDays('2004-02-15', 30)).toBe('2004-03-16');
  });

  it('finds the first day of the second month after a date', () => {
    expect(firstDayOfSecondMonthAfter('2017-11-30')).toBe('2018-01-01');
    expect(firstDayOfSecondMonthAfter('2017-12-01')).toBe('2018-02-01');
  });
});
