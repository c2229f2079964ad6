// Shapes of the accounts, administration and documents API (docs: /api/docs), as the web app reads them. Treaty
// views come from src/domain/treaties/views.ts; these are written from the API contract of issue 3.
import type { Confidentiality, OrganisationKind, Role } from '#domain/accounts/types.ts';
import type { TokenScope } from '#domain/policy.ts';
import type { LocalizedText, ParticipationStatus } from '#domain/treaties/types.ts';

export type SessionStage = 'anonymous' | 'second-factor' | 'enrol-second-factor' | 'complete';

export interface MembershipView {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  stateCode: string | null;
  role: Role;
  regions: string[] | null;
  themes: string[] | null;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  languages: string[];
  platformAdmin: boolean;
  secondFactor: boolean;
  secondFactorRequired: boolean;
  memberships: MembershipView[];
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
}

export interface SessionView {
  user: SessionUser | null;
  stage: SessionStage;
  csrfToken: string;
  oidc: { name: string } | null;
}

export interface SessionAbilities {
  administer: boolean;
  invite: boolean;
  importStatus: boolean;
  readAuditLog: boolean;
  createDocument: boolean;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  /** An SVG document, shown through an <img> (never inserted as markup). */
  qrSvg: string;
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  method: string;
  current: boolean;
}

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface OrganisationView {
  id: string;
  kind: OrganisationKind;
  names: LocalizedText;
  name: string;
  acronym: string | null;
  stateCode: string | null;
  archived: boolean;
  memberCount: number;
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
}

export interface OrganisationInput {
  kind: OrganisationKind;
  names: LocalizedText;
  acronym?: string;
  stateCode: string | null;
}

/** The kind of an organisation cannot change. */
export interface OrganisationChanges {
  names?: LocalizedText;
  acronym?: string;
  stateCode?: string | null;
  archived?: boolean;
}

export interface PersonView {
  id: string;
  email: string;
  displayName: string;
  languages: string[];
  platformAdmin: boolean;
  disabled: boolean;
  secondFactor: boolean;
  secondFactorRequired: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  memberships: MembershipView[];
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
}

export interface PersonFilters {
  lang?: string;
  q?: string | null;
  organisationId?: string | null;
  role?: string | null;
  stateCode?: string | null;
  page?: number;
  pageSize?: number;
}

export interface InvitationView {
  id: string;
  email: string;
  /** null: an administrator invited without an organisation. */
  organisationId: string | null;
  organisationName: string | null;
  role: Role | null;
  regions: string[] | null;
  themes: string[] | null;
  platformAdmin: boolean;
  createdAt: string;
  /** As the audit trail names the inviter (user:<id>, cli:<account>). */
  createdBy: string;
  expiresAt: string;
  /** In lists: what the reader may do with this invitation. */
  abilities?: { revoke: boolean };
}

export interface InvitationInput {
  email: string;
  organisationId: string;
  role: Role;
  regions?: string[];
  themes?: string[];
  platformAdmin?: boolean;
  /** Language of the mail. */
  language?: string;
  /** Offered to them as a default. */
  displayName?: string;
}

export interface InvitationPreview {
  email: string;
  organisationName: string | null;
  role: Role | null;
  platformAdmin: boolean;
  displayName: string | null;
  language: string;
  expiresAt: string;
  /** Accepting adds the role to the existing account; the person then signs in as usual. */
  accountExists: boolean;
  secondFactorRequired: boolean;
}

export interface AuditEntryView {
  id: number;
  at: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilters {
  actor?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: string | null;
  to?: string | null;
  page?: number;
  pageSize?: number;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBad: null | { id: number; reason: string };
}

export interface DocumentView {
  id: string;
  title: string;
  description: string;
  confidentiality: Confidentiality;
  stateCode: string | null;
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  ownerOrganisationNames: LocalizedText;
  ownerOrganisationAcronym: string | null;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  language: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
}

export interface DocumentFilters {
  stateCode?: string | null;
  confidentiality?: string | null;
  organisationId?: string | null;
  q?: string | null;
  page?: number;
  pageSize?: number;
}

export interface DocumentChanges {
  title?: string;
  description?: string;
  confidentiality?: Confidentiality;
  stateCode?: string | null;
  language?: string | null;
  sharedOrganisationIds?: string[];
  namedUserIds?: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Delivery and coordination (issue 4): activities, results, programmes, strategies, the coordination views, needs,
// gaps, notifications and subscriptions. Vocabularies are the stable ids of src/domain/assistance/.

export interface ParticipantsBySexView {
  female: number;
  male: number;
  otherOrUndisclosed: number;
}

export interface ParticipantCountsView {
  total?: number | null;
  bySex?: ParticipantsBySexView | null;
  byInstitutionKind?: Partial<Record<string, number>> | null;
}

export interface BeneficiaryView {
  name: string;
  kind: string | null;
}

export interface ActivityPlace {
  city?: string | null;
  countryCode: string;
}

/** An activity as lists and its page show it; `title` etc. are present only when the reader may see them. */
export interface ActivityView {
  id: string;
  title: string;
  kind: string;
  status: string;
  organisationId: string;
  organisationName: string;
  organisationAcronym?: string | null;
  requestId: string | null;
  programmeId: string | null;
  strategyId: string | null;
  /** On an activity's page: what it serves (the request only if the reader may read it). */
  request?: { id: string; reference: string; title: string; status: string } | null;
  programme?: { id: string; code: string; name: string } | null;
  strategy?: { id: string; title: string; stage: string } | null;
  stateCodes: string[];
  themes: string[];
  mandates: string[];
  instrumentIds?: string[];
  startDate: string;
  endDate: string;
  online: boolean;
  place: ActivityPlace | null;
  languages: string[];
  partnerOrganisationIds: string[];
  beneficiaries: BeneficiaryView[];
  participants: ParticipantCountsView | null;
  outputs: string;
  followUp: string;
  confidentiality?: Confidentiality;
  sharedOrganisationIds?: string[];
  namedUserIds?: string[];
  createdBy?: string | null;
  results?: ResultView[];
  createdAt?: string;
  updatedAt?: string;
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
}

export interface ActivityInputBody {
  kind: string;
  title: string;
  organisationId?: string;
  requestId?: string | null;
  programmeId?: string | null;
  strategyId?: string | null;
  stateCodes: string[];
  themes: string[];
  mandates: string[];
  startDate: string;
  endDate: string;
  online: boolean;
  place: ActivityPlace | null;
  languages: string[];
  partnerOrganisationIds: string[];
  beneficiaries: BeneficiaryView[];
  participants: ParticipantCountsView | null;
  outputs: string;
  followUp: string;
  status?: string;
}

export interface ActivityFilters {
  stateCode?: string | null;
  theme?: string | null;
  kind?: string | null;
  organisationId?: string | null;
  mandate?: string | null;
  year?: string | null;
  from?: string | null;
  to?: string | null;
  status?: string | null;
  requestId?: string | null;
  programmeId?: string | null;
  strategyId?: string | null;
  q?: string | null;
  page?: number;
  pageSize?: number;
}

/** Another entity's activity meeting this one: its name and dates, the title only if the reader may read it. */
export interface OverlapView {
  otherActivityId: string;
  organisationId: string;
  organisationName: string;
  from: string;
  to: string;
  stateCodes: string[];
  themes: string[];
  title: string | null;
}

export interface ResultView {
  id: string;
  kind: string;
  activityId: string | null;
  activityTitle?: string | null;
  requestId: string | null;
  stateCode: string;
  participationEventId: number | null;
  participationEvent?: { id: number; kind: string; date: string | null; instrumentId: string } | null;
  instrumentId: string | null;
  strategyId?: string | null;
  documentId?: string | null;
  date: string;
  description: string;
  createdBy?: string | null;
  createdAt?: string;
}

export interface ResultInput {
  kind: string;
  stateCode: string | null;
  date: string | null;
  participationEventId?: number | null;
  instrumentId?: string | null;
  description?: string;
}

export interface IndicatorView {
  id: string;
  name: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  actual: number | null;
}

export interface ObjectiveView {
  id: string;
  text: string;
  indicators: IndicatorView[];
}

export interface ProgrammeView {
  id: string;
  code: string;
  kind: string;
  names: LocalizedText;
  /** The name in English, or the first language held. */
  name: string;
  description: string;
  organisationId: string;
  organisationName: string;
  partnerOrganisationIds: string[];
  regions: string[];
  stateCodes: string[];
  themes: string[];
  mandates: string[];
  objectives: ObjectiveView[];
  startDate: string | null;
  endDate: string | null;
  confidentiality: Confidentiality;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
  /** On a programme's page: the activities under it the reader may see (first 200), and how many there are. */
  activities?: ActivityView[];
  activityCount?: number;
}

export interface StrategyView {
  id: string;
  scope: string;
  stateCodes: string[];
  region: string | null;
  title: string;
  stage: string;
  stageChangedOn: string | null;
  adoptedOn: string | null;
  documentId: string | null;
  notes: string;
  confidentiality: Confidentiality;
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
  /** On a strategy's page: the activities supporting it the reader may see (first 200), and how many there are. */
  support?: ActivityView[];
  supportCount?: number;
}

export interface WhoDoesWhatCell {
  stateCode: string;
  theme: string;
  organisationId: string;
  organisationName: string;
  organisationAcronym: string | null;
  activities: number;
  firstDate: string;
  lastDate: string;
}

export interface OverlapSideView {
  id: string;
  organisationId: string;
  organisationName: string;
  /** Only when the reader may read the activity. */
  title: string | null;
  status: string;
  startDate: string;
  endDate: string;
}

export interface OverlapQueueItem {
  id: string;
  status: 'open' | 'resolved';
  activity: OverlapSideView;
  other: OverlapSideView;
  stateCodes: string[];
  themes: string[];
  from: string;
  to: string;
  detectedAt: string;
  /** One of OVERLAP_RESOLUTIONS (src/domain/assistance/overlap-resolutions.ts). */
  resolution: string | null;
  resolutionComment: string | null;
  resolvedByName: string | null;
  resolvedAt: string | null;
  abilities: { resolve: boolean };
}

export interface NeedView {
  id: string;
  stateCode: string;
  themes: string[];
  instrumentIds: string[];
  description: string;
  sourceTitle: string;
  sourceOrganisationId: string | null;
  sourceOrganisationName: string | null;
  sourceDocumentId: string | null;
  assessedOn: string;
  status: string;
  confidentiality: Confidentiality;
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
  /**
   * On a need's page. Only the requests the reader may read are listed; an activity's title is null when hidden.
   * `covered` counts every match, shown or not.
   */
  matches?: {
    covered: boolean;
    requests: { id: string; reference: string; title: string; status: string; organisationName: string; themes: string[] }[];
    activities: {
      id: string;
      title: string | null;
      status: string;
      organisationName: string;
      startDate: string;
      endDate: string;
      themes: string[];
    }[];
  };
}

export interface NeedInput {
  stateCode: string;
  themes: string[];
  instrumentIds?: string[];
  description: string;
  sourceTitle: string;
  /** Optional: not every assessment names its author or is uploaded. */
  sourceOrganisationId?: string | null;
  sourceDocumentId?: string | null;
  assessedOn: string;
  confidentiality?: string;
  ownerOrganisationId?: string;
}

/** Legislative incorporation: no source records it yet, so it is not known (never counted as zero). */
export type LegislationKnowledge = { known: false } | { known: true; notIncorporated: number };

export interface GapsRankingRow {
  stateCode: string;
  names: LocalizedText;
  regionalGroup: string | null;
  instrumentsNotJoined: number;
  instrumentsUnknown: number;
  legislation: LegislationKnowledge;
  needsWithoutOpenRequest: number;
  openGaps: number;
  openRequests: number;
  recentActivities: number;
  plannedActivities: number;
  withoutAssistance: boolean;
}

export interface StateGapsView {
  asOf: string;
  participant: { code: string; names: LocalizedText; regionalGroup: string | null };
  instrumentsNotJoined: { id: string; shortNames: LocalizedText; titles: LocalizedText; status: ParticipationStatus }[];
  instrumentsUnknown: { id: string; shortNames: LocalizedText; titles: LocalizedText }[];
  legislation: LegislationKnowledge;
  needsWithoutOpenRequest: { total: number; items: NeedView[] };
  openRequests: number;
  recentActivities: number;
  plannedActivities: number;
  assistanceSince: string;
  withoutAssistance: boolean;
  openGaps: number;
}

export interface NotificationView {
  id: string;
  kind: string;
  recordType: 'request' | 'activity' | 'overlap';
  recordId: string;
  /** What happened, in the language asked for (the API's words for "no longer available" when it is not). */
  title: string;
  /** The record's web page, `/<lang>/…` (null when no longer visible to the reader). */
  link: string | null;
  /** False when the record is gone or no longer visible: nothing of it is shown (params are empty). */
  available: boolean;
  params: Record<string, string | number | null>;
  /** The subscription that brought it (null: the reader takes part in the record). */
  subscriptionId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface SubscriptionView {
  id: string;
  kind: 'state' | 'theme' | 'entity';
  value: string;
  /** What is followed, in the language asked for. */
  label: string;
  /** The State's or organisation's names; null for a theme. */
  names: LocalizedText | null;
  email: boolean;
  createdAt: string;
  /** Only in the answer to its creation: the feed's address with its secret, shown once. */
  feedUrl?: string;
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Assistance requests (issue 4): the request, its timeline, its conversation, and what was delivered under it, as
// src/app/assistance/request-presenters.ts shows them. Vocabularies (themes, statuses, events, urgency, modality, decline
// reasons) are the ids of src/domain/assistance/. Names come resolved (English, or the first language held): the
// screens prefer the organisation's name in the reader's language when they have it.

export interface AssistanceRequestView {
  id: string;
  /** `REQ-2026-0042` */
  reference: string;
  stateCode: string;
  stateName: string;
  requestingOrganisationId: string | null;
  requestingOrganisationName: string | null;
  requestingAuthorityName: string | null;
  addressedToOrganisationId: string;
  addressedToOrganisationName: string;
  addressedToOrganisationAcronym: string | null;
  title: string;
  themes: string[];
  instrumentIds: string[];
  mandates: string[];
  needs: string;
  priorities: string;
  modality: string;
  languages: string[];
  urgency: string;
  status: string;
  statusChangedAt: string;
  recordedOnBehalf: boolean;
  noteVerbaleDocumentId: string | null;
  attachmentDocumentIds: string[];
  confidentiality: string;
  sharedOrganisationIds: string[];
  referredFromRequestId: string | null;
  submittedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; sent back as If-Match (ADR 19). */
  version: number;
}

export interface AssistanceRequestAbilities {
  update?: boolean;
  comment?: boolean;
  events?: string[];
}

export interface RequestTimelineEntryView {
  id: number;
  /** null for the creation of the draft. */
  from: string | null;
  to: string;
  /** A workflow event, or `create`. */
  event: string;
  at: string;
  byUserId: string | null;
  byName: string | null;
  comment: string | null;
  reason: string | null;
  referredToOrganisationId: string | null;
  referredToOrganisationName: string | null;
  /** The request opened for the entity it was referred to. */
  referralRequestId: string | null;
}

export interface RequestMessageView {
  id: string;
  body: string;
  authorId: string | null;
  authorName: string | null;
  authorOrganisationId: string | null;
  authorOrganisationName: string | null;
  createdAt: string;
}

/** An activity under the request that the reader may see. */
export interface RequestActivityView {
  id: string;
  title: string;
  kind: string;
  startDate: string;
  endDate: string;
  status: string;
  organisationId: string;
  organisationName: string;
}

export interface RequestResultView {
  id: string;
  kind: string;
  activityId: string | null;
  requestId: string | null;
  stateCode: string;
  participationEventId: number | null;
  instrumentId: string | null;
  date: string;
  description: string;
}

/** An attachment (or the note verbale): its title and file only if the reader may read the document. */
export interface RequestAttachmentView {
  id: string;
  title: string | null;
  fileName: string | null;
  mediaType: string | null;
}

export interface AssistanceRequestDetail extends AssistanceRequestView {
  timeline: RequestTimelineEntryView[];
  messages: RequestMessageView[];
  activities: RequestActivityView[];
  results: RequestResultView[];
  attachments: RequestAttachmentView[];
  /** The request this one was referred from, if the reader may see it. */
  referredFrom: { id: string; reference: string } | null;
}

export interface AssistanceRequestInput {
  stateCode: string;
  requestingOrganisationId?: string | null;
  requestingAuthorityName?: string | null;
  addressedToOrganisationId: string;
  title: string;
  themes: string[];
  instrumentIds: string[];
  mandates: string[];
  needs: string;
  priorities: string;
  modality: string;
  languages: string[];
  urgency: string;
  attachmentDocumentIds: string[];
  noteVerbaleDocumentId?: string | null;
  recordedOnBehalf: boolean;
}

export interface AssistanceRequestFilters {
  view?: 'queue' | 'mine' | null;
  status?: string | null;
  stateCode?: string | null;
  theme?: string | null;
  addressedTo?: string | null;
  urgency?: string | null;
  q?: string | null;
  page?: number;
  pageSize?: number;
}

export interface RequestTransitionInput {
  event: string;
  comment?: string | null;
  reason?: string | null;
  referToOrganisationId?: string | null;
}
