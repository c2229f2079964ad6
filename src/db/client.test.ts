// The PostgreSQL connection pool's life cycle: a connection the server drops is not fatal to the process, and
// close() returns only once every connection is shut, so that the database can be dropped at once afterwards.
// (PGlite has no connections: these run on the PostgreSQL pass only.)
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './client.ts';
import { createTestDatabaseSettings, testDatabaseUrl } from '../../test/db.ts';

const url = testDatabaseUrl();

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Errors nobody handled, and errors a pool reported: both must stay empty where connections close cleanly. */
const uncaught: unknown[] = [];
const record = (err: unknown) => void uncaught.push(err);
beforeEach(() => {
  uncaught.length = 0;
  process.on('uncaughtException', record);
});
afterEach(() => {
  process.off('uncaughtException', record);
});

/** Opens `size` connections at once (concurrent queries), then lets them go idle. */
async function fill(database: Database, size: number): Promise<void> {
  await Promise.all(Array.from({ length: size }, () => database.db.execute(sql`select pg_sleep(0.02)`)));
}

describe.skipIf(!url)('PostgreSQL pool', () => {
  it('survives the server dropping an idle connection, and reconnects', async () => {
    const settings = await createTestDatabaseSettings();
    const dbUrl = (settings.env as { DATABASE_URL: string }).DATABASE_URL;
    const name = new URL(dbUrl).pathname.slice(1);
    const errors: Error[] = [];
    const database = await openDatabase({ kind: 'postgres', url: dbUrl, poolSize: 3, onIdleError: (err) => errors.push(err) });
    try {
      await fill(database, 3);
      const killed = await admin((c) =>
        c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]),
      );
      expect(killed.rowCount).toBe(3);
      await expect.poll(() => errors.length).toBe(3);
      expect(errors[0]!.message).toMatch(/terminat/);
      // The pool replaced them: queries go on.
      const result = (await database.db.execute(sql`select 1 as one`)) as unknown as { rows: unknown[] };
      expect(result.rows).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
      await settings.dispose();
    }
    expect(uncaught).toEqual([]);
  });

  it('closes every connection before close() returns', async () => {
    const settings = await createTestDatabaseSettings();
    const dbUrl = (settings.env as { DATABASE_URL: string }).DATABASE_URL;
    const name = new URL(dbUrl).pathname.slice(1);
    try {
      await admin(async (c) => {
        for (let round = 0; round < 40; round++) {
          const database = await openDatabase({ kind: 'postgres', url: dbUrl, poolSize: 4, onIdleError: record });
          await fill(database, 4);
          await database.close();
          // As DROP DATABASE … WITH (FORCE) does: whatever is still connected is terminated, and would hear of it.
          await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await settings.dispose();
    }
    expect(uncaught).toEqual([]);
  });
});
