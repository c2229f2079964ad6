// Marks one's own notifications as read: the ones named, or all. Ids of other people's notifications (or none at
// all) change nothing and reveal nothing.
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createNotificationsRepo } from '#db/repos/accounts/notifications.repo.ts';

export async function markNotificationsRead(
  db: Db,
  actor: Actor,
  input: { ids?: readonly string[]; all?: boolean },
  now: Date,
): Promise<{ updated: number; unread: number }> {
  authorize(actor, 'notification:read');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  if (!input.all === !input.ids) {
    throw new AppError('VALIDATION_FAILED', 'Give either the ids to mark as read, or all: true.', {
      issues: [{ path: ['body'], code: 'ids_or_all', message: 'give either ids or all: true' }],
    });
  }
  const repo = createNotificationsRepo(db);
  const updated = await repo.markRead(actor.userId, input.all ? 'all' : input.ids!, now);
  const { unread } = await repo.listOf(actor.userId, { limit: 0, offset: 0 });
  return { updated, unread };
}
