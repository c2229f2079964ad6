// Organisations, people, memberships, sessions, tokens and the mail outbox (issue 3), and the first confidential
// record kind, documents. Confidential ids are random UUIDs: an id guessed from a neighbour's finds nothing.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '#domain/treaties/types.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** state-authority | un-entity | regional-organisation | donor | civil-society */
    kind: text('kind').notNull(),
    /** Names per language (at least English), with the usual fallback. */
    names: jsonb('names').$type<LocalizedText>().notNull(),
    acronym: text('acronym'),
    /** For a State authority: the State it belongs to. */
    stateCode: text('state_code'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
    archivedAt: ts('archived_at'),
  },
  (t) => [index('organisations_state_idx').on(t.stateCode)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased; unique. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    /** argon2id; null for a person who signs in only through single sign-on. */
    passwordHash: text('password_hash'),
    passwordChangedAt: ts('password_changed_at'),
    /** ar | zh | en | fr | ru | es, in order of preference. */
    languages: text('languages').array().notNull().default(sql`'{en}'::text[]`),
    /** TOTP secret, encrypted with the server's SECRET_KEY (AES-256-GCM). */
    totpSecret: text('totp_secret'),
    totpEnabledAt: ts('totp_enabled_at'),
    /** The last TOTP time step accepted: a code is never accepted twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    platformAdmin: boolean('platform_admin').notNull().default(false),
    disabledAt: ts('disabled_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('users_email_idx').on(t.email)],
);

/** Single sign-on identities: (issuer, subject) of an OpenID provider → person. */
export const userIdentities = pgTable(
  'user_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('user_identities_pk').on(t.issuer, t.subject), index('user_identities_user_idx').on(t.userId)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** entity-officer | coordinator | focal-point | donor-representative */
    role: text('role').notNull(),
    /** An officer limited to these regional groups (null: not limited). */
    regions: text('regions').array(),
    themes: text('themes').array(),
    createdAt: ts('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('memberships_unique_idx').on(t.userId, t.organisationId, t.role),
    index('memberships_org_idx').on(t.organisationId),
  ],
);

/** Server-side sessions: any app server can serve any request. The cookie holds a secret; the id is its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** second-factor (password accepted, code awaited) | enrol-second-factor (must set one up) | complete */
    stage: text('stage').notNull(),
    /** password | oidc */
    method: text('method').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Sign-in attempts, for throttling per account and per address across app servers. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    /** The e-mail as typed, normalised (the account may not exist). */
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    /** password | second-factor */
    step: text('step').notNull(),
    success: boolean('success').notNull(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);

/** Single-use, expiring tokens sent by e-mail: invitations and password resets. Only the hash is stored. */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    /** invitation | password-reset | setup (the first administrator's link, printed at start) */
    purpose: text('purpose').notNull(),
    email: text('email').notNull(),
    userId: uuid('user_id').references(() => users.id),
    /** Invitation: { organisationId, role, regions, themes, platformAdmin }. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    createdBy: text('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('one_time_tokens_hash_idx').on(t.tokenHash), index('one_time_tokens_email_idx').on(t.email)],
);

/** Single-use recovery codes for the second factor (migration 0010): only a hash is stored; used_at spends one. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    createdAt: ts('created_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_idx').on(t.userId, t.codeHash)],
);

/** API tokens for machine clients: scoped, expiring, revocable; only the hash is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The first characters, shown in lists so people can tell their tokens apart. */
    prefix: text('prefix').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/** Mail to send. Written in the transaction that decides to send it; delivered by SMTP, or read by a developer. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    createdAt: ts('created_at').notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    sentAt: ts('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Not before: the retry backoff, and the lease of the server sending it (null: due now). */
    nextAttemptAt: ts('next_attempt_at'),
  },
  (t) => [index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`sent_at is null`)],
);

/** Documents: notes verbales, assessments, publications. The first record kind with a confidentiality. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** public | state-restricted | un-internal | named-people */
    confidentiality: text('confidentiality').notNull(),
    stateCode: text('state_code'),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    sharedOrganisationIds: uuid('shared_organisation_ids').array().notNull().default(sql`'{}'::uuid[]`),
    namedUserIds: uuid('named_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    language: text('language'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
    // The library (issue 13): what the record is, what it is about, and its text for search.
    /** domain/library/records.ts RECORD_KINDS (national-legislation, case-law, publication, model-law, …). */
    kind: text('kind').notNull().default('publication'),
    /** Every State the record concerns (facets); `stateCode` stays the one whose people see a state-restricted record. */
    stateCodes: text('state_codes').array().notNull().default(sql`'{}'::text[]`),
    /** Every language the record is written in (BCP 47 primary subtags); `language` is the main one. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /** The language detected in the extracted text (franc, ISO 639-1), or null when too little text. */
    detectedLanguage: text('detected_language'),
    /** The record's own date (a law's adoption, a judgment's, a publication's). */
    documentDate: date('document_date', { mode: 'string' }),
    versionLabel: text('version_label'),
    /** Where it comes from: a citation or an address. */
    source: text('source'),
    instrumentIds: text('instrument_ids').array().notNull().default(sql`'{}'::text[]`),
    /** domain/assistance/themes.ts THEMES and MANDATES ids (OP1–OP15 of resolution 68/187). */
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    mandates: text('mandates').array().notNull().default(sql`'{}'::text[]`),
    /** A translation links to its original. */
    translationOf: uuid('translation_of'),
    /** The text extracted from the file for search; null when none could be (an image). */
    extractedText: text('extracted_text'),
  },
  (t) => [
    index('documents_sha256_idx').on(t.sha256),
    index('documents_kind_idx').on(t.kind),
    index('documents_state_idx').on(t.stateCode),
    index('documents_owner_idx').on(t.ownerOrganisationId),
    index('documents_created_idx').on(t.createdAt),
  ],
);
