// The shared record of a request between the two authorities (issue 12 §2), as tracking shows it: status, dates,
// references, timeline; never what the request says. Also what every tracking use case needs: the party check that
// answers 404 to anyone else, the audit entry, and the notification of both sides.
import { actorLabel, type Actor, type UserActor } from '#domain/actor.ts';
import { requestSides } from '#domain/cooperation/policy.ts';
import {
  availableEvents,
  isDueReminder,
  type RequestEvent,
  type RequestSide,
} from '#domain/cooperation/requests.ts';
import { AppError } from '#domain/errors.ts';
import { can } from '#domain/policy.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import {
  createCooperationRequestsRepo,
  toRequestAccess,
  type CooperationRequestEventRow,
  type CooperationRequestMessageRow,
  type CooperationRequestRow,
  type CooperationRequestsRepo,
  type RequestNames,
} from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { notify, type AssistanceEvent, type NotifyOptions } from '../accounts/support/notify.ts';
import { recordAudit } from '../shared/transaction.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export function requestNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such request.', { params: { resource: 'cooperation-request', id } });
}

export const requestTarget = (r: CooperationRequestRow) => ({ kind: 'cooperation-request' as const, request: toRequestAccess(r) });

/**
 * The request and the sides the actor speaks for on it. Whoever is no party to it (another State's practitioners,
 * donors, officers, the public) is told it does not exist, exactly as for an id nobody has.
 */
export async function findPartyRequest(
  repo: CooperationRequestsRepo,
  actor: Actor,
  id: string,
  lock = false,
): Promise<{ row: CooperationRequestRow; sides: RequestSide[]; actor: UserActor }> {
  const row = await repo.findById(id, { lock });
  if (!row || actor.kind !== 'user' || !can(actor, 'cooperation-request:read', requestTarget(row))) throw requestNotFound(id);
  return { row, sides: requestSides(actor, toRequestAccess(row)), actor };
}

export async function auditCooperationRequest(
  tx: Db,
  actor: Actor,
  action: string,
  id: string,
  change: { before: unknown; after: unknown },
  now: Date,
): Promise<void> {
  await recordAudit(tx, { actor: actorLabel(actor), action, targetType: 'cooperation-request', targetId: id, ...change }, now);
}

/** The two States, requesting first, as notifications carry them ("FRA,NOR"). */
const statePair = (r: CooperationRequestRow) => `${r.requestingStateCode},${r.requestedStateCode}`;

/**
 * Tells both authorities, inside the write transaction: the requesting organisation's practitioners and the people
 * named on the request, the requested State's practitioners once it is sent, and whoever follows the requests the
 * authority sends or the State receives, each only if the policy lets them read the request; never the actor. The
 * params say what happened and to which request (status, event, references, States), never what the request says.
 */
export async function notifyCooperationRequest(
  tx: Db,
  kind: Extract<AssistanceEvent['kind'], `cooperation-request-${string}`>,
  actorUserId: string | null,
  r: CooperationRequestRow,
  params: { event?: string; from?: string | null; reason?: string | null; date?: string },
  now: Date,
  options: NotifyOptions = {},
): Promise<void> {
  const access = toRequestAccess(r);
  await notify(
    tx,
    {
      kind,
      recordType: 'cooperation-request',
      recordId: r.id,
      actorUserId,
      stateCodes: [],
      themes: [],
      organisationIds: [],
      followed: [
        { kind: 'cooperation-requests-sent', value: r.requestingOrganisationId },
        ...(r.status === 'draft' ? [] : [{ kind: 'cooperation-requests-received', value: r.requestedStateCode }]),
      ],
      visibleTo: (reader) => can(reader, 'cooperation-request:read', { kind: 'cooperation-request', request: access }),
      partyOrganisationIds: [r.requestingOrganisationId],
      partyStateCodes: [],
      partyUserIds: r.sharedUserIds,
      partyPractitionerStateCodes: r.status === 'draft' ? [] : [r.requestedStateCode],
      params: {
        reference: r.requestingReference || null,
        requestedReference: r.requestedReference || null,
        status: r.status,
        stateCodes: statePair(r),
        ...params,
      },
    },
    now,
    options,
  );
}

/** Of these requests, those `reader` may read now (notifications and feeds ask again on every read). */
export async function readableCooperationRequests(db: Db, reader: Actor, ids: readonly string[]): Promise<Set<string>> {
  const access = await createCooperationRequestsRepo(db).accessOf(ids);
  const readable = new Set<string>();
  for (const [id, request] of access) if (can(reader, 'cooperation-request:read', { kind: 'cooperation-request', request })) readable.add(id);
  return readable;
}

// --- Views ------------------------------------------------------------------------------------------------------------

export interface RequestSummaryView {
  id: string;
  kind: CooperationRequestRow['kind'];
  status: CooperationRequestRow['status'];
  statusChangedAt: string;
  refusalGround: CooperationRequestRow['refusalGround'];
  requestingState: { code: string; names: LocalizedText };
  requestedState: { code: string; names: LocalizedText };
  requestingOrganisation: { id: string; name: string };
  requestedAuthority: { id: string; name: string } | null;
  instrumentId: string | null;
  requestingReference: string;
  requestedReference: string;
  sentAt: string | null;
  receivedAt: string | null;
  closedAt: string | null;
  overdue: boolean;
  sides: RequestSide[];
  updatedAt: string;
  version: number;
}

export interface RequestEventView {
  id: number;
  event: RequestEvent | 'create';
  fromStatus: CooperationRequestRow['status'] | null;
  toStatus: CooperationRequestRow['status'];
  side: RequestSide;
  ground: CooperationRequestRow['refusalGround'];
  note: string;
  at: string;
  by: string | null;
}

export interface RequestMessageView {
  id: string;
  side: RequestSide;
  body: string;
  author: string | null;
  createdAt: string;
}

export interface RequestTrackingView extends RequestSummaryView {
  events: RequestEventView[];
  abilities: { message: boolean; events: RequestEvent[] };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toSummaryView(r: CooperationRequestRow, sides: RequestSide[], names: RequestNames, now: Date): RequestSummaryView {
  const state = (code: string) => ({ code, names: names.states.get(code) ?? { en: code } });
  const authorityId = r.requestedAuthorityId;
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    statusChangedAt: r.statusChangedAt.toISOString(),
    refusalGround: r.refusalGround,
    requestingState: state(r.requestingStateCode),
    requestedState: state(r.requestedStateCode),
    requestingOrganisation: { id: r.requestingOrganisationId, name: nameOf(names.organisations.get(r.requestingOrganisationId) ?? {}) },
    requestedAuthority: authorityId ? { id: authorityId, name: names.authorities.get(authorityId) ?? '' } : null,
    instrumentId: r.instrumentId,
    requestingReference: r.requestingReference,
    requestedReference: r.requestedReference,
    sentAt: iso(r.sentAt),
    receivedAt: iso(r.receivedAt),
    closedAt: iso(r.closedAt),
    // Whether the status has stood still past its period, whatever reminders went out.
    overdue: isDueReminder(r.status, r.statusChangedAt, null, now),
    sides,
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** A person's name is shown to their own side only: the other authority sees which side acted, not who. */
export function toEventView(e: CooperationRequestEventRow, sides: readonly RequestSide[], names: RequestNames): RequestEventView {
  return {
    id: e.id,
    event: e.event as RequestEvent | 'create',
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    side: e.side,
    ground: e.ground,
    note: e.note,
    at: e.at.toISOString(),
    by: e.byUserId && sides.includes(e.side) ? (names.users.get(e.byUserId) ?? null) : null,
  };
}

export function toMessageView(m: CooperationRequestMessageRow, sides: readonly RequestSide[], names: RequestNames): RequestMessageView {
  return {
    id: m.id,
    side: m.side,
    body: m.body,
    author: m.authorId && sides.includes(m.side) ? (names.users.get(m.authorId) ?? null) : null,
    createdAt: m.createdAt.toISOString(),
  };
}

export async function requestNames(
  repo: CooperationRequestsRepo,
  r: CooperationRequestRow,
  userIds: readonly (string | null)[] = [],
): Promise<RequestNames> {
  return repo.names({
    stateCodes: [r.requestingStateCode, r.requestedStateCode],
    organisationIds: [r.requestingOrganisationId],
    authorityIds: r.requestedAuthorityId ? [r.requestedAuthorityId] : [],
    userIds: userIds.filter((id): id is string => id !== null),
  });
}

/** The shared record with its timeline and what the caller may do next. */
export async function toTrackingView(
  repo: CooperationRequestsRepo,
  r: CooperationRequestRow,
  sides: RequestSide[],
  now: Date,
): Promise<RequestTrackingView> {
  const events = await repo.listEvents(r.id);
  const names = await requestNames(repo, r, events.map((e) => e.byUserId));
  return {
    ...toSummaryView(r, sides, names, now),
    events: events.map((e) => toEventView(e, sides, names)),
    abilities: { message: r.status !== 'draft' && sides.length > 0, events: availableEvents(r.status, sides) },
  };
}
