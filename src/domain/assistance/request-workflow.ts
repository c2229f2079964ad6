// The life of an assistance request, as a state machine. Pure: time is passed in.
//
//   draft → submitted → under-review → accepted → planned → in-delivery → completed → evaluated
//                                    ↘ declined (reason and comment required)
//                                    ↘ referred (to another entity; comment required)
//   withdrawn: by the requesting State, with a comment, from any state before completed.
//
// `referred` is final for the entity that referred it: the use case opens a new request, addressed to the target
// entity, in `submitted`, linked to this one, so each entity's queue and timeline stay its own. `evaluate` marks that
// an evaluation was recorded (by the State or the entity); further evaluations are records, not transitions.
//
// Who may do what is one pure function, `allowedEvents(request, actor)`, used by `transition` here and by the
// `abilities` of responses later. The rules live here rather than in policy.ts: `can()` will delegate to
// `allowedEvents` when the use cases and routes are written.
import type { Actor, UserActor } from '../actor.ts';
import { AppError, type ErrorIssue } from '../errors.ts';

export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'under-review',
  'accepted',
  'declined',
  'referred',
  'planned',
  'in-delivery',
  'completed',
  'evaluated',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** No event leaves these. `completed` is not final: it awaits its evaluation. */
export const FINAL_STATUSES = ['declined', 'referred', 'evaluated', 'withdrawn'] as const satisfies readonly RequestStatus[];

export const REQUEST_EVENTS = [
  'submit',
  'start-review',
  'accept',
  'decline',
  'refer',
  'plan',
  'start-delivery',
  'complete',
  'evaluate',
  'withdraw',
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}
export function isRequestEvent(value: unknown): value is RequestEvent {
  return typeof value === 'string' && (REQUEST_EVENTS as readonly string[]).includes(value);
}

/** Why an entity declines a request (a comment explains it in words). */
export const DECLINE_REASONS = [
  'outside-mandate',
  'insufficient-resources',
  'already-covered',
  'insufficient-information',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export function isDeclineReason(value: unknown): value is DeclineReason {
  return typeof value === 'string' && (DECLINE_REASONS as readonly string[]).includes(value);
}

/**
 * The legal moves: status × event → next status. A missing cell is an illegal transition. Withdrawal is legal from
 * every state before `completed` that is not final: once delivered, the record of what was done stays.
 */
export const TRANSITIONS: Readonly<Record<RequestStatus, Partial<Record<RequestEvent, RequestStatus>>>> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { 'start-review': 'under-review', withdraw: 'withdrawn' },
  'under-review': { accept: 'accepted', decline: 'declined', refer: 'referred', withdraw: 'withdrawn' },
  accepted: { plan: 'planned', withdraw: 'withdrawn' },
  planned: { 'start-delivery': 'in-delivery', withdraw: 'withdrawn' },
  'in-delivery': { complete: 'completed', withdraw: 'withdrawn' },
  completed: { evaluate: 'evaluated' },
  evaluated: {},
  declined: {},
  referred: {},
  withdrawn: {},
};

/** Who acts on each event: the requesting State, the entity the request is addressed to, or either. */
const ACTED_BY: Record<RequestEvent, 'state' | 'entity' | 'either'> = {
  submit: 'state',
  withdraw: 'state',
  'start-review': 'entity',
  accept: 'entity',
  decline: 'entity',
  refer: 'entity',
  plan: 'entity',
  'start-delivery': 'entity',
  complete: 'entity',
  // Both sides judge the results: the State says whether its needs were met, the entity records its own evaluation.
  evaluate: 'either',
};

/** What the workflow needs to know of a request. */
export interface WorkflowRequest {
  status: RequestStatus;
  /** The requesting State (ISO 3166 alpha-3). */
  stateCode: string;
  /** Its regional group, for officers limited to regions; unknown = null. */
  stateRegion: string | null;
  /** The entity the request is addressed to. */
  addressedToOrganisationId: string;
  themes: readonly string[];
  /** Recorded by an officer on the State's behalf (from a note verbale): that officer's entity may submit it. */
  recordedOnBehalf: boolean;
}

/** An event with what it carries. Fields are optional in the type because they arrive from outside: checked here. */
export interface WorkflowCommand {
  event: RequestEvent;
  comment?: string | null;
  /** For `decline`. */
  reason?: string | null;
  /** For `refer`: the organisation the request is referred to. */
  referToOrganisationId?: string | null;
}

export interface TimelineEntry {
  from: RequestStatus;
  to: RequestStatus;
  event: RequestEvent;
  /** ISO timestamp. */
  at: string;
  /** The user who acted. */
  by: string;
  comment: string | null;
  reason?: DeclineReason;
  referredToOrganisationId?: string;
}

export interface TransitionResult {
  status: RequestStatus;
  entry: TimelineEntry;
}

function isStateFocalPoint(actor: UserActor, request: WorkflowRequest): boolean {
  return actor.memberships.some((m) => m.role === 'focal-point' && m.stateCode === request.stateCode);
}

/**
 * An officer of the addressed entity, within their limits: an officer limited to regions or themes acts only on
 * requests they could see (the same limits as `scopeFor`), and on a theme they work on.
 */
function isAddressedOfficer(actor: UserActor, request: WorkflowRequest): boolean {
  return actor.memberships.some(
    (m) =>
      m.role === 'entity-officer' &&
      m.organisationId === request.addressedToOrganisationId &&
      (m.regions === null || (request.stateRegion !== null && m.regions.includes(request.stateRegion))) &&
      (m.themes === null || request.themes.some((t) => m.themes!.includes(t))),
  );
}

function mayActAs(side: 'state' | 'entity' | 'either', actor: UserActor, request: WorkflowRequest): boolean {
  if (side === 'state') return isStateFocalPoint(actor, request);
  if (side === 'entity') return isAddressedOfficer(actor, request);
  return isStateFocalPoint(actor, request) || isAddressedOfficer(actor, request);
}

function mayDo(event: RequestEvent, actor: UserActor, request: WorkflowRequest): boolean {
  // An officer who recorded a note verbale submits it for the State; withdrawing stays the State's own decision.
  if (event === 'submit' && request.recordedOnBehalf && isAddressedOfficer(actor, request)) return true;
  return mayActAs(ACTED_BY[event], actor, request);
}

/**
 * The events this actor may fire on this request now: legal from its status and theirs to fire. Anonymous callers,
 * API tokens (no assistance scope exists), administrators and coordinators (as such) get none.
 */
export function allowedEvents(request: WorkflowRequest, actor: Actor): RequestEvent[] {
  if (actor.kind !== 'user' || actor.tokenScopes) return [];
  const legal = Object.keys(TRANSITIONS[request.status]) as RequestEvent[];
  return REQUEST_EVENTS.filter((e) => legal.includes(e) && mayDo(e, actor, request));
}

/** Whether the actor may change the request's content: a draft, by its State (or the recording entity). */
export function mayEditDraft(request: WorkflowRequest, actor: Actor): boolean {
  if (actor.kind !== 'user' || actor.tokenScopes || request.status !== 'draft') return false;
  return isStateFocalPoint(actor, request) || (request.recordedOnBehalf && isAddressedOfficer(actor, request));
}

const COMMENT_REQUIRED: readonly RequestEvent[] = ['decline', 'refer', 'withdraw'];

function commandIssues(request: WorkflowRequest, command: WorkflowCommand): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const comment = command.comment?.trim() ?? '';
  if (COMMENT_REQUIRED.includes(command.event) && !comment) {
    issues.push({ path: ['comment'], message: 'A comment is required.', code: 'required' });
  }
  if (command.event === 'decline' && !isDeclineReason(command.reason)) {
    issues.push({
      path: ['reason'],
      message: command.reason ? 'Unknown reason.' : 'A reason is required.',
      code: command.reason ? 'invalid_value' : 'required',
    });
  }
  if (command.event === 'refer') {
    const target = command.referToOrganisationId?.trim() ?? '';
    if (!target) {
      issues.push({ path: ['referToOrganisationId'], message: 'The entity to refer to is required.', code: 'required' });
    } else if (target === request.addressedToOrganisationId) {
      issues.push({ path: ['referToOrganisationId'], message: 'Refer to another entity.', code: 'same_entity' });
    }
  }
  return issues;
}

/**
 * Fires an event. Checks, in order: the move is legal from the status (INVALID_TRANSITION), the actor may make it
 * (UNAUTHENTICATED / FORBIDDEN), and it carries what it needs (VALIDATION_FAILED, listing every issue).
 * The caller persists the status and the entry, and writes the audit record.
 */
export function transition(
  request: WorkflowRequest,
  command: WorkflowCommand,
  actor: Actor,
  now: Date,
): TransitionResult {
  const from = request.status;
  const to = isRequestEvent(command.event) ? TRANSITIONS[from][command.event] : undefined;
  if (!to) {
    throw new AppError('INVALID_TRANSITION', `Cannot ${String(command.event)} a request that is ${from}.`, {
      params: { from, event: command.event },
    });
  }
  if (actor.kind !== 'user') {
    throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', { params: { event: command.event } });
  }
  if (!allowedEvents(request, actor).includes(command.event)) {
    throw new AppError('FORBIDDEN', 'You may not do this.', { params: { from, event: command.event } });
  }
  const issues = commandIssues(request, command);
  if (issues.length) {
    throw new AppError('VALIDATION_FAILED', 'The transition is missing required information.', {
      params: { from, event: command.event },
      issues,
    });
  }
  const entry: TimelineEntry = {
    from,
    to,
    event: command.event,
    at: now.toISOString(),
    by: actor.userId,
    comment: command.comment?.trim() || null,
  };
  if (command.event === 'decline') entry.reason = command.reason as DeclineReason;
  if (command.event === 'refer') entry.referredToOrganisationId = command.referToOrganisationId!.trim();
  return { status: to, entry };
}
