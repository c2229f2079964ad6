// Rows the named-people read test writes and reads directly: the people named on a record, links between records,
// notifications, and the audit entries written since a point.
import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { activities, assistanceRequests, auditLog, documents, notifications } from '#db/schema/index.ts';

export async function nameOnDocument(db: Db, id: string, userIds: string[]): Promise<void> {
  await db.update(documents).set({ namedUserIds: userIds }).where(eq(documents.id, id));
}

export async function nameOnRequest(db: Db, id: string, userIds: string[], attachmentDocumentIds: string[] = []): Promise<void> {
  await db.update(assistanceRequests).set({ namedUserIds: userIds, attachmentDocumentIds }).where(eq(assistanceRequests.id, id));
}

export async function linkActivity(db: Db, id: string, links: { programmeId: string; strategyId: string; requestId: string }): Promise<void> {
  await db.update(activities).set(links).where(eq(activities.id, id));
}

export async function insertNotifications(db: Db, rows: (typeof notifications.$inferInsert)[]): Promise<void> {
  await db.insert(notifications).values(rows);
}

export async function lastAuditId(db: Db): Promise<number> {
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.id ?? 0;
}

/** Entries after `afterId`, of one actor if given. */
export async function auditSince(db: Db, afterId: number, actor?: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(gt(auditLog.id, afterId), actor ? eq(auditLog.actor, actor) : undefined))
    .orderBy(auditLog.id);
}
