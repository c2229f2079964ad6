// The coordinators' queue: pairs of activities of different entities for the same State and theme over dates that
// meet, open or resolved. Every coordination reader sees every pair (which entities, when, where, on what theme);
// an activity's title shows only to a reader who may read that activity.
import type { Actor } from '#domain/actor.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCoordinationRepo, type OverlapFilters } from '#db/repos/assistance/coordination.repo.ts';
import { overlapActivitiesShown, regionLookup, toOverlapView, type OverlapView } from './coordination-presenters.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';

export async function listOverlaps(
  db: Db,
  actor: Actor,
  query: OverlapFilters & PageQuery,
): Promise<Page<OverlapView> & { abilities: { resolve: boolean } }> {
  authorize(actor, 'coordination:read');
  const { page, pageSize, ...filters } = query;
  const [{ rows, total }, region] = await Promise.all([
    createCoordinationRepo(db).listOverlaps(normaliseOverlapFilters(filters), offsetOf(query)),
    regionLookup(db),
  ]);
  await auditNamedPeopleReads(db, actor, { activity: overlapActivitiesShown(actor, rows, region) }, 'overlaps:list', new Date());
  return {
    data: rows.map((o) => toOverlapView(actor, o, region)),
    page,
    pageSize,
    total,
    abilities: { resolve: can(actor, 'overlap:resolve') },
  };
}

/** The filters as the repository takes them; the export uses the same, so both show the same pairs. */
export function normaliseOverlapFilters(f: OverlapFilters): OverlapFilters {
  return { ...f, ...(f.stateCode ? { stateCode: f.stateCode.toUpperCase() } : {}) };
}
