// Whether the audit trail is intact (src/app/accounts/verify-audit-log.ts walks the hash chain), for administrators.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { verifyAuditLog } from './verify-audit-log.ts';

export interface AuditLogVerification {
  ok: boolean;
  /** Entries found intact (before the first bad one, if any). */
  checked: number;
  firstBad: null | { id: number; reason: 'edited' | 'broken-link'; message: string };
}

export async function getAuditLogVerification(db: Db, actor: Actor): Promise<AuditLogVerification> {
  authorize(actor, 'audit-log:read');
  const result = await verifyAuditLog(db);
  return result.ok
    ? { ok: true, checked: result.checked, firstBad: null }
    : { ok: false, checked: result.checked, firstBad: { id: result.entryId, reason: result.problem, message: result.message } };
}
