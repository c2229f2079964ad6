import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { rateOn, type Rate } from './exchange.ts';

const rates: Rate[] = [
  { currency: 'EUR', date: '2014-01-02', unitsPerUsd: '0.733', source: 'ECB' },
  { currency: 'EUR', date: '2014-02-03', unitsPerUsd: '0.74', source: 'ECB' },
  { currency: 'EUR', date: '2014-01-01', unitsPerUsd: '0.72', source: 'UN' },
  { currency: 'GBP', date: '2014-01-02', unitsPerUsd: '0.6', source: 'ECB' },
];

describe('the rate of a date', () => {
  it('is the latest rate of the currency on or before it', () => {
    expect(rateOn(rates, 'EUR', '2014-01-02')).toEqual({ unitsPerUsd: '0.733', rateDate: '2014-01-02', source: 'ECB' });
    expect(rateOn(rates, 'EUR', '2014-02-02').unitsPerUsd).toBe('0.733');
    expect(rateOn(rates, 'EUR', '2014-02-03').unitsPerUsd).toBe('0.74');
    expect(rateOn(rates, 'EUR', '2020-01-01').unitsPerUsd).toBe('0.74');
  });

  it('of the source named', () => {
    expect(rateOn(rates, 'EUR', '2014-03-01', 'UN')).toEqual({ unitsPerUsd: '0.72', rateDate: '2014-01-01', source: 'UN' });
  });

  it('is 1 for the US dollar', () => {
    expect(rateOn([], 'USD', '1999-01-01').unitsPerUsd).toBe('1');
  });

  it('is an explicit error when there is none, never a silent 1', () => {
    for (const [currency, date, source] of [['EUR', '2013-12-31'], ['JPY', '2014-06-01'], ['GBP', '2014-06-01', 'UN']] as const) {
      let thrown: unknown;
      try {
        rateOn(rates, currency, date, source);
      } catch (err) {
        thrown = err;
      }
      expect(isAppError(thrown) && thrown.code).toBe('VALIDATION_FAILED');
      expect((thrown as Error).message).toContain(currency);
    }
  });
});
