import { describe, expect, it } from 'vitest';
import { secondFactorExhausted, secondFactorRefused, signInRefusal } from './throttling.ts';

describe('sign-in throttling', () => {
  it.each([
    [{ account: 1, address: 1 }, null],
    [{ account: 10, address: 10 }, null],
    [{ account: 11, address: 11 }, 'account'],
    [{ account: 3, address: 30 }, null],
    [{ account: 3, address: 31 }, 'address'],
    [{ account: 11, address: 31 }, 'account'],
  ] as const)('%o → %s', (failures, expected) => {
    expect(signInRefusal(failures)).toBe(expected);
  });

  it.each([
    [1, false, false],
    [4, false, false],
    [5, false, true],
    [6, true, true],
  ])('second factor: %i failures → refused %s, session ended %s', (failures, refused, exhausted) => {
    expect(secondFactorRefused(failures)).toBe(refused);
    expect(secondFactorExhausted(failures)).toBe(exhausted);
  });
});
