// Backup and restore, as the README's "Operations: backup and restore" tells an operator to do them, round-tripped:
//  - PostgreSQL: `pg_dump --format=custom` of a live database, `pg_restore` into a new, empty database;
//  - embedded PGlite: the data directory copied while the server is stopped, and PGlite's own dumpDataDir archive.
// Each restored copy is opened the way `accord serve` opens a database (migrations applied, a no-op) and must read
// the same records through the same use cases.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '#db/client.ts';
import { getParticipantProfile } from '#app/treaties/get-participant-profile.ts';
import { importStatusList } from '#app/treaties/import-status-list.ts';
import { buildUser } from './accounts.ts';
import { createTestDatabaseSettings, testDatabaseUrl } from './db.ts';
import { FINANCING_2014, UNTC_SOURCE } from './http.ts';
import { readReference } from './reference-files.ts';

const postgres = testDatabaseUrl();
const hasPgDump = spawnSync('pg_dump', ['--version']).status === 0 && spawnSync('pg_restore', ['--version']).status === 0;
if (!postgres || !hasPgDump) {
  console.warn(
    `\n*** SKIPPED the PostgreSQL backup round trip in test/backup-restore.test.ts: ${
      postgres ? 'pg_dump or pg_restore is not installed' : 'TEST_DATABASE_URL is not set'
    }. The embedded-database round trip runs in the PGlite pass. ***\n`,
  );
}

/** What a restored database must answer the same: a State's status, the people, the import batches, the audit trail. */
async function snapshot(db: Db) {
  const profile = await getParticipantProfile(db, { code: 'FRA', asOf: '2014-12-31' });
  const count = async (table: string) =>
    Number(((await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
  const people = ((await db.execute(sql`select email from users order by email`)) as unknown as { rows: { email: string }[] }).rows;
  return {
    profile,
    people: people.map((p) => p.email),
    batches: await count('import_batches'),
    events: await count('participation_events'),
    audit: await count('audit_log'),
  };
}

async function fill(db: Db) {
  await buildUser(db, { email: `backup-${randomUUID().slice(0, 8)}@example.org`, role: 'focal-point', stateCode: 'FRA' });
  await importStatusList(
    db,
    { format: 'untc', fileName: 'XVIII-11.csv', content: readReference(FINANCING_2014.file), source: { ...UNTC_SOURCE, asOf: FINANCING_2014.asOf } },
    new Date('2026-01-01T00:00:00Z'),
  );
}

describe.skipIf(!postgres || !hasPgDump)('PostgreSQL: pg_dump, then pg_restore into a new database', () => {
  let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
  let source: Database;
  let restored: Database | null = null;
  const restoredName = `accord_restore_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-backup-'));

  beforeAll(async () => {
    settings = await createTestDatabaseSettings();
    source = await openDatabase({ kind: 'postgres', url: (settings.env as { DATABASE_URL: string }).DATABASE_URL, poolSize: 2 });
    await fill(source.db);
  });

  afterAll(async () => {
    await restored?.close();
    await source?.close();
    await settings?.dispose();
    const admin = new pg.Client({ connectionString: postgres });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores every record: the restored database reads the same as the live one', async () => {
    const sourceUrl = (settings.env as { DATABASE_URL: string }).DATABASE_URL;
    const dump = path.join(dir, 'accord.dump');
    // While the source stays in use: pg_dump reads one consistent snapshot.
    execFileSync('pg_dump', ['--format=custom', '--no-owner', '--file', dump, sourceUrl]);
    expect(fs.statSync(dump).size).toBeGreaterThan(10_000);

    const admin = new pg.Client({ connectionString: postgres });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${restoredName}`);
    await admin.end();
    const restoredUrl = new URL(postgres!);
    restoredUrl.pathname = `/${restoredName}`;
    execFileSync('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', restoredUrl.toString(), dump]);

    restored = await openDatabase({ kind: 'postgres', url: restoredUrl.toString(), poolSize: 2 });
    await restored.migrate(); // as `accord serve` does: the migrations table came along, nothing to apply
    const expected = await snapshot(source.db);
    expect(expected.events).toBeGreaterThan(100);
    expect(expected.profile.timeline.length).toBeGreaterThan(0);
    expect(await snapshot(restored.db)).toEqual(expected);
  });
});

describe.skipIf(!!postgres)('embedded PGlite: the data directory copied while stopped, and dumpDataDir', () => {
  let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
  let dataDir: string;
  let expected: Awaited<ReturnType<typeof snapshot>>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-backup-'));

  beforeAll(async () => {
    settings = await createTestDatabaseSettings();
    dataDir = (settings.env as { DATA_DIR: string }).DATA_DIR;
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await fill(database.db);
    expected = await snapshot(database.db);
    await database.close(); // the server stopped: the directory is consistent and unlocked
  });

  afterAll(async () => {
    await settings?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a copy of the stopped data directory opens elsewhere and reads the same', async () => {
    const copy = path.join(dir, 'pglite-copy');
    fs.cpSync(dataDir, copy, { recursive: true });
    const database = await openDatabase({ kind: 'pglite', dataDir: copy });
    try {
      await database.migrate();
      expect(expected.events).toBeGreaterThan(100);
      expect(await snapshot(database.db)).toEqual(expected);
    } finally {
      await database.close();
    }
  });

  it("PGlite's dumpDataDir archive loads into a new database that reads the same", async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create({ dataDir });
    const archive = await client.dumpDataDir('gzip');
    await client.close();
    const database = await openDatabase({ kind: 'pglite-memory', loadDataDir: archive });
    try {
      expect(await snapshot(database.db)).toEqual(expected);
    } finally {
      await database.close();
    }
  });
});
