// Schemas of the session, account, session-list and API-token views (issue 3), shared by the auth and /me routes
// and by any route that starts a session (accepting an invitation answers with a SessionView too).
import { z } from 'zod';
import type { AccountView, SessionAbilities, SessionView } from '#app/accounts/get-session-view.ts';
import { ORGANISATION_KINDS, ROLES } from '#domain/accounts/types.ts';
import { TOKEN_SCOPES } from '#domain/policy.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { versionField } from '../common.ts';

const dateTime = z.string().meta({ format: 'date-time' });

/** Raw input limits: generous for people, small enough that hashing a long password costs no more than a short one. */
export const emailInput = z.string().trim().min(3).max(254).describe('E-mail address (case does not matter).');
export const passwordInput = z.string().min(1).max(1024);
export const codeInput = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .describe('The 6-digit code from the authenticator app, or (signing in) a recovery code such as abcd-efgh-jkmn.');

export const recoveryCodesView = z
  .array(z.string())
  .describe('Ten single-use recovery codes, shown this once: only their hashes are kept.');

export const membershipView = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string().describe("In the person's preferred language, falling back to English."),
    organisationKind: z.enum(ORGANISATION_KINDS),
    stateCode: z.string().nullable(),
    role: z.enum(ROLES),
    regions: z.array(z.string()).nullable(),
    themes: z.array(z.string()).nullable(),
  })
  .meta({ id: 'MembershipView' });

/** The fields every view of a person starts with (one's own account, or a person as administrators see them). */
export const personIdentity = {
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  languages: z.array(z.string()),
  platformAdmin: z.boolean(),
};

export const accountView = z
  .object({
    ...personIdentity,
    secondFactor: z.boolean().describe('A second factor (TOTP) is set up.'),
    secondFactorRequired: z.boolean().describe("The person's roles require one: it cannot be turned off."),
    recoveryCodesRemaining: z.number().int().describe('Recovery codes not yet used (0 without a second factor).'),
    memberships: z.array(membershipView),
    version: versionField,
  })
  .meta({ id: 'AccountView' });

export const sessionStage = z.enum(['anonymous', 'second-factor', 'enrol-second-factor', 'complete']);

export const sessionView = z
  .object({
    user: accountView.nullable().describe('Memberships are listed once the session is complete.'),
    stage: sessionStage.describe(
      'anonymous; second-factor (password accepted, code awaited); enrol-second-factor (must set one up first); complete.',
    ),
    csrfToken: z.string().describe('Send as the x-csrf-token header with every POST, PUT, PATCH and DELETE.'),
    oidc: z.object({ name: z.string() }).nullable().describe('Single sign-on, when configured: the name on its button.'),
  })
  .meta({ id: 'SessionView' });

export const sessionAbilitiesSchema = z
  .object({
    administer: z.boolean(),
    invite: z.boolean(),
    importStatus: z.boolean(),
    readAuditLog: z.boolean(),
    createDocument: z.boolean(),
    readRequests: z.boolean().describe('Assistance requests (the queue).'),
    coordinate: z.boolean().describe('The cross-entity coordination views: who does what where, overlaps, gaps.'),
    readNeeds: z.boolean().describe('Assessed needs.'),
    readFunding: z.boolean().describe('Donors’ contributions and where they went.'),
    readReports: z.boolean().describe("The Secretary-General's report drafts (coordinators)."),
    draftCooperationRequests: z.boolean().describe('Practises in a State authority: drafts and tracks requests for MLA and extradition.'),
  })
  .meta({ id: 'SessionAbilities' });

export const sessionResponse = z.object({ data: sessionView, abilities: sessionAbilitiesSchema });
export const accountResponse = z.object({ data: accountView, abilities: sessionAbilitiesSchema });

export const enrolmentView = z
  .object({
    secret: z.string().describe('Base32, for apps that cannot scan the QR code.'),
    otpauthUri: z.string(),
    qrSvg: z.string().describe('The QR code of otpauthUri, an SVG document (show it as an image, never as markup).'),
  })
  .meta({ id: 'SecondFactorEnrolment' });

export const ownSessionView = z
  .object({
    id: z.string().describe('A public id of the session (not its cookie, nor the stored hash).'),
    createdAt: dateTime,
    lastSeenAt: dateTime,
    expiresAt: dateTime,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    method: z.string(),
    current: z.boolean().describe('The session making this request.'),
  })
  .meta({ id: 'OwnSession' });

export const apiTokenView = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the token, to tell tokens apart.'),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: dateTime,
    expiresAt: dateTime,
    lastUsedAt: dateTime.nullable(),
    revokedAt: dateTime.nullable(),
  })
  .meta({ id: 'ApiToken' });

export const languageInput = z.enum(LANGUAGES);

// The schemas must describe exactly the use cases' types: these fail to compile when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sessionView: Same<z.infer<typeof sessionView>, SessionView> = true;
const _accountView: Same<z.infer<typeof accountView>, AccountView> = true;
const _abilities: Same<z.infer<typeof sessionAbilitiesSchema>, SessionAbilities> = true;
void [_sessionView, _accountView, _abilities];
