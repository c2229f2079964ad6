import { describe, expect, it } from 'vitest';
import {
  auditPayload,
  canonicalJson,
  canonicalTimestamp,
  finishChain,
  GENESIS_HASH,
  initialChainState,
  KEYED_CHAIN,
  latestAnchor,
  LEGACY_CHAIN,
  verifyChain,
  type AuditAnchor,
  type AuditContent,
  type AuditEntry,
  type ChainHashers,
} from './audit.ts';

// The chain rule works with any hash function (the db layer passes SHA-256 and HMAC-SHA-256): a 32-bit FNV-1a keeps
// the domain pure, and "keyed" is FNV over the key and the payload.
const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
};
const keyed = (key: string) => (s: string) => fnv(`${key}|${s}`);
const hashers: ChainHashers = { sha256: fnv, hmac: keyed('secret') };

/** Entries 1…n; those from `keyedFrom` on are keyed with `key`. */
function chain(contents: AuditContent[], keyedFrom = 1, key = 'secret'): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  contents.forEach((c, i) => {
    const id = i + 1;
    const version = id >= keyedFrom ? KEYED_CHAIN : LEGACY_CHAIN;
    const hash = version === KEYED_CHAIN ? keyed(key)(auditPayload(c, prev, version)) : fnv(auditPayload(c, prev, version));
    out.push({ ...c, id, chain: version, prevHash: prev, hash });
    prev = hash;
  });
  return out;
}

/** Recomputes every hash from `from` on, as someone without the key would (with a key they guess). */
function rehash(log: AuditEntry[], from: number, key = 'guess'): AuditEntry[] {
  let prev = log[from - 2]?.hash ?? GENESIS_HASH;
  return log.map((e) => {
    if (e.id < from) return e;
    const hash = keyed(key)(auditPayload(e, prev, e.chain));
    const out = { ...e, prevHash: prev, hash };
    prev = hash;
    return out;
  });
}

const entry = (n: number): AuditContent => ({
  at: `2026-01-0${n}T10:00:00.000Z`,
  actor: 'cli:alice',
  action: 'import-batch:create',
  targetType: 'import-batch',
  targetId: String(n),
  before: null,
  after: { counts: { new: n }, file: `f${n}.csv` },
});
const contents = [entry(1), entry(2), entry(3), entry(4)];
const check = (log: AuditEntry[], h: ChainHashers = hashers, anchor: AuditAnchor | null = null) => {
  const r = verifyChain(log, h, initialChainState(anchor));
  return r.ok ? finishChain(r.state) : r;
};

describe('the audit chain', () => {
  const log = chain(contents);

  it('verifies an intact log, and an empty one', () => {
    expect(check(log)).toMatchObject({ ok: true, state: { checked: 4, firstId: 1, keyedFrom: 1 } });
    expect(check([])).toMatchObject({ ok: true, state: { checked: 0, previous: { hash: GENESIS_HASH } } });
  });

  it('names an edited entry', () => {
    const edited = log.map((e) => (e.id === 3 ? { ...e, actor: 'cli:mallory' } : e));
    expect(check(edited)).toMatchObject({ ok: false, entryId: 3, problem: 'edited', state: { checked: 2 } });
  });

  it('names the entry after a deleted one, and the first one out of order', () => {
    expect(check(log.filter((e) => e.id !== 2))).toMatchObject({ ok: false, entryId: 3, problem: 'broken-link' });
    expect(check([log[0]!, log[2]!, log[1]!, log[3]!])).toMatchObject({ ok: false, entryId: 3, problem: 'broken-link' });
    expect(check(log.slice(1))).toMatchObject({ ok: false, entryId: 2, problem: 'broken-link' });
  });

  it('catches an entry edited with every later hash recomputed: without the key the hashes are wrong', () => {
    const edited = rehash(log.map((e) => (e.id === 2 ? { ...e, actor: 'cli:mallory' } : e)), 2);
    expect(check(edited)).toMatchObject({ ok: false, entryId: 2, problem: 'edited' });
    // An unkeyed chain (the old SHA-256 one) could not tell: that was the gap.
    const legacy = chain(contents, 99);
    const legacyEdited = legacy.map((e) => (e.id === 2 ? { ...e, actor: 'cli:mallory' } : e));
    let prev = legacy[0]!.hash;
    const rehashed = legacyEdited.map((e) => {
      if (e.id < 2) return e;
      const hash = fnv(auditPayload(e, prev, LEGACY_CHAIN));
      const out = { ...e, prevHash: prev, hash };
      prev = hash;
      return out;
    });
    expect(check(rehashed)).toMatchObject({ ok: true });
  });

  it('catches a forged entry appended, keyed with a guess or left unkeyed', () => {
    const last = log.at(-1)!;
    const content = { ...entry(5), actor: 'cli:mallory' };
    const guessed = { ...content, id: 5, chain: KEYED_CHAIN, prevHash: last.hash, hash: keyed('guess')(auditPayload(content, last.hash)) };
    expect(check([...log, guessed])).toMatchObject({ ok: false, entryId: 5, problem: 'edited' });
    const unkeyed = { ...guessed, chain: LEGACY_CHAIN, hash: fnv(auditPayload(content, last.hash, LEGACY_CHAIN)) };
    expect(check([...log, unkeyed])).toMatchObject({ ok: false, entryId: 5, problem: 'unkeyed-after-keyed' });
    expect(check([...log, { ...guessed, chain: 7 }])).toMatchObject({ ok: false, entryId: 5, problem: 'edited' });
  });

  it('catches a timestamp moved by one microsecond in a keyed entry', () => {
    const moved = log.map((e) => (e.id === 2 ? { ...e, at: '2026-01-02T10:00:00.000001Z' } : e));
    expect(check(moved)).toMatchObject({ ok: false, entryId: 2, problem: 'edited' });
  });

  it('keeps verifying entries written before keying, sealed by the first keyed one', () => {
    const mixed = chain(contents, 3);
    expect(check(mixed)).toMatchObject({ ok: true, state: { checked: 4, keyedFrom: 3 } });
    // Re-hashing the unkeyed entries after an edit breaks the first keyed entry's link.
    const edited = mixed.map((e) => (e.id === 1 ? { ...e, actor: 'cli:mallory' } : e));
    edited[0] = { ...edited[0]!, hash: fnv(auditPayload(edited[0]!, GENESIS_HASH, LEGACY_CHAIN)) };
    edited[1] = { ...edited[1]!, prevHash: edited[0]!.hash, hash: fnv(auditPayload(edited[1]!, edited[0]!.hash, LEGACY_CHAIN)) };
    expect(check(edited)).toMatchObject({ ok: false, entryId: 3, problem: 'broken-link' });
  });

  it('checks only links and unkeyed entries without the key', () => {
    const edited = log.map((e) => (e.id === 4 ? { ...e, actor: 'cli:mallory' } : e));
    expect(check(edited, { sha256: fnv, hmac: null })).toMatchObject({ ok: true, state: { checked: 4, keyedFrom: 1 } });
  });

  it('checks the chain against an anchor: tail deleted, table emptied, chain rebuilt', () => {
    const anchor: AuditAnchor = { sequence: 3, hash: log[2]!.hash, at: log[2]!.at, anchoredAt: '2026-01-05T00:00:00.000Z' };
    expect(check(log, hashers, anchor)).toMatchObject({ ok: true, state: { anchorMet: true } });
    expect(check(log.slice(0, 2), hashers, anchor)).toMatchObject({ ok: false, entryId: 3, problem: 'anchor-missing' });
    expect(check([], hashers, anchor)).toMatchObject({ ok: false, entryId: 3, problem: 'anchor-missing' });
    // Rebuilt by someone with the key (or an older chain restored): intact in itself, but not the anchored one.
    const rebuilt = chain([entry(1), { ...entry(2), actor: 'cli:mallory' }, entry(3), entry(4)]);
    expect(check(rebuilt, hashers, anchor)).toMatchObject({ ok: false, entryId: 3, problem: 'anchor-mismatch' });
    // A gap where the anchored entry was (ids jump past it), even when the links were mended.
    const gap = rehash(log.filter((e) => e.id !== 3), 3, 'secret').map((e) => (e.id === 4 ? { ...e, prevHash: log[1]!.hash } : e));
    expect(check(gap, hashers, anchor)).toMatchObject({ ok: false, entryId: 4, problem: 'anchor-missing' });
  });
});

describe('canonical forms', () => {
  it('hashes content independently of key order and timestamp form', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    const c = entry(1);
    for (const version of [LEGACY_CHAIN, KEYED_CHAIN]) {
      expect(auditPayload({ ...c, at: '2026-01-01 10:00:00+00' }, GENESIS_HASH, version)).toBe(auditPayload(c, GENESIS_HASH, version));
    }
  });

  it('writes timestamps in UTC to the microsecond', () => {
    expect(canonicalTimestamp('2026-01-01T10:00:00.123Z')).toBe('2026-01-01T10:00:00.123000Z');
    expect(canonicalTimestamp('2026-01-01 12:30:00.123456+02:30')).toBe('2026-01-01T10:00:00.123456Z');
    expect(canonicalTimestamp('2026-01-01 10:00:00-05')).toBe('2026-01-01T15:00:00.000000Z');
    expect(() => canonicalTimestamp('2026-01-01T10:00:00.1234567Z')).toThrow();
    expect(() => canonicalTimestamp('yesterday')).toThrow();
  });

  it('reads the latest anchor of a file', () => {
    const a = { sequence: 3, hash: 'a'.repeat(64), at: null, anchoredAt: '2026-01-01T00:00:00.000Z' };
    expect(latestAnchor(`${JSON.stringify({ ...a, sequence: 1 })}\n${JSON.stringify(a)}\n\n`)).toEqual(a);
    expect(latestAnchor('\n')).toBeNull();
    expect(() => latestAnchor('{"sequence":"3"}')).toThrow(/not an anchor/);
    expect(() => latestAnchor('oops')).toThrow(/not JSON/);
  });
});
