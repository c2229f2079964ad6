// The gaps ranking as CSV or XLSX, with the same filters as the view (every State it ranks, not one page). Counts
// only, as in the view; the rank is the row's place in it (most open gaps first, ties by code).
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { listCoordinationGaps, type CoordinationGapsQuery } from './list-coordination-gaps.ts';
import { tableFile, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

/** More than there are States: the whole ranking in one page. */
const ALL = 10_000;

export async function exportCoordinationGaps(
  db: Db,
  actor: Actor,
  query: CoordinationGapsQuery,
  format: TableFormat,
  now: Date,
): Promise<TableFile> {
  // listCoordinationGaps authorizes (coordination:read) and ranks.
  const ranking = await listCoordinationGaps(db, actor, { ...query, page: 1, pageSize: ALL }, now);
  const table: Table = {
    name: 'Gaps',
    columns: [
      { header: 'rank', width: 6 },
      { header: 'state_code', width: 10 },
      { header: 'state', width: 30 },
      { header: 'regional_group', width: 24 },
      { header: 'open_gaps', width: 10 },
      { header: 'instruments_not_joined', width: 12 },
      { header: 'instruments_unknown', width: 12 },
      { header: 'needs_without_open_request', width: 12 },
      { header: 'legislation', width: 12 },
      { header: 'open_requests', width: 10 },
      { header: 'recent_activities', width: 10 },
      { header: 'planned_activities', width: 10 },
      { header: 'without_assistance', width: 10 },
    ],
    rows: ranking.data.map((r, i) => [
      i + 1,
      r.stateCode,
      nameOf(r.names),
      r.regionalGroup,
      r.openGaps,
      r.instrumentsNotJoined,
      r.instrumentsUnknown,
      r.needsWithoutOpenRequest,
      // No data source records legislative incorporation yet: not known, never counted as zero.
      'unknown',
      r.openRequests,
      r.recentActivities,
      r.plannedActivities,
      r.withoutAssistance ? 'yes' : 'no',
    ]),
  };
  return tableFile(table, format, {
    stem: `accord-gaps-${ranking.asOf}`,
    title: `Accord: States ranked by open gaps, ${ranking.asOf} (assistance since ${ranking.assistanceSince})`,
  });
}
