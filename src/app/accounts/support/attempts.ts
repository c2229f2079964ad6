// Counting attempts to prove who one is (password, second-factor code) and refusing them when too many failed.
// Each attempt is recorded as a failure before it is judged, outside any transaction (so other app servers see it at
// once), and marked successful afterwards when it was.
import type { Db } from '#db/client.ts';
import { createLoginAttemptsRepo } from '#db/repos/accounts/login-attempts.repo.ts';
import {
  secondFactorRefused,
  SECOND_FACTOR_WINDOW_MS,
  SIGN_IN_WINDOW_MS,
  signInRefusal,
} from '#domain/accounts/throttling.ts';
import { AppError } from '#domain/errors.ts';
import { verifyPassword } from './passwords.ts';

export interface Attempt {
  id: number;
  /** Failures in the window, this attempt included. */
  failures: number;
  succeeded(): Promise<void>;
}

function tooMany(step: 'password' | 'second-factor', reason: string, windowMs: number): AppError {
  return new AppError('RATE_LIMITED', 'Too many failed attempts; wait a little and try again.', {
    params: { step, reason, retryAfter: Math.round(windowMs / 1000) },
  });
}

/** Records a password attempt for `email` (normalised) from `ip`; throws RATE_LIMITED when it is one too many. */
export async function beginPasswordAttempt(db: Db, input: { email: string; ip: string }, now: Date): Promise<Attempt> {
  const repo = createLoginAttemptsRepo(db);
  const id = await repo.recordFailure({ email: input.email, ip: input.ip, step: 'password' }, now);
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [account, address] = await Promise.all([
    repo.failuresForAccount(input.email, 'password', since),
    repo.failuresFromAddress(input.ip, since),
  ]);
  const refusal = signInRefusal({ account, address });
  if (refusal) throw tooMany('password', refusal, SIGN_IN_WINDOW_MS);
  return { id, failures: account, succeeded: () => repo.markSucceeded(id) };
}

/** Records a second-factor attempt for the account; throws RATE_LIMITED when it is one too many. */
export async function beginSecondFactorAttempt(db: Db, input: { email: string; ip: string }, now: Date): Promise<Attempt> {
  const repo = createLoginAttemptsRepo(db);
  const id = await repo.recordFailure({ email: input.email, ip: input.ip, step: 'second-factor' }, now);
  const failures = await repo.failuresForAccount(
    input.email,
    'second-factor',
    new Date(now.getTime() - SECOND_FACTOR_WINDOW_MS),
  );
  if (secondFactorRefused(failures)) throw tooMany('second-factor', 'account', SECOND_FACTOR_WINDOW_MS);
  return { id, failures, succeeded: () => repo.markSucceeded(id) };
}

/**
 * Re-checks the password of a signed-in person before a sensitive change (throttled like signing in, so a hijacked
 * session is no password oracle). A wrong password is a validation error on `field`, not a sign-out.
 */
export async function confirmPassword(
  db: Db,
  user: { email: string; passwordHash: string | null },
  password: string,
  input: { ip: string; field: string },
  now: Date,
): Promise<void> {
  const attempt = await beginPasswordAttempt(db, { email: user.email, ip: input.ip }, now);
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) {
    await attempt.succeeded();
    return;
  }
  throw new AppError('VALIDATION_FAILED', 'The password is not correct.', {
    issues: [{ path: ['body', input.field], code: 'password_incorrect', message: 'The password is not correct.' }],
  });
}
