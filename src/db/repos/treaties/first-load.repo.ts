// The marker of a complete first load (schema: first_load, one row at most).
import type { Db } from '#db/client.ts';
import { firstLoad } from '#db/schema/index.ts';

export function createFirstLoadRepo(db: Db) {
  return {
    async isComplete(): Promise<boolean> {
      return (await db.select({ id: firstLoad.id }).from(firstLoad)).length > 0;
    },
    async markComplete(now: Date, lists: number): Promise<void> {
      await db.insert(firstLoad).values({ id: true, completedAt: now, lists }).onConflictDoNothing();
    },
  };
}
