// Turns a subscription's e-mails on or off (the in-app notifications and the feed go on either way). Audited; another
// person's subscription is not found. The write names the version it was made on (ADR 19).
import { actorLabel, type Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createSubscriptionsRepo } from '#db/repos/accounts/subscriptions.repo.ts';
import { getSubscription, subscriptionNotFound } from './get-subscription.ts';
import type { SubscriptionView } from './notification-presenters.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export async function updateSubscription(
  db: Db,
  actor: Actor,
  id: string,
  patch: { email: boolean },
  now: Date,
  options: { lang: string; expectedVersion: number },
): Promise<SubscriptionView> {
  authorize(actor, 'subscription:manage');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const userId = actor.userId;
  return inTransaction(db, async (tx) => {
    const repo = createSubscriptionsRepo(tx);
    const found = await repo.findOf(userId, id);
    if (!found) throw subscriptionNotFound();
    assertVersion(found, options.expectedVersion);
    if (found.email !== patch.email) {
      if (!(await repo.setEmail(found.id, patch.email, options.expectedVersion))) throw staleVersion(options.expectedVersion);
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
    return (await getSubscription(tx, actor, found.id, options))!;
  });
}
