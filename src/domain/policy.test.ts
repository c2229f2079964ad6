// Policy as tables: actor × action × target → allowed. Each row names the actors allowed; every other actor of the
// cast is asserted denied, so a rule that opens up for someone new fails here.
import { describe, expect, it } from 'vitest';
import type { ConfidentialRecord } from './accounts/confidentiality.ts';
import type { Membership, OrganisationKind, Role } from './accounts/types.ts';
import type { MultiStateRecord, NewRequestTarget, RequestRecord } from './assistance/access.ts';
import type { CooperationRequestAccess } from './cooperation/requests.ts';
import { ANONYMOUS, type Actor, type UserActor } from './actor.ts';
import { AppError } from './errors.ts';
import { ACTIONS, TOKEN_SCOPES, abilitiesFor, authorize, can, type Action, type Target } from './policy.ts';

const UNODC = 'org-unodc';
const CTED = 'org-cted';
const AFG_AUTHORITY = 'org-afg';
const FRA_AUTHORITY = 'org-fra';
const DONOR = 'org-donor';

let ids = 0;
function membership(
  organisationId: string,
  organisationKind: OrganisationKind,
  role: Role,
  extra: Partial<Membership> = {},
): Membership {
  return { id: `m${++ids}`, organisationId, organisationKind, stateCode: null, role, regions: null, themes: null, ...extra };
}

function user(userId: string, memberships: Membership[], extra: Partial<UserActor> = {}): UserActor {
  return { kind: 'user', userId, platformAdmin: false, memberships, ...extra };
}

const officer = user('u-officer', [membership(UNODC, 'un-entity', 'entity-officer')]);

const ACTORS = {
  anonymous: ANONYMOUS,
  /** A platform administrator with no membership: administers, sees no confidential record. */
  admin: user('u-admin', [], { platformAdmin: true }),
  /** An entity officer of UNODC. */
  officer,
  /** An officer of UNODC limited to the African States. */
  regionOfficer: user('u-region', [
    membership(UNODC, 'un-entity', 'entity-officer', { regions: ['African States'] }),
  ]),
  /** A coordinator at CTED. */
  coordinator: user('u-coordinator', [membership(CTED, 'un-entity', 'coordinator')]),
  afgFocal: user('u-afg', [membership(AFG_AUTHORITY, 'state-authority', 'focal-point', { stateCode: 'AFG' })]),
  fraFocal: user('u-fra', [membership(FRA_AUTHORITY, 'state-authority', 'focal-point', { stateCode: 'FRA' })]),
  donor: user('u-donor', [membership(DONOR, 'donor', 'donor-representative')]),
  /** A central-authority practitioner of Afghanistan's authority (issue 11). */
  afgPractitioner: user('u-afg-ca', [
    membership(AFG_AUTHORITY, 'state-authority', 'central-authority-practitioner', { stateCode: 'AFG' }),
  ]),
  /** A central-authority practitioner of France's authority: the requested side of AFG's requests to FRA (issue 12). */
  fraPractitioner: user('u-fra-ca', [
    membership(FRA_AUTHORITY, 'state-authority', 'central-authority-practitioner', { stateCode: 'FRA' }),
  ]),
  /** The UNODC officer through an API token scoped to reading. */
  token: {
    ...officer,
    tokenId: 'token-1',
    tokenScopes: ['treaty-status:read', 'import-batch:read', 'document:read'],
  } satisfies UserActor,
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

function record(r: Partial<ConfidentialRecord> & Pick<ConfidentialRecord, 'confidentiality'>): Target {
  return {
    kind: 'record',
    record: {
      stateCode: null,
      stateRegion: null,
      ownerOrganisationId: UNODC,
      sharedOrganisationIds: [],
      namedUserIds: [],
      createdBy: 'u-someone',
      ...r,
    },
  };
}

const AFG = { code: 'AFG', region: 'Asia-Pacific States' };
const NGA = { code: 'NGA', region: 'African States' };

function request(r: Partial<RequestRecord> & Pick<RequestRecord, 'status'>): Target {
  return {
    kind: 'request',
    request: {
      stateCode: 'AFG',
      stateRegion: 'Asia-Pacific States',
      addressedToOrganisationId: UNODC,
      requestingOrganisationId: AFG_AUTHORITY,
      themes: ['ratification-legislation'],
      recordedOnBehalf: false,
      confidentiality: 'state-restricted',
      sharedOrganisationIds: [],
      namedUserIds: [],
      createdBy: 'u-afg-colleague',
      ...r,
    },
  };
}

function newRequest(r: Partial<NewRequestTarget>): Target {
  return {
    kind: 'new-request',
    stateCode: 'AFG',
    stateRegion: 'Asia-Pacific States',
    addressedToOrganisationId: UNODC,
    recordedOnBehalf: false,
    ...r,
  };
}

function held(r: Partial<MultiStateRecord>): Target {
  return {
    kind: 'held-record',
    record: {
      confidentiality: 'state-restricted',
      states: [],
      ownerOrganisationId: UNODC,
      sharedOrganisationIds: [],
      namedUserIds: [],
      createdBy: 'u-officer',
      ...r,
    },
  };
}

/** A request of AFG's State authority to France (issue 12), content not shared unless said. */
function cooperationRequest(status: CooperationRequestAccess['status'], r: Partial<CooperationRequestAccess> = {}): Target {
  return {
    kind: 'cooperation-request',
    request: { id: 'cr-1', status, requestingOrganisationId: AFG_AUTHORITY, requestingStateCode: 'AFG', requestedStateCode: 'FRA', sharedUserIds: [], contentShared: false, ...r },
  };
}

function assessment(stateCode: string, stateRegion: string, source: 'state' | 'assistance' | 'review', organisationId: string): Target {
  return { kind: 'incorporation-assessment', stateCode, stateRegion, source, organisationId };
}

const TARGETS = {
  none: undefined,
  treatyData: { kind: 'treaty-data' },
  importBatch: { kind: 'import-batch', id: 1 },
  unOrganisation: { kind: 'organisation', id: UNODC, organisationKind: 'un-entity', stateCode: null },
  afgPerson: { kind: 'person', id: 'u-x', stateCodes: ['AFG'] },
  personWithoutState: { kind: 'person', id: 'u-y', stateCodes: [] },
  /** A focal point of AFG invited by the AFG focal point. */
  afgInvitation: {
    kind: 'invitation',
    organisationKind: 'state-authority',
    stateCode: 'AFG',
    role: 'focal-point',
    invitedBy: 'u-afg',
  },
  /** The same, invited by someone else (only its inviter or an administrator may revoke it). */
  afgInvitationByOther: {
    kind: 'invitation',
    organisationKind: 'state-authority',
    stateCode: 'AFG',
    role: 'focal-point',
    invitedBy: 'u-admin',
  },
  officerInvitation: {
    kind: 'invitation',
    organisationKind: 'un-entity',
    stateCode: null,
    role: 'entity-officer',
    invitedBy: 'u-admin',
  },
  publicDoc: record({ confidentiality: 'public' }),
  /** Held by UNODC, about Afghanistan (Asia-Pacific), written by the UNODC officer. */
  afgRestricted: record({
    confidentiality: 'state-restricted',
    stateCode: 'AFG',
    stateRegion: 'Asia-Pacific States',
    createdBy: 'u-officer',
  }),
  /** Held by UNODC, about Nigeria (African States). */
  ngaRestricted: record({ confidentiality: 'state-restricted', stateCode: 'NGA', stateRegion: 'African States' }),
  /** Held by CTED, about Afghanistan, shared with the donor funding the work. */
  afgSharedWithDonor: record({
    confidentiality: 'state-restricted',
    stateCode: 'AFG',
    stateRegion: 'Asia-Pacific States',
    ownerOrganisationId: CTED,
    sharedOrganisationIds: [DONOR],
  }),
  /** Written by the AFG authority about its own State. */
  afgAuthorityDoc: record({
    confidentiality: 'state-restricted',
    stateCode: 'AFG',
    stateRegion: 'Asia-Pacific States',
    ownerOrganisationId: AFG_AUTHORITY,
    createdBy: 'u-afg',
  }),
  unInternal: record({ confidentiality: 'un-internal' }),
  /** Naming only the UNODC officer, who wrote it. */
  namedOfficer: record({ confidentiality: 'named-people', namedUserIds: ['u-officer'], createdBy: 'u-officer' }),
  newPublicForUnodc: { kind: 'new-record', ownerOrganisationId: UNODC, stateCode: null, confidentiality: 'public' },
  newAfgRestrictedForUnodc: {
    kind: 'new-record',
    ownerOrganisationId: UNODC,
    stateCode: 'AFG',
    stateRegion: 'Asia-Pacific States',
    confidentiality: 'state-restricted',
  },
  newNgaRestrictedForUnodc: {
    kind: 'new-record',
    ownerOrganisationId: UNODC,
    stateCode: 'NGA',
    stateRegion: 'African States',
    confidentiality: 'state-restricted',
  },
  newRestrictedWithoutState: {
    kind: 'new-record',
    ownerOrganisationId: UNODC,
    stateCode: null,
    confidentiality: 'state-restricted',
  },
  newUnInternalForUnodc: { kind: 'new-record', ownerOrganisationId: UNODC, stateCode: null, confidentiality: 'un-internal' },
  newNamedForUnodc: { kind: 'new-record', ownerOrganisationId: UNODC, stateCode: null, confidentiality: 'named-people' },
  newAfgForAfgAuthority: {
    kind: 'new-record',
    ownerOrganisationId: AFG_AUTHORITY,
    stateCode: 'AFG',
    stateRegion: 'Asia-Pacific States',
    confidentiality: 'state-restricted',
  },
  newFraForAfgAuthority: {
    kind: 'new-record',
    ownerOrganisationId: AFG_AUTHORITY,
    stateCode: 'FRA',
    stateRegion: 'Western European and other States',
    confidentiality: 'state-restricted',
  },
  newPublicForAfgAuthorityWithoutState: {
    kind: 'new-record',
    ownerOrganisationId: AFG_AUTHORITY,
    stateCode: null,
    confidentiality: 'public',
  },
  newUnInternalForAfgAuthority: {
    kind: 'new-record',
    ownerOrganisationId: AFG_AUTHORITY,
    stateCode: 'AFG',
    confidentiality: 'un-internal',
  },
  newPublicForDonor: { kind: 'new-record', ownerOrganisationId: DONOR, stateCode: null, confidentiality: 'public' },

  // Assistance (issue 4). AFG asks UNODC; its authority is shared on the request.
  afgRequestDraft: request({ status: 'draft', createdBy: 'u-afg' }),
  /** A note verbale UNODC's officer is recording for AFG, not yet submitted. */
  afgRequestRecordedDraft: request({ status: 'draft', recordedOnBehalf: true, createdBy: 'u-officer' }),
  afgRequestSubmitted: request({ status: 'submitted' }),
  afgRequestUnderReview: request({ status: 'under-review' }),
  afgRequestEvaluated: request({ status: 'evaluated' }),
  /** Addressed to CTED (the coordinator's organisation: a coordinator reads, but does not work, it). */
  afgRequestToCted: request({ status: 'under-review', addressedToOrganisationId: CTED }),
  newAfgRequestByState: newRequest({ recordedOnBehalf: false }),
  newAfgRequestOnBehalf: newRequest({ recordedOnBehalf: true }),
  newAfgRequestToCted: newRequest({ recordedOnBehalf: true, addressedToOrganisationId: CTED }),
  afgActivity: held({ states: [AFG] }),
  publicActivity: held({ confidentiality: 'public', states: [AFG, NGA] }),
  /** About AFG and Nigeria: visible to the African-States officer through Nigeria. */
  regionalActivity: held({ states: [AFG, NGA] }),
  afgAuthorityStrategy: held({ states: [AFG], ownerOrganisationId: AFG_AUTHORITY }),
  newAfgActivityForUnodc: { kind: 'new-held-record', ownerOrganisationId: UNODC, states: [AFG], confidentiality: 'state-restricted' },
  newNgaActivityForUnodc: { kind: 'new-held-record', ownerOrganisationId: UNODC, states: [NGA], confidentiality: 'state-restricted' },
  newActivityWithoutState: { kind: 'new-held-record', ownerOrganisationId: UNODC, states: [], confidentiality: 'state-restricted' },
  newAfgStrategyForAfgAuthority: {
    kind: 'new-held-record',
    ownerOrganisationId: AFG_AUTHORITY,
    states: [AFG],
    confidentiality: 'state-restricted',
  },
  newFraStrategyForAfgAuthority: {
    kind: 'new-held-record',
    ownerOrganisationId: AFG_AUTHORITY,
    states: [{ code: 'FRA', region: 'Western European and other States' }],
    confidentiality: 'public',
  },
  newAfgNeedForCted: { kind: 'new-held-record', ownerOrganisationId: CTED, states: [AFG], confidentiality: 'state-restricted' },
  overlapOfUnodcAndCted: { kind: 'overlap', organisationIds: [UNODC, CTED] },
  overlapOfOthers: { kind: 'overlap', organisationIds: ['org-other-1', 'org-other-2'] },
  afgEntry: { kind: 'state-entry', stateCode: 'AFG' },
  fraEntry: { kind: 'state-entry', stateCode: 'FRA' },
  afgFraPair: { kind: 'state-pair', stateCodes: ['AFG', 'FRA'] },
  deuFraPair: { kind: 'state-pair', stateCodes: ['DEU', 'FRA'] },
  newAfgCooperationRequest: { kind: 'new-cooperation-request', requestingOrganisationId: AFG_AUTHORITY },
  afgDraftToFra: cooperationRequest('draft'),
  afgSentToFra: cooperationRequest('sent'),
  afgSentToFraShared: cooperationRequest('sent', { contentShared: true }),
  afgStateAssessmentByAfg: assessment('AFG', 'Asia-Pacific States', 'state', AFG_AUTHORITY),
  fraStateAssessmentByAfg: assessment('FRA', 'Western European and other States', 'state', AFG_AUTHORITY),
  afgAssistanceAssessmentByUnodc: assessment('AFG', 'Asia-Pacific States', 'assistance', UNODC),
  ngaReviewByUnodc: assessment('NGA', 'African States', 'review', UNODC),
  afgReviewByCted: assessment('AFG', 'Asia-Pacific States', 'review', CTED),
  afgAssistanceAssessmentByCted: assessment('AFG', 'Asia-Pacific States', 'assistance', CTED),
  donorMoneyToUnodc: { kind: 'funding', donorOrganisationId: DONOR, recipientOrganisationId: UNODC },
  otherMoneyToCted: { kind: 'funding', donorOrganisationId: 'org-other-donor', recipientOrganisationId: CTED },
  reportByCted: { kind: 'report', organisationId: CTED },
  reportByUnodc: { kind: 'report', organisationId: UNODC },
} satisfies Record<string, Target | undefined>;
type TargetName = keyof typeof TARGETS;

const EVERYONE = ACTOR_NAMES;
const SIGNED_IN: ActorName[] = ['admin', 'officer', 'regionOfficer', 'coordinator', 'afgFocal', 'fraFocal', 'donor', 'afgPractitioner', 'fraPractitioner', 'token'];
/** Signed in with a session (a token is limited to its scopes). */
const PEOPLE = SIGNED_IN.filter((a) => a !== 'token');
const OFFICERS: ActorName[] = ['officer', 'regionOfficer'];
const NOT_TOKEN = EVERYONE.filter((a) => a !== 'token');
const UN_PEOPLE: ActorName[] = ['officer', 'regionOfficer', 'coordinator', 'token'];

/** [action, target, the actors allowed]; every other actor is denied. */
const TABLE: [Action, TargetName, readonly ActorName[]][] = [
  // Treaty status is published by the depositaries: anyone reads it (a token within its scopes).
  ['treaty-status:read', 'none', EVERYONE],
  ['treaty-status:read', 'treatyData', EVERYONE],
  ['treaty-status:export', 'none', PEOPLE.concat('anonymous')],
  ['treaty-status:export', 'treatyData', PEOPLE.concat('anonymous')],
  ['import-batch:read', 'none', EVERYONE],
  ['import-batch:read', 'importBatch', EVERYONE],
  // Changing the treaty record: administrators and entity officers.
  ['import-batch:create', 'none', ['admin', ...OFFICERS]],
  ['import-batch:create', 'treatyData', ['admin', ...OFFICERS]],
  ['import-batch:revert', 'none', ['admin', ...OFFICERS]],
  ['import-batch:revert', 'importBatch', ['admin', ...OFFICERS]],

  ['account:read', 'none', PEOPLE],
  ['account:update', 'none', PEOPLE],
  ['api-token:manage', 'none', PEOPLE],

  ['organisation:read', 'none', PEOPLE],
  ['organisation:read', 'unOrganisation', PEOPLE],
  ['organisation:create', 'none', ['admin']],
  ['organisation:update', 'none', ['admin']],
  ['organisation:update', 'unOrganisation', ['admin']],
  ['person:read', 'none', ['admin', 'afgFocal', 'fraFocal']],
  ['person:read', 'afgPerson', ['admin', 'afgFocal']],
  ['person:read', 'personWithoutState', ['admin']],
  ['person:update', 'none', ['admin']],
  ['person:update', 'afgPerson', ['admin']],
  ['membership:manage', 'none', ['admin']],
  ['membership:manage', 'afgPerson', ['admin']],

  // A focal point nominates colleagues of the same State; only the inviter (or an administrator) revokes.
  ['invitation:create', 'none', ['admin', 'afgFocal', 'fraFocal']],
  ['invitation:create', 'afgInvitation', ['admin', 'afgFocal']],
  ['invitation:create', 'officerInvitation', ['admin']],
  ['invitation:create', 'treatyData', []],
  ['invitation:read', 'none', ['admin', 'afgFocal', 'fraFocal']],
  ['invitation:read', 'afgInvitationByOther', ['admin', 'afgFocal']],
  ['invitation:read', 'officerInvitation', ['admin']],
  ['invitation:revoke', 'none', ['admin', 'afgFocal', 'fraFocal']],
  ['invitation:revoke', 'afgInvitation', ['admin', 'afgFocal']],
  ['invitation:revoke', 'afgInvitationByOther', ['admin']],

  ['audit-log:read', 'none', ['admin']],
  ['audit-log:export', 'none', ['admin']],

  // Anyone may look for documents; each is then checked against its confidentiality.
  ['document:read', 'none', EVERYONE],
  ['document:read', 'publicDoc', EVERYONE],
  ['document:read', 'afgRestricted', ['officer', 'coordinator', 'afgFocal', 'token']],
  ['document:read', 'ngaRestricted', ['officer', 'regionOfficer', 'coordinator', 'token']],
  ['document:read', 'afgSharedWithDonor', ['coordinator', 'afgFocal', 'donor']],
  // A central-authority practitioner is a person of the State authority: what the authority holds, they see (ADR 21).
  ['document:read', 'afgAuthorityDoc', ['coordinator', 'afgFocal', 'afgPractitioner']],
  ['document:read', 'unInternal', UN_PEOPLE],
  ['document:read', 'namedOfficer', ['officer', 'token']],
  ['document:read', 'treatyData', []],

  ['document:create', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'afgPractitioner', 'fraFocal', 'fraPractitioner']],
  ['document:create', 'newPublicForUnodc', OFFICERS],
  // The region-limited officer could not read it afterwards, so may not write it.
  ['document:create', 'newAfgRestrictedForUnodc', ['officer']],
  ['document:create', 'newNgaRestrictedForUnodc', OFFICERS],
  ['document:create', 'newRestrictedWithoutState', []],
  ['document:create', 'newUnInternalForUnodc', OFFICERS],
  ['document:create', 'newNamedForUnodc', OFFICERS],
  ['document:create', 'newAfgForAfgAuthority', ['afgFocal', 'afgPractitioner']],
  ['document:create', 'newFraForAfgAuthority', []],
  ['document:create', 'newPublicForAfgAuthorityWithoutState', []],
  ['document:create', 'newUnInternalForAfgAuthority', []],
  ['document:create', 'newPublicForDonor', []],
  ['document:create', 'afgRestricted', []],

  // Update/delete: the record must be visible, and the actor its author or a (non-donor) member of its holder.
  ['document:update', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'afgPractitioner', 'fraFocal', 'donor', 'fraPractitioner']],
  ['document:update', 'publicDoc', OFFICERS],
  ['document:update', 'afgRestricted', ['officer']],
  ['document:update', 'ngaRestricted', OFFICERS],
  // Held by CTED: its coordinator may; the donor it is shared with reads it but may not change it.
  ['document:update', 'afgSharedWithDonor', ['coordinator']],
  ['document:update', 'afgAuthorityDoc', ['afgFocal', 'afgPractitioner']],
  ['document:update', 'unInternal', OFFICERS],
  ['document:update', 'namedOfficer', ['officer']],
  // Moving a record: the same rule as creating it there.
  ['document:update', 'newAfgRestrictedForUnodc', ['officer']],
  ['document:update', 'newFraForAfgAuthority', []],
  ['document:delete', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'afgPractitioner', 'fraFocal', 'donor', 'fraPractitioner']],
  ['document:delete', 'publicDoc', OFFICERS],
  ['document:delete', 'afgRestricted', ['officer']],
  ['document:delete', 'afgSharedWithDonor', ['coordinator']],
  ['document:delete', 'afgAuthorityDoc', ['afgFocal', 'afgPractitioner']],
  ['document:delete', 'namedOfficer', ['officer']],
  ['document:delete', 'newAfgRestrictedForUnodc', []],

  // Assistance requests: never public. A draft is its State's own (and the recording officer's, for a note verbale).
  // The cast's token is scoped to treaty status and documents: it reads none of these.
  ['assistance-request:read', 'none', PEOPLE],
  ['assistance-request:read', 'afgRequestDraft', ['afgFocal']],
  ['assistance-request:read', 'afgRequestRecordedDraft', ['officer', 'coordinator', 'afgFocal', 'afgPractitioner']],
  ['assistance-request:read', 'afgRequestSubmitted', ['officer', 'coordinator', 'afgFocal', 'afgPractitioner']],
  ['assistance-request:read', 'afgRequestToCted', ['coordinator', 'afgFocal', 'afgPractitioner']],
  ['assistance-request:read', 'afgActivity', []],
  ['assistance-request:create', 'none', ['officer', 'regionOfficer', 'afgFocal', 'fraFocal']],
  ['assistance-request:create', 'newAfgRequestByState', ['afgFocal']],
  // Officers record notes verbales addressed to their own entity, within their regions.
  ['assistance-request:create', 'newAfgRequestOnBehalf', ['officer']],
  ['assistance-request:create', 'newAfgRequestToCted', []],
  ['assistance-request:update', 'none', ['officer', 'regionOfficer', 'afgFocal', 'fraFocal']],
  ['assistance-request:update', 'afgRequestDraft', ['afgFocal']],
  ['assistance-request:update', 'afgRequestRecordedDraft', ['officer', 'afgFocal']],
  ['assistance-request:update', 'afgRequestSubmitted', []],
  ['assistance-request:transition', 'none', ['officer', 'regionOfficer', 'afgFocal', 'fraFocal']],
  ['assistance-request:transition', 'afgRequestDraft', ['afgFocal']],
  ['assistance-request:transition', 'afgRequestRecordedDraft', ['officer', 'afgFocal']],
  // Submitted: the entity starts its review, the State may withdraw.
  ['assistance-request:transition', 'afgRequestSubmitted', ['officer', 'afgFocal']],
  ['assistance-request:transition', 'afgRequestEvaluated', []],
  // Under review: the entity accepts, declines or refers; the State may still withdraw.
  ['assistance-request:transition', 'afgRequestUnderReview', ['officer', 'afgFocal']],
  ['assistance-request:transition', 'afgRequestToCted', ['afgFocal']],
  ['assistance-request:comment', 'none', PEOPLE],
  ['assistance-request:comment', 'afgRequestSubmitted', ['officer', 'afgFocal', 'afgPractitioner']],
  ['assistance-request:comment', 'afgRequestDraft', ['afgFocal']],
  ['assistance-request:comment', 'afgRequestToCted', ['afgFocal', 'afgPractitioner']],

  // Activities, programmes, strategies, needs: public ones to all, others by scope through any of their States.
  ['activity:read', 'none', NOT_TOKEN],
  ['activity:read', 'publicActivity', NOT_TOKEN],
  ['activity:read', 'afgActivity', ['officer', 'coordinator', 'afgFocal']],
  ['activity:read', 'regionalActivity', ['officer', 'regionOfficer', 'coordinator', 'afgFocal']],
  ['programme:read', 'none', NOT_TOKEN],
  ['programme:read', 'publicActivity', NOT_TOKEN],
  ['strategy:read', 'none', NOT_TOKEN],
  ['strategy:read', 'afgAuthorityStrategy', ['coordinator', 'afgFocal', 'afgPractitioner']],
  ['need:read', 'none', PEOPLE],
  ['need:read', 'afgActivity', ['officer', 'coordinator', 'afgFocal']],
  ['activity:create', 'none', OFFICERS],
  ['activity:create', 'newAfgActivityForUnodc', ['officer']],
  ['activity:create', 'newNgaActivityForUnodc', OFFICERS],
  ['activity:create', 'newActivityWithoutState', []],
  ['activity:update', 'none', OFFICERS],
  ['activity:update', 'afgActivity', ['officer']],
  // The African-States officer sees it through Nigeria but may not change what concerns Afghanistan too.
  ['activity:update', 'regionalActivity', ['officer']],
  ['activity:update', 'publicActivity', ['officer']],
  ['programme:create', 'none', OFFICERS],
  ['programme:create', 'newNgaActivityForUnodc', OFFICERS],
  ['programme:update', 'none', OFFICERS],
  ['programme:update', 'publicActivity', ['officer']],
  ['strategy:create', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'afgPractitioner', 'fraFocal', 'fraPractitioner']],
  ['strategy:create', 'newAfgStrategyForAfgAuthority', ['afgFocal']],
  ['strategy:create', 'newFraStrategyForAfgAuthority', []],
  ['strategy:create', 'newAfgActivityForUnodc', ['officer']],
  ['strategy:update', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'afgPractitioner', 'fraFocal', 'fraPractitioner']],
  ['strategy:update', 'afgAuthorityStrategy', ['afgFocal']],
  ['need:create', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'afgPractitioner', 'fraFocal', 'fraPractitioner']],
  ['need:create', 'newAfgNeedForCted', ['coordinator']],
  ['need:update', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'afgPractitioner', 'fraFocal', 'fraPractitioner']],
  ['need:update', 'afgActivity', ['officer']],
  ['result:create', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'afgPractitioner', 'fraFocal', 'fraPractitioner']],
  ['result:create', 'afgActivity', ['officer']],

  ['coordination:read', 'none', ['officer', 'regionOfficer', 'coordinator']],
  ['overlap:resolve', 'none', ['officer', 'regionOfficer', 'coordinator']],
  ['overlap:resolve', 'overlapOfUnodcAndCted', ['officer', 'regionOfficer', 'coordinator']],
  ['overlap:resolve', 'overlapOfOthers', ['coordinator']],

  ['notification:read', 'none', PEOPLE],
  ['subscription:manage', 'none', PEOPLE],

  // International cooperation (issue 11)
  ['legal-basis:read', 'none', NOT_TOKEN],
  ['authority:read', 'none', NOT_TOKEN],
  // Contacts: practitioners of any State and UN officers; a focal point for their own State; never the public,
  // donors or administrators as such.
  ['authority:read-contacts', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'fraFocal', 'afgPractitioner', 'fraPractitioner']],
  ['authority:read-contacts', 'afgEntry', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'afgPractitioner', 'fraPractitioner']],
  ['authority:read-contacts', 'fraEntry', ['officer', 'regionOfficer', 'coordinator', 'fraFocal', 'afgPractitioner', 'fraPractitioner']],
  // The directory is kept by the State's own people only.
  ['authority:update', 'none', ['afgFocal', 'fraFocal', 'afgPractitioner', 'fraPractitioner']],
  ['authority:update', 'afgEntry', ['afgFocal', 'afgPractitioner']],
  ['authority:update', 'fraEntry', ['fraFocal', 'fraPractitioner']],
  ['authority:import', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'fraFocal', 'afgPractitioner', 'fraPractitioner']],
  ['authority:import', 'fraEntry', ['officer', 'regionOfficer', 'coordinator', 'fraFocal', 'fraPractitioner']],
  ['bilateral-treaty:manage', 'none', ['admin', 'officer', 'regionOfficer', 'coordinator', 'afgFocal', 'fraFocal', 'afgPractitioner', 'fraPractitioner']],
  ['bilateral-treaty:manage', 'afgFraPair', ['admin', 'officer', 'regionOfficer', 'coordinator', 'afgFocal', 'fraFocal', 'afgPractitioner', 'fraPractitioner']],
  ['bilateral-treaty:manage', 'deuFraPair', ['admin', 'officer', 'regionOfficer', 'coordinator', 'fraFocal', 'fraPractitioner']],
  ['declaration:manage', 'none', ['admin', 'officer', 'regionOfficer', 'coordinator', 'afgFocal', 'fraFocal', 'afgPractitioner', 'fraPractitioner']],
  ['declaration:manage', 'fraEntry', ['admin', 'officer', 'regionOfficer', 'coordinator', 'fraFocal', 'fraPractitioner']],
  // Requests for MLA and extradition (issue 12). Without a record every rule answers yes, the public's included, so
  // a request's routes answer 404 (never 401 or 403) to whoever is not a party; with the record, the parties alone.
  ['cooperation-request:create', 'none', NOT_TOKEN],
  ['cooperation-request:create', 'newAfgCooperationRequest', ['afgPractitioner']],
  ['cooperation-request:read', 'none', NOT_TOKEN],
  ['cooperation-request:read', 'afgDraftToFra', ['afgPractitioner']],
  ['cooperation-request:read', 'afgSentToFra', ['afgPractitioner', 'fraPractitioner']],
  ['cooperation-request:read-content', 'none', NOT_TOKEN],
  ['cooperation-request:read-content', 'afgDraftToFra', ['afgPractitioner']],
  ['cooperation-request:read-content', 'afgSentToFra', ['afgPractitioner']],
  ['cooperation-request:read-content', 'afgSentToFraShared', ['afgPractitioner', 'fraPractitioner']],
  // Only the requesting side edits and shares (the use cases hold content to drafts).
  ['cooperation-request:edit', 'none', NOT_TOKEN],
  ['cooperation-request:edit', 'afgDraftToFra', ['afgPractitioner']],
  ['cooperation-request:edit', 'afgSentToFra', ['afgPractitioner']],
  ['cooperation-request:share', 'none', NOT_TOKEN],
  ['cooperation-request:share', 'afgDraftToFra', ['afgPractitioner']],
  ['cooperation-request:share', 'afgSentToFra', ['afgPractitioner']],
  // Both sides take events (which side may take which is domain/cooperation/requests.ts) and talk, once sent.
  ['cooperation-request:transition', 'none', NOT_TOKEN],
  ['cooperation-request:transition', 'afgDraftToFra', ['afgPractitioner']],
  ['cooperation-request:transition', 'afgSentToFra', ['afgPractitioner', 'fraPractitioner']],
  ['cooperation-request:message', 'none', NOT_TOKEN],
  ['cooperation-request:message', 'afgDraftToFra', []],
  ['cooperation-request:message', 'afgSentToFra', ['afgPractitioner', 'fraPractitioner']],
  ['cooperation-request:statistics', 'none', NOT_TOKEN],

  // Incorporation assessments (issue 13): by source, the State's own people, an entity's officer, a UN officer or coordinator.
  // Public, like treaty status; the test's token is scoped to other reads.
  ['legislation:read', 'none', NOT_TOKEN],
  ['library:search', 'none', NOT_TOKEN],
  ['incorporation-assessment:create', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'fraFocal', 'afgPractitioner', 'fraPractitioner']],
  ['incorporation-assessment:create', 'afgStateAssessmentByAfg', ['afgFocal', 'afgPractitioner']],
  ['incorporation-assessment:create', 'fraStateAssessmentByAfg', []],
  // The region-limited officer works for African States only.
  ['incorporation-assessment:create', 'afgAssistanceAssessmentByUnodc', ['officer']],
  ['incorporation-assessment:create', 'ngaReviewByUnodc', OFFICERS],
  ['incorporation-assessment:create', 'afgReviewByCted', ['coordinator']],
  ['incorporation-assessment:create', 'afgAssistanceAssessmentByCted', []],
  ['incorporation-assessment:withdraw', 'none', ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'fraFocal', 'afgPractitioner', 'fraPractitioner']],
  ['incorporation-assessment:withdraw', 'afgStateAssessmentByAfg', ['afgFocal', 'afgPractitioner']],
  ['incorporation-assessment:withdraw', 'afgAssistanceAssessmentByUnodc', ['officer']],

  // Funding (issue 14): the entities' people read all of it, a donor its own; the receiving entity's officers keep
  // the books; the test's token is scoped to other reads.
  ['funding:read', 'none', ['officer', 'regionOfficer', 'coordinator', 'donor']],
  ['funding:read', 'donorMoneyToUnodc', ['officer', 'regionOfficer', 'coordinator', 'donor']],
  ['funding:read', 'otherMoneyToCted', ['officer', 'regionOfficer', 'coordinator']],
  ['funding:write', 'none', OFFICERS],
  ['funding:write', 'donorMoneyToUnodc', OFFICERS],
  ['funding:write', 'otherMoneyToCted', []],
  ['exchange-rate:import', 'none', OFFICERS],
  // The mandate registry is public; the entities' officers and coordinators import and correct it.
  ['mandate:read', 'none', NOT_TOKEN],
  ['mandate:edit', 'none', ['officer', 'regionOfficer', 'coordinator']],
  // Report drafts: the coordinators of the organisation holding them.
  ['report:read', 'none', ['coordinator']],
  ['report:read', 'reportByCted', ['coordinator']],
  ['report:read', 'reportByUnodc', []],
  ['report:write', 'none', ['coordinator']],
  ['report:write', 'reportByCted', ['coordinator']],
  ['report:write', 'reportByUnodc', []],
];

const cases = TABLE.flatMap(([action, target, allowed]) =>
  ACTOR_NAMES.map((actor) => [actor, action, target, allowed.includes(actor)] as const),
);

describe('policy table', () => {
  it.each(cases)('%s × %s × %s → %s', (actor, action, target, allowed) => {
    expect(can(ACTORS[actor], action, TARGETS[target])).toBe(allowed);
  });

  it('covers every action, each at least without a target', () => {
    const covered = new Set(TABLE.filter(([, t]) => t === 'none').map(([a]) => a));
    expect([...covered].sort()).toEqual([...ACTIONS].sort());
  });

  it('uses every target of the cast', () => {
    expect(new Set(TABLE.map(([, t]) => t))).toEqual(new Set(Object.keys(TARGETS)));
  });
});

describe('API tokens', () => {
  it('act only within their scopes, and never manage accounts', () => {
    const scoped: UserActor = { ...ACTORS.admin, tokenId: 't', tokenScopes: [...TOKEN_SCOPES] };
    for (const action of ACTIONS) {
      const expected = (TOKEN_SCOPES as readonly Action[]).includes(action) && can(ACTORS.admin, action);
      expect(can(scoped, action), action).toBe(expected);
    }
    expect(TOKEN_SCOPES).not.toContain('api-token:manage');
    expect(TOKEN_SCOPES).not.toContain('account:update');
  });

  it('only officers of UN entities (and administrators) change the treaty record', () => {
    const ngoOfficer = user('u-ngo', [membership('org-ngo', 'civil-society', 'entity-officer')]);
    const regionalOfficer = user('u-ro', [membership('org-ro', 'regional-organisation', 'entity-officer')]);
    for (const actor of [ngoOfficer, regionalOfficer]) {
      expect(can(actor, 'import-batch:create')).toBe(false);
      expect(can(actor, 'import-batch:revert', { kind: 'import-batch', id: 1 })).toBe(false);
    }
    expect(can(ACTORS.officer, 'import-batch:create')).toBe(true);
  });

  it('never exceed what their person may do', () => {
    const donorToken: UserActor = { ...ACTORS.donor, tokenId: 't', tokenScopes: ['document:create', 'import-batch:create'] };
    expect(can(donorToken, 'document:create')).toBe(false);
    expect(can(donorToken, 'import-batch:create')).toBe(false);
  });
});

describe('authorize and abilities', () => {
  it('denies an action it does not know', () => {
    for (const actor of Object.values(ACTORS)) expect(can(actor, 'treaty-status:delete' as Action)).toBe(false);
  });

  it('throws UNAUTHENTICATED for an anonymous caller (signing in may help), FORBIDDEN for a signed-in one', () => {
    const codeOf = (fn: () => void) => {
      try {
        fn();
        return null;
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        return (err as AppError).code;
      }
    };
    expect(codeOf(() => authorize(ANONYMOUS, 'import-batch:create'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authorize(ACTORS.donor, 'import-batch:create'))).toBe('FORBIDDEN');
    expect(codeOf(() => authorize(ACTORS.admin, 'document:read', TARGETS.afgRestricted))).toBe('FORBIDDEN');
    expect(codeOf(() => authorize(ANONYMOUS, 'treaty-status:read'))).toBeNull();
  });

  it('abilitiesFor answers each ability with can()', () => {
    expect(abilitiesFor(ANONYMOUS, { export: 'treaty-status:export', import: 'import-batch:create' })).toEqual({
      export: true,
      import: false,
    });
    expect(
      abilitiesFor(ACTORS.officer, { update: 'document:update', delete: 'document:delete' }, TARGETS.afgRestricted),
    ).toEqual({ update: true, delete: true });
    expect(
      abilitiesFor(ACTORS.coordinator, { update: 'document:update', delete: 'document:delete' }, TARGETS.afgRestricted),
    ).toEqual({ update: false, delete: false });
  });
});
