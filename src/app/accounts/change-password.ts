// Changing one's password: the current one first (throttled like signing in), the new one checked against the
// rules; every other session of the person ends, the one making the change stays.
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createOwnAccountRepo } from '#db/repos/accounts/own-account.repo.ts';
import { createSessionsRepo } from '#db/repos/accounts/sessions.repo.ts';
import { confirmPassword } from './support/attempts.ts';
import { assertAcceptablePassword, hashPassword } from './support/passwords.ts';

export async function changePassword(
  db: Db,
  input: { userId: string; sessionId: string | null; currentPassword: string; newPassword: string; ip: string },
  now: Date,
): Promise<void> {
  const user = await createAccountsRepo(db).findUserById(input.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.', { params: { reason: 'no_session' } });
  await confirmPassword(db, user, input.currentPassword, { ip: input.ip, field: 'currentPassword' }, now);
  await assertAcceptablePassword(input.newPassword, {
    email: user.email,
    displayName: user.displayName,
    field: 'newPassword',
    currentPasswordHash: user.passwordHash,
  });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await createOwnAccountRepo(tx).update(user.id, { passwordHash, passwordChangedAt: now }, now);
    const sessionsEnded = await createSessionsRepo(tx).revokeAllOf(user.id, now, input.sessionId);
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${user.id}`,
      action: 'account:password-change',
      targetType: 'user',
      targetId: user.id,
      before: null,
      after: { sessionsEnded },
    });
  });
}
