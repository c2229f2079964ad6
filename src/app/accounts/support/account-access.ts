// Changes that must end a person's open access at once: disabling the account, or giving it rights that need a
// second factor it has not set up (the next sign-in then asks to enrol one).
import { requiresSecondFactor } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo, type UserRow } from '#db/repos/accounts/accounts.repo.ts';
import { createPeopleRepo } from '#db/repos/accounts/people.repo.ts';

/** Revokes every session and API token of the person. */
export async function endAllAccess(tx: Db, userId: string, now: Date): Promise<{ sessions: number; tokens: number }> {
  const people = createPeopleRepo(tx);
  return { sessions: await people.revokeSessions(userId, now), tokens: await people.revokeApiTokens(userId, now) };
}

/**
 * After the person's rights changed: when they now require a second factor they do not have, their sessions
 * (which were opened without one) end. Returns how many.
 */
export async function endSessionsLackingSecondFactor(tx: Db, user: UserRow, now: Date): Promise<number> {
  if (user.totpEnabledAt) return 0;
  const memberships = await createAccountsRepo(tx).membershipsOf(user.id);
  if (!requiresSecondFactor({ platformAdmin: user.platformAdmin, memberships })) return 0;
  return createPeopleRepo(tx).revokeSessions(user.id, now);
}
