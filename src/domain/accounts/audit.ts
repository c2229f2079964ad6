// The audit trail's chain rule. Pure: the hash functions are passed in (the db layer uses SHA-256 and HMAC-SHA-256).
//
// Each entry's hash covers its content and the previous entry's hash, so editing an entry breaks its own hash,
// and deleting or reordering entries breaks the link of the next one. Verification names the first bad entry.
//
// Two chain versions (docs/decisions/0020-keyed-audit-chain.md):
//  1. SHA-256 over the content, the timestamp to the millisecond. Entries written before keying.
//  2. HMAC-SHA-256 with a key kept outside the database, the timestamp to the microsecond as stored. Without the key
//     nobody can forge an entry or re-hash the chain after an edit. Once the chain is keyed it stays keyed: an
//     unkeyed entry after a keyed one is a forgery (or a downgrade).
// The first keyed entry links to the last unkeyed one, so its HMAC seals every entry before it too.

export const GENESIS_HASH = '0'.repeat(64);
export const LEGACY_CHAIN = 1;
export const KEYED_CHAIN = 2;

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
  /** 1: SHA-256 (before keying); 2: HMAC-SHA-256. */
  chain: number;
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

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * A timestamp in UTC with exactly six fractional digits (`2026-03-01T12:00:00.123456Z`), whatever form a driver or
 * JavaScript gives it in: PostgreSQL stores microseconds, so a change of one microsecond changes the hash.
 */
export function canonicalTimestamp(value: string): string {
  const m = TIMESTAMP.exec(value.trim());
  if (!m) throw new Error(`Not a timestamp with at most microsecond precision: ${value}`);
  const [, date, time, fraction = '', zone] = m;
  const offset = zone!.toUpperCase() === 'Z' ? 'Z' : zone!.length === 3 ? `${zone}:00` : zone!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const seconds = Date.parse(`${date}T${time}${offset}`);
  if (Number.isNaN(seconds)) throw new Error(`Not a timestamp: ${value}`);
  return `${new Date(seconds).toISOString().slice(0, 19)}.${fraction.padEnd(6, '0')}Z`;
}

/** What an entry's hash is computed over, for its chain version. */
export function auditPayload(content: AuditContent, prevHash: string, chain: number = KEYED_CHAIN): string {
  const common = {
    actor: content.actor,
    action: content.action,
    targetType: content.targetType,
    targetId: content.targetId,
    before: content.before ?? null,
    after: content.after ?? null,
    prevHash,
  };
  return chain === LEGACY_CHAIN
    ? canonicalJson({ at: new Date(content.at).toISOString(), ...common })
    : canonicalJson({ chain, at: canonicalTimestamp(content.at), ...common });
}

/** The head of the chain, written outside the database (a file or a log the operator keeps elsewhere). */
export interface AuditAnchor {
  /** The newest entry's id (0 for an empty log). */
  sequence: number;
  hash: string;
  /** The newest entry's timestamp (null for an empty log). */
  at: string | null;
  /** When the anchor was taken. */
  anchoredAt: string;
}

export function anchorLine(anchor: AuditAnchor): string {
  return JSON.stringify(anchor);
}

/** The latest anchor in a file of anchor lines (one JSON object a line), or null for a file with none. */
export function latestAnchor(text: string): AuditAnchor | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines.at(-1);
  if (last === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(last);
  } catch {
    throw new Error(`The last anchor line is not JSON: ${last.slice(0, 80)}`);
  }
  const a = value as Partial<AuditAnchor>;
  if (
    typeof a !== 'object' || a === null ||
    !Number.isSafeInteger(a.sequence) || (a.sequence as number) < 0 ||
    typeof a.hash !== 'string' || !/^[0-9a-f]{64}$/.test(a.hash) ||
    !(a.at === null || typeof a.at === 'string') || typeof a.anchoredAt !== 'string'
  ) {
    throw new Error('The last anchor line is not an anchor: { sequence, hash, at, anchoredAt } expected.');
  }
  return { sequence: a.sequence!, hash: a.hash, at: a.at, anchoredAt: a.anchoredAt };
}

export type ChainProblem = 'edited' | 'broken-link' | 'unkeyed-after-keyed' | 'anchor-missing' | 'anchor-mismatch';

export interface ChainHashers {
  sha256: (payload: string) => string;
  /** HMAC-SHA-256 with the chain key; null when the key was not given (keyed entries' content goes unchecked). */
  hmac: ((payload: string) => string) | null;
}

/** Where a walk over the chain stands, carried from one page of entries to the next. */
export interface ChainState {
  previous: { id: number | null; hash: string };
  checked: number;
  firstId: number | null;
  /** The first keyed entry met. */
  keyedFrom: number | null;
  /** The anchor to check against, and whether its entry was met. */
  anchor: AuditAnchor | null;
  anchorMet: boolean;
}

export type ChainCheck =
  | { ok: true; state: ChainState }
  | { ok: false; state: ChainState; entryId: number; problem: ChainProblem; message: string };

export function initialChainState(anchor: AuditAnchor | null = null): ChainState {
  return { previous: { id: null, hash: GENESIS_HASH }, checked: 0, firstId: null, keyedFrom: null, anchor, anchorMet: anchor?.sequence === 0 };
}

/**
 * Checks entries in id order, continuing from `state` (where the previous page ended). Returns at the first bad
 * entry. Call `finishChain` after the last page.
 */
export function verifyChain(entries: readonly AuditEntry[], hashers: ChainHashers, state: ChainState): ChainCheck {
  const s: ChainState = { ...state, previous: { ...state.previous } };
  const fail = (entryId: number, problem: ChainProblem, message: string): ChainCheck => ({ ok: false, state: s, entryId, problem, message });
  for (const e of entries) {
    if (s.anchor && !s.anchorMet && e.id > s.anchor.sequence) {
      return fail(e.id, 'anchor-missing', `the anchored entry ${s.anchor.sequence} is missing: it was deleted`);
    }
    if (e.prevHash !== s.previous.hash) {
      const after = s.previous.id === null ? 'the start of the log' : `entry ${s.previous.id}`;
      return fail(e.id, 'broken-link', `entry ${e.id} does not follow ${after}: an entry between them was deleted, or entries were reordered`);
    }
    if (e.chain === LEGACY_CHAIN) {
      if (s.keyedFrom !== null) {
        return fail(e.id, 'unkeyed-after-keyed', `entry ${e.id} is unkeyed although the chain is keyed from entry ${s.keyedFrom}: it was forged`);
      }
      if (hashers.sha256(auditPayload(e, e.prevHash, LEGACY_CHAIN)) !== e.hash) {
        return fail(e.id, 'edited', `entry ${e.id} was edited: its content no longer matches its hash`);
      }
    } else if (e.chain === KEYED_CHAIN) {
      s.keyedFrom ??= e.id;
      if (hashers.hmac && hashers.hmac(auditPayload(e, e.prevHash, KEYED_CHAIN)) !== e.hash) {
        return fail(e.id, 'edited', `entry ${e.id} does not match its keyed hash: it was edited or forged (or the key is not the one it was written with)`);
      }
    } else {
      return fail(e.id, 'edited', `entry ${e.id} names an unknown chain version (${e.chain}): it was edited`);
    }
    if (s.anchor && e.id === s.anchor.sequence) {
      if (e.hash !== s.anchor.hash) {
        return fail(e.id, 'anchor-mismatch', `entry ${e.id} differs from the anchor of ${s.anchor.anchoredAt}: the chain was rewritten`);
      }
      s.anchorMet = true;
    }
    s.firstId ??= e.id;
    s.previous = { id: e.id, hash: e.hash };
    s.checked++;
  }
  return { ok: true, state: s };
}

/** After the last page: an anchored entry never met means the newest entries (or all) were removed. */
export function finishChain(state: ChainState): ChainCheck {
  if (state.anchor && !state.anchorMet) {
    const end = state.previous.id === null ? 'the log is empty' : `the log ends at entry ${state.previous.id}`;
    return {
      ok: false,
      state,
      entryId: state.anchor.sequence,
      problem: 'anchor-missing',
      message: `${end}, before the anchored entry ${state.anchor.sequence}: the newest entries were deleted or the table was emptied`,
    };
  }
  return { ok: true, state };
}
