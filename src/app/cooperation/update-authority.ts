// Changes an entry (its State stays: an entry of another State is a new entry). A change confirms the entry: the
// person writing it vouches for it now. Named by the version it was made on (ADR 19): PRECONDITION_FAILED when
// another write came first. The row, its revision and the audit entry (before/after) commit together.
import type { Actor } from '#domain/actor.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import type { AuthorityInput } from '#domain/cooperation/authority-input.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import {
  auditAuthority,
  auditedAuthority,
  authorityAbilities,
  authorityOf,
  authorityTarget,
  checkedAuthorityInput,
  findAuthority,
  toAuthorityView,
  type AuthorityAbilities,
  type AuthorityView,
} from './authority-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export type AuthorityChanges = Partial<Omit<AuthorityInput, 'stateCode'>>;

export async function updateAuthority(
  db: Db,
  actor: Actor,
  id: string,
  changes: AuthorityChanges,
  now: Date,
  expectedVersion: number,
): Promise<{ data: AuthorityView; abilities: AuthorityAbilities }> {
  authorize(actor, 'authority:update');
  const by = actor.kind === 'user' ? actor.userId : null;
  const updated = await inTransaction(db, async (tx) => {
    const repo = createAuthoritiesRepo(tx);
    const current = await findAuthority(repo, id);
    // Another State's people learn nothing they could not read: the entry exists publicly, so FORBIDDEN, not 404.
    authorize(actor, 'authority:update', authorityTarget(current.stateCode));
    assertVersion(current, expectedVersion);
    // What the writer could not see stays as it is: an omitted field is never a request to clear it.
    const seesAll = can(actor, 'authority:read-contacts', authorityTarget(current.stateCode));
    const { stateCode: _s, ...given } = changes as AuthorityChanges & { stateCode?: string };
    const next = await checkedAuthorityInput(repo, { ...auditedAuthority(current), ...(seesAll ? given : withoutContacts(given)) });
    const before = auditedAuthority(current);
    const after = auditedAuthority(next);
    const { stateCode: _state, ...patch } = next;
    const row = await repo.update(current.id, expectedVersion, patch, by, now);
    if (!row) throw staleVersion(expectedVersion);
    // Saved unchanged, the entry is still confirmed anew: the trail says so rather than repeating it.
    const unchanged = canonicalJson(before) === canonicalJson(after);
    await auditAuthority(tx, actor, 'authority:update', current.id, unchanged ? { before: null, after: { unchanged: true } } : { before, after }, now);
    return row;
  });
  return { data: toAuthorityView(actor, authorityOf(updated), now), abilities: authorityAbilities(actor, updated.stateCode) };
}

function withoutContacts(given: AuthorityChanges): AuthorityChanges {
  const { contacts: _c, ...rest } = given;
  return rest;
}
