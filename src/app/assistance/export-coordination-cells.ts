// "Who does what, where" as CSV or XLSX, with the same filters as the view (every cell, not one page).
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCoordinationRepo } from '#db/repos/assistance/coordination.repo.ts';
import { toCellView } from './coordination-presenters.ts';
import { resolveCellFilters, type CoordinationCellsQuery } from './list-coordination-cells.ts';
import { tableFile, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';

/** Far beyond the cells of ten years of activity (about 30,000): it bounds one request's work. */
const MAX_CELLS = 100_000;

export async function exportCoordinationCells(
  db: Db,
  actor: Actor,
  query: CoordinationCellsQuery & { format: TableFormat },
  now: Date,
): Promise<TableFile> {
  authorize(actor, 'coordination:read');
  const { format, ...q } = query;
  const filters = await resolveCellFilters(db, q, now);
  const { rows } = await createCoordinationRepo(db).whoDoesWhatWhere(filters, { limit: MAX_CELLS, offset: 0 });
  const table: Table = {
    name: 'Who does what where',
    columns: [
      { header: 'state_code', width: 10 },
      { header: 'theme', width: 28 },
      { header: 'organisation', width: 30 },
      { header: 'organisation_acronym', width: 14 },
      { header: 'activities', width: 10 },
      { header: 'first_date', width: 12 },
      { header: 'last_date', width: 12 },
    ],
    rows: rows.map(toCellView).map((c) => [c.stateCode, c.theme, c.organisationName, c.organisationAcronym, c.activities, c.firstDate, c.lastDate]),
  };
  return tableFile(table, format, { stem: `accord-who-does-what-where-${filters.from}-${filters.to}`, title: 'Accord: who does what, where' });
}
