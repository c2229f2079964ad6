// One import batch with its whole log: every problem, skipped row, unresolved name, entity that is not a State,
// rename, change and disagreement, as `accord import` reported it.
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { listImportBatches, type ImportBatchView } from './list-import-batches.ts';

export async function getImportBatch(db: Db, id: number): Promise<ImportBatchView> {
  const [batch] = await listImportBatches(db, { id, withLog: true, limit: 1 });
  if (!batch) throw new AppError('NOT_FOUND', `No import batch ${id}.`, { params: { resource: 'import-batch', id } });
  return batch;
}
