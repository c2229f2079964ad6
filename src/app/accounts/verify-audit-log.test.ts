// The audit trail on a real database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set): imports and reverts are
// recorded and keyed; verification names the entry after each kind of tampering someone able to lift the triggers
// could do, and says which checks it could make.
import { asc, sql } from 'drizzle-orm';
import { auditLog } from '#db/schema/index.ts';
import { createAuditRepo, hmacSha256, sha256 } from '#db/repos/accounts/audit.repo.ts';
import { auditPayload, GENESIS_HASH, KEYED_CHAIN, LEGACY_CHAIN, type AuditAnchor } from '#domain/accounts/audit.ts';
import type { Db } from '#db/client.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_SECRET_KEY_BYTES } from '../../../test/db.ts';
import { readReference } from '../../../test/reference-files.ts';
import { importStatusList } from '../treaties/import-status-list.ts';
import { revertImport } from '../treaties/revert-import.ts';
import { anchorAuditLog } from './anchor-audit-log.ts';
import { verifyAuditLog } from './verify-audit-log.ts';

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
const NOW = new Date('2026-03-01T12:00:00Z');
const UNTC = { publisher: 'UN Treaty Collection', title: 'XVIII-11' };
const KEY = TEST_SECRET_KEY_BYTES;

// Drizzle wraps the database's error: the reason is in its cause.
const reason = (p: Promise<unknown>) =>
  p.then(() => 'accepted', (err: Error) => String((err.cause as Error | undefined)?.message ?? err.message));

// The triggers that keep the table append-only must be lifted to tamper, as someone with the database's owner
// rights could; verification must catch what they do.
async function tamper(db: Db, ...statements: ReturnType<typeof sql>[]) {
  await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
  for (const s of statements) await db.execute(s);
  await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
}

describe('the audit trail of imports and reverts', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (const date of ['2014-01-27', '2014-07-10']) {
      await importStatusList(
        database.db,
        { format: 'untc', fileName: `untc/history/XVIII-11/${date}.csv`, content: readReference(`untc/history/XVIII-11/${date}.csv`), source: UNTC, actor: 'cli:alice' },
        NOW,
      );
    }
    await revertImport(database.db, 2, NOW, 'cli:bob');
  });
  afterAll(() => database.dispose());

  it('records each import and revert with who did it, keyed', async () => {
    const rows = await database.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(rows.map((e) => [e.actor, e.action, e.targetId, e.chain])).toEqual([
      ['cli:alice', 'import-batch:create', '1', KEYED_CHAIN],
      ['cli:alice', 'import-batch:create', '2', KEYED_CHAIN],
      ['cli:bob', 'import-batch:revert', '2', KEYED_CHAIN],
    ]);
    expect(await verifyAuditLog(database.db, { secretKey: KEY })).toMatchObject({
      ok: true, checked: 3, firstId: 1, lastId: 3, keyed: true, keyedFrom: 1, anchor: null, problem: null,
    });
  });

  it('refuses updates, deletes and TRUNCATE', async () => {
    expect(await reason(database.db.execute(sql`update audit_log set actor = 'x'`))).toBe('audit_log is append-only');
    expect(await reason(database.db.execute(sql`delete from audit_log`))).toBe('audit_log is append-only');
    expect(await reason(database.db.execute(sql`truncate audit_log`))).toBe('audit_log is append-only');
    expect(await verifyAuditLog(database.db, { secretKey: KEY })).toMatchObject({ ok: true, checked: 3 });
  });

  it('says so when it could not check the keyed hashes', async () => {
    expect(await verifyAuditLog(database.db, { secretKey: null })).toMatchObject({ ok: true, checked: 3, keyed: false });
    // The wrong key: every keyed entry looks forged.
    expect(await verifyAuditLog(database.db, { secretKey: Buffer.alloc(32, 7) })).toMatchObject({ ok: false, problem: { entryId: 1, kind: 'edited' } });
  });
});

// Each case on a log of its own: two entries from before keying (SHA-256, as migration 0006 found them), then four
// keyed ones, and an anchor taken at the fourth entry.
describe('tampering', () => {
  let database: TestDatabase;
  let anchor: AuditAnchor;
  const db = () => database.db;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.dispose());
  afterEach(async () => {
    await tamper(db(), sql`truncate audit_log restart identity`);
  });

  async function buildLog() {
    let prev = GENESIS_HASH;
    for (const n of [1, 2]) {
      const content = { at: `2026-01-0${n}T10:00:00.000Z`, actor: 'cli:old', action: 'import-batch:create', targetType: 'import-batch', targetId: String(n), before: null, after: { n } };
      const hash = sha256(auditPayload(content, prev, LEGACY_CHAIN));
      await db().execute(sql`insert into audit_log (at, actor, action, target_type, target_id, after, prev_hash, hash, chain)
        values (${content.at}, ${content.actor}, ${content.action}, ${content.targetType}, ${content.targetId}, ${JSON.stringify(content.after)}::jsonb, ${prev}, ${hash}, 1)`);
      prev = hash;
    }
    for (const n of [3, 4, 5, 6]) {
      await db().transaction((tx) =>
        createAuditRepo(tx as unknown as Db).append({
          at: `2026-01-0${n}T10:00:00.${n}00Z`, actor: 'user:u1', action: 'document:read', targetType: 'document', targetId: `d${n}`, before: null, after: { ids: [n] },
        }),
      );
      if (n === 4) anchor = await anchorAuditLog(db(), NOW);
    }
  }
  const verify = (withAnchor = true) => verifyAuditLog(db(), { secretKey: KEY, anchor: withAnchor ? anchor : null });

  it('verifies entries written before keying, sealed by the first keyed one, and the anchor', async () => {
    await buildLog();
    expect(anchor).toMatchObject({ sequence: 4, at: '2026-01-04T10:00:00.400000Z' });
    expect(await verify()).toMatchObject({
      ok: true, checked: 6, firstId: 1, lastId: 6, keyed: true, keyedFrom: 3, anchor: { sequence: 4 },
    });
  });

  it('TRUNCATE done anyway (triggers lifted): the anchor catches it', async () => {
    await buildLog();
    await tamper(db(), sql`truncate audit_log`);
    expect(await verify(false)).toMatchObject({ ok: true, checked: 0 });
    expect(await verify()).toMatchObject({ ok: false, problem: { entryId: 4, kind: 'anchor-missing' } });
  });

  it('the newest entries deleted: the anchor catches it', async () => {
    await buildLog();
    await tamper(db(), sql`delete from audit_log where id >= 4`);
    expect(await verify(false)).toMatchObject({ ok: true, checked: 3 });
    expect(await verify()).toMatchObject({ ok: false, checked: 3, problem: { entryId: 4, kind: 'anchor-missing' } });
  });

  it('a forged entry appended: its hash is not keyed with the key', async () => {
    await buildLog();
    const [head] = await createAuditRepo(db()).page(5, 1);
    const content = { at: '2026-01-07T10:00:00.000Z', actor: 'user:mallory', action: 'document:read', targetType: 'document', targetId: 'd7', before: null, after: null };
    for (const [chain, hash] of [
      [KEYED_CHAIN, hmacSha256(Buffer.alloc(32, 1))(auditPayload(content, head!.hash, KEYED_CHAIN))],
      [LEGACY_CHAIN, sha256(auditPayload(content, head!.hash, LEGACY_CHAIN))],
    ] as const) {
      await db().execute(sql`insert into audit_log (id, at, actor, action, target_type, target_id, prev_hash, hash, chain)
        values (7, ${content.at}, ${content.actor}, ${content.action}, ${content.targetType}, ${content.targetId}, ${head!.hash}, ${hash}, ${chain})`);
      expect(await verify()).toMatchObject({
        ok: false, checked: 6, problem: { entryId: 7, kind: chain === KEYED_CHAIN ? 'edited' : 'unkeyed-after-keyed' },
      });
      await tamper(db(), sql`delete from audit_log where id = 7`);
    }
  });

  it('an entry edited with every later hash recomputed: the keyed hashes do not match', async () => {
    await buildLog();
    const entries = await createAuditRepo(db()).page(0, 100);
    let prev = entries[3]!.hash;
    const rewrites = [];
    for (const e of entries.slice(4)) {
      const edited = e.id === 5 ? { ...e, actor: 'user:mallory' } : e;
      const hash = hmacSha256(Buffer.alloc(32, 1))(auditPayload(edited, prev, KEYED_CHAIN));
      rewrites.push(sql`update audit_log set actor = ${edited.actor}, prev_hash = ${prev}, hash = ${hash} where id = ${e.id}`);
      prev = hash;
    }
    await tamper(db(), ...rewrites);
    // Above the anchor, only the key tells.
    expect(await verify()).toMatchObject({ ok: false, checked: 4, problem: { entryId: 5, kind: 'edited' } });
  });

  it('a timestamp moved by less than a millisecond', async () => {
    await buildLog();
    await tamper(db(), sql`update audit_log set at = at + interval '3 microseconds' where id = 5`);
    expect(await verify()).toMatchObject({ ok: false, checked: 4, problem: { entryId: 5, kind: 'edited' } });
  });

  it('an entry written before keying edited and the unkeyed ones re-hashed: the first keyed entry no longer links', async () => {
    await buildLog();
    const entries = await createAuditRepo(db()).page(0, 2);
    const first = { ...entries[0]!, actor: 'cli:mallory' };
    const h1 = sha256(auditPayload(first, GENESIS_HASH, LEGACY_CHAIN));
    const h2 = sha256(auditPayload(entries[1]!, h1, LEGACY_CHAIN));
    await tamper(
      db(),
      sql`update audit_log set actor = 'cli:mallory', hash = ${h1} where id = 1`,
      sql`update audit_log set prev_hash = ${h1}, hash = ${h2} where id = 2`,
    );
    expect(await verify()).toMatchObject({ ok: false, checked: 2, problem: { entryId: 3, kind: 'broken-link' } });
  });
});
