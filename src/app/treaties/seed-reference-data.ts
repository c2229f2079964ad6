import type { Db } from '#db/client.ts';
import { seedReferenceData as seed } from '#db/seed/reference.ts';
import { participants } from '#db/schema/index.ts';
import { count } from 'drizzle-orm';
import { indexTreatyArticles } from '../library/index-treaty-articles.ts';

/**
 * Loads participants, aliases and instruments from data/reference (idempotent upsert), then puts the treaty articles
 * in the search index (replaced whole: a corrected text is taken as is).
 */
export async function seedReferenceData(db: Db, now = new Date()): Promise<Awaited<ReturnType<typeof seed>> & { articles: number }> {
  const counts = await seed(db, now);
  return { ...counts, articles: await indexTreatyArticles(db, now) };
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(participants);
  return (row?.n ?? 0) === 0;
}
