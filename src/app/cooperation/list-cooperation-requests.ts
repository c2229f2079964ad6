// The requests the caller is a party to (issue 12), newest change first: those their State authority drafts or was
// named on, and, once sent, those addressed to the State they practise for. Scoped in SQL, so a list never holds what
// a read would refuse and stays one indexed query at any size; someone who is a party to nothing gets an empty list.
import type { Actor } from '#domain/actor.ts';
import { draftsCooperationRequests } from '#domain/cooperation/policy.ts';
import type { RequestSide, RequestStatus } from '#domain/cooperation/requests.ts';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo, type RequestPartyScope } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { toRequestSummaries, type RequestSummaryView } from './request-presenters.ts';

export interface CooperationRequestListQuery {
  side: 'all' | RequestSide;
  status?: RequestStatus;
  kind?: CooperationKind;
  state?: string;
  page: number;
  pageSize: number;
}

export async function listCooperationRequests(
  db: Db,
  actor: Actor,
  query: CooperationRequestListQuery,
  now: Date,
): Promise<{ data: RequestSummaryView[]; page: number; pageSize: number; total: number; abilities: { create: boolean } }> {
  const abilities = { create: draftsCooperationRequests(actor) };
  const empty = { data: [], page: query.page, pageSize: query.pageSize, total: 0, abilities };
  if (actor.kind !== 'user') return empty;
  const practises = actor.memberships.filter((m) => m.role === 'central-authority-practitioner');
  // Mirrors domain/cooperation/policy.ts requestSides: organisations drafted in, States practised for, and the person.
  const scope: RequestPartyScope = {
    userId: actor.userId,
    organisationIds: [...new Set(practises.map((m) => m.organisationId))],
    stateCodes: [...new Set(practises.flatMap((m) => (m.stateCode ? [m.stateCode] : [])))],
  };
  const { rows, total } = await createCooperationRequestsRepo(db).list(
    scope,
    { side: query.side, status: query.status, kind: query.kind, stateCode: query.state },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return { ...empty, data: await toRequestSummaries(db, actor, rows, now), total };
}
