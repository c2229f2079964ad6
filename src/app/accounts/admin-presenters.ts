// How organisations, people, invitations and audit entries leave the use cases (the API's views). Secrets never do:
// no password hash, second-factor secret or token appears in a view.
import { requiresSecondFactor, type Membership, type OrganisationKind, type Role } from '#domain/accounts/types.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { AuditContent } from '#domain/accounts/audit.ts';
import type { InvitationRow } from '#db/repos/accounts/invitations.repo.ts';
import type { OrganisationRow } from '#db/repos/accounts/organisations.repo.ts';
import type { MembershipDetail } from '#db/repos/accounts/people.repo.ts';
import type { UserRow } from '#db/repos/accounts/accounts.repo.ts';
import type { AuditLogRow } from '#db/repos/accounts/audit-log-search.repo.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export interface OrganisationView {
  id: string;
  kind: OrganisationKind;
  names: LocalizedText;
  /** In the requested language, falling back to English. */
  name: string;
  acronym: string | null;
  stateCode: string | null;
  archived: boolean;
  memberCount: number;
  /** Bumped by every change (ADR 19). */
  version: number;
}

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

export interface PersonView {
  id: string;
  email: string;
  displayName: string;
  languages: string[];
  platformAdmin: boolean;
  disabled: boolean;
  /** Has a second factor set up. */
  secondFactor: boolean;
  /** Must have one (administrators, entity officers). */
  secondFactorRequired: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  memberships: MembershipView[];
  /** Of the account record (ADR 19); memberships are records of their own. */
  version: number;
}

export interface InvitationView {
  id: string;
  email: string;
  /** null: an administrator invited without an organisation (from the CLI). */
  organisationId: string | null;
  organisationName: string | null;
  role: Role | null;
  regions: string[] | null;
  themes: string[] | null;
  platformAdmin: boolean;
  createdAt: string;
  /** Audit label of the inviter (user:<id>, cli:<account>). */
  createdBy: string;
  expiresAt: string;
}

/** An audit entry as administrators read it: its content and id (the hashes appear only in exports). */
export interface AuditEntryView extends AuditContent {
  id: number;
}

export function toOrganisationView(o: OrganisationRow & { memberCount?: number }, lang = 'en'): OrganisationView {
  return {
    id: o.id,
    kind: o.kind as OrganisationKind,
    names: o.names,
    name: nameOf(o.names, lang),
    acronym: o.acronym,
    stateCode: o.stateCode,
    archived: o.archivedAt !== null,
    memberCount: o.memberCount ?? 0,
    version: o.version,
  };
}

/** What a membership view is made of: a person's membership detail, or one's own membership with its organisation. */
type MembershipSource = Pick<
  MembershipDetail,
  'id' | 'organisationId' | 'organisationNames' | 'organisationKind' | 'stateCode' | 'role' | 'regions' | 'themes'
>;

export function toMembershipView(m: MembershipSource, lang = 'en'): MembershipView {
  return {
    id: m.id,
    organisationId: m.organisationId,
    organisationName: nameOf(m.organisationNames, lang),
    organisationKind: m.organisationKind as OrganisationKind,
    stateCode: m.stateCode,
    role: m.role as Role,
    regions: m.regions,
    themes: m.themes,
  };
}

/** The memberships that give rights (those of active organisations), as the policy sees them. */
export function activeMemberships(ms: readonly MembershipDetail[]): Membership[] {
  return ms
    .filter((m) => !m.organisationArchived)
    .map((m) => ({
      id: m.id,
      organisationId: m.organisationId,
      organisationKind: m.organisationKind as OrganisationKind,
      stateCode: m.stateCode,
      role: m.role as Role,
      regions: m.regions,
      themes: m.themes,
    }));
}

/** The States whose authorities this person belongs to: what a focal point's view of people turns on. */
export function personStateCodes(ms: readonly MembershipDetail[]): string[] {
  const codes = ms
    .filter((m) => !m.organisationArchived && m.organisationKind === 'state-authority' && m.stateCode)
    .map((m) => m.stateCode!);
  return [...new Set(codes)];
}

/** `shown`: the memberships the reader may see (all of them are needed to tell whether a second factor is required). */
export function toPersonView(
  u: UserRow,
  ms: readonly MembershipDetail[],
  lastSignInAt: Date | null,
  lang = 'en',
  shown: readonly MembershipDetail[] = ms,
): PersonView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    languages: u.languages,
    platformAdmin: u.platformAdmin,
    disabled: u.disabledAt !== null,
    secondFactor: u.totpEnabledAt !== null,
    secondFactorRequired: requiresSecondFactor({ platformAdmin: u.platformAdmin, memberships: activeMemberships(ms) }),
    createdAt: u.createdAt.toISOString(),
    lastSignInAt: lastSignInAt?.toISOString() ?? null,
    memberships: shown.filter((m) => !m.organisationArchived).map((m) => toMembershipView(m, lang)),
    version: u.version,
  };
}

export function toInvitationView(i: InvitationRow, lang = 'en'): InvitationView {
  return {
    id: i.token.id,
    email: i.token.email,
    organisationId: i.payload.organisationId,
    organisationName: i.organisation ? nameOf(i.organisation.names, lang) : null,
    role: i.payload.role as Role | null,
    regions: i.payload.regions,
    themes: i.payload.themes,
    platformAdmin: i.payload.platformAdmin,
    createdAt: i.token.createdAt.toISOString(),
    createdBy: i.token.createdBy,
    expiresAt: i.token.expiresAt.toISOString(),
  };
}

/** The user id behind an audit label `user:<id>`, else null. */
export function userIdOfLabel(label: string): string | null {
  return label.startsWith('user:') ? label.slice('user:'.length) : null;
}

export function toAuditEntryView(r: AuditLogRow): AuditEntryView {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    actor: r.actor,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    before: r.before ?? null,
    after: r.after ?? null,
  };
}
