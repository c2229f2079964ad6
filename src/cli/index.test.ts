// The `accord` command as a user runs it: a separate process, its exit code and what it prints.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '#db/client.ts';
import { createTestDatabaseSettings, testDatabaseUrl } from '../../test/db.ts';

function accord(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('accord', () => {
  it('lists its commands with --help', () => {
    const r = accord(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['serve', 'migrate', 'seed', 'import', 'import-reference', 'revert', 'export']) {
      expect(r.out).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    }
  });

  it('fails on an unknown command, naming it', () => {
    const r = accord(['frobnicate']);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("unknown command 'frobnicate'");
  });

  it('refuses a bad environment, listing every bad variable', () => {
    const r = accord(['migrate'], { PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/PORT/);
    expect(r.err).toMatch(/DATABASE_URL: must be a postgres/);
    expect(r.err).toMatch(/LOG_LEVEL/);
  });
});

// PGlite takes no lock of its own: a second process on the same directory must be refused, not corrupt it.
describe.skipIf(testDatabaseUrl() !== undefined)('the embedded database directory', () => {
  let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
  let held: Database;
  let dataDir: string;

  beforeAll(async () => {
    settings = await createTestDatabaseSettings();
    dataDir = (settings.env as { DATA_DIR: string }).DATA_DIR;
    held = await openDatabase({ kind: 'pglite', dataDir });
  });
  afterAll(async () => {
    await held.close();
    await settings.dispose();
  });

  it('refuses a second process with a message naming the holder', () => {
    const r = accord(['migrate'], { DATA_DIR: dataDir });
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      `accord: The embedded database at ${dataDir} is already in use by process ${process.pid}. ` +
        'Stop that process (or use PostgreSQL through DATABASE_URL to run several servers).',
    );
  });

  it('is usable again once the holder closes it', async () => {
    await held.close();
    const r = accord(['migrate'], { DATA_DIR: dataDir });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    held = await openDatabase({ kind: 'pglite', dataDir });
  });
});

describe('accord audit verify', () => {
  let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
  beforeAll(async () => {
    settings = await createTestDatabaseSettings();
  });
  afterAll(() => settings.dispose());

  const open = () =>
    'DATA_DIR' in settings.env
      ? openDatabase({ kind: 'pglite', dataDir: settings.env.DATA_DIR })
      : openDatabase({ kind: 'postgres', url: settings.env.DATABASE_URL });

  it('passes on an intact log, says which checks it made, and fails against the anchor once the tail is deleted', async () => {
    // The process environment may carry another DATABASE_URL: set or clear it for this database.
    const env: Record<string, string> = { DATABASE_URL: '', ...settings.env };
    const imported = accord(['import', 'data/reference/untc/XVIII-11.csv', '--format', 'untc', '--as-of', '2014-07-10'], env);
    expect(imported.code).toBe(0);
    const anchorFile = path.join(os.tmpdir(), `accord-anchor-${process.pid}-${Date.now()}.jsonl`);
    expect(accord(['audit', 'anchor', '--file', anchorFile], env).code).toBe(0);
    const anchor = JSON.parse(fs.readFileSync(anchorFile, 'utf8').trim());
    expect(anchor).toMatchObject({ sequence: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const intact = accord(['audit', 'verify', '--anchor', anchorFile], env);
    expect(intact.out.trim().split('\n')).toEqual([
      'Audit trail intact: 1 entries verified (entries 1–1).',
      '  keyed chain: checked from entry 1',
      `  anchor: checked against the anchor of ${anchor.anchoredAt} (entry 1)`,
    ]);
    expect(intact.code).toBe(0);

    const database = await open();
    await database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await database.db.execute(sql`delete from audit_log where id = 1`);
    await database.close();

    expect(accord(['audit', 'verify'], env).out).toContain('anchor: not checked (no anchor given');
    const broken = accord(['audit', 'verify', '--anchor', anchorFile], env);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('Audit trail broken at entry 1: the log is empty, before the anchored entry 1');
    fs.rmSync(anchorFile, { force: true });
  }, 180_000); // five CLI processes, each opening the database
});
