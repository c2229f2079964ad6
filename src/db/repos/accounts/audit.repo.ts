// Appends to and reads the hash-chained audit trail (rule in src/domain/accounts/audit.ts). Pass a transaction as `db` to
// record an entry atomically with the change it describes.
import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { auditPayload, GENESIS_HASH, type AuditContent, type AuditEntry } from '#domain/accounts/audit.ts';
import type { Db } from '#db/client.ts';
import { auditLog } from '#db/schema/index.ts';

export const sha256 = (payload: string): string => createHash('sha256').update(payload).digest('hex');

export function createAuditRepo(db: Db) {
  return {
    async append(content: AuditContent): Promise<AuditEntry> {
      // One writer at a time extends the chain: concurrent appends would both link to the same predecessor.
      await db.execute(sql`LOCK TABLE audit_log IN EXCLUSIVE MODE`);
      const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      const prevHash = last?.hash ?? GENESIS_HASH;
      const hash = sha256(auditPayload(content, prevHash));
      const [row] = await db
        .insert(auditLog)
        .values({ ...content, before: content.before ?? null, after: content.after ?? null, prevHash, hash })
        .returning();
      return toEntry(row!);
    },

    /** Entries in id order after `afterId`, at most `limit`. */
    async page(afterId: number, limit: number): Promise<AuditEntry[]> {
      const rows = await db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
      return rows.map(toEntry);
    },
  };
}

function toEntry(r: typeof auditLog.$inferSelect): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    before: r.before,
    after: r.after,
    prevHash: r.prevHash,
    hash: r.hash,
  };
}
