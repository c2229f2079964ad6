// One of one's own subscriptions as the list shows it (another person's is not found): what a stale write answers
// with (ADR 19).
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createSubscriptionsRepo } from '#db/repos/accounts/subscriptions.repo.ts';
import { toSubscriptionView, type SubscriptionView } from './notification-presenters.ts';

export function subscriptionNotFound(): AppError {
  return new AppError('NOT_FOUND', 'No such subscription.', { params: { resource: 'subscription' } });
}

export async function getSubscription(db: Db, actor: Actor, id: string, options: { lang: string }): Promise<SubscriptionView> {
  authorize(actor, 'subscription:manage');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const found = (await createSubscriptionsRepo(db).listOf(actor.userId)).find((s) => s.id === id);
  if (!found) throw subscriptionNotFound();
  const { names, ...row } = found;
  return toSubscriptionView(row, names, options.lang);
}
