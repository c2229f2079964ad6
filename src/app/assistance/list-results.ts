// Results the caller may see (those of activities they may open), filtered by kind, State and period, latest first.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createResultsRepo, type ResultFilters } from '#db/repos/assistance/results.repo.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { hideUnreadableResultLinks, toResultView, type ResultView } from './result-presenters.ts';

export async function listResults(db: Db, actor: Actor, query: ResultFilters & PageQuery): Promise<Page<ResultView>> {
  authorize(actor, 'activity:read');
  const { page, pageSize, ...filters } = query;
  const { rows, total } = await createResultsRepo(db).list(scopeFor(actor), normaliseResultFilters(filters), offsetOf(query));
  return { data: await hideUnreadableResultLinks(createActivitiesRepo(db), actor, rows.map(toResultView)), page, pageSize, total };
}

/** The filters as the repository takes them; the export uses the same, so both show the same results. */
export function normaliseResultFilters(f: ResultFilters): ResultFilters {
  return { ...f, ...(f.stateCode ? { stateCode: f.stateCode.toUpperCase() } : {}) };
}
