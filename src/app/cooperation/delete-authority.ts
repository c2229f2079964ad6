// Removes an entry (an authority that no longer exists). Its history stays, ending with a `deleted` revision of
// what was removed. Named by the version it was made on (ADR 19).
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import { auditAuthority, auditedAuthority, authorityTarget, findAuthority } from './authority-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export async function deleteAuthority(db: Db, actor: Actor, id: string, now: Date, expectedVersion: number): Promise<void> {
  authorize(actor, 'authority:update');
  const by = actor.kind === 'user' ? actor.userId : null;
  await inTransaction(db, async (tx) => {
    const repo = createAuthoritiesRepo(tx);
    const current = await findAuthority(repo, id);
    authorize(actor, 'authority:update', authorityTarget(current.stateCode));
    assertVersion(current, expectedVersion);
    if (!(await repo.delete(current.id, expectedVersion, by, now))) throw staleVersion(expectedVersion);
    await auditAuthority(tx, actor, 'authority:delete', current.id, { before: auditedAuthority(current), after: null }, now);
  });
}
