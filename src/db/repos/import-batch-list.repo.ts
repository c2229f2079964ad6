// Counting import batches, for the paged public list (src/app/list-import-batches.ts reads the rows).
import { count } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { importBatches } from '../schema/index.ts';

export function createImportBatchListRepo(db: Db) {
  return {
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(importBatches);
      return Number(row?.n ?? 0);
    },
  };
}
