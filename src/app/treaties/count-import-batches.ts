// How many import batches exist: the total of the paged public list.
import type { Db } from '#db/client.ts';
import { createImportBatchListRepo } from '#db/repos/treaties/import-batch-list.repo.ts';

export async function countImportBatches(db: Db): Promise<number> {
  return createImportBatchListRepo(db).count();
}
