// What Accord learnt, newest first: participation events by the time they were recorded (imported), not by the
// treaty date, so that a reader can follow updates.
import type { Db } from '#db/client.ts';
import { createChangesRepo } from '#db/repos/changes.repo.ts';
import type { ChangeView } from '#domain/treaties/views.ts';
import { offsetOf, type Page, type PageQuery } from './paging.ts';
import { toEventView } from './treaty-presenters.ts';

export interface ChangesQuery extends PageQuery {
  /** Events recorded on or after this date (00:00 UTC). */
  since?: string;
}

export async function listChanges(db: Db, query: ChangesQuery): Promise<Page<ChangeView>> {
  const since = query.since ? new Date(`${query.since}T00:00:00Z`) : undefined;
  const { rows, total } = await createChangesRepo(db).list({ since, ...offsetOf(query) });
  return {
    data: rows.map((e) => ({
      event: { ...toEventView(e), instrumentId: e.instrumentId, participantCode: e.participantCode },
      recordedAt: e.recordedAt,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
