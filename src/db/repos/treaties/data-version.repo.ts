// The data version: one row bumped by every import and revert. Reading it is the cheap question "has anything
// changed?" that lets every app server cache derived views and answer ETags without a shared cache.
//
// On embedded PGlite this process is the only writer (the data directory is locked), so the version is kept in
// memory after the first read and forgotten when a write use case commits: no query per request at all. On
// PostgreSQL other app servers or the CLI may write, so every read asks the database.
import type { Db } from '#db/client.ts';
import { sql } from 'drizzle-orm';
import { dataVersion } from '#db/schema/index.ts';

const soleWriters = new WeakSet<Db>();
const known = new WeakMap<Db, number>();
/** Bumped by every forget, so a read that started before a write cannot store its stale answer after it. */
const generation = new WeakMap<Db, number>();

/** Declares that no other process writes this database (embedded PGlite). */
export function markSoleWriter(db: Db): void {
  soleWriters.add(db);
}

/** To be called after a transaction that bumped the version has committed (or failed). */
export function forgetDataVersion(db: Db): void {
  known.delete(db);
  generation.set(db, (generation.get(db) ?? 0) + 1);
}

export function createDataVersionRepo(db: Db) {
  return {
    /** 0 when nothing was ever imported (the row is created by the first import). */
    async read(): Promise<number> {
      const cached = known.get(db);
      if (cached !== undefined) return cached;
      const startedIn = generation.get(db) ?? 0;
      const [row] = await db.select({ version: dataVersion.version }).from(dataVersion).limit(1);
      const version = Number(row?.version ?? 0);
      if (soleWriters.has(db) && (generation.get(db) ?? 0) === startedIn) known.set(db, version);
      return version;
    },

    /** Moves the version on; the row is created on first use. Call inside the writing transaction. */
    async bump(now: Date): Promise<number> {
      const [row] = await db
        .insert(dataVersion)
        .values({ id: 1, version: 1, changedAt: now })
        .onConflictDoUpdate({ target: dataVersion.id, set: { version: sql`${dataVersion.version} + 1`, changedAt: now } })
        .returning({ version: dataVersion.version });
      return Number(row!.version);
    },
  };
}
