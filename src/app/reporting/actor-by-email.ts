// The actor of a command-line import: an active person by address, with their memberships.
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';

export async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const repo = createAccountsRepo(db);
  const user = await repo.findUserByEmail(email.trim().toLowerCase());
  if (!user || user.disabledAt) throw new AppError('VALIDATION_FAILED', `No active person with the address ${email}`);
  return { kind: 'user', userId: user.id, platformAdmin: user.platformAdmin, memberships: await repo.membershipsOf(user.id) };
}
