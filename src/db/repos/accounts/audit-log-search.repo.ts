// Reading the audit trail with filters, newest first (the chain itself is src/db/repos/accounts/audit.repo.ts).
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { auditLog } from '#db/schema/index.ts';

export type AuditLogRow = typeof auditLog.$inferSelect;

export interface AuditLogFilter {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

function where(f: AuditLogFilter, beforeId?: number): SQL | undefined {
  return and(
    f.actor ? eq(auditLog.actor, f.actor) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.targetType ? eq(auditLog.targetType, f.targetType) : undefined,
    f.targetId ? eq(auditLog.targetId, f.targetId) : undefined,
    f.from ? gte(auditLog.at, f.from.toISOString()) : undefined,
    f.to ? lt(auditLog.at, f.to.toISOString()) : undefined,
    beforeId !== undefined ? lt(auditLog.id, beforeId) : undefined,
  );
}

export function createAuditLogSearchRepo(db: Db) {
  return {
    async list(filter: AuditLogFilter, page: { limit: number; offset: number }): Promise<AuditLogRow[]> {
      return db
        .select()
        .from(auditLog)
        .where(where(filter))
        .orderBy(desc(auditLog.id))
        .limit(page.limit)
        .offset(page.offset);
    },

    async count(filter: AuditLogFilter): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where(filter));
      return Number(row?.n ?? 0);
    },

    /** Newest first, `limit` entries older than `beforeId` (keyset paging: exports walk the whole log this way). */
    async before(filter: AuditLogFilter, beforeId: number | undefined, limit: number): Promise<AuditLogRow[]> {
      return db.select().from(auditLog).where(where(filter, beforeId)).orderBy(desc(auditLog.id)).limit(limit);
    },
  };
}
