// Walks the whole audit trail in id order, in pages (the log only grows), and reports the first bad entry.
import type { Db } from '#db/client.ts';
import { createAuditRepo, sha256 } from '#db/repos/accounts/audit.repo.ts';
import { GENESIS_HASH, verifyChain, type ChainCheck } from '#domain/accounts/audit.ts';

const PAGE = 5_000;

export async function verifyAuditLog(db: Db): Promise<ChainCheck> {
  const repo = createAuditRepo(db);
  let previous: { id: number | null; hash: string } = { id: null, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const entries = await repo.page(previous.id ?? 0, PAGE);
    if (entries.length === 0) return { ok: true, checked, lastHash: previous.hash };
    const result = verifyChain(entries, sha256, previous, checked);
    if (!result.ok) return result;
    checked = result.checked;
    previous = { id: entries.at(-1)!.id, hash: result.lastHash };
  }
}
