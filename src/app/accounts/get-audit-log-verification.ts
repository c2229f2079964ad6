// Whether the audit trail is intact (src/app/accounts/verify-audit-log.ts walks the hash chain), for administrators.
// The server has the secret key, so the keyed hashes are checked; with an anchor file configured, so is the head.
import fs from 'node:fs';
import type { Actor } from '#domain/actor.ts';
import type { ChainProblem } from '#domain/accounts/audit.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { readLatestAnchor } from './anchor-audit-log.ts';
import { verifyAuditLog } from './verify-audit-log.ts';

export interface AuditLogVerification {
  ok: boolean;
  /** Entries found intact (before the first bad one, if any). */
  checked: number;
  firstId: number | null;
  lastId: number | null;
  keyed: boolean;
  keyedFrom: number | null;
  anchor: null | { sequence: number; anchoredAt: string };
  firstBad: null | { id: number; reason: ChainProblem; message: string };
}

export async function getAuditLogVerification(
  db: Db,
  actor: Actor,
  options: { secretKey: Buffer; anchorFile: string | undefined },
): Promise<AuditLogVerification> {
  authorize(actor, 'audit-log:read');
  const anchor = options.anchorFile && fs.existsSync(options.anchorFile) ? readLatestAnchor(options.anchorFile) : null;
  const r = await verifyAuditLog(db, { secretKey: options.secretKey, anchor });
  return {
    ok: r.ok,
    checked: r.checked,
    firstId: r.firstId,
    lastId: r.lastId,
    keyed: r.keyed,
    keyedFrom: r.keyedFrom,
    anchor: r.anchor && { sequence: r.anchor.sequence, anchoredAt: r.anchor.anchoredAt },
    firstBad: r.problem && { id: r.problem.entryId, reason: r.problem.kind, message: r.problem.message },
  };
}
