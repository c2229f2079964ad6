// Counting import batches, for the paged public list (src/app/treaties/list-import-batches.ts reads the rows).
import { count } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { importBatches } from '#db/schema/index.ts';

export function createImportBatchListRepo(db: Db) {
  return {
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(importBatches);
      return Number(row?.n ?? 0);
    },
  };
}
