// "Still correct": one of the State's own people vouches for the entry as it is. The version goes up, a revision
// `confirmed` is kept, the entry is no longer stale and its reminder is reset (it will be reminded again when it
// next becomes stale). Named by the version it was confirmed on (ADR 19).
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import {
  auditAuthority,
  authorityAbilities,
  authorityOf,
  authorityTarget,
  findAuthority,
  toAuthorityView,
  type AuthorityAbilities,
  type AuthorityView,
} from './authority-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export async function confirmAuthority(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
  expectedVersion: number,
): Promise<{ data: AuthorityView; abilities: AuthorityAbilities }> {
  authorize(actor, 'authority:update');
  const by = actor.kind === 'user' ? actor.userId : null;
  const row = await inTransaction(db, async (tx) => {
    const repo = createAuthoritiesRepo(tx);
    const current = await findAuthority(repo, id);
    authorize(actor, 'authority:update', authorityTarget(current.stateCode));
    assertVersion(current, expectedVersion);
    const confirmed = await repo.update(current.id, expectedVersion, {}, by, now, 'confirmed');
    if (!confirmed) throw staleVersion(expectedVersion);
    await auditAuthority(
      tx,
      actor,
      'authority:confirm',
      current.id,
      { before: { confirmedAt: current.confirmedAt.toISOString(), version: current.version }, after: { confirmedAt: now.toISOString(), version: confirmed.version } },
      now,
    );
    return confirmed;
  });
  return { data: toAuthorityView(actor, authorityOf(row), now), abilities: authorityAbilities(actor, row.stateCode) };
}
