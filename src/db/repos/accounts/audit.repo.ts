// Appends to and reads the hash-chained audit trail (rule in src/domain/accounts/audit.ts). Pass a transaction as `db` to
// record an entry atomically with the change it describes.
//
// Entries are keyed (HMAC-SHA-256) with a key that is never in the database: the process that writes them sets it
// once at start (`setAuditChainKey`, from the server's secret key). Appending without it is refused rather than
// falling back to an unkeyed entry, which verification would then flag as a forgery.
import { createHash, createHmac } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { auditPayload, GENESIS_HASH, KEYED_CHAIN, type AuditContent, type AuditEntry } from '#domain/accounts/audit.ts';
import type { Db } from '#db/client.ts';
import { auditLog } from '#db/schema/index.ts';

export const sha256 = (payload: string): string => createHash('sha256').update(payload).digest('hex');

export const hmacSha256 = (key: Buffer) => (payload: string): string => createHmac('sha256', key).update(payload).digest('hex');

let chainKey: Buffer | null = null;

/** The key every entry this process appends is keyed with (derived from the secret key, never stored). */
export function setAuditChainKey(key: Buffer | null): void {
  chainKey = key;
}

export class AuditKeyMissingError extends Error {
  constructor() {
    super('The audit chain key is not set: the process must set it (from SECRET_KEY) before writing audit entries.');
  }
}

// The timestamp as stored, to the microsecond, in one form on PGlite and PostgreSQL whatever the session's settings.
const atMicros = sql<string>`to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const columns = {
  id: auditLog.id,
  at: atMicros,
  actor: auditLog.actor,
  action: auditLog.action,
  targetType: auditLog.targetType,
  targetId: auditLog.targetId,
  before: auditLog.before,
  after: auditLog.after,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
  chain: auditLog.chain,
};

export function createAuditRepo(db: Db) {
  return {
    async append(content: AuditContent): Promise<AuditEntry> {
      if (!chainKey) throw new AuditKeyMissingError();
      // One writer at a time extends the chain: concurrent appends would both link to the same predecessor.
      await db.execute(sql`LOCK TABLE audit_log IN EXCLUSIVE MODE`);
      const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      const prevHash = last?.hash ?? GENESIS_HASH;
      const hash = hmacSha256(chainKey)(auditPayload(content, prevHash, KEYED_CHAIN));
      const [row] = await db
        .insert(auditLog)
        .values({ ...content, before: content.before ?? null, after: content.after ?? null, prevHash, hash, chain: KEYED_CHAIN })
        .returning(columns);
      return row!;
    },

    /** Entries in id order after `afterId`, at most `limit`. */
    async page(afterId: number, limit: number): Promise<AuditEntry[]> {
      return db.select(columns).from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
    },

    /** The newest entry, or null for an empty log. */
    async head(): Promise<AuditEntry | null> {
      const [row] = await db.select(columns).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      return row ?? null;
    },
  };
}
