// Removes a bilateral treaty entered in error. The audit entry keeps what it was, written in the same transaction.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createBilateralTreatiesRepo } from '#db/repos/cooperation/bilateral-treaties.repo.ts';
import { auditBilateralTreaty, auditedBilateralTreaty, findBilateralTreaty, pairTarget } from './bilateral-treaty-presenters.ts';

export async function deleteBilateralTreaty(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  authorize(actor, 'bilateral-treaty:manage');
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createBilateralTreatiesRepo(tx);
    const current = await findBilateralTreaty(repo, id, true);
    authorize(actor, 'bilateral-treaty:manage', pairTarget(current));
    await auditBilateralTreaty(tx, actor, 'bilateral-treaty:delete', current.id, { before: auditedBilateralTreaty(current), after: null }, now);
    await repo.delete(current.id);
  });
}
