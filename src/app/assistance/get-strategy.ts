// Strategies: the list (scoped in SQL) and one strategy with the support given (the activities for it that the caller
// may see).
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createStrategiesRepo, type StrategyFilters } from '#db/repos/assistance/strategies.repo.ts';
import { hideUnreadableDocuments, hideUnreadableLinks, toActivityView, type ActivityView } from './activity-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { findVisibleStrategy, strategyAbilities, toStrategyView, type StrategyView } from './strategy-presenters.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';

export async function getStrategy(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ data: StrategyView & { support: ActivityView[]; supportCount: number }; abilities: { update: boolean } }> {
  const activities = createActivitiesRepo(db);
  const { strategy, record } = await findVisibleStrategy(createStrategiesRepo(db), activities, actor, id);
  const support = await activities.list(scopeFor(actor), { strategyId: strategy.id }, { limit: 200, offset: 0 });
  await auditNamedPeopleReads(db, actor, { activity: support.rows }, 'strategy:read', new Date());
  const [view] = await hideUnreadableDocuments(activities, actor, [toStrategyView(strategy)], 'documentId');
  return {
    data: { ...view!, support: await hideUnreadableLinks(activities, actor, support.rows.map(toActivityView)), supportCount: support.total },
    abilities: strategyAbilities(actor, record),
  };
}

export async function listStrategies(
  db: Db,
  actor: Actor,
  query: StrategyFilters & PageQuery,
): Promise<Page<StrategyView> & { abilities: { create: boolean } }> {
  authorize(actor, 'strategy:read');
  const { page, pageSize, ...filters } = query;
  const { rows, total } = await createStrategiesRepo(db).list(scopeFor(actor), normaliseStrategyFilters(filters), offsetOf(query));
  const data = await hideUnreadableDocuments(createActivitiesRepo(db), actor, rows.map(toStrategyView), 'documentId');
  return { data, page, pageSize, total, abilities: { create: can(actor, 'strategy:create') } };
}

/** The filters as the repository takes them; the export uses the same, so both show the same strategies. */
export function normaliseStrategyFilters(f: StrategyFilters): StrategyFilters {
  return { ...f, ...(f.stateCode ? { stateCode: f.stateCode.toUpperCase() } : {}) };
}
