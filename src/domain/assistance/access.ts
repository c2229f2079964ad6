// Who may see and act on assistance records: requests, activities and the records around them. The levels and scopes
// are those of every confidential record (accounts/confidentiality.ts); what is particular here:
// - a request is addressed to (held by) the assisting entity and shared with the requesting authority; a draft is
//   the State's own until submitted (the addressed entity sees it only when it recorded it from a note verbale);
// - activities, programmes and strategies may concern several States: a State-restricted one is visible through any
//   of them.
// Pure. policy.ts delegates to these functions.
import type { Actor, UserActor } from '../actor.ts';
import { isInScope, scopeFor, type ConfidentialRecord, type Scope } from '../accounts/confidentiality.ts';
import type { Confidentiality, Membership } from '../accounts/types.ts';
import type { WorkflowRequest } from './request-workflow.ts';

/** A request as the policy needs it. */
export interface RequestRecord extends WorkflowRequest, Omit<ConfidentialRecord, 'stateCode' | 'ownerOrganisationId'> {
  /** The State authority asking (shared with it). */
  requestingOrganisationId: string | null;
}

/** A State with its regional group (null when unknown). */
export interface StateRef {
  code: string;
  region: string | null;
}

/** A record concerning zero or more States: activities, programmes, strategies, needs. */
export interface MultiStateRecord extends Omit<ConfidentialRecord, 'stateCode' | 'stateRegion'> {
  states: readonly StateRef[];
}

export function asConfidentialRecord(r: RequestRecord): ConfidentialRecord {
  return {
    confidentiality: r.confidentiality,
    stateCode: r.stateCode,
    stateRegion: r.stateRegion,
    ownerOrganisationId: r.addressedToOrganisationId,
    sharedOrganisationIds: r.requestingOrganisationId
      ? [r.requestingOrganisationId, ...r.sharedOrganisationIds]
      : r.sharedOrganisationIds,
    namedUserIds: r.namedUserIds,
    createdBy: r.createdBy,
  };
}

function focalPointOf(actor: UserActor, stateCode: string): boolean {
  return actor.memberships.some((m) => m.role === 'focal-point' && m.stateCode === stateCode);
}

/** Whether the actor may see this request at all (404 otherwise). */
export function isRequestVisible(actor: Actor, r: RequestRecord): boolean {
  if (actor.kind !== 'user') return false;
  if (r.status === 'draft' && !r.recordedOnBehalf) {
    return focalPointOf(actor, r.stateCode) || r.createdBy === actor.userId;
  }
  return isInScope(scopeFor(actor), asConfidentialRecord(r));
}

/** Whether the actor takes part in the request's conversation: its State, or a person of an organisation holding it. */
export function isRequestParty(actor: Actor, r: RequestRecord): boolean {
  if (actor.kind !== 'user' || !isRequestVisible(actor, r)) return false;
  if (focalPointOf(actor, r.stateCode)) return true;
  const holders = [r.addressedToOrganisationId, ...(r.requestingOrganisationId ? [r.requestingOrganisationId] : []), ...r.sharedOrganisationIds];
  return actor.memberships.some((m) => m.role !== 'donor-representative' && m.role !== 'coordinator' && holders.includes(m.organisationId));
}

/** A request about to be created. */
export interface NewRequestTarget {
  stateCode: string;
  stateRegion: string | null;
  addressedToOrganisationId: string;
  /** Recorded by an officer of the addressed entity from a note verbale. */
  recordedOnBehalf: boolean;
}

/** A focal point asks for their own State; an officer records a note verbale addressed to their own entity. */
export function mayCreateRequest(actor: Actor, t: NewRequestTarget): boolean {
  if (actor.kind !== 'user' || actor.tokenScopes) return false;
  if (!t.recordedOnBehalf) return focalPointOf(actor, t.stateCode);
  return actor.memberships.some(
    (m) =>
      m.role === 'entity-officer' &&
      m.organisationId === t.addressedToOrganisationId &&
      (m.regions === null || (t.stateRegion !== null && m.regions.includes(t.stateRegion))),
  );
}

/** Whether anyone could ever create a request as this actor (the route's check, before the body is read). */
export function mayEverCreateRequest(actor: Actor): boolean {
  if (actor.kind !== 'user' || actor.tokenScopes) return false;
  return actor.memberships.some((m) => m.role === 'focal-point' || m.role === 'entity-officer');
}

export function isInScopeOfAny(scope: Scope, r: MultiStateRecord): boolean {
  const base = { ...r, stateCode: null, stateRegion: null };
  if (r.confidentiality !== 'state-restricted' || r.states.length === 0) return isInScope(scope, base);
  return r.states.some((s) => isInScope(scope, { ...r, stateCode: s.code, stateRegion: s.region }));
}

export function isMultiStateVisible(actor: Actor, r: MultiStateRecord): boolean {
  return isInScopeOfAny(scopeFor(actor), r);
}

/** Officers (of any entity, regional organisation or civil society) deliver activities and keep programmes. */
function officerOf(actor: UserActor, organisationId: string, states: readonly StateRef[]): Membership | undefined {
  return actor.memberships.find(
    (m) =>
      m.role === 'entity-officer' &&
      m.organisationId === organisationId &&
      (m.regions === null || states.every((s) => s.region !== null && m.regions!.includes(s.region))),
  );
}

/** A record about to be held by an organisation: an activity, programme, strategy or need. */
export interface NewHeldRecordTarget {
  ownerOrganisationId: string;
  states: readonly StateRef[];
  confidentiality: Confidentiality;
}

/**
 * Delivering organisations' officers write activities and programmes for their own organisation, within their
 * regions; a UN-internal record only by a UN entity's officer (others could not read it back).
 */
export function mayWriteDeliveryRecord(actor: Actor, t: NewHeldRecordTarget): boolean {
  if (actor.kind !== 'user' || actor.tokenScopes) return false;
  const m = officerOf(actor, t.ownerOrganisationId, t.states);
  if (!m) return false;
  if (t.confidentiality === 'un-internal' && m.organisationKind !== 'un-entity') return false;
  if (t.confidentiality === 'state-restricted' && t.states.length === 0) return false;
  return true;
}

/**
 * Strategies and needs are also the State's own: its focal points record them for their State (held by their
 * authority); officers record them for the States they work with; coordinators record assessed needs.
 */
export function mayWriteStateRecord(actor: Actor, t: NewHeldRecordTarget): boolean {
  if (actor.kind !== 'user' || actor.tokenScopes) return false;
  const m = actor.memberships.find((x) => x.organisationId === t.ownerOrganisationId && x.role !== 'donor-representative');
  if (!m) return false;
  if (m.role === 'focal-point') return t.states.length > 0 && t.states.every((s) => s.code === m.stateCode);
  if (t.confidentiality === 'un-internal' && m.organisationKind !== 'un-entity') return false;
  if (t.confidentiality === 'state-restricted' && t.states.length === 0) return false;
  if (m.role === 'coordinator') return true;
  return officerOf(actor, t.ownerOrganisationId, t.states) !== undefined;
}

/** People who read across entities to coordinate: anyone in a UN entity or regional organisation, and coordinators. */
export function mayCoordinate(actor: Actor): boolean {
  if (actor.kind !== 'user') return false;
  return actor.memberships.some(
    (m) => m.role === 'coordinator' || (m.role === 'entity-officer' && m.organisationKind !== 'civil-society'),
  );
}

/** Coordinators resolve overlaps; so do officers of either entity concerned. */
export function mayResolveOverlap(actor: Actor, organisationIds?: readonly string[]): boolean {
  if (actor.kind !== 'user' || actor.tokenScopes) return false;
  if (actor.memberships.some((m) => m.role === 'coordinator')) return true;
  if (!organisationIds) return actor.memberships.some((m) => m.role === 'entity-officer');
  return actor.memberships.some((m) => m.role === 'entity-officer' && organisationIds.includes(m.organisationId));
}

/**
 * What a reader may learn of another entity's activity that an overlap or a need's match meets: all of it (id,
 * entity, dates, themes, title) when they may read it; otherwise only that an activity of another entity is there.
 * A named-people activity shows only to its named people, and no less protected activity says more to a reader who
 * may not read it: its entity and dates would otherwise be learnt by probing plans for any State and period.
 */
export type ActivityDisclosure = 'full' | 'existence';
export function activityDisclosure(actor: Actor, activity: MultiStateRecord): ActivityDisclosure {
  return isMultiStateVisible(actor, activity) ? 'full' : 'existence';
}
