// The second step of signing in: a TOTP code from the person's authenticator. A code is accepted once (its time step
// must be later than the last accepted one), wrong codes are throttled per account, and after too many the pending
// session ends. Success replaces the pending session with a complete one (a new id again). A recovery code is
// accepted in the same field, under the same throttle; it is spent in the same statement that finds it, and each use
// is audited with the number of codes left.
import { normaliseRecoveryCode } from '#domain/accounts/recovery-codes.ts';
import { secondFactorExhausted } from '#domain/accounts/throttling.ts';
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createOwnAccountRepo } from '#db/repos/accounts/own-account.repo.ts';
import { createRecoveryCodesRepo } from '#db/repos/accounts/recovery-codes.repo.ts';
import { createSessionsRepo } from '#db/repos/accounts/sessions.repo.ts';
import { completePendingSession, type StartedSession } from './start-session.ts';
import { beginSecondFactorAttempt } from './support/attempts.ts';
import { hashRecoveryCode } from './support/recovery-codes.ts';
import type { SessionSettings } from './support/session-settings.ts';
import { matchTotp, openTotpSecret } from './support/totp.ts';

export interface PendingSession {
  id: string;
  userId: string;
  stage: string;
}

export const WRONG_CODE_MESSAGE = 'The code is not correct, or was already used. Wait for the next code and try again.';

export function noPendingSession(): AppError {
  return new AppError('UNAUTHENTICATED', 'Sign in with your password first.', { params: { reason: 'no_pending_session' } });
}

export async function verifySecondFactor(
  db: Db,
  input: { session: PendingSession | null; code: string; ip: string; userAgent?: string | null },
  now: Date,
  settings: SessionSettings,
  secretKey: Buffer,
): Promise<StartedSession & { userId: string }> {
  const { session } = input;
  if (!session || session.stage !== 'second-factor') throw noPendingSession();
  const accounts = createAccountsRepo(db);
  const [user, row] = await Promise.all([accounts.findUserById(session.userId), accounts.findSession(session.id)]);
  if (!user || !row || !user.totpSecret || !user.totpEnabledAt) throw noPendingSession();

  const attempt = await beginSecondFactorAttempt(db, { email: user.email, ip: input.ip }, now).catch(async (err) => {
    await createSessionsRepo(db).revoke(session.id, now);
    throw err;
  });
  const recoveryCode = normaliseRecoveryCode(input.code);
  const step = recoveryCode === null ? matchTotp(openTotpSecret(secretKey, user.totpSecret), input.code, now) : null;
  const accepted =
    recoveryCode !== null
      ? await createRecoveryCodesRepo(db).consume(user.id, hashRecoveryCode(recoveryCode), now)
      : step !== null && (await createOwnAccountRepo(db).acceptTotpStep(user.id, step));

  if (!accepted) {
    const exhausted = secondFactorExhausted(attempt.failures);
    await db.transaction(async (tx) => {
      if (exhausted) await createSessionsRepo(tx).revoke(session.id, now);
      await createAuditRepo(tx).append({
        at: now.toISOString(),
        actor: 'anonymous',
        action: 'session:second-factor-failed',
        targetType: 'user',
        targetId: user.id,
        before: null,
        after: {
          reason: recoveryCode !== null ? 'wrong_recovery_code' : step === null ? 'wrong_code' : 'code_reused',
          ip: input.ip,
          sessionEnded: exhausted,
        },
      });
    });
    throw new AppError('UNAUTHENTICATED', WRONG_CODE_MESSAGE, {
      params: { reason: exhausted ? 'too_many_attempts' : 'invalid_code' },
    });
  }

  await attempt.succeeded();
  return db.transaction(async (tx) => {
    if (recoveryCode !== null) {
      await createAuditRepo(tx).append({
        at: now.toISOString(),
        actor: `user:${user.id}`,
        action: 'account:recovery-code-use',
        targetType: 'user',
        targetId: user.id,
        before: null,
        after: { remaining: await createRecoveryCodesRepo(tx).remaining(user.id), ip: input.ip },
      });
    }
    const started = await completePendingSession(
      tx,
      {
        userId: user.id,
        pendingSessionId: session.id,
        method: row.method,
        via: recoveryCode !== null ? 'recovery-code' : 'totp',
        ip: input.ip,
        userAgent: input.userAgent,
      },
      now,
      settings,
    );
    return { ...started, userId: user.id };
  });
}
