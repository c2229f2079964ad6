import type { Db } from '#db/client.ts';
import { seedReferenceData as seed } from '#db/seed/reference.ts';
import { participants } from '#db/schema/index.ts';
import { count } from 'drizzle-orm';

/** Loads participants, aliases and instruments from data/reference (idempotent upsert). */
export const seedReferenceData = (db: Db) => seed(db);

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(participants);
  return (row?.n ?? 0) === 0;
}
