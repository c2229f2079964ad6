// Opens the database: embedded PGlite (default, data under ./data) or PostgreSQL through DATABASE_URL.
// Both get the same Drizzle API and the same migrations.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { acquireDirectoryLock, type DirectoryLock } from './lock.ts';
import { markSoleWriter } from './repos/treaties/data-version.repo.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies committed migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type DatabaseOptions =
  | {
      kind: 'postgres';
      url: string;
      poolSize?: number;
      /** A connection the server dropped while idle (restart, failover, terminated backend). Default: one line on stderr. */
      onIdleError?: (err: Error) => void;
    }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // Without a listener, an idle connection's error is thrown and ends the process. The pool has already dropped
    // that connection and opens another when needed, so it is worth a log line, not a crash.
    const onIdleError =
      options.onIdleError ?? ((err: Error) => console.error(`PostgreSQL connection lost while idle: ${err.message}`));
    pool.on('error', onIdleError);
    // pool.end() resolves once it has asked every connection to end, not once they have: count them out, so that
    // close() means closed (the database can then be dropped or the server stopped without a connection noticing).
    let open = 0;
    let drained: (() => void) | null = null;
    pool.on('connect', () => open++);
    pool.on('remove', () => {
      if (--open === 0) drained?.();
    });
    // Fail fast with a clear message rather than on the first request.
    await pool.query('select 1');
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR }),
      async close() {
        const closed = open === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
        await pool.end();
        await closed;
      },
    };
  }
  let lock: DirectoryLock | null = null;
  let client: PGlite;
  if (options.kind === 'pglite') {
    fs.mkdirSync(path.dirname(path.resolve(options.dataDir)), { recursive: true });
    lock = acquireDirectoryLock(options.dataDir);
    try {
      client = await PGlite.create({ dataDir: options.dataDir });
    } catch (err) {
      lock.release();
      throw err;
    }
  } else {
    client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  markSoleWriter(db); // the directory is locked (or in memory): no other process writes it
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    async close() {
      await client.close();
      lock?.release();
    },
  };
}
