// "Who does what, where": State × theme × entity, with the number of activities, the first and last dates and the
// entity's name, over a period. Counts every activity that is not cancelled, whatever its confidentiality: the
// coordination view deliberately shows that another entity works somewhere (its name and dates), never what it
// does there (no title, no details). One SQL aggregate (coordination.repo).
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCoordinationRepo, type CoordinationCellFilters } from '#db/repos/assistance/coordination.repo.ts';
import { defaultPeriod, toCellView, type CoordinationCellView } from './coordination-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { activityView } from './support/activity-views.ts';
import { currentDataset } from '../treaties/treaty-dataset.ts';

export interface CoordinationCellsQuery {
  from?: string;
  to?: string;
  theme?: string;
  regionalGroup?: string;
  stateCode?: string;
}

export interface CoordinationCellsPage extends Page<CoordinationCellView> {
  /** The period counted (the default when none was given). */
  period: { from: string; to: string };
  abilities: { export: boolean };
}

/** The filters as the repository takes them: the period resolved, a regional group as its States. */
export async function resolveCellFilters(db: Db, q: CoordinationCellsQuery, now: Date): Promise<CoordinationCellFilters> {
  const period = defaultPeriod(now, q.from, q.to);
  if (period.from > period.to) {
    throw new AppError('VALIDATION_FAILED', 'The period ends before it starts.', {
      issues: [{ path: ['query', 'to'], code: 'before_from', message: `must not be before ${period.from}` }],
    });
  }
  let stateCodes: string[] | undefined;
  if (q.regionalGroup) {
    const ds = await currentDataset(db);
    stateCodes = ds.participants.filter((p) => p.regionalGroup === q.regionalGroup).map((p) => p.code);
  }
  if (q.stateCode) {
    const code = q.stateCode.toUpperCase();
    stateCodes = stateCodes ? stateCodes.filter((c) => c === code) : [code];
  }
  return { ...period, ...(q.theme ? { theme: q.theme } : {}), ...(stateCodes ? { stateCodes } : {}) };
}

export async function listCoordinationCells(
  db: Db,
  actor: Actor,
  query: CoordinationCellsQuery & PageQuery,
  now: Date,
): Promise<CoordinationCellsPage> {
  authorize(actor, 'coordination:read');
  const { page, pageSize, ...q } = query;
  const filters = await resolveCellFilters(db, q, now);
  const slice = offsetOf(query);
  const { rows, total } = await activityView(db, `cells:${JSON.stringify([filters, slice])}`, () =>
    createCoordinationRepo(db).whoDoesWhatWhere(filters, slice),
  );
  return {
    data: rows.map(toCellView),
    page,
    pageSize,
    total,
    period: { from: filters.from, to: filters.to },
    abilities: { export: true },
  };
}
