// Reverts one import batch: the batch is marked, its events stay (append-only) but stop counting for every reader
// (see db/repos/treaties/events.repo.ts). Only the latest applied batch of a publisher for an instrument can be reverted:
// a later import stored only what differed from this one, so removing an earlier batch under it would also remove
// facts the later list confirmed without restating them. Revert the later batches first.
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { forgetDataVersion } from '#db/repos/treaties/data-version.repo.ts';
import { createParticipationWriteRepo } from '#db/repos/treaties/participation-write.repo.ts';

export interface RevertReport {
  batchId: number;
  instrumentId: string | null;
  /** Events of the batch that no longer count. */
  events: number;
  revertedAt: string;
  dataVersion: number;
}

export async function revertImport(db: Db, batchId: number, now: Date, actor = 'system'): Promise<RevertReport> {
  try {
    return await revertInTransaction(db, batchId, now, actor);
  } finally {
    forgetDataVersion(db);
  }
}

async function revertInTransaction(db: Db, batchId: number, now: Date, actor: string): Promise<RevertReport> {
  return db.transaction(async (tx) => {
    const repo = createParticipationWriteRepo(tx as unknown as Db);
    const batch = await repo.findBatch(batchId);
    if (!batch) throw new AppError('NOT_FOUND', `No import batch ${batchId}`, { params: { batchId } });
    if (batch.instrumentId) await repo.lockInstrument(batch.instrumentId);
    // Read again under the lock: a concurrent revert of the same batch must see the other's result.
    const current = (await repo.findBatch(batchId))!;
    if (current.status !== 'applied') {
      throw new AppError('INVALID_TRANSITION', `Import batch ${batchId} is already ${current.status}`, {
        params: { batchId, status: current.status },
      });
    }
    if (current.instrumentId && current.publisher) {
      const later = await repo.laterAppliedBatch({ id: batchId, instrumentId: current.instrumentId, publisher: current.publisher });
      if (later !== null) {
        throw new AppError(
          'CONFLICT',
          `Import batch ${later} from ${current.publisher} for ${current.instrumentId} came later: revert it first`,
          { params: { batchId, laterBatchId: later } },
        );
      }
    }
    await repo.markReverted(batchId, now);
    const events = await repo.countBatchEvents(batchId);
    await createAuditRepo(tx as unknown as Db).append({
      at: now.toISOString(),
      actor,
      action: 'import-batch:revert',
      targetType: 'import-batch',
      targetId: String(batchId),
      before: { status: 'applied' },
      after: { status: 'reverted', events },
    });
    const dataVersion = await repo.bumpDataVersion(now);
    return { batchId, instrumentId: current.instrumentId, events, revertedAt: now.toISOString(), dataVersion };
  });
}
