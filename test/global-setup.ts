// Builds the migrated, reference-seeded template once per test run (see test/db.ts).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '#db/client.ts';
import { seedReferenceData } from '#db/seed/reference.ts';
import { PG_TEMPLATE_DB, TEMPLATE_DIR, testDatabaseUrl } from './db.ts';

export default async function setup(): Promise<void> {
  const url = testDatabaseUrl();
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB}`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${PG_TEMPLATE_DB}`;
    const database = await openDatabase({ kind: 'postgres', url: u.toString(), poolSize: 2 });
    await database.migrate();
    await seedReferenceData(database.db);
    await database.close();
    return;
  }
  fs.rmSync(path.dirname(TEMPLATE_DIR), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(TEMPLATE_DIR), { recursive: true });
  const database = await openDatabase({ kind: 'pglite', dataDir: TEMPLATE_DIR });
  await database.migrate();
  await seedReferenceData(database.db);
  await database.close();
}
