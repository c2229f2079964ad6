// Builds the migrated, reference-seeded template once per test run (see test/db.ts).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '#db/client.ts';
import { seedReferenceData } from '#db/seed/reference.ts';

export default async function setup(): Promise<() => Promise<void>> {
  // Workers inherit the environment: they find this run's template through ACCORD_TEST_RUN.
  process.env.ACCORD_TEST_RUN = String(process.pid);
  const { PG_TEMPLATE_DB, TEMPLATE_DIR, testDatabaseUrl } = await import('./db.ts');
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
    return async () => {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB}`);
      await a.end();
    };
  }
  fs.rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(TEMPLATE_DIR), { recursive: true });
  const database = await openDatabase({ kind: 'pglite', dataDir: TEMPLATE_DIR });
  await database.migrate();
  await seedReferenceData(database.db);
  await database.close();
  return async () => {
    fs.rmSync(TEMPLATE_DIR, { recursive: true, force: true });
    fs.rmSync(`${TEMPLATE_DIR}.lock`, { force: true });
  };
}
