// A new set of recovery codes, after the person proves it is them again (the password, or a code from their app, as
// for the other sensitive changes). Every old code, used or not, stops working; the new ones are shown once.
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createOwnAccountRepo } from '#db/repos/accounts/own-account.repo.ts';
import { confirmPassword } from './support/attempts.ts';
import { issueRecoveryCodes } from './support/recovery-codes.ts';
import { matchTotp, openTotpSecret } from './support/totp.ts';

export async function regenerateRecoveryCodes(
  db: Db,
  input: { userId: string; password?: string; code?: string; ip: string },
  now: Date,
  secretKey: Buffer,
): Promise<string[]> {
  const user = await createAccountsRepo(db).findUserById(input.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.', { params: { reason: 'no_session' } });
  if (!user.totpEnabledAt || !user.totpSecret) {
    throw new AppError('INVALID_TRANSITION', 'Set up a second factor first.', { params: { reason: 'no_second_factor' } });
  }
  if (input.password !== undefined) {
    await confirmPassword(db, user, input.password, { ip: input.ip, field: 'password' }, now);
  } else if (input.code !== undefined) {
    const step = matchTotp(openTotpSecret(secretKey, user.totpSecret), input.code, now);
    if (step === null || !(await createOwnAccountRepo(db).acceptTotpStep(user.id, step))) {
      throw new AppError('VALIDATION_FAILED', 'The code is not correct, or was already used.', {
        issues: [{ path: ['body', 'code'], code: 'code_invalid', message: 'The code is not correct.' }],
      });
    }
  } else {
    throw new AppError('VALIDATION_FAILED', 'Enter your password or a code from your app.', {
      issues: [{ path: ['body', 'password'], code: 'required', message: 'Enter your password or a code from your app.' }],
    });
  }
  return db.transaction(async (tx) => {
    const codes = await issueRecoveryCodes(tx, user.id, now);
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${user.id}`,
      action: 'account:recovery-codes-regenerate',
      targetType: 'user',
      targetId: user.id,
      before: null,
      after: { recoveryCodes: codes.length },
    });
    return codes;
  });
}
