// Fixtures of the report's figures: funding rows inserted directly (no policy, no checks), for the report's route
// tests and benchmark, which may not reach the tables themselves.
import type { Db } from '#db/client.ts';
import { contributions } from '#db/schema/index.ts';

export type ContributionInsert = typeof contributions.$inferInsert;

export async function insertContributions(db: Db, rows: ContributionInsert[]): Promise<void> {
  if (rows.length > 0) await db.insert(contributions).values(rows);
}
