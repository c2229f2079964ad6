// What one follows. The feed secrets are not shown again (only their hashes are kept).
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createSubscriptionsRepo } from '#db/repos/accounts/subscriptions.repo.ts';
import { toSubscriptionView, type SubscriptionView } from './notification-presenters.ts';

export async function listSubscriptions(db: Db, actor: Actor, query: { lang: string }): Promise<SubscriptionView[]> {
  authorize(actor, 'subscription:manage');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const rows = await createSubscriptionsRepo(db).listOf(actor.userId);
  return rows.map(({ names, ...row }) => toSubscriptionView(row, names, query.lang));
}
