// The audit trail's chain rule. Pure: the hash function is passed in (the db layer uses SHA-256).
//
// Each entry's hash covers its content and the previous entry's hash, so editing an entry breaks its own hash,
// and deleting or reordering entries breaks the link of the next one. Verification names the first bad entry.

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  /** ISO timestamp */
  at: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends AuditContent {
  id: number;
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth: the database (jsonb) does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What an entry's hash is computed over. Timestamps are normalised, so any driver's string form verifies. */
export function auditPayload(content: AuditContent, prevHash: string): string {
  return canonicalJson({
    at: new Date(content.at).toISOString(),
    actor: content.actor,
    action: content.action,
    targetType: content.targetType,
    targetId: content.targetId,
    before: content.before ?? null,
    after: content.after ?? null,
    prevHash,
  });
}

export type ChainCheck =
  | { ok: true; checked: number; lastHash: string }
  | { ok: false; checked: number; entryId: number; problem: 'edited' | 'broken-link'; message: string };

/**
 * Checks entries in id order, continuing from `previous` (the last good entry of an earlier chunk, if any).
 * Returns at the first bad entry.
 */
export function verifyChain(
  entries: readonly AuditEntry[],
  hash: (payload: string) => string,
  previous: { id: number | null; hash: string } = { id: null, hash: GENESIS_HASH },
  checkedBefore = 0,
): ChainCheck {
  let prev = previous;
  let checked = checkedBefore;
  for (const e of entries) {
    if (e.prevHash !== prev.hash) {
      const after = prev.id === null ? 'the start of the log' : `entry ${prev.id}`;
      return {
        ok: false,
        checked,
        entryId: e.id,
        problem: 'broken-link',
        message: `entry ${e.id} does not follow ${after}: an entry between them was deleted, or entries were reordered`,
      };
    }
    if (hash(auditPayload(e, e.prevHash)) !== e.hash) {
      return {
        ok: false,
        checked,
        entryId: e.id,
        problem: 'edited',
        message: `entry ${e.id} was edited: its content no longer matches its hash`,
      };
    }
    prev = { id: e.id, hash: e.hash };
    checked++;
  }
  return { ok: true, checked, lastHash: prev.hash };
}
