// Who may read and write assistance records: requests, activities, programmes, strategies, needs, results and the
// coordination views. The rules themselves are in access.ts and request-workflow.ts; this file maps actions to them
// and is composed into the one `can()` in ../policy.ts.
import type { Actor } from '../actor.ts';
import type { RuleSet } from '../policy.ts';
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
} from './access.ts';
import { allowedEvents, mayEditDraft } from './request-workflow.ts';

export const ASSISTANCE_ACTIONS = [
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
] as const;
type AssistanceAction = (typeof ASSISTANCE_ACTIONS)[number];
type Rule = RuleSet<AssistanceAction>[AssistanceAction];

// Public records are open to all; the rest by scope, through any of the States they concern.
const readHeld =
  (signedInOnly: boolean): Rule =>
  (actor, target) => {
    if (!target) return !signedInOnly || actor.kind === 'user';
    return target.kind === 'held-record' && isMultiStateVisible(actor, target.record);
  };

const writeDelivery: Rule = (actor, target) => {
  if (!target) return actor.kind === 'user' && !actor.tokenScopes && actor.memberships.some((m) => m.role === 'entity-officer');
  if (target.kind === 'new-held-record') return mayWriteDeliveryRecord(actor, target);
  return (
    target.kind === 'held-record' &&
    isMultiStateVisible(actor, target.record) &&
    mayWriteDeliveryRecord(actor, { ...target.record, states: target.record.states })
  );
};

const writeStateRecord: Rule = (actor, target) => {
  if (!target) {
    return actor.kind === 'user' && !actor.tokenScopes && actor.memberships.some((m) => m.role !== 'donor-representative');
  }
  if (target.kind === 'new-held-record') return mayWriteStateRecord(actor, target);
  return (
    target.kind === 'held-record' &&
    isMultiStateVisible(actor, target.record) &&
    mayWriteStateRecord(actor, { ...target.record, states: target.record.states })
  );
};

const everCreatesRequests = (actor: Actor) => mayEverCreateRequest(actor);

// Assistance requests are never public.
export const assistanceRules: RuleSet<AssistanceAction> = {
  'assistance-request:read': (actor, target) =>
    !target ? actor.kind === 'user' : target.kind === 'request' && isRequestVisible(actor, target.request),
  'assistance-request:create': (actor, target) =>
    !target ? mayEverCreateRequest(actor) : target.kind === 'new-request' && mayCreateRequest(actor, target),
  'assistance-request:update': (actor, target) =>
    !target
      ? everCreatesRequests(actor)
      : target.kind === 'request' && isRequestVisible(actor, target.request) && mayEditDraft(target.request, actor),
  'assistance-request:transition': (actor, target) =>
    !target
      ? everCreatesRequests(actor)
      : target.kind === 'request' &&
        isRequestVisible(actor, target.request) &&
        allowedEvents(target.request, actor).length > 0,
  'assistance-request:comment': (actor, target) =>
    !target ? actor.kind === 'user' && !actor.tokenScopes : target.kind === 'request' && isRequestParty(actor, target.request),
  'activity:read': readHeld(false),
  'programme:read': readHeld(false),
  'strategy:read': readHeld(false),
  'need:read': readHeld(true),
  'activity:create': writeDelivery,
  'activity:update': writeDelivery,
  'programme:create': writeDelivery,
  'programme:update': writeDelivery,
  'strategy:create': writeStateRecord,
  'strategy:update': writeStateRecord,
  'need:create': writeStateRecord,
  'need:update': writeStateRecord,
  'result:create': writeStateRecord,
  'coordination:read': (actor) => mayCoordinate(actor),
  'overlap:resolve': (actor, target) =>
    !target ? mayResolveOverlap(actor) : target.kind === 'overlap' && mayResolveOverlap(actor, target.organisationIds),
};
