// The head of the audit trail, to be kept outside the database (`accord audit anchor`, and `serve` at intervals):
// verification against it catches the newest entries deleted, the table emptied or the chain rebuilt.
import fs from 'node:fs';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { anchorLine, GENESIS_HASH, latestAnchor, type AuditAnchor } from '#domain/accounts/audit.ts';

export async function anchorAuditLog(db: Db, now: Date): Promise<AuditAnchor> {
  const head = await createAuditRepo(db).head();
  return { sequence: head?.id ?? 0, hash: head?.hash ?? GENESIS_HASH, at: head?.at ?? null, anchoredAt: now.toISOString() };
}

/** Appends the anchor as one JSON line (the file is created, readable by its owner only). */
export function appendAnchor(file: string, anchor: AuditAnchor): void {
  fs.appendFileSync(file, `${anchorLine(anchor)}\n`, { mode: 0o600 });
}

/** The latest anchor in a file; a missing file is an error (a verification against nothing would pass). */
export function readLatestAnchor(file: string): AuditAnchor | null {
  return latestAnchor(fs.readFileSync(file, 'utf8'));
}
