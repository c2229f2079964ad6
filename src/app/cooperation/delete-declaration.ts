// Removes a declaration entered in error; the audit entry keeps what it was, in the same transaction.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createDeclarationsRepo } from '#db/repos/cooperation/declarations.repo.ts';
import { auditDeclaration, auditedDeclaration, findDeclaration, stateTarget } from './declaration-presenters.ts';

export async function deleteDeclaration(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  authorize(actor, 'declaration:manage');
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createDeclarationsRepo(tx);
    const current = await findDeclaration(repo, id, true);
    authorize(actor, 'declaration:manage', stateTarget(current.stateCode));
    await auditDeclaration(tx, actor, 'declaration:delete', current.id, { before: auditedDeclaration(current), after: null }, now);
    await repo.delete(current.id);
  });
}
