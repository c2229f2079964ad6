// One entry of the directory, as the reader may see it. Its contact details, when shown by entitlement, are audited.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import { authorityAbilities, authorityOf, findAuthority, presentAuthorities, type AuthorityAbilities, type AuthorityView } from './authority-presenters.ts';

export async function getAuthority(db: Db, actor: Actor, id: string, now: Date): Promise<{ data: AuthorityView; abilities: AuthorityAbilities }> {
  authorize(actor, 'authority:read');
  const row = await findAuthority(createAuthoritiesRepo(db), id);
  const [view] = await presentAuthorities(db, actor, [authorityOf(row)], `authority:${row.id}`, now);
  return { data: view!, abilities: authorityAbilities(actor, row.stateCode) };
}
