// Money as exact decimals with their currency (issue 14 §1): amounts are decimal strings, computed with decimal.js,
// never JavaScript numbers, so 0.1 + 0.2 is 0.3 and a sum of many contributions is exact. Rounding happens once, at
// the end of a conversion (to cents, half-even: the banker's rounding accountants expect), never in between.
import { Decimal } from 'decimal.js';

/** An exact amount in an ISO 4217 currency. `amount` is a plain decimal string ("1250.50"), never exponent notation. */
export interface Money {
  amount: string;
  currency: string;
}

/** A private Decimal configuration: enough precision for any sum of numeric(24,6) amounts, no global state. */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 60 });
export type Dec = Decimal;

/** The database keeps 6 digits after the point (numeric(24,6)) and 18 before. */
export const MAX_SCALE = 6;
const MAX_INTEGER_DIGITS = 18;

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 alphabetic code the runtime knows (Intl's list: current currencies, and USD/EUR of course). */
export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}

/** How many digits after the point a currency uses: JPY 0, USD 2, KWD 3 (ISO 4217's minor units, as Intl has them). */
export function minorUnits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Why an amount is refused, or null when it is a valid amount of money. */
export type AmountProblem = 'not_a_decimal' | 'unknown_currency' | 'too_many_decimals' | 'too_large' | 'not_positive';

/**
 * Checks an amount typed by a person or read from a file: a plain decimal (no exponent, no thousands separators), in
 * a known currency, with no more decimals than the currency's minor units (a valuation in kind may be given to the
 * cent of the currency, no finer), and within the column's range. `positive` refuses zero and negatives.
 */
export function amountProblem(amount: string, currency: string, options: { positive?: boolean; scale?: number } = {}): AmountProblem | null {
  const text = amount.trim();
  if (!DECIMAL.test(text)) return 'not_a_decimal';
  if (!isCurrency(currency)) return 'unknown_currency';
  const [int, frac = ''] = text.replace(/^-/, '').split('.') as [string, string?];
  const scale = options.scale ?? minorUnits(currency);
  if (frac.replace(/0+$/, '').length > scale) return 'too_many_decimals';
  if (int.replace(/^0+/, '').length > MAX_INTEGER_DIGITS) return 'too_large';
  if (options.positive !== false && !new Dec(text).gt(0)) return 'not_positive';
  return null;
}

export const AMOUNT_PROBLEM_MESSAGES: Record<AmountProblem, string> = {
  not_a_decimal: 'must be a decimal number such as 1250.50 (a point for decimals, no separators)',
  unknown_currency: 'is not an ISO 4217 currency code',
  too_many_decimals: "has more decimals than the currency's minor unit",
  too_large: 'is too large',
  not_positive: 'must be more than zero',
};

/** Money from a string, validated; throws RangeError naming the problem (callers validate first with amountProblem). */
export function money(amount: string, currency: string): Money {
  const problem = amountProblem(amount, currency, { positive: false, scale: MAX_SCALE });
  if (problem) throw new RangeError(`${amount} ${currency}: ${AMOUNT_PROBLEM_MESSAGES[problem]}`);
  return { amount: normalise(new Dec(amount.trim())), currency };
}

/** The canonical text of a decimal: no exponent, no trailing zeros after the point ("12.50" → "12.5", "3.000" → "3"). */
export function normalise(d: Decimal): string {
  return d.toFixed();
}

/** Zero of a currency. */
export const zero = (currency: string): Money => ({ amount: '0', currency });

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`cannot combine ${a.currency} and ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: normalise(new Dec(a.amount).plus(b.amount)), currency: a.currency };
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: normalise(new Dec(a.amount).minus(b.amount)), currency: a.currency };
}

/** -1, 0 or 1. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return new Dec(a.amount).comparedTo(b.amount) as -1 | 0 | 1;
}

export function sum(currency: string, items: readonly Money[]): Money {
  let total = new Dec(0);
  for (const m of items) {
    if (m.currency !== currency) throw new RangeError(`cannot add ${m.currency} to a ${currency} total`);
    total = total.plus(m.amount);
  }
  return { amount: normalise(total), currency };
}

export const isNegative = (m: Money): boolean => new Dec(m.amount).isNegative() && !new Dec(m.amount).isZero();

/**
 * Converts to US dollars at a rate quoted as units of the currency per dollar (as the UN operational rates are):
 * amount ÷ rate, computed exactly (to 60 significant digits) and rounded to cents half-even once, at the end.
 */
export function toUsd(m: Money, unitsPerUsd: string): Money {
  const rate = new Dec(unitsPerUsd);
  if (!rate.gt(0)) throw new RangeError(`a rate must be more than zero, not ${unitsPerUsd}`);
  if (m.currency === 'USD') return { amount: normalise(new Dec(m.amount).toDecimalPlaces(2, Dec.ROUND_HALF_EVEN)), currency: 'USD' };
  return { amount: normalise(new Dec(m.amount).dividedBy(rate).toDecimalPlaces(2, Dec.ROUND_HALF_EVEN)), currency: 'USD' };
}

/** The exact (unrounded) US-dollar value, for totals that are rounded once at the end. */
export function toUsdExact(m: Money, unitsPerUsd: string): Decimal {
  return m.currency === 'USD' ? new Dec(m.amount) : new Dec(m.amount).dividedBy(unitsPerUsd);
}

/** Rounds an exact dollar total to cents, half-even. */
export function roundUsd(exact: Decimal): Money {
  return { amount: normalise(exact.toDecimalPlaces(2, Dec.ROUND_HALF_EVEN)), currency: 'USD' };
}

/** An amount as the currency writes it, for messages ("1250.50 EUR"): padded to the currency's minor units. */
export function formatMoney(m: Money): string {
  const places = Math.max(minorUnits(m.currency), (m.amount.split('.')[1] ?? '').length);
  return `${new Dec(m.amount).toFixed(places)} ${m.currency}`;
}
