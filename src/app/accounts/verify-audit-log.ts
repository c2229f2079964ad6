// Walks the whole audit trail in id order, in pages (the log only grows), and reports the first bad entry and which
// checks it could make: the keyed hashes need the secret key, tail deletion and whole rewrites need an anchor.
import type { Db } from '#db/client.ts';
import { createAuditRepo, hmacSha256, sha256 } from '#db/repos/accounts/audit.repo.ts';
import {
  finishChain,
  initialChainState,
  verifyChain,
  type AuditAnchor,
  type ChainCheck,
  type ChainProblem,
} from '#domain/accounts/audit.ts';
import { auditChainKey } from './audit-chain-key.ts';

const PAGE = 5_000;

export interface AuditVerification {
  ok: boolean;
  /** Entries found intact (before the first bad one, if any). */
  checked: number;
  firstId: number | null;
  lastId: number | null;
  /** Whether the keyed hashes were checked (the secret key was given). */
  keyed: boolean;
  /** The first keyed entry; entries before it predate keying and are sealed by its hash. */
  keyedFrom: number | null;
  /** The anchor checked against, if one was given. */
  anchor: AuditAnchor | null;
  problem: null | { entryId: number; kind: ChainProblem; message: string };
}

export async function verifyAuditLog(
  db: Db,
  options: { secretKey: Buffer | null; anchor?: AuditAnchor | null },
): Promise<AuditVerification> {
  const repo = createAuditRepo(db);
  const hashers = { sha256, hmac: options.secretKey ? hmacSha256(auditChainKey(options.secretKey)) : null };
  let state = initialChainState(options.anchor ?? null);
  let result: ChainCheck;
  for (;;) {
    const entries = await repo.page(state.previous.id ?? 0, PAGE);
    result = entries.length === 0 ? finishChain(state) : verifyChain(entries, hashers, state);
    state = result.state;
    if (!result.ok || entries.length === 0) break;
  }
  return {
    ok: result.ok,
    checked: state.checked,
    firstId: state.firstId,
    lastId: state.previous.id,
    keyed: hashers.hmac !== null,
    keyedFrom: state.keyedFrom,
    anchor: state.anchor,
    problem: result.ok ? null : { entryId: result.entryId, kind: result.problem, message: result.message },
  };
}
