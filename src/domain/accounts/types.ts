// Organisations, roles and confidentiality: the vocabulary of who may see what. Pure.

export const ORGANISATION_KINDS = [
  /** A ministry or other authority of one State (belongs to that State). */
  'state-authority',
  /** A UN entity (UNODC, CTED, UNOCT, …). */
  'un-entity',
  /** A regional or international organisation (AU, OSCE, …). */
  'regional-organisation',
  'donor',
  'civil-society',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = [
  /** Works assistance for an entity, optionally limited to regions or themes. */
  'entity-officer',
  /** Reads across entities for coherence and reporting. */
  'coordinator',
  /** Acts for the one State their organisation belongs to. */
  'focal-point',
  'donor-representative',
  /** Works international cooperation requests in a central or competent authority of one State (issue 11). */
  'central-authority-practitioner',
] as const;
export type Role = (typeof ROLES)[number];

/** Which roles an organisation of each kind may hold: a focal point acts for a State, so only a State authority has one. */
export const ROLES_BY_ORGANISATION_KIND: Record<OrganisationKind, readonly Role[]> = {
  'state-authority': ['focal-point', 'central-authority-practitioner'],
  'un-entity': ['entity-officer', 'coordinator'],
  'regional-organisation': ['entity-officer', 'coordinator'],
  donor: ['donor-representative'],
  'civil-society': ['entity-officer'],
};

export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  return ROLES_BY_ORGANISATION_KIND[kind].includes(role);
}

export const CONFIDENTIALITY_LEVELS = [
  'public',
  /** The State's people and the entities assisting it. */
  'state-restricted',
  /** People of UN entities. */
  'un-internal',
  /** Only the people named on the record; every read is audited. */
  'named-people',
] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

/** Regional groups an officer's work may be limited to (the UN regional groups of participants). */
export type RegionalGroup = string;

export interface Membership {
  id: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  /** For a State authority: the State it belongs to (ISO 3166 alpha-3). */
  stateCode: string | null;
  role: Role;
  /** Officer limited to these regional groups; null = not limited. */
  regions: RegionalGroup[] | null;
  /** Officer limited to these themes; null = not limited. */
  themes: string[] | null;
}

/** Roles whose accounts must use a second factor. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['entity-officer'];

export function requiresSecondFactor(user: { platformAdmin: boolean; memberships: readonly Membership[] }): boolean {
  return user.platformAdmin || user.memberships.some((m) => SECOND_FACTOR_ROLES.includes(m.role));
}
