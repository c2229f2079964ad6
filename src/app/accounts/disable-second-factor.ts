// Turning the second factor off, after re-entering the password. Refused for people whose roles require one (an
// administrator resets it instead, when a device is lost). Its recovery codes go with it.
import { requiresSecondFactor } from '#domain/accounts/types.ts';
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createOwnAccountRepo } from '#db/repos/accounts/own-account.repo.ts';
import { createRecoveryCodesRepo } from '#db/repos/accounts/recovery-codes.repo.ts';
import { confirmPassword } from './support/attempts.ts';

export async function disableSecondFactor(
  db: Db,
  input: { userId: string; password: string; ip: string },
  now: Date,
): Promise<void> {
  const accounts = createAccountsRepo(db);
  const user = await accounts.findUserById(input.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.', { params: { reason: 'no_session' } });
  const memberships = await accounts.membershipsOf(user.id);
  if (requiresSecondFactor({ platformAdmin: user.platformAdmin, memberships })) {
    throw new AppError('CONFLICT', 'Your roles require a second factor: it cannot be turned off.', {
      params: { reason: 'second_factor_required' },
    });
  }
  await confirmPassword(db, user, input.password, { ip: input.ip, field: 'password' }, now);
  if (!user.totpSecret && !user.totpEnabledAt) return;
  await db.transaction(async (tx) => {
    await createOwnAccountRepo(tx).update(user.id, { totpSecret: null, totpEnabledAt: null }, now);
    await createRecoveryCodesRepo(tx).deleteAll(user.id);
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${user.id}`,
      action: 'account:second-factor-disable',
      targetType: 'user',
      targetId: user.id,
      before: { secondFactor: user.totpEnabledAt !== null },
      after: { secondFactor: false },
    });
  });
}
