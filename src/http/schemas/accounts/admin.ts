// Schemas of the administration API (issue 3): organisations, people and memberships, invitations, the audit log.
import { z } from 'zod';
import type { AuditEntryView, InvitationView, OrganisationView, PersonView } from '#app/accounts/admin-presenters.ts';
import type { InvitationPreview } from '#app/accounts/view-invitation.ts';
import type { AuditLogVerification } from '#app/accounts/get-audit-log-verification.ts';
import { ORGANISATION_KINDS, ROLES } from '#domain/accounts/types.ts';
import { abilitiesFor } from '#domain/policy.ts';
import type { Actor } from '#domain/actor.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { membershipView, personIdentity } from './auth.ts';
import { localizedText, versionField } from '../common.ts';

const dateTime = z.string().meta({ format: 'date-time' });

export const uuidParam = z.uuid().describe('A UUID.');
export const langQuery = z.enum(LANGUAGES).optional().describe('Language of names (default English).');
export const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();
export const stateCodeInput = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'must be a 3-letter code')
  .transform((v) => v.toUpperCase());

/** Names per UN language; English required (checked by the use case, which reports it at names.en). */
export const namesInput = z.strictObject(
  Object.fromEntries(LANGUAGES.map((l) => [l, z.string().max(300).optional()])) as Record<
    (typeof LANGUAGES)[number],
    z.ZodOptional<z.ZodString>
  >,
);

const listOfNames = z.array(z.string().trim().min(1).max(100)).max(50);

export const organisationView = z
  .object({
    id: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
    names: localizedText,
    name: z.string().describe('In the requested language, falling back to English.'),
    acronym: z.string().nullable(),
    stateCode: z.string().nullable().describe('For a State authority: its State (ISO 3166 alpha-3).'),
    archived: z.boolean(),
    memberCount: z.number().int(),
    version: versionField,
  })
  .meta({ id: 'Organisation' });

export const organisationAbilities = z.object({ create: z.boolean(), update: z.boolean() }).meta({ id: 'OrganisationAbilities' });

export function organisationAbilitiesOf(actor: Actor) {
  return abilitiesFor(actor, { create: 'organisation:create', update: 'organisation:update' });
}

export const personView = z
  .object({
    ...personIdentity,
    disabled: z.boolean(),
    secondFactor: z.boolean().describe('Has a second factor set up.'),
    secondFactorRequired: z.boolean().describe('Must have one (administrators, entity officers).'),
    createdAt: dateTime,
    lastSignInAt: dateTime.nullable(),
    memberships: z.array(membershipView).describe("A focal point sees only memberships in their own State's authorities."),
    version: versionField,
  })
  .meta({ id: 'Person' });

export const personAbilities = z
  .object({ update: z.boolean(), manageMemberships: z.boolean(), invite: z.boolean() })
  .meta({ id: 'PersonAbilities' });

export function personAbilitiesOf(actor: Actor) {
  return abilitiesFor(actor, { update: 'person:update', manageMemberships: 'membership:manage', invite: 'invitation:create' });
}

export const membershipInput = {
  organisationId: uuidParam,
  role: z.enum(ROLES),
  regions: listOfNames.optional().describe('Limit an officer to these UN regional groups (default: not limited).'),
  themes: listOfNames.optional().describe('Limit an officer to these themes (default: not limited).'),
};

export const invitationView = z
  .object({
    id: z.string(),
    email: z.string(),
    organisationId: z.string().nullable().describe('null: an administrator invited without an organisation.'),
    organisationName: z.string().nullable(),
    role: z.enum(ROLES).nullable(),
    regions: z.array(z.string()).nullable(),
    themes: z.array(z.string()).nullable(),
    platformAdmin: z.boolean(),
    createdAt: dateTime,
    createdBy: z.string().describe('Who invited, as the audit trail names them (user:<id>, cli:<account>).'),
    expiresAt: dateTime,
  })
  .meta({ id: 'Invitation' });

export const invitationListItem = invitationView
  .extend({ abilities: z.object({ revoke: z.boolean() }) })
  .meta({ id: 'InvitationListItem' });

export const invitationAbilities = z.object({ create: z.boolean() }).meta({ id: 'InvitationAbilities' });

export function invitationAbilitiesOf(actor: Actor) {
  return abilitiesFor(actor, { create: 'invitation:create' });
}

export const invitationPreview = z
  .object({
    email: z.string(),
    organisationName: z.string().nullable(),
    role: z.enum(ROLES).nullable(),
    platformAdmin: z.boolean(),
    displayName: z.string().nullable().describe('The name the inviter gave, as a default.'),
    language: z.string(),
    expiresAt: dateTime,
    accountExists: z
      .boolean()
      .describe('An account with this address exists: accepting adds the role, and the person then signs in.'),
    secondFactorRequired: z.boolean(),
  })
  .meta({ id: 'InvitationPreview' });

export const auditEntryView = z
  .object({
    id: z.number().int(),
    at: dateTime,
    actor: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

export const auditAbilities = z.object({ export: z.boolean(), verify: z.boolean() }).meta({ id: 'AuditLogAbilities' });

export function auditAbilitiesOf(actor: Actor) {
  return abilitiesFor(actor, { export: 'audit-log:export', verify: 'audit-log:read' });
}

export const auditVerification = z
  .object({
    ok: z.boolean(),
    checked: z.number().int().describe('Entries verified (before the first bad one, if any).'),
    firstId: z.number().int().nullable(),
    lastId: z.number().int().nullable(),
    keyed: z.boolean().describe('Whether the keyed hashes (HMAC) were checked.'),
    keyedFrom: z.number().int().nullable().describe('The first keyed entry; those before it predate keying.'),
    anchor: z
      .object({ sequence: z.number().int(), anchoredAt: z.string() })
      .nullable()
      .describe('The anchor (AUDIT_ANCHOR_FILE) the head was checked against, if any.'),
    firstBad: z
      .object({
        id: z.number().int(),
        reason: z.enum(['edited', 'broken-link', 'unkeyed-after-keyed', 'anchor-missing', 'anchor-mismatch']),
        message: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'AuditLogVerification' });

export function pageWith<T extends z.ZodType, A extends z.ZodType>(item: T, abilities: A) {
  return z.object({
    data: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    abilities,
  });
}

export function oneWith<T extends z.ZodType, A extends z.ZodType>(data: T, abilities: A) {
  return z.object({ data, abilities });
}

// The schemas must describe exactly the use cases' types: these fail to compile when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _organisation: Same<z.infer<typeof organisationView>, OrganisationView> = true;
const _person: Same<z.infer<typeof personView>, PersonView> = true;
const _invitation: Same<z.infer<typeof invitationView>, InvitationView> = true;
const _preview: Same<z.infer<typeof invitationPreview>, InvitationPreview> = true;
const _verification: Same<z.infer<typeof auditVerification>, AuditLogVerification> = true;
const _audit: Same<z.infer<typeof auditEntryView>, AuditEntryView> = true;
void [_organisation, _person, _invitation, _preview, _verification, _audit];
