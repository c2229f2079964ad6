// Reading an exchange-rate table from a file (issue 14 §1). Two layouts:
//   - Accord's own: a header naming `currency,date,units_per_usd` (other columns are ignored), one rate a row, in
//     units of the currency per US dollar, as the UN operational rates of exchange are quoted;
//   - the European Central Bank's euro reference rates (`eurofxref-hist.csv`): `Date,USD,JPY,…`, one day a row, each
//     cell the units of that currency per euro ("N/A" when there is none). They are turned into units per US dollar
//     here: X per USD = (X per EUR) ÷ (USD per EUR), and EUR per USD = 1 ÷ (USD per EUR), rounded half-even to the 6
//     decimals the database keeps. Never by hand.
// Every row's problems are reported by line; a table with problems is refused whole. Pure.
import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../treaties/dates.ts';
import { Dec, isCurrency, MAX_SCALE, normalise } from './money.ts';
import type { Rate } from './exchange.ts';

export type RateTableFormat = 'accord' | 'ecb';

/** One transaction writes every rate: a bound on its size (the ECB's whole history since 1999 is ~190,000). */
export const MAX_RATES = 250_000;

export interface RateTableProblem {
  line: number;
  column?: string;
  message: string;
}

export interface ParsedRateTable {
  format: RateTableFormat;
  rates: Omit<Rate, 'source'>[];
  problems: RateTableProblem[];
  /** Columns of currencies ISO 4217 no longer lists (the ECB's legacy CYP, LTL, …): not imported, named here. */
  skippedCurrencies: string[];
}

const POSITIVE_DECIMAL = /^\d+(\.\d+)?$/;

export function parseRateTable(content: string): ParsedRateTable {
  const rows = parse(content.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  const header = (rows[0] ?? []).map((h) => h.toLowerCase());
  if (header[0] === 'date' && header.includes('usd')) return parseEcb(rows);
  return parseAccord(rows, header);
}

function parseAccord(rows: string[][], header: string[]): ParsedRateTable {
  const problems: RateTableProblem[] = [];
  const rates: Omit<Rate, 'source'>[] = [];
  const col = { currency: header.indexOf('currency'), date: header.indexOf('date'), rate: header.indexOf('units_per_usd') };
  const missing = Object.entries({ currency: col.currency, date: col.date, units_per_usd: col.rate }).filter(([, i]) => i < 0);
  if (rows.length === 0 || missing.length > 0) {
    const names = missing.map(([n]) => n).join(', ') || 'currency, date, units_per_usd';
    return { format: 'accord', rates, skippedCurrencies: [], problems: [{ line: 1, message: `the header must name the columns currency, date, units_per_usd (missing: ${names}), or be the ECB's Date,USD,… layout` }] };
  }
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const currency = (row[col.currency] ?? '').toUpperCase();
    const date = row[col.date] ?? '';
    const rate = row[col.rate] ?? '';
    let ok = true;
    const problem = (column: string, message: string) => {
      problems.push({ line, column, message });
      ok = false;
    };
    if (!isCurrency(currency)) problem('currency', `"${currency}" is not an ISO 4217 currency code`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isIsoDate(date)) problem('date', `"${date}" is not a date as YYYY-MM-DD`);
    const value = rateValue(rate);
    if (typeof value !== 'string') problem('units_per_usd', value.message);
    if (!ok) return;
    const key = `${currency} ${date}`;
    if (seen.has(key)) return problem('date', `a second rate for ${currency} on ${date} (first on line ${seen.get(key)})`);
    seen.set(key, line);
    rates.push({ currency, date, unitsPerUsd: value as string });
  });
  return { format: 'accord', rates, problems, skippedCurrencies: [] };
}

function rateValue(text: string): string | { message: string } {
  if (!POSITIVE_DECIMAL.test(text)) return { message: `"${text}" is not a rate (a positive decimal number)` };
  const v = new Dec(text);
  if (!v.gt(0)) return { message: 'a rate must be more than zero' };
  const rounded = v.toDecimalPlaces(MAX_SCALE, Dec.ROUND_HALF_EVEN);
  if (rounded.isZero()) return { message: `"${text}" is below the 6 decimals kept` };
  if (rounded.trunc().toFixed().length > 18) return { message: `"${text}" is too large` };
  return normalise(rounded);
}

function parseEcb(rows: string[][]): ParsedRateTable {
  const header = rows[0]!.map((h) => h.toUpperCase());
  const usdCol = header.indexOf('USD');
  const problems: RateTableProblem[] = [];
  const rates: Omit<Rate, 'source'>[] = [];
  const skipped = new Set<string>();
  const columns: { index: number; currency: string }[] = [];
  header.forEach((code, index) => {
    if (index === 0 || index === usdCol || code === '') return;
    if (isCurrency(code)) columns.push({ index, currency: code });
    else skipped.add(code);
  });
  const seen = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const date = row[0] ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isIsoDate(date)) return void problems.push({ line, column: 'Date', message: `"${date}" is not a date as YYYY-MM-DD` });
    if (seen.has(date)) return void problems.push({ line, column: 'Date', message: `a second row for ${date}` });
    seen.add(date);
    const usdText = row[usdCol] ?? '';
    if (!POSITIVE_DECIMAL.test(usdText) || !new Dec(usdText).gt(0)) {
      // A day without a dollar rate converts nothing (the euro's rates are against the euro).
      if (usdText !== 'N/A' && usdText !== '') problems.push({ line, column: 'USD', message: `"${usdText}" is not a rate` });
      return;
    }
    const usdPerEur = new Dec(usdText);
    rates.push({ currency: 'EUR', date, unitsPerUsd: normalise(new Dec(1).dividedBy(usdPerEur).toDecimalPlaces(MAX_SCALE, Dec.ROUND_HALF_EVEN)) });
    for (const { index, currency } of columns) {
      const cell = row[index] ?? '';
      if (cell === 'N/A' || cell === '') continue;
      if (!POSITIVE_DECIMAL.test(cell) || !new Dec(cell).gt(0)) {
        problems.push({ line, column: currency, message: `"${cell}" is not a rate` });
        continue;
      }
      rates.push({ currency, date, unitsPerUsd: normalise(new Dec(cell).dividedBy(usdPerEur).toDecimalPlaces(MAX_SCALE, Dec.ROUND_HALF_EVEN)) });
    }
  });
  return { format: 'ecb', rates, problems, skippedCurrencies: [...skipped].sort() };
}
