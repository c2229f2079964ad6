// Who may see a confidential record. One rule, used twice: `isVisible` for a record in hand, and `scopeFor` for the
// lists and searches (the db layer turns a Scope into a WHERE clause, so a list never holds what a read would refuse).
// Outside the scope a record answers 404, so its existence does not leak. Pure.
import type { Actor } from '../actor.ts';
import type { Confidentiality } from './types.ts';

export interface ConfidentialRecord {
  confidentiality: Confidentiality;
  /** The State the record concerns (for State-restricted records). */
  stateCode: string | null;
  /** The regional group of that State, for officers limited to regions. */
  stateRegion: string | null;
  /** The organisation that holds the record (the assisting entity, or the State authority that wrote it). */
  ownerOrganisationId: string;
  /** Other organisations assisting on it (e.g. a partner entity, a donor funding the work). */
  sharedOrganisationIds: readonly string[];
  /** For named-people-only records: the people named. */
  namedUserIds: readonly string[];
  createdBy: string | null;
}

export interface OrganisationGrant {
  organisationId: string;
  /** Limited to States of these regional groups; null = any State. */
  regions: string[] | null;
}

/** What an actor may see, as data. Public records are always in scope. */
export interface Scope {
  /** UN-internal records. */
  unInternal: boolean;
  /** Every State-restricted record (coordinators read across entities). */
  allStateRestricted: boolean;
  /** State-restricted records of these States (their focal points). */
  stateCodes: string[];
  /** State-restricted records held by or shared with these organisations (the entities assisting). */
  organisations: OrganisationGrant[];
  /** Named-people-only records naming this person. */
  userId: string | null;
}

export const PUBLIC_SCOPE: Scope = Object.freeze({
  unInternal: false,
  allStateRestricted: false,
  stateCodes: [],
  organisations: [],
  userId: null,
}) as Scope;

export function scopeFor(actor: Actor): Scope {
  if (actor.kind !== 'user') return PUBLIC_SCOPE;
  const ms = actor.memberships;
  const inUnEntity = ms.some((m) => m.organisationKind === 'un-entity');
  const grants = new Map<string, string[] | null>();
  for (const m of ms) {
    if (m.role === 'focal-point') continue; // a focal point sees through their State, below
    const previous = grants.get(m.organisationId);
    // Two memberships of one organisation: the wider limit wins.
    if (previous === undefined) grants.set(m.organisationId, m.regions);
    else if (previous !== null) grants.set(m.organisationId, m.regions === null ? null : [...previous, ...m.regions]);
  }
  for (const m of ms) if (m.role === 'focal-point' && !grants.has(m.organisationId)) grants.set(m.organisationId, null);
  return {
    unInternal: inUnEntity,
    allStateRestricted: ms.some((m) => m.role === 'coordinator'),
    stateCodes: [...new Set(ms.filter((m) => m.role === 'focal-point' && m.stateCode).map((m) => m.stateCode!))],
    organisations: [...grants].map(([organisationId, regions]) => ({ organisationId, regions })),
    userId: actor.userId,
  };
}

export function isInScope(scope: Scope, record: ConfidentialRecord): boolean {
  switch (record.confidentiality) {
    case 'public':
      return true;
    case 'un-internal':
      return scope.unInternal;
    case 'named-people':
      return scope.userId !== null && record.namedUserIds.includes(scope.userId);
    case 'state-restricted': {
      if (scope.allStateRestricted) return true;
      if (record.stateCode && scope.stateCodes.includes(record.stateCode)) return true;
      const holders = [record.ownerOrganisationId, ...record.sharedOrganisationIds];
      return scope.organisations.some(
        (g) =>
          holders.includes(g.organisationId) &&
          (g.regions === null || (record.stateRegion !== null && g.regions.includes(record.stateRegion))),
      );
    }
    default:
      return false;
  }
}

export function isVisible(actor: Actor, record: ConfidentialRecord): boolean {
  return isInScope(scopeFor(actor), record);
}
