// Adds an entry to the directory for a State, written by one of the State's own people (its focal points and
// central-authority practitioners). The entry is confirmed now by its author. The row, its first revision and the
// audit entry are written in one transaction.
import type { Actor } from '#domain/actor.ts';
import type { AuthorityInput } from '#domain/cooperation/authority-input.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import {
  auditAuthority,
  auditedAuthority,
  authorityAbilities,
  authorityOf,
  authorityTarget,
  checkedAuthorityInput,
  toAuthorityView,
  type AuthorityAbilities,
  type AuthorityView,
} from './authority-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';

export type NewAuthority = Omit<AuthorityInput, 'instrumentId' | 'address' | 'channels' | 'languages' | 'urgentProcedure' | 'requirements' | 'requestItems' | 'lawLinks' | 'contacts' | 'publicFields'> &
  Partial<AuthorityInput>;

export async function createAuthority(db: Db, actor: Actor, input: NewAuthority, now: Date): Promise<{ data: AuthorityView; abilities: AuthorityAbilities }> {
  authorize(actor, 'authority:update');
  const full: AuthorityInput = {
    instrumentId: null,
    address: '',
    channels: [],
    languages: [],
    urgentProcedure: '',
    requirements: {},
    requestItems: null,
    lawLinks: [],
    contacts: [],
    publicFields: [],
    ...input,
  };
  const fields = await checkedAuthorityInput(createAuthoritiesRepo(db), full);
  authorize(actor, 'authority:update', authorityTarget(fields.stateCode));
  const by = actor.kind === 'user' ? actor.userId : null;
  const row = await inTransaction(db, async (tx) => {
    const created = await createAuthoritiesRepo(tx).insert(fields, by, now);
    await auditAuthority(tx, actor, 'authority:create', created.id, { before: null, after: auditedAuthority(fields) }, now);
    return created;
  });
  // The author is entitled to the contacts they wrote: no read to audit.
  return { data: toAuthorityView(actor, authorityOf(row), now), abilities: authorityAbilities(actor, row.stateCode) };
}
