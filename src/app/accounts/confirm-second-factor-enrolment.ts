// Turning on the second factor once the person's app shows a valid code for the pending secret. The code's time
// step is recorded, so it cannot then be used to sign in. A session that was waiting for this enrolment (roles that
// require a second factor) becomes complete, with a new id. Ten recovery codes are drawn and returned, to be shown
// once: only their hashes are kept.
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createOwnAccountRepo } from '#db/repos/accounts/own-account.repo.ts';
import { issueRecoveryCodes } from './support/recovery-codes.ts';
import { completePendingSession, type StartedSession } from './start-session.ts';
import type { SessionSettings } from './support/session-settings.ts';
import { matchTotp, openTotpSecret } from './support/totp.ts';

export async function confirmSecondFactorEnrolment(
  db: Db,
  input: {
    session: { id: string; userId: string; stage: string };
    code: string;
    ip: string;
    userAgent?: string | null;
  },
  now: Date,
  settings: SessionSettings,
  secretKey: Buffer,
): Promise<{ started: StartedSession | null; userId: string; recoveryCodes: string[] }> {
  const accounts = createAccountsRepo(db);
  const user = await accounts.findUserById(input.session.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.', { params: { reason: 'no_session' } });
  if (user.totpEnabledAt) {
    throw new AppError('CONFLICT', 'The second factor is already set up.', { params: { reason: 'second_factor_enabled' } });
  }
  if (!user.totpSecret) {
    throw new AppError('INVALID_TRANSITION', 'Start setting up the second factor first.', {
      params: { reason: 'no_pending_enrolment' },
    });
  }
  const step = matchTotp(openTotpSecret(secretKey, user.totpSecret), input.code, now);
  // No throttle is needed here: the person was just shown the secret, so a guess would learn nothing.
  if (step === null) {
    throw new AppError('VALIDATION_FAILED', 'The code is not correct. Check the time on your device and try the next code.', {
      issues: [{ path: ['body', 'code'], code: 'code_invalid', message: 'The code is not correct.' }],
    });
  }
  const row = await accounts.findSession(input.session.id);
  return db.transaction(async (tx) => {
    const repo = createOwnAccountRepo(tx);
    await repo.update(user.id, { totpEnabledAt: now }, now);
    if (!(await repo.acceptTotpStep(user.id, step))) {
      throw new AppError('VALIDATION_FAILED', 'This code was already used; wait for the next one.', {
        issues: [{ path: ['body', 'code'], code: 'code_reused', message: 'This code was already used.' }],
      });
    }
    const recoveryCodes = await issueRecoveryCodes(tx, user.id, now);
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${user.id}`,
      action: 'account:second-factor-enable',
      targetType: 'user',
      targetId: user.id,
      before: { secondFactor: false },
      after: { secondFactor: true, method: 'totp', recoveryCodes: recoveryCodes.length },
    });
    if (input.session.stage !== 'enrol-second-factor') return { started: null, userId: user.id, recoveryCodes };
    const started = await completePendingSession(
      tx,
      {
        userId: user.id,
        pendingSessionId: input.session.id,
        method: row?.method,
        via: 'totp-enrolment',
        ip: input.ip,
        userAgent: input.userAgent,
      },
      now,
      settings,
    );
    return { started, userId: user.id, recoveryCodes };
  });
}
