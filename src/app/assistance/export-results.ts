// Results as CSV or XLSX, with the same filters and the same scope as the list: the results of the activities the
// caller may open. A ratification names its participation event, so each figure can be traced to the depositary.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createResultsRepo, type ResultFilters } from '#db/repos/assistance/results.repo.ts';
import { normaliseResultFilters } from './list-results.ts';
import { readAll } from '../shared/paging.ts';
import { hideUnreadableResultLinks, toResultView, type ResultView } from './result-presenters.ts';
import { tableFile, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';

/** Far beyond ten years of results; it bounds one request's work. */
const MAX_ROWS = 50_000;

const COLUMNS = [
  'id', 'kind', 'date', 'state_code', 'activity_id', 'activity_title', 'request_id', 'participation_event_id',
  'participation_event_kind', 'participation_event_date', 'instrument_id', 'strategy_id', 'document_id', 'description',
  'created_at',
];

function row(r: ResultView): (string | number | null)[] {
  return [
    r.id, r.kind, r.date, r.stateCode, r.activityId, r.activityTitle, r.requestId, r.participationEventId,
    r.participationEvent?.kind ?? null, r.participationEvent?.date ?? null, r.instrumentId, r.strategyId, r.documentId,
    r.description, r.createdAt,
  ];
}

export async function exportResults(db: Db, actor: Actor, filters: ResultFilters, format: TableFormat, now: Date): Promise<TableFile> {
  authorize(actor, 'activity:read');
  const repo = createResultsRepo(db);
  const scope = scopeFor(actor);
  const where = normaliseResultFilters(filters);
  const rows = await readAll((page) => repo.list(scope, where, page), MAX_ROWS);
  const table: Table = { name: 'Results', columns: COLUMNS.map((header) => ({ header })), rows: (await hideUnreadableResultLinks(createActivitiesRepo(db), actor, rows.map(toResultView))).map(row) };
  const day = now.toISOString().slice(0, 10);
  return tableFile(table, format, { stem: `accord-results-${day}`, title: `Accord results, ${day}` });
}
