// Stops following: no more notifications from it, and its feed answers 404. Past notifications stay in one's list.
// Another person's subscription is not found.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createSubscriptionsRepo } from '#db/repos/accounts/subscriptions.repo.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

export async function deleteSubscription(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  authorize(actor, 'subscription:manage');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  await inTransaction(db, async (tx) => {
    const repo = createSubscriptionsRepo(tx);
    const found = await repo.findOf(actor.userId, id);
    if (!found) throw new AppError('NOT_FOUND', 'No such subscription.', { params: { resource: 'subscription' } });
    await recordAudit(
      tx,
      {
        actor: actorLabel(actor),
        action: 'subscription:delete',
        targetType: 'subscription',
        targetId: found.id,
        before: { kind: found.kind, value: found.value, email: found.email },
        after: null,
      },
      now,
    );
    await repo.delete(found.id);
  });
}
