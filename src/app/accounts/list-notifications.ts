// One's own notifications: unread first, then newest, paged, with the count of unread ones. A notification whose
// record the reader may no longer see stays in the list (it happened) but shows nothing of the record.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createNotificationsRepo } from '#db/repos/accounts/notifications.repo.ts';
import { stillVisible, toNotificationView, type NotificationView } from './notification-presenters.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';

export interface NotificationsQuery extends PageQuery {
  /** The language titles are rendered in. */
  lang: string;
  /** Only the unread ones. */
  unread?: boolean;
}

export async function listNotifications(
  db: Db,
  actor: Actor,
  query: NotificationsQuery,
): Promise<Page<NotificationView> & { unread: number }> {
  authorize(actor, 'notification:read');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const { rows, total, unread } = await createNotificationsRepo(db).listOf(actor.userId, offsetOf(query), {
    unreadOnly: query.unread === true,
  });
  const visible = await stillVisible(db, actor, rows);
  await auditNamedPeopleReads(db, actor, visible.namedPeople, 'notifications:list', new Date());
  return {
    data: rows.map((r) => toNotificationView(r, query.lang, visible.has(r.id))),
    page: query.page,
    pageSize: query.pageSize,
    total,
    unread,
  };
}
