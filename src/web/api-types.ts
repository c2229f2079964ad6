// Shapes of the accounts, administration and documents API (docs: /api/docs), as the web app reads them. Treaty
// views come from src/domain/treaties/views.ts; these are written from the API contract of issue 3.
import type { Confidentiality, OrganisationKind, Role } from '#domain/accounts/types.ts';
import type { TokenScope } from '#domain/policy.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';

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
