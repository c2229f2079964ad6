// Activities the caller may see, filtered (State, theme, kind, entity, mandate, year or period, request, programme,
// strategy, status, text), latest first, paged. The scope is applied in SQL (repos/conditions.ts
// scopeCondition), so the page and the total never count an activity the caller could not open.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo, type ActivityFilters } from '#db/repos/assistance/activities.repo.ts';
import { activityListAbilities, hideUnreadableLinks, toActivityView, type ActivityListAbilities, type ActivityView } from './activity-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';

export interface ActivitiesFilterInput extends Omit<ActivityFilters, 'status'> {
  /** One or several statuses. */
  status?: string[] | string;
}
export type ActivitiesQuery = ActivitiesFilterInput & PageQuery;

export async function listActivities(db: Db, actor: Actor, query: ActivitiesQuery): Promise<Page<ActivityView> & { abilities: ActivityListAbilities }> {
  authorize(actor, 'activity:read');
  const { page, pageSize, ...filters } = query;
  const repo = createActivitiesRepo(db);
  const { rows, total } = await repo.list(scopeFor(actor), normaliseActivityFilters(filters), offsetOf(query));
  await auditNamedPeopleReads(db, actor, { activity: rows }, 'activities:list', new Date());
  return { data: await hideUnreadableLinks(repo, actor, rows.map(toActivityView)), page, pageSize, total, abilities: activityListAbilities(actor) };
}

export function normaliseActivityFilters(f: ActivitiesFilterInput): ActivityFilters {
  const status = (Array.isArray(f.status) ? f.status : f.status ? [f.status] : []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  return {
    ...(f.stateCode ? { stateCode: f.stateCode.toUpperCase() } : {}),
    ...(f.theme ? { theme: f.theme } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.mandate ? { mandate: f.mandate } : {}),
    ...(f.year !== undefined ? { year: f.year } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.requestId ? { requestId: f.requestId } : {}),
    ...(f.programmeId ? { programmeId: f.programmeId } : {}),
    ...(f.strategyId ? { strategyId: f.strategyId } : {}),
    ...(status.length ? { status } : {}),
    ...(f.q?.trim() ? { q: f.q.trim() } : {}),
  };
}
