// A person's own profile: the name others see and the languages they read, in order of preference. The write names
// the version it was made on (ADR 19): a change made meanwhile in another tab or by an administrator is not undone.
import { AppError } from '#domain/errors.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createOwnAccountRepo } from '#db/repos/accounts/own-account.repo.ts';
import { getAccountView, type AccountView } from './get-session-view.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export async function updateOwnAccount(
  db: Db,
  input: { userId: string; displayName?: string; languages?: Language[] },
  now: Date,
  expectedVersion: number,
): Promise<AccountView> {
  const user = await createAccountsRepo(db).findUserById(input.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.', { params: { reason: 'no_session' } });
  assertVersion(user, expectedVersion);
  const patch: { displayName?: string; languages?: string[] } = {};
  if (input.displayName !== undefined && input.displayName !== user.displayName) patch.displayName = input.displayName;
  if (input.languages !== undefined) {
    const languages = [...new Set(input.languages)];
    if (languages.join() !== user.languages.join()) patch.languages = languages;
  }
  if (Object.keys(patch).length > 0) {
    await db.transaction(async (tx) => {
      if (!(await createOwnAccountRepo(tx).update(user.id, patch, now, expectedVersion))) throw staleVersion(expectedVersion);
      await createAuditRepo(tx).append({
        at: now.toISOString(),
        actor: `user:${user.id}`,
        action: 'account:update',
        targetType: 'user',
        targetId: user.id,
        before: Object.fromEntries(Object.keys(patch).map((k) => [k, user[k as keyof typeof patch]])),
        after: patch,
      });
    });
  }
  return (await getAccountView(db, user.id))!;
}
