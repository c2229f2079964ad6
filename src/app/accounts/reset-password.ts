// Choosing a new password through a reset link. The link works once (consumed atomically with the change), and
// every session of the person ends: whoever knew the old password is out.
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createOneTimeTokensRepo } from '#db/repos/accounts/one-time-tokens.repo.ts';
import { createOwnAccountRepo } from '#db/repos/accounts/own-account.repo.ts';
import { createSessionsRepo } from '#db/repos/accounts/sessions.repo.ts';
import { assertAcceptablePassword, hashPassword } from './support/passwords.ts';

function invalidToken(): AppError {
  return new AppError('VALIDATION_FAILED', 'This link is not valid any more: it was used, has expired, or is unknown.', {
    issues: [{ path: ['body', 'token'], code: 'token_invalid', message: 'The link was used, has expired, or is unknown.' }],
  });
}

export async function resetPassword(db: Db, input: { token: string; password: string }, now: Date): Promise<void> {
  const tokens = createOneTimeTokensRepo(db);
  const found = await tokens.findUsable(input.token, 'password-reset', now);
  const user = found?.userId ? await createAccountsRepo(db).findUserById(found.userId) : undefined;
  if (!found || !user || user.disabledAt) throw invalidToken();
  // Checked before the link is used up, so a refused password leaves the link working.
  await assertAcceptablePassword(input.password, { email: user.email, displayName: user.displayName, currentPasswordHash: user.passwordHash });
  const passwordHash = await hashPassword(input.password);

  await db.transaction(async (tx) => {
    const token = await createOneTimeTokensRepo(tx).consume(input.token, 'password-reset', now);
    if (!token) throw invalidToken();
    await createOwnAccountRepo(tx).update(user.id, { passwordHash, passwordChangedAt: now }, now);
    const sessionsEnded = await createSessionsRepo(tx).revokeAllOf(user.id, now);
    await createOneTimeTokensRepo(tx).revokeOutstanding('password-reset', user.email, now);
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${user.id}`,
      action: 'account:password-reset',
      targetType: 'user',
      targetId: user.id,
      before: null,
      after: { tokenId: token.id, sessionsEnded },
    });
  });
}
