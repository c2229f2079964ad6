// Turns a subscription's e-mails on or off (the in-app notifications and the feed go on either way). Audited; another
// person's subscription is not found.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createSubscriptionsRepo } from '#db/repos/accounts/subscriptions.repo.ts';
import { toSubscriptionView, type SubscriptionView } from './notification-presenters.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

export async function updateSubscription(
  db: Db,
  actor: Actor,
  id: string,
  patch: { email: boolean },
  now: Date,
  options: { lang: string },
): Promise<SubscriptionView> {
  authorize(actor, 'subscription:manage');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const userId = actor.userId;
  return inTransaction(db, async (tx) => {
    const repo = createSubscriptionsRepo(tx);
    const found = await repo.findOf(userId, id);
    if (!found) throw new AppError('NOT_FOUND', 'No such subscription.', { params: { resource: 'subscription' } });
    if (found.email !== patch.email) {
      await repo.setEmail(found.id, patch.email);
      await recordAudit(
        tx,
        {
          actor: actorLabel(actor),
          action: 'subscription:update',
          targetType: 'subscription',
          targetId: found.id,
          before: { email: found.email },
          after: { email: patch.email },
        },
        now,
      );
    }
    const { names, ...row } = (await repo.listOf(userId)).find((s) => s.id === found.id)!;
    return toSubscriptionView(row, names, options.lang);
  });
}
