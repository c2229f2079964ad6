// Money as exact decimals: parsing and validation (ISO 4217, minor units), sums that floating point gets wrong, and
// conversion to dollars rounded half-even once, at the end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, amountProblem, compare, formatMoney, minorUnits, money, subtract, sum, toUsd, toUsdExact, roundUsd } from './money.ts';

describe('money', () => {
  it('adds exactly: 0.1 + 0.2 is 0.3, and ten 0.1s are 1', () => {
    expect(add(money('0.1', 'USD'), money('0.2', 'USD'))).toEqual({ amount: '0.3', currency: 'USD' });
    expect(sum('EUR', Array.from({ length: 10 }, () => money('0.1', 'EUR'))).amount).toBe('1');
    expect(subtract(money('1000000000000000.01', 'USD'), money('0.01', 'USD')).amount).toBe('1000000000000000');
  });

  it('refuses to mix currencies', () => {
    expect(() => add(money('1', 'USD'), money('1', 'EUR'))).toThrow(/USD and EUR/);
    expect(() => compare(money('1', 'USD'), money('1', 'EUR'))).toThrow();
  });

  it('knows the minor units of currencies from Intl (ISO 4217)', () => {
    expect(minorUnits('USD')).toBe(2);
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('KWD')).toBe(3);
  });

  it('validates amounts', () => {
    expect(amountProblem('1250.50', 'EUR')).toBeNull();
    expect(amountProblem('1250.5', 'XXQ')).toBe('unknown_currency');
    expect(amountProblem('1,250.50', 'EUR')).toBe('not_a_decimal');
    expect(amountProblem('1e3', 'EUR')).toBe('not_a_decimal');
    expect(amountProblem('10.5', 'JPY')).toBe('too_many_decimals');
    expect(amountProblem('10.500', 'EUR')).toBeNull();
    expect(amountProblem('1.001', 'KWD')).toBeNull();
    expect(amountProblem('0', 'EUR')).toBe('not_positive');
    expect(amountProblem('1'.repeat(19), 'EUR')).toBe('too_large');
  });

  it('converts to dollars at units per dollar, rounding half-even once at the end', () => {
    expect(toUsd(money('100000.10', 'EUR'), '0.733').amount).toBe('136425.78');
    // Exactly half a cent: half-even goes to the even cent.
    expect(toUsd(money('0.125', 'EUR'), '1').amount).toBe('0.12');
    expect(toUsd(money('0.135', 'EUR'), '1').amount).toBe('0.14');
    expect(toUsd(money('12.3', 'USD'), '1').amount).toBe('12.3');
    expect(() => toUsd(money('1', 'EUR'), '0')).toThrow();
    // Three contributions of 1 EUR at 3 per dollar: each is 0.33, the exact total is 1.00.
    const exact = [1, 2, 3].reduce((s) => s.plus(toUsdExact(money('1', 'EUR'), '3')), toUsdExact(money('0', 'EUR'), '3'));
    expect(roundUsd(exact).amount).toBe('1');
    expect(formatMoney(money('100', 'USD'))).toBe('100.00 USD');
  });

  it('sums of random cents are exact (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 50 }), (cents) => {
        const total = sum('USD', cents.map((c) => money((c / 100).toFixed(2), 'USD')));
        expect(total.amount).toBe(moneyOfCents(cents.reduce((a, b) => a + b, 0)));
      }),
    );
  });
});

function moneyOfCents(c: number): string {
  const s = (c / 100).toFixed(2).replace(/\.?0+$/, '');
  return s === '' ? '0' : s;
}
