// Confidentiality as tables: who gets which scope, and which records a scope holds, over the four levels.
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type UserActor } from '../actor.ts';
import {
  PUBLIC_SCOPE,
  isInScope,
  isVisible,
  scopeFor,
  type ConfidentialRecord,
  type Scope,
} from './confidentiality.ts';
import { CONFIDENTIALITY_LEVELS, type Confidentiality, type Membership, type OrganisationKind, type Role } from './types.ts';

const UNODC = 'org-unodc';
const OTHER_UN = 'org-unoct';
const CTED = 'org-cted';
const AU = 'org-au';
const AFG_AUTHORITY = 'org-afg';
const DONOR = 'org-donor';
const AFRICAN = 'African States';
const ASIA = 'Asia-Pacific States';

let ids = 0;
function m(organisationId: string, organisationKind: OrganisationKind, role: Role, extra: Partial<Membership> = {}): Membership {
  return { id: `m${++ids}`, organisationId, organisationKind, stateCode: null, role, regions: null, themes: null, ...extra };
}
const user = (userId: string, memberships: Membership[], platformAdmin = false): UserActor => ({
  kind: 'user',
  userId,
  platformAdmin,
  memberships,
});

const ACTORS = {
  anonymous: ANONYMOUS,
  admin: user('u-admin', [], true),
  officer: user('u-officer', [m(UNODC, 'un-entity', 'entity-officer')]),
  regionOfficer: user('u-region', [m(UNODC, 'un-entity', 'entity-officer', { regions: [AFRICAN] })]),
  coordinator: user('u-coordinator', [m(CTED, 'un-entity', 'coordinator')]),
  afgFocal: user('u-afg', [m(AFG_AUTHORITY, 'state-authority', 'focal-point', { stateCode: 'AFG' })]),
  donor: user('u-donor', [m(DONOR, 'donor', 'donor-representative')]),
  /** An officer of a regional organisation: holds records, but is not a UN entity's. */
  auOfficer: user('u-au', [m(AU, 'regional-organisation', 'entity-officer')]),
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

describe('scopeFor', () => {
  const table: [string, Actor, Scope][] = [
    ['anonymous: public records only', ANONYMOUS, PUBLIC_SCOPE],
    [
      'an administrator without membership: public, and records naming them',
      ACTORS.admin,
      { unInternal: false, allStateRestricted: false, stateCodes: [], organisations: [], userId: 'u-admin' },
    ],
    [
      'an officer of a UN entity: UN-internal, and what the entity holds',
      ACTORS.officer,
      { unInternal: true, allStateRestricted: false, stateCodes: [], organisations: [{ organisationId: UNODC, regions: null }], userId: 'u-officer' },
    ],
    [
      'an officer limited to a region: what the entity holds about States of that region',
      ACTORS.regionOfficer,
      { unInternal: true, allStateRestricted: false, stateCodes: [], organisations: [{ organisationId: UNODC, regions: [AFRICAN] }], userId: 'u-region' },
    ],
    [
      'a coordinator: every State-restricted record',
      ACTORS.coordinator,
      { unInternal: true, allStateRestricted: true, stateCodes: [], organisations: [{ organisationId: CTED, regions: null }], userId: 'u-coordinator' },
    ],
    [
      "a focal point: their State's records, and what their authority holds",
      ACTORS.afgFocal,
      { unInternal: false, allStateRestricted: false, stateCodes: ['AFG'], organisations: [{ organisationId: AFG_AUTHORITY, regions: null }], userId: 'u-afg' },
    ],
    [
      'a donor representative: what is shared with the donor',
      ACTORS.donor,
      { unInternal: false, allStateRestricted: false, stateCodes: [], organisations: [{ organisationId: DONOR, regions: null }], userId: 'u-donor' },
    ],
    [
      "a regional organisation's officer: not UN-internal",
      ACTORS.auOfficer,
      { unInternal: false, allStateRestricted: false, stateCodes: [], organisations: [{ organisationId: AU, regions: null }], userId: 'u-au' },
    ],
    [
      'two limited memberships of one organisation: the regions add up',
      user('u-two', [
        m(UNODC, 'un-entity', 'entity-officer', { regions: [AFRICAN] }),
        m(UNODC, 'un-entity', 'coordinator', { regions: [ASIA] }),
      ]),
      { unInternal: true, allStateRestricted: true, stateCodes: [], organisations: [{ organisationId: UNODC, regions: [AFRICAN, ASIA] }], userId: 'u-two' },
    ],
    [
      'a limited and an unlimited membership of one organisation: the wider wins, in either order',
      user('u-wide', [
        m(UNODC, 'un-entity', 'entity-officer', { regions: [AFRICAN] }),
        m(UNODC, 'un-entity', 'coordinator'),
        m(OTHER_UN, 'un-entity', 'coordinator'),
        m(OTHER_UN, 'un-entity', 'entity-officer', { regions: [ASIA] }),
      ]),
      {
        unInternal: true,
        allStateRestricted: true,
        stateCodes: [],
        organisations: [
          { organisationId: UNODC, regions: null },
          { organisationId: OTHER_UN, regions: null },
        ],
        userId: 'u-wide',
      },
    ],
    [
      'a focal point who is also an officer elsewhere: both',
      user('u-both', [
        m(AFG_AUTHORITY, 'state-authority', 'focal-point', { stateCode: 'AFG' }),
        m(AU, 'regional-organisation', 'entity-officer', { regions: [AFRICAN] }),
      ]),
      {
        unInternal: false,
        allStateRestricted: false,
        stateCodes: ['AFG'],
        organisations: [
          { organisationId: AU, regions: [AFRICAN] },
          { organisationId: AFG_AUTHORITY, regions: null },
        ],
        userId: 'u-both',
      },
    ],
  ];

  it.each(table)('%s', (_name, actor, expected) => {
    expect(scopeFor(actor)).toEqual(expected);
  });

  it('an API token has the scope of its person (the token limits actions, not what they may see)', () => {
    expect(scopeFor({ ...ACTORS.officer, tokenId: 't', tokenScopes: ['document:read'] })).toEqual(scopeFor(ACTORS.officer));
  });
});

// Records by their relation to the cast: the State they concern, who holds them, who they name.
const REGION: Record<string, string | null> = { AFG: ASIA, NGA: AFRICAN, FRA: 'Western European and other States', XEU: null };

function record(confidentiality: Confidentiality, relation: Relation): ConfidentialRecord {
  const r: RelationSpec = RELATIONS[relation];
  return {
    confidentiality,
    stateCode: r.stateCode,
    stateRegion: r.stateCode ? (REGION[r.stateCode] ?? null) : null,
    ownerOrganisationId: r.owner ?? OTHER_UN,
    sharedOrganisationIds: r.shared ?? [],
    namedUserIds: r.named ?? [],
    createdBy: null,
  };
}

interface RelationSpec {
  stateCode: string | null;
  owner?: string;
  shared?: string[];
  named?: string[];
}
const RELATIONS = {
  /** About Afghanistan (Asia-Pacific), held by UNODC. */
  afgHeldByUnodc: { stateCode: 'AFG', owner: UNODC },
  /** About Nigeria (African States), held by UNODC. */
  ngaHeldByUnodc: { stateCode: 'NGA', owner: UNODC },
  /** About Afghanistan, held by another UN entity: UNODC's people are not assisting. */
  afgHeldByOther: { stateCode: 'AFG' },
  /** About Afghanistan, held by another entity and shared with UNODC. */
  afgSharedWithUnodc: { stateCode: 'AFG', shared: [UNODC] },
  ngaSharedWithUnodc: { stateCode: 'NGA', shared: [UNODC] },
  /** About France: another State than the focal point's. */
  fraHeldByOther: { stateCode: 'FRA' },
  afgSharedWithDonor: { stateCode: 'AFG', shared: [CTED, DONOR] },
  /** Written by the Afghan authority. */
  afgHeldByAfgAuthority: { stateCode: 'AFG', owner: AFG_AUTHORITY },
  /** A participant without a regional group (the EU), held by UNODC. */
  regionlessHeldByUnodc: { stateCode: 'XEU', owner: UNODC },
  /** No State at all. */
  statelessHeldByUnodc: { stateCode: null, owner: UNODC },
  namingOfficer: { stateCode: 'AFG', owner: UNODC, named: ['u-officer', 'u-afg'] },
  namingDonorAndAdmin: { stateCode: null, named: ['u-donor', 'u-admin'] },
  namingNobodyOfTheCast: { stateCode: 'AFG', owner: UNODC, shared: [DONOR], named: ['u-elsewhere'] },
} satisfies Record<string, RelationSpec>;
type Relation = keyof typeof RELATIONS;
const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

const UN_PEOPLE: ActorName[] = ['officer', 'regionOfficer', 'coordinator'];

/** State-restricted: the State's focal points, the holders (within an officer's regions), coordinators. */
const STATE_RESTRICTED: Record<Relation, ActorName[]> = {
  afgHeldByUnodc: ['officer', 'coordinator', 'afgFocal'],
  ngaHeldByUnodc: ['officer', 'regionOfficer', 'coordinator'],
  afgHeldByOther: ['coordinator', 'afgFocal'],
  afgSharedWithUnodc: ['officer', 'coordinator', 'afgFocal'],
  ngaSharedWithUnodc: ['officer', 'regionOfficer', 'coordinator'],
  fraHeldByOther: ['coordinator'],
  afgSharedWithDonor: ['coordinator', 'afgFocal', 'donor'],
  afgHeldByAfgAuthority: ['coordinator', 'afgFocal'],
  // No regional group: a region-limited officer cannot place it, so does not see it.
  regionlessHeldByUnodc: ['officer', 'coordinator'],
  statelessHeldByUnodc: ['officer', 'coordinator'],
  namingOfficer: ['officer', 'coordinator', 'afgFocal'],
  namingDonorAndAdmin: ['coordinator'],
  namingNobodyOfTheCast: ['officer', 'coordinator', 'afgFocal', 'donor'],
};

/** Named people only: the people named, whatever their roles; nobody else, not even a coordinator. */
const NAMED_PEOPLE: Record<Relation, ActorName[]> = Object.fromEntries(
  RELATION_NAMES.map((r) => [r, []]),
) as unknown as Record<Relation, ActorName[]>;
NAMED_PEOPLE.namingOfficer = ['officer', 'afgFocal'];
NAMED_PEOPLE.namingDonorAndAdmin = ['admin', 'donor'];

function allowedFor(level: Confidentiality, relation: Relation): ActorName[] {
  switch (level) {
    case 'public':
      return ACTOR_NAMES;
    case 'un-internal':
      // Whatever the State or holder: every person of a UN entity, nobody else.
      return UN_PEOPLE;
    case 'state-restricted':
      return STATE_RESTRICTED[relation];
    case 'named-people':
      return NAMED_PEOPLE[relation];
  }
}

describe('isInScope', () => {
  const cases = CONFIDENTIALITY_LEVELS.flatMap((level) =>
    RELATION_NAMES.flatMap((relation) =>
      ACTOR_NAMES.map((actor) => [level, relation, actor, allowedFor(level, relation).includes(actor)] as const),
    ),
  );

  it.each(cases)('%s record %s, seen by %s → %s', (level, relation, actor, allowed) => {
    const r = record(level, relation);
    expect(isInScope(scopeFor(ACTORS[actor]), r)).toBe(allowed);
    expect(isVisible(ACTORS[actor], r)).toBe(allowed);
  });

  it('an empty list of regions grants nothing State-restricted', () => {
    const scope: Scope = { ...PUBLIC_SCOPE, organisations: [{ organisationId: UNODC, regions: [] }] };
    expect(isInScope(scope, record('state-restricted', 'ngaHeldByUnodc'))).toBe(false);
    expect(isInScope(scope, record('public', 'ngaHeldByUnodc'))).toBe(true);
  });

  it('an unknown level is out of every scope', () => {
    const scope: Scope = { unInternal: true, allStateRestricted: true, stateCodes: ['AFG'], organisations: [], userId: 'u' };
    expect(isInScope(scope, { ...record('public', 'afgHeldByUnodc'), confidentiality: 'secret' as Confidentiality })).toBe(false);
  });
});
