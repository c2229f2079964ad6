// Who may read and keep the cooperation register: the legal-basis finder, bilateral treaties, States' declarations
// and the directory of competent authorities. Composed into the one `can()` in ../policy.ts.
import type { Actor, UserActor } from '../actor.ts';
import type { RuleSet, Target } from '../policy.ts';
import type { CooperationRequestAccess, RequestSide } from './requests.ts';

export const COOPERATION_ACTIONS = [
  /** Ask the legal-basis finder and the pair view; read provisions, bilateral treaties and declarations. */
  'legal-basis:read',
  /** Enter, correct or remove a bilateral treaty (target: the two States). */
  'bilateral-treaty:manage',
  /** Record or correct what a State declared (target: the State). */
  'declaration:manage',
  /** Read the directory of competent authorities: what each State made public, and more for those entitled. */
  'authority:read',
  /** See an authority's contact details and everything else (target: its State). Every such read is audited. */
  'authority:read-contacts',
  /** Create, change, confirm or remove an authority entry (target: its State). */
  'authority:update',
  /** Import a directory file for a State (dry run first). */
  'authority:import',
  /** Start drafting a request for MLA or extradition (target: new-cooperation-request, the requesting authority). */
  'cooperation-request:create',
  /** See a request's shared record: status, dates, references, conversation (either authority; drafts only the requesting). */
  'cooperation-request:read',
  /** See what the request says: the requesting authority, and the requested one when it was chosen to share it. */
  'cooperation-request:read-content',
  /** Change a draft, its documents and attachments; duplicate it (the requesting authority and those named on it). */
  'cooperation-request:edit',
  /** Name the people outside the requesting authority who may work on it, and share its content with the requested one. */
  'cooperation-request:share',
  /** Record an event (sent, received, executed, …); which side may take which event is domain/cooperation/requests.ts. */
  'cooperation-request:transition',
  /** Write in the conversation between the two authorities (once sent). */
  'cooperation-request:message',
  /** Aggregate figures across requests, with small cells suppressed: public. */
  'cooperation-request:statistics',
] as const;

/** States for which this person acts in cooperation matters: as focal point or central-authority practitioner. */
export function cooperationStates(actor: UserActor): string[] {
  return actor.memberships
    .filter((m) => (m.role === 'focal-point' || m.role === 'central-authority-practitioner') && m.stateCode)
    .map((m) => m.stateCode!);
}

const isPractitioner = (actor: UserActor) => actor.memberships.some((m) => m.role === 'central-authority-practitioner');
const isUnOfficer = (actor: UserActor) =>
  actor.memberships.some((m) => m.organisationKind === 'un-entity' && (m.role === 'entity-officer' || m.role === 'coordinator'));

const statesOf = (target: Target | undefined): readonly string[] | null => {
  if (target?.kind === 'state-entry') return [target.stateCode];
  if (target?.kind === 'state-pair') return target.stateCodes;
  return null;
};

/** The State's own people (focal points and practitioners) for their State; without a target, whether they act for any. */
function statesOwnPeople(actor: Actor, target?: Target): boolean {
  if (actor.kind !== 'user') return false;
  const mine = cooperationStates(actor);
  const states = statesOf(target);
  if (!target) return mine.length > 0;
  return states !== null && states.some((s) => mine.includes(s));
}

// Practitioners of any State and officers of UN entities see contact details (issue 11 §3); a State's focal points
// see their own State's. Administrators keep accounts, not the directory: the role grants no reading of contacts.
function readContacts(actor: Actor, target?: Target): boolean {
  if (actor.kind !== 'user') return false;
  if (isPractitioner(actor) || isUnOfficer(actor)) return !target || statesOf(target) !== null;
  return statesOwnPeople(actor, target);
}

// Bilateral treaties and declarations are public facts; the States concerned and UN officers record them.
function keepsRegister(actor: Actor, target?: Target): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.platformAdmin || isUnOfficer(actor)) return !target || statesOf(target) !== null;
  return statesOwnPeople(actor, target);
}

// The directory is maintained by the State's own people; UNODC's officers import directory files for a State too.
function importsDirectory(actor: Actor, target?: Target): boolean {
  if (actor.kind !== 'user') return false;
  if (isUnOfficer(actor)) return !target || statesOf(target) !== null;
  return statesOwnPeople(actor, target);
}

// Requests (issue 12). The requesting authority is the State-authority organisation that drafted the request: its
// practitioners, and the people it named, work on it. The requested authority is the requested State's
// practitioners: they see the shared record once the request is sent, and its content only if it was shared.
// Everyone else, UN officers and administrators included, is not told the request exists.
const practises = (actor: UserActor) => actor.memberships.filter((m) => m.role === 'central-authority-practitioner');

/** The sides of a request this actor speaks for (empty: a stranger to it). */
export function requestSides(actor: Actor, r: CooperationRequestAccess): RequestSide[] {
  if (actor.kind !== 'user') return [];
  const sides: RequestSide[] = [];
  if (practises(actor).some((m) => m.organisationId === r.requestingOrganisationId) || r.sharedUserIds.includes(actor.userId)) {
    sides.push('requesting');
  }
  if (r.status !== 'draft' && practises(actor).some((m) => m.stateCode === r.requestedStateCode)) sides.push('requested');
  return sides;
}

const requestOf = (target: Target | undefined) => (target?.kind === 'cooperation-request' ? target.request : null);

// Without a target every rule answers yes, the public's included: a request's routes answer 404, never 401 or 403,
// to whoever is not a party (issue 12 §3), so the use case decides with the record in hand.
const onRequest =
  (allowed: (sides: RequestSide[], r: CooperationRequestAccess, actor: UserActor) => boolean) =>
  (actor: Actor, target?: Target): boolean => {
    if (!target) return true;
    const r = requestOf(target);
    return actor.kind === 'user' && r !== null && allowed(requestSides(actor, r), r, actor);
  };

/** Whether this person drafts requests at all (practises in a State authority): for the web app's menus. */
export function draftsCooperationRequests(actor: Actor): boolean {
  return actor.kind === 'user' && practises(actor).some((m) => m.organisationKind === 'state-authority');
}

function createsRequest(actor: Actor, target?: Target): boolean {
  if (!target) return true;
  if (actor.kind !== 'user') return false;
  return (
    target.kind === 'new-cooperation-request' &&
    practises(actor).some((m) => m.organisationId === target.requestingOrganisationId && m.organisationKind === 'state-authority')
  );
}

export const cooperationRules: RuleSet<(typeof COOPERATION_ACTIONS)[number]> = {
  'legal-basis:read': () => true,
  'bilateral-treaty:manage': keepsRegister,
  'declaration:manage': keepsRegister,
  'authority:read': () => true,
  'authority:read-contacts': readContacts,
  'authority:update': statesOwnPeople,
  'authority:import': importsDirectory,
  'cooperation-request:create': createsRequest,
  'cooperation-request:read': onRequest((sides) => sides.length > 0),
  'cooperation-request:read-content': onRequest((sides, r) => sides.includes('requesting') || (sides.includes('requested') && r.contentShared)),
  'cooperation-request:edit': onRequest((sides) => sides.includes('requesting')),
  'cooperation-request:share': onRequest(
    (_sides, r, actor) => practises(actor).some((m) => m.organisationId === r.requestingOrganisationId),
  ),
  'cooperation-request:transition': onRequest((sides) => sides.length > 0),
  'cooperation-request:message': onRequest((sides, r) => sides.length > 0 && r.status !== 'draft'),
  'cooperation-request:statistics': () => true,
};
