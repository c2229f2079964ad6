// A unit of work: the change, its audit entry and any mail it sends commit together or not at all.
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';

export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}

export interface AuditRecord {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
}

/** Appends to the audit trail; pass the transaction of the change it describes. */
export async function recordAudit(tx: Db, record: AuditRecord, now: Date): Promise<void> {
  await createAuditRepo(tx).append({ at: now.toISOString(), ...record });
}
