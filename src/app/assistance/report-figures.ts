// What technical assistance contributes to the Secretary-General's report (issue 14 §3): the counts, grouped in SQL,
// and the records behind one of them in the reader's scope. Called by app/reporting once it has authorized the
// reader for the report (report:read); the records listed are only those the reader may read (the activity and
// request read rules, as SQL scopes), the rest counted as hidden.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import type { Db } from '#db/client.ts';
import { createReportFiguresRepo, type Cell, type Period } from '#db/repos/assistance/report-figures.repo.ts';

export type { Cell, Period };

export interface AssistanceReportCounts {
  activities: { total: Cell[]; byTheme: Cell[]; byKind: Cell[]; byModality: Cell[]; byMandate: Cell[] };
  statesByRegion: Cell[];
  trainedBySex: Cell[];
  trainedByInstitution: Cell[];
  /** Ratifications linked by results: how many, how many rest on confidential records, and the events linked. */
  ratificationResults: { n: number; confidential: number; eventIds: number[] };
  legislationResults: { n: number; confidential: number };
  requests: { cells: Cell[]; medianDays: number | null; p90Days: number | null };
}

export async function countAssistanceForReport(db: Db, period: Period): Promise<AssistanceReportCounts> {
  const repo = createReportFiguresRepo(db);
  const [figures, ratifications, legislation, requests] = await Promise.all([
    repo.activityFigures(period),
    repo.resultCells('ratification-deposited', period),
    repo.resultCells('legislation-adopted', period),
    repo.requestCells(period),
  ]);
  const { total, byTheme, byKind, byModality, byMandate, statesByRegion, trainedBySex, trainedByInstitution } = figures;
  return {
    activities: { total, byTheme, byKind, byModality, byMandate },
    statesByRegion,
    trainedBySex,
    trainedByInstitution,
    ratificationResults: ratifications,
    legislationResults: { n: legislation.n, confidential: legislation.confidential },
    requests: { cells: requests.cells, medianDays: requests.medianDays, p90Days: requests.p90Days },
  };
}

/** The events that assistance results link in the period (for the treaty figures' split). */
export async function assistedConsentEventIds(db: Db, period: Period): Promise<number[]> {
  return (await createReportFiguresRepo(db).resultCells('ratification-deposited', period)).eventIds;
}

export interface RecordsPage {
  total: number;
  hidden: number;
  records: { kind: string; id: string; label: string; date: string | null; href: string }[];
}

/**
 * The activities (or requests) behind an assistance figure, by its dimension (`by-theme`, `by-region`, `trained`,
 * `result:legislation-adopted`, `requests`, …) and key; null when the dimension is not one of assistance's.
 */
export async function listAssistanceFigureRecords(
  db: Db,
  actor: Actor,
  dimension: string,
  key: string,
  period: Period,
  page: { offset: number; limit: number },
): Promise<RecordsPage | null> {
  const repo = createReportFiguresRepo(db);
  const scope = scopeFor(actor);
  if (dimension === 'requests') {
    const found = await repo.requestRecords(key, period, scope, page);
    return found && { ...found, records: found.records.map((r) => ({ kind: 'request', ...r, href: `/requests/${r.id}` })) };
  }
  const found = dimension.startsWith('result:')
    ? await repo.resultActivityRecords(dimension.slice('result:'.length), period, scope, page)
    : await repo.activityRecords(dimension, key, period, scope, page);
  return found && { ...found, records: found.records.map((r) => ({ kind: 'activity', ...r, href: `/activities/${r.id}` })) };
}
