// How many failed attempts to sign in are tolerated before the next is refused unheard. Pure: the caller counts
// failures (including the attempt being decided, which it records first) and asks.

/** Password step: failures per account and per client address within one sliding minute. */
export const SIGN_IN_WINDOW_MS = 60_000;
export const MAX_ACCOUNT_FAILURES = 10;
export const MAX_ADDRESS_FAILURES = 30;

/**
 * Second factor: an attacker holding the password gets few guesses at a 6-digit code. Counted per account over a
 * longer window than a pending session lives, so signing in again does not buy fresh guesses.
 */
export const SECOND_FACTOR_WINDOW_MS = 15 * 60_000;
export const MAX_SECOND_FACTOR_FAILURES = 5;

export type ThrottleReason = 'account' | 'address';

/** `failures` include the attempt being decided: with 10 allowed, the 11th in the window is refused. */
export function signInRefusal(failures: { account: number; address: number }): ThrottleReason | null {
  if (failures.account > MAX_ACCOUNT_FAILURES) return 'account';
  if (failures.address > MAX_ADDRESS_FAILURES) return 'address';
  return null;
}

/** Whether a second-factor attempt is refused unheard (`failures` include it). */
export function secondFactorRefused(failures: number): boolean {
  return failures > MAX_SECOND_FACTOR_FAILURES;
}

/** After a wrong code: whether the pending session is ended, so the next guess needs the password again. */
export function secondFactorExhausted(failures: number): boolean {
  return failures >= MAX_SECOND_FACTOR_FAILURES;
}
