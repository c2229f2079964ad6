// The rate-table parser on the real ECB file shipped in data/reference/funding/rates (per-euro quotes converted to
// per-dollar on import) and on Accord's own layout, with its problems reported by line.
import { describe, expect, it } from 'vitest';
import { readReference } from '../../../test/reference-files.ts';
import { parseRateTable } from './rate-table.ts';

describe('the ECB euro reference rates, 2013–2014', () => {
  const parsed = parseRateTable(readReference('funding/rates/eurofxref-hist-2013-2014.csv'));

  it('reads every day without a problem, skipping the currencies ISO 4217 no longer lists', () => {
    expect(parsed.format).toBe('ecb');
    expect(parsed.problems).toEqual([]);
    expect(parsed.skippedCurrencies).toEqual(['CYP', 'EEK', 'LTL', 'LVL', 'MTL', 'ROL', 'SIT', 'SKK', 'TRL']);
    // 510 days: one EUR rate each, and every cell that is not N/A.
    expect(parsed.rates.filter((r) => r.currency === 'EUR')).toHaveLength(510);
    expect(parsed.rates).toHaveLength(15810);
    expect(parsed.rates.some((r) => r.currency === 'USD')).toBe(false);
  });

  it('converts per-euro quotes to units per dollar, half-even to 6 decimals', () => {
    // 2014-07-09: USD 1.3603, JPY 138.38, GBP 0.79555 per euro.
    const on = (currency: string) => parsed.rates.find((r) => r.currency === currency && r.date === '2014-07-09')?.unitsPerUsd;
    expect(on('EUR')).toBe('0.735132');
    expect(on('JPY')).toBe('101.72756');
    expect(on('GBP')).toBe('0.584834');
  });
});

describe('Accord’s layout', () => {
  it('reads currency, date, units_per_usd in any column order, ignoring other columns', () => {
    const parsed = parseRateTable('date,units_per_usd,currency,note\n2014-01-01,0.733,eur,x\n2014-01-01,101.5,JPY,\n');
    expect(parsed).toMatchObject({ format: 'accord', problems: [] });
    expect(parsed.rates).toEqual([
      { currency: 'EUR', date: '2014-01-01', unitsPerUsd: '0.733' },
      { currency: 'JPY', date: '2014-01-01', unitsPerUsd: '101.5' },
    ]);
  });

  it('reports each bad row by line and column', () => {
    const parsed = parseRateTable('currency,date,units_per_usd\nEUR,2014-01-01,0.733\nXXQ,2014-01-01,1\nEUR,2014-02-30,1\nGBP,2014-01-01,-1\nEUR,2014-01-01,0.74\n');
    expect(parsed.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'currency'],
      [4, 'date'],
      [5, 'units_per_usd'],
      [6, 'date'],
    ]);
  });

  it('refuses a file without the columns', () => {
    expect(parseRateTable('a,b\n1,2\n').problems[0]).toMatchObject({ line: 1 });
  });
});
