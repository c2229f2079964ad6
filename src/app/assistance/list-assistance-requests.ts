// Requests the caller may see, filtered, most recently changed first, paged. The scope is applied in SQL
// (assistance-requests.repo requestScopeCondition, the twin of isRequestVisible), so the page and the total never
// count a request the caller could not open. Two views: `queue`, the requests addressed to the caller's
// organisations that await the entity (submitted to in delivery); `mine`, their own State's requests.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import type { RequestStatus } from '#domain/assistance/request-workflow.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo, type RequestFilters } from '#db/repos/assistance/assistance-requests.repo.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { auditNamedPeopleReads } from '../shared/audit-named-people-reads.ts';
import { requestListAbilities, toRequestViews, type RequestListAbilities, type RequestView } from './request-presenters.ts';

export interface AssistanceRequestFilters {
  status?: RequestStatus[];
  stateCode?: string;
  theme?: string;
  addressedTo?: string;
  urgency?: string;
  q?: string;
  view?: 'queue' | 'mine';
}

/** Statuses in which a request waits on the entity it is addressed to. */
export const AWAITING_ENTITY: readonly RequestStatus[] = ['submitted', 'under-review', 'accepted', 'planned', 'in-delivery'];

export async function listAssistanceRequests(
  db: Db,
  actor: Actor,
  query: AssistanceRequestFilters & PageQuery,
): Promise<Page<RequestView> & { abilities: RequestListAbilities }> {
  authorize(actor, 'assistance-request:read');
  const { page, pageSize, ...filters } = query;
  const repo = createAssistanceRequestsRepo(db);
  const { rows, total } = await repo.list(requestScope(actor), repoFilters(actor, filters), offsetOf(query));
  await auditNamedPeopleReads(db, actor, { request: rows }, 'assistance-requests:list', new Date());
  return { data: await toRequestViews(repo, actor, rows), page, pageSize, total, abilities: requestListAbilities(actor) };
}

export function requestScope(actor: Actor) {
  return actor.kind === 'user' ? scopeFor(actor) : null;
}

/** The caller's filters in the repository's terms, a view turned into the organisations or States it means. */
export function repoFilters(actor: Actor, f: AssistanceRequestFilters): RequestFilters {
  const out: RequestFilters = {};
  if (f.status?.length) out.statuses = [...new Set(f.status)];
  if (f.stateCode) out.stateCode = f.stateCode.toUpperCase();
  if (f.theme) out.theme = f.theme;
  if (f.addressedTo) out.addressedTo = f.addressedTo;
  if (f.urgency) out.urgency = f.urgency;
  if (f.q?.trim()) out.q = f.q.trim();
  const memberships = actor.kind === 'user' ? actor.memberships : [];
  if (f.view === 'queue') {
    out.addressedToAny = [...new Set(memberships.filter((m) => m.role === 'entity-officer').map((m) => m.organisationId))];
    out.statuses = out.statuses ? out.statuses.filter((s) => AWAITING_ENTITY.includes(s as RequestStatus)) : [...AWAITING_ENTITY];
    if (out.statuses.length === 0) out.addressedToAny = [];
  }
  if (f.view === 'mine') {
    out.stateCodes = [...new Set(memberships.filter((m) => m.role === 'focal-point' && m.stateCode).map((m) => m.stateCode!))];
  }
  return out;
}
