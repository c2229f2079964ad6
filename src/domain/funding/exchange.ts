// Exchange rates at a date (issue 14 §1): the rate of a day is the latest rate of that currency (and source) on or
// before it. No rate is an explicit error, never a silent 1: a contribution valued at a made-up rate would make every
// dollar total after it wrong. The US dollar is 1 by definition. Rates are decimal strings (units per US dollar).
import { AppError } from '../errors.ts';

export interface Rate {
  currency: string;
  /** The first day the rate applies (YYYY-MM-DD). */
  date: string;
  unitsPerUsd: string;
  source: string;
}

/** The rate a valuation used: its value, the day it was quoted for, and its source. */
export interface RateUsed {
  unitsPerUsd: string;
  rateDate: string;
  source: string;
}

export const USD_RATE_SOURCE = 'US dollar (1 by definition)';

/**
 * The rate of `currency` on `date`: the latest of `rates` on or before that day, of `source` when one is named.
 * Throws VALIDATION_FAILED (code `no_rate`, with the currency and day) when there is none.
 */
export function rateOn(rates: readonly Rate[], currency: string, date: string, source?: string): RateUsed {
  if (currency === 'USD') return { unitsPerUsd: '1', rateDate: date, source: USD_RATE_SOURCE };
  let best: Rate | undefined;
  for (const r of rates) {
    if (r.currency !== currency || r.date > date || (source !== undefined && r.source !== source)) continue;
    // Latest day wins; on the same day (two sources, none named) the source first in name order, so the answer
    // does not depend on the order rows came in. (The database's lookup, exchange-rates.repo rateOn, breaks that tie
    // by the most recently imported table first and hands this function that one rate.)
    if (!best || r.date > best.date || (r.date === best.date && r.source < best.source)) best = r;
  }
  if (!best) throw noRate(currency, date, source);
  return { unitsPerUsd: best.unitsPerUsd, rateDate: best.date, source: best.source };
}

export function noRate(currency: string, date: string, source?: string): AppError {
  const from = source ? ` from "${source}"` : '';
  return new AppError('VALIDATION_FAILED', `No exchange rate for ${currency}${from} on or before ${date}: import a rate table, or give the rate.`, {
    params: { currency, date, ...(source ? { source } : {}) },
    issues: [{ path: ['body', 'currency'], code: 'no_rate', message: `no exchange rate for ${currency}${from} on or before ${date}` }],
  });
}
