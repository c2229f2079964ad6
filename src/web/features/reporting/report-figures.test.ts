import { describe, expect, it } from 'vitest';
import type { Figure } from '#domain/reporting/report.ts';
import { formatValue } from './report-figures.tsx';

const i18n = (lang: 'en' | 'fr') => ({
  lang,
  number: (n: number) => new Intl.NumberFormat(lang).format(n),
  t: ((key: string, values?: Record<string, unknown>) => (values ? `${key}:${JSON.stringify(values)}` : key)) as never,
});
const fig = (unit: Figure['unit'], value: Figure['value'], suppressed = false): Figure => ({ id: 'x', unit, value, suppressed, label: { kind: 'figure', key: 'x' } });

describe('formatValue', () => {
  it('writes US dollars from the exact decimal, never through a float', () => {
    expect(formatValue(i18n('en'), fig('usd', '1234567.50'))).toMatch(/^USD\s1,234,567\.50$/);
    // 2^53 + 1 cents' worth of digits: a float would round the last digits away.
    expect(formatValue(i18n('en'), fig('usd', '90071992547409.93'))).toMatch(/^USD\s90,071,992,547,409\.93$/);
    expect(formatValue(i18n('fr'), fig('usd', '1234.5'))).toMatch(/^1\s234,50\sUSD$/);
  });
  it('says suppressed for a suppressed figure, whatever its unit', () => {
    expect(formatValue(i18n('en'), fig('count', null, true))).toBe('reports.figure.suppressed');
    expect(formatValue(i18n('en'), fig('usd', null, true))).toBe('reports.figure.suppressed');
  });
  it('writes counts in the reader’s digits and days as a plural message', () => {
    expect(formatValue(i18n('en'), fig('count', 12345))).toBe('12,345');
    expect(formatValue(i18n('en'), fig('days', 21))).toBe('reports.figure.days:{"count":21}');
  });
});
