// What Accord learnt, newest first: participation events by the time they were recorded (imported), so that a
// reader can follow updates; or (sort=acts) the latest acts themselves by their own date, which is what "latest
// changes" means to a reader of the treaty status, and which a first import of old lists cannot flood.
import type { Db } from '#db/client.ts';
import { createChangesRepo } from '#db/repos/treaties/changes.repo.ts';
import type { ChangeView } from '#domain/treaties/views.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { toEventView } from './treaty-presenters.ts';

export interface ChangesQuery extends PageQuery {
  /** Events recorded on or after this date (00:00 UTC). */
  since?: string;
  /** `recorded` (default): as Accord learnt them; `acts`: the latest acts by their own date, up to `today`. */
  sort?: 'recorded' | 'acts';
  /** Today, for `acts`: a deposit dated later is not yet an act. */
  today?: string;
}

export async function listChanges(db: Db, query: ChangesQuery): Promise<Page<ChangeView>> {
  const since = query.since ? new Date(`${query.since}T00:00:00Z`) : undefined;
  const { rows, total } = await createChangesRepo(db).list({ since, sort: query.sort, until: query.today, ...offsetOf(query) });
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
