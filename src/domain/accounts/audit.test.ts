import { describe, expect, it } from 'vitest';
import { auditPayload, canonicalJson, GENESIS_HASH, verifyChain, type AuditContent, type AuditEntry } from './audit.ts';

// The chain rule works with any hash function (the db layer passes SHA-256): a 32-bit FNV-1a keeps the domain pure.
const sha = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
};

function chain(contents: AuditContent[]): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  contents.forEach((c, i) => {
    const hash = sha(auditPayload(c, prev));
    out.push({ ...c, id: i + 1, prevHash: prev, hash });
    prev = hash;
  });
  return out;
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

describe('the audit chain', () => {
  const log = chain([entry(1), entry(2), entry(3), entry(4)]);

  it('verifies an intact log', () => {
    expect(verifyChain(log, sha)).toMatchObject({ ok: true, checked: 4 });
    expect(verifyChain([], sha)).toMatchObject({ ok: true, checked: 0, lastHash: GENESIS_HASH });
  });

  it('names an edited entry', () => {
    const edited = log.map((e) => (e.id === 3 ? { ...e, actor: 'cli:mallory' } : e));
    expect(verifyChain(edited, sha)).toMatchObject({ ok: false, entryId: 3, problem: 'edited', checked: 2 });
  });

  it('names the entry after a deleted one', () => {
    const deleted = log.filter((e) => e.id !== 2);
    expect(verifyChain(deleted, sha)).toMatchObject({ ok: false, entryId: 3, problem: 'broken-link' });
  });

  it('names the first entry out of order', () => {
    const swapped = [log[0]!, log[2]!, log[1]!, log[3]!];
    expect(verifyChain(swapped, sha)).toMatchObject({ ok: false, entryId: 3, problem: 'broken-link' });
  });

  it('detects a forged entry re-hashed in place, at the entry after it', () => {
    const forged = { ...log[1]!, actor: 'cli:mallory' };
    forged.hash = sha(auditPayload(forged, forged.prevHash));
    const result = verifyChain([log[0]!, forged, log[2]!, log[3]!], sha);
    expect(result).toMatchObject({ ok: false, entryId: 3, problem: 'broken-link' });
  });

  it('hashes content independently of key order and timestamp form', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    const c = entry(1);
    expect(auditPayload({ ...c, at: '2026-01-01 10:00:00+00' }, GENESIS_HASH)).toBe(auditPayload(c, GENESIS_HASH));
  });
});
