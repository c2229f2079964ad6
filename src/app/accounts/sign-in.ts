// Signing in with e-mail and password. The answer to a wrong password, an unknown e-mail and a disabled account is
// the same, and costs the same (an unknown account is checked against a decoy hash). Failures are throttled per
// account and per address before the password is even looked at. Success starts a NEW session: complete, or
// pending its second factor (or its enrolment, for roles that require one).
import { requiresSecondFactor } from '#domain/accounts/types.ts';
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo, normaliseEmail } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { startSession, type SessionStage, type StartedSession } from './start-session.ts';
import { beginPasswordAttempt } from './support/attempts.ts';
import { decoyHash, verifyPassword } from './support/passwords.ts';
import type { SessionSettings } from './support/session-settings.ts';

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  userAgent?: string | null;
  /** The session the caller already had, if any: ended, since the new one replaces it. */
  currentSessionId?: string | null;
}

export const WRONG_CREDENTIALS_MESSAGE = 'The e-mail address or password is not correct.';

type Failure = 'unknown_account' | 'no_password' | 'wrong_password' | 'disabled';

export async function signIn(
  db: Db,
  input: SignInInput,
  now: Date,
  settings: SessionSettings,
): Promise<StartedSession & { userId: string }> {
  const email = normaliseEmail(input.email);
  const attempt = await beginPasswordAttempt(db, { email, ip: input.ip }, now);
  const accounts = createAccountsRepo(db);
  const user = await accounts.findUserByEmail(email);

  // Always one argon2 verification, against the decoy when there is no hash to check.
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  const failure: Failure | null = !user
    ? 'unknown_account'
    : !user.passwordHash
      ? 'no_password'
      : !matches
        ? 'wrong_password'
        : user.disabledAt
          ? 'disabled'
          : null;

  if (failure || !user) {
    await db.transaction(async (tx) => {
      await createAuditRepo(tx).append({
        at: now.toISOString(),
        actor: 'anonymous',
        action: 'session:sign-in-failed',
        targetType: user ? 'user' : 'email',
        targetId: user ? user.id : email,
        before: null,
        // The e-mail as typed matters to an investigation (which accounts were tried); no password, ever.
        after: { email, reason: failure, ip: input.ip, method: 'password' },
      });
    });
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS_MESSAGE, { params: { reason: 'invalid_credentials' } });
  }

  await attempt.succeeded();
  const memberships = await accounts.membershipsOf(user.id);
  const stage: SessionStage = user.totpEnabledAt
    ? 'second-factor'
    : requiresSecondFactor({ platformAdmin: user.platformAdmin, memberships })
      ? 'enrol-second-factor'
      : 'complete';

  return db.transaction(async (tx) => {
    const started = await startSession(
      tx,
      {
        userId: user.id,
        stage,
        method: 'password',
        ip: input.ip,
        userAgent: input.userAgent,
        replaces: input.currentSessionId ?? null,
      },
      now,
      settings,
    );
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${user.id}`,
      action: 'session:sign-in',
      targetType: 'user',
      targetId: user.id,
      before: null,
      after: { method: 'password', stage, ip: input.ip },
    });
    return { ...started, userId: user.id };
  });
}
