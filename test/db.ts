// Test databases. Building a PGlite database costs seconds (initdb + migrations + reference data), so the global
// setup builds one template and every test file starts from a copy of it:
//  - PGlite: the template directory is copied to a temporary directory and opened (well under a second);
//  - PostgreSQL (TEST_DATABASE_URL set): CREATE DATABASE … TEMPLATE accord_template.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '#db/client.ts';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';

/** A fixed key for tests (never used outside them); the audit entries tests write are keyed with it. */
export const TEST_SECRET_KEY = 'ab'.repeat(32);
export const TEST_SECRET_KEY_BYTES = Buffer.from(TEST_SECRET_KEY, 'hex');

// One template per test run (named by the runner's pid), so that concurrent runs never share one.
const RUN = process.env.ACCORD_TEST_RUN ?? String(process.pid);
export const TEMPLATE_DIR = path.resolve(`data/test-template/run-${RUN}`);
export const PG_TEMPLATE_DB = `accord_template_${RUN}`;

export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh copy of the template, not opened: the settings a process needs to reach it (DATA_DIR for PGlite,
 * DATABASE_URL for PostgreSQL). For tests that run the CLI or a server the way a user does.
 */
export async function createTestDatabaseSettings(): Promise<{
  env: { DATA_DIR: string } | { DATABASE_URL: string };
  dispose(): Promise<void>;
}> {
  // Whoever opens a test database may write audit entries, which are keyed (ADR 20).
  useAuditChainKey(TEST_SECRET_KEY_BYTES);
  const url = testDatabaseUrl();
  if (url) {
    const name = `accord_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
    await admin.end();
    return {
      env: { DATABASE_URL: withDatabase(url, name) },
      async dispose() {
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  if (!fs.existsSync(TEMPLATE_DIR)) throw new Error('Test template missing: run the tests through vitest (globalSetup).');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-test-'));
  const dataDir = path.join(dir, 'pglite');
  fs.cpSync(TEMPLATE_DIR, dataDir, { recursive: true });
  return {
    env: { DATA_DIR: dataDir },
    async dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database with migrations and reference data applied, closed and removed by `dispose()`. */
export async function createTestDatabase(): Promise<Database & { dispose(): Promise<void> }> {
  useAuditChainKey(TEST_SECRET_KEY_BYTES);
  const settings = await createTestDatabaseSettings();
  const database =
    'DATABASE_URL' in settings.env
      ? await openDatabase({ kind: 'postgres', url: settings.env.DATABASE_URL, poolSize: 4 })
      : await openDatabase({ kind: 'pglite', dataDir: settings.env.DATA_DIR });
  return {
    ...database,
    async dispose() {
      await database.close();
      await settings.dispose();
    },
  };
}
