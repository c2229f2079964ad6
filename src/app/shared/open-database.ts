// Opens the configured database (PostgreSQL when DATABASE_URL is set, else embedded PGlite under DATA_DIR)
// and applies committed migrations.
import type { Config } from '#config';
import { openDatabase, type Database } from '#db/client.ts';

export { DatabaseLockedError } from '#db/lock.ts';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = config.DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: config.DATABASE_URL })
    : await openDatabase({ kind: 'pglite', dataDir: config.DATA_DIR });
  try {
    await database.migrate();
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}
