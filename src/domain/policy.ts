// The one authorization policy: `can(actor, action, target)`, deny by default. The HTTP layer checks it before a
// route runs (config.access, without a target: "may this caller ever do this?"), use cases check it again with the
// record in hand, and responses present it as `abilities`, so the web app never re-derives a rule. Pure.
import { AppError } from './errors.ts';
import type { Actor, UserActor } from './actor.ts';
import { isVisible, type ConfidentialRecord } from './accounts/confidentiality.ts';
import { type Confidentiality, type OrganisationKind, type Role } from './accounts/types.ts';
import {
  isMultiStateVisible,
  isRequestParty,
  isRequestVisible,
  mayCoordinate,
  mayCreateRequest,
  mayEverCreateRequest,
  mayResolveOverlap,
  mayWriteDeliveryRecord,
  mayWriteStateRecord,
  type MultiStateRecord,
  type NewHeldRecordTarget,
  type NewRequestTarget,
  type RequestRecord,
} from './assistance/access.ts';
import { allowedEvents, mayEditDraft } from './assistance/request-workflow.ts';

export const ACTIONS = [
  /** Read treaty status: participants, instruments, the matrix, changes, party counts. */
  'treaty-status:read',
  /** Download treaty status as CSV / XLSX / JSON. */
  'treaty-status:export',
  /** Read import batches and their summaries (their sources are public documents). */
  'import-batch:read',
  /** Import a status list. */
  'import-batch:create',
  /** Revert an import batch. */
  'import-batch:revert',
  /** Read one's own account: profile, memberships, sessions, API tokens. */
  'account:read',
  /** Change one's own account: profile, password, second factor, sessions. */
  'account:update',
  /** Create or revoke one's own API tokens (never with a token). */
  'api-token:manage',
  /** List and read organisations (the directory of who works on what). */
  'organisation:read',
  'organisation:create',
  'organisation:update',
  /** List and read people and their memberships. */
  'person:read',
  /** Disable or re-enable an account, make or unmake an administrator. */
  'person:update',
  /** Grant or remove a role in an organisation. */
  'membership:manage',
  /** Invite someone to an organisation with a role. */
  'invitation:create',
  'invitation:read',
  'invitation:revoke',
  'audit-log:read',
  'audit-log:export',
  /** List and read documents (each in its confidentiality scope). */
  'document:read',
  'document:create',
  'document:update',
  'document:delete',
  /** Assistance requests (issue 4): read in scope; a draft is its State's own until submitted. */
  'assistance-request:read',
  /** Ask for assistance (a focal point, for their State) or record a note verbale (an officer, for their entity). */
  'assistance-request:create',
  /** Change a draft. */
  'assistance-request:update',
  /** Fire a workflow event (submit, accept, decline, …): request-workflow.ts `allowedEvents` decides which. */
  'assistance-request:transition',
  /** Write in a request's conversation: its State and the organisations holding it. */
  'assistance-request:comment',
  /** Activities, programmes, strategies and needs, each in its confidentiality scope. */
  'activity:read',
  'activity:create',
  'activity:update',
  'programme:read',
  'programme:create',
  'programme:update',
  'strategy:read',
  'strategy:create',
  'strategy:update',
  'need:read',
  'need:create',
  'need:update',
  /** Record a result (a ratification deposited, a law adopted) of an activity or a request. */
  'result:create',
  /** Cross-entity views: who does what where, the overlap queue, gaps without assistance. */
  'coordination:read',
  /** Resolve an overlap between two entities' activities. */
  'overlap:resolve',
  /** One's own notifications and subscriptions. */
  'notification:read',
  'subscription:manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Actions an API token may be granted: reading and the machine work of imports; never account management. */
export const TOKEN_SCOPES = [
  'treaty-status:read',
  'treaty-status:export',
  'import-batch:read',
  'import-batch:create',
  'organisation:read',
  'document:read',
  'document:create',
  'audit-log:read',
  'audit-log:export',
  'assistance-request:read',
  'activity:read',
  'programme:read',
  'strategy:read',
  'need:read',
  'coordination:read',
  'notification:read',
] as const satisfies readonly Action[];
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** What an action is about. Without a target, `can` answers whether the caller may ever do it. */
export type Target =
  | { kind: 'treaty-data' }
  | { kind: 'import-batch'; id?: number }
  | { kind: 'organisation'; id: string; organisationKind: OrganisationKind; stateCode: string | null }
  | { kind: 'person'; id: string; stateCodes: readonly string[] }
  | { kind: 'invitation'; organisationKind: OrganisationKind; stateCode: string | null; role: Role; invitedBy: string | null }
  | { kind: 'record'; record: ConfidentialRecord }
  /** A record about to be created: who would hold it, about which State, how confidential. */
  | {
      kind: 'new-record';
      ownerOrganisationId: string;
      stateCode: string | null;
      /** The regional group of that State (for officers limited to regions); unknown = null. */
      stateRegion?: string | null;
      confidentiality: Confidentiality;
    }
  | { kind: 'request'; request: RequestRecord }
  | ({ kind: 'new-request' } & NewRequestTarget)
  /** An activity, programme, strategy or need, or a request seen as such (for its results). */
  | { kind: 'held-record'; record: MultiStateRecord }
  | ({ kind: 'new-held-record' } & NewHeldRecordTarget)
  /** An overlap between activities of these organisations. */
  | { kind: 'overlap'; organisationIds: readonly string[] };

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

export function can(actor: Actor, action: Action, target?: Target): boolean {
  // A token acts only within its scopes, and never beyond what its person may do.
  if (actor.kind === 'user' && actor.tokenScopes && !actor.tokenScopes.includes(action)) return false;
  switch (action) {
    // Treaty participation is public information published by the depositaries: anyone may read and export it.
    case 'treaty-status:read':
    case 'treaty-status:export':
    case 'import-batch:read':
      return true;
    // Changing the treaty record is staff work: administrators and officers of UN entities (not of regional
    // organisations or civil society, whose officers work assistance but do not keep the depositary record).
    case 'import-batch:create':
    case 'import-batch:revert':
      return (
        actor.kind === 'user' &&
        (actor.platformAdmin ||
          actor.memberships.some((m) => m.role === 'entity-officer' && m.organisationKind === 'un-entity'))
      );

    case 'account:read':
    case 'account:update':
      return actor.kind === 'user';
    case 'api-token:manage':
      return actor.kind === 'user' && !actor.tokenScopes;

    case 'organisation:read':
      return actor.kind === 'user';
    case 'organisation:create':
    case 'organisation:update':
    case 'person:update':
    case 'membership:manage':
    case 'audit-log:read':
    case 'audit-log:export':
      return isAdmin(actor);

    // Administrators see everyone; a focal point sees the people of their own State's authorities.
    case 'person:read':
      if (actor.kind !== 'user') return false;
      if (actor.platformAdmin) return true;
      if (!target) return focalPointStates(actor).length > 0;
      return target.kind === 'person' && target.stateCodes.some((c) => focalPointStates(actor).includes(c));

    // Vetted onboarding without a central bottleneck: a focal point nominates colleagues of the same State.
    case 'invitation:create':
    case 'invitation:read':
    case 'invitation:revoke':
      if (actor.kind !== 'user') return false;
      if (actor.platformAdmin) return !target || target.kind === 'invitation';
      if (!target) return focalPointStates(actor).length > 0;
      return (
        target.kind === 'invitation' &&
        target.organisationKind === 'state-authority' &&
        target.role === 'focal-point' &&
        target.stateCode !== null &&
        focalPointStates(actor).includes(target.stateCode) &&
        (action !== 'invitation:revoke' || target.invitedBy === actor.userId)
      );

    // Anyone may look for documents; each one is then checked against its confidentiality.
    case 'document:read':
      if (!target) return true;
      return target.kind === 'record' && isVisible(actor, target.record);
    case 'document:create':
      if (actor.kind !== 'user') return false;
      // A donor representative never holds a record (mayHoldRecord), so never "may create" either.
      if (!target) return actor.memberships.some((m) => m.role !== 'donor-representative');
      return target.kind === 'new-record' && mayHoldRecord(actor, target);
    case 'document:update':
    case 'document:delete':
      if (actor.kind !== 'user') return false;
      if (!target) return actor.memberships.length > 0;
      // Moving a record (new owner, State or confidentiality): the same rule as creating it there.
      if (target.kind === 'new-record') return action === 'document:update' && mayHoldRecord(actor, target);
      return (
        target.kind === 'record' &&
        isVisible(actor, target.record) &&
        (target.record.createdBy === actor.userId ||
          actor.memberships.some(
            (m) => m.organisationId === target.record.ownerOrganisationId && m.role !== 'donor-representative',
          ))
      );

    // Assistance requests: never public; each rule is in assistance/access.ts and request-workflow.ts.
    case 'assistance-request:read':
      if (!target) return actor.kind === 'user';
      return target.kind === 'request' && isRequestVisible(actor, target.request);
    case 'assistance-request:create':
      if (!target) return mayEverCreateRequest(actor);
      return target.kind === 'new-request' && mayCreateRequest(actor, target);
    case 'assistance-request:update':
      if (!target) return mayEverCreateRequest(actor);
      return target.kind === 'request' && isRequestVisible(actor, target.request) && mayEditDraft(target.request, actor);
    case 'assistance-request:transition':
      if (!target) return mayEverCreateRequest(actor);
      return (
        target.kind === 'request' &&
        isRequestVisible(actor, target.request) &&
        allowedEvents(target.request, actor).length > 0
      );
    case 'assistance-request:comment':
      if (!target) return actor.kind === 'user' && !actor.tokenScopes;
      return target.kind === 'request' && isRequestParty(actor, target.request);

    // Public records are open to all; the rest by scope, through any of the States they concern.
    case 'activity:read':
    case 'programme:read':
    case 'strategy:read':
    case 'need:read':
      if (!target) return action !== 'need:read' || actor.kind === 'user';
      return target.kind === 'held-record' && isMultiStateVisible(actor, target.record);
    case 'activity:create':
    case 'activity:update':
    case 'programme:create':
    case 'programme:update':
      if (!target) return actor.kind === 'user' && !actor.tokenScopes && actor.memberships.some((m) => m.role === 'entity-officer');
      if (target.kind === 'new-held-record') return mayWriteDeliveryRecord(actor, target);
      return (
        target.kind === 'held-record' &&
        isMultiStateVisible(actor, target.record) &&
        mayWriteDeliveryRecord(actor, { ...target.record, states: target.record.states })
      );
    case 'strategy:create':
    case 'strategy:update':
    case 'need:create':
    case 'need:update':
    case 'result:create':
      if (!target) {
        return (
          actor.kind === 'user' &&
          !actor.tokenScopes &&
          actor.memberships.some((m) => m.role !== 'donor-representative')
        );
      }
      if (target.kind === 'new-held-record') return mayWriteStateRecord(actor, target);
      return (
        target.kind === 'held-record' &&
        isMultiStateVisible(actor, target.record) &&
        mayWriteStateRecord(actor, { ...target.record, states: target.record.states })
      );

    case 'coordination:read':
      return mayCoordinate(actor);
    case 'overlap:resolve':
      if (!target) return mayResolveOverlap(actor);
      return target.kind === 'overlap' && mayResolveOverlap(actor, target.organisationIds);

    case 'notification:read':
      return actor.kind === 'user';
    case 'subscription:manage':
      return actor.kind === 'user' && !actor.tokenScopes;
    default:
      return false;
  }
}

function isAdmin(actor: Actor): boolean {
  return actor.kind === 'user' && actor.platformAdmin;
}

function focalPointStates(actor: UserActor): string[] {
  return actor.memberships.filter((m) => m.role === 'focal-point' && m.stateCode).map((m) => m.stateCode!);
}

/**
 * A record is held by an organisation the actor works for; a State authority writes only about its own State; and
 * nobody writes a record they could not then read (an officer limited to African States writing about France).
 */
function mayHoldRecord(
  actor: UserActor,
  t: { ownerOrganisationId: string; stateCode: string | null; stateRegion?: string | null; confidentiality: Confidentiality },
): boolean {
  const m = actor.memberships.find((x) => x.organisationId === t.ownerOrganisationId && x.role !== 'donor-representative');
  if (!m) return false;
  if (m.organisationKind === 'state-authority' && t.stateCode !== m.stateCode) return false;
  if (t.confidentiality === 'state-restricted' && !t.stateCode) return false;
  // Only UN entities' people can see UN-internal records, so only they may write one.
  if (t.confidentiality === 'un-internal' && m.organisationKind !== 'un-entity') return false;
  return isVisible(actor, {
    confidentiality: t.confidentiality,
    stateCode: t.stateCode,
    stateRegion: t.stateRegion ?? null,
    ownerOrganisationId: t.ownerOrganisationId,
    sharedOrganisationIds: [],
    namedUserIds: [actor.userId],
    createdBy: actor.userId,
  });
}

/** Throws when the actor may not: UNAUTHENTICATED for anonymous callers (signing in may help), else FORBIDDEN. */
export function authorize(actor: Actor, action: Action, target?: Target): void {
  if (can(actor, action, target)) return;
  if (actor.kind === 'anonymous') {
    throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', { params: { action } });
  }
  throw new AppError('FORBIDDEN', 'You may not do this.', { params: { action } });
}

/** `abilities` for a response: each named ability answered by the same policy. */
export function abilitiesFor<K extends string>(
  actor: Actor,
  map: Record<K, Action>,
  target?: Target,
): Record<K, boolean> {
  const out = {} as Record<K, boolean>;
  for (const key of Object.keys(map) as K[]) out[key] = can(actor, map[key], target);
  return out;
}

