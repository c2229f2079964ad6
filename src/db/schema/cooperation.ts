// International cooperation in criminal matters (issue 11): what each treaty says about cooperation (reference data,
// seeded from data/reference/cooperation-provisions.csv), bilateral extradition and MLA treaties entered by users,
// what States declared that changes the answer (with its source), and the directory of competent national
// authorities kept by each State's own people, with every revision kept.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuthorityContact, AuthorityLawLink, AuthorityRequirements } from '#domain/cooperation/types.ts';
import type { RequestContent } from '#domain/cooperation/requests.ts';
import { organisations, users } from './accounts.ts';
import { instruments, participants } from './index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

/** One row of data/reference/cooperation-provisions.csv: a treaty's article on cooperation, paraphrased. */
export const cooperationProvisions = pgTable(
  'cooperation_provisions',
  {
    id: serial('id').primaryKey(),
    instrumentId: text('instrument_id')
      .notNull()
      .references(() => instruments.id),
    /** domain/cooperation/types.ts PROVISION_KINDS (offences, aut_dedere, legal_basis_no_treaty, mla_obligation, …) */
    kind: text('kind').notNull(),
    /** As the treaty numbers it ("11(2)", "3(1)-(2)", "none" when the treaty has no such provision). */
    article: text('article').notNull(),
    paraphrase: text('paraphrase').notNull(),
    source: text('source').notNull(),
    /** Checked against the treaty text. */
    verified: boolean('verified').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('cooperation_provisions_instrument_idx').on(t.instrumentId)],
);

/** A bilateral extradition or mutual legal assistance treaty between two States, as a user entered or imported it. */
export const bilateralTreaties = pgTable(
  'bilateral_treaties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** extradition | mla | extradition-and-mla */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** Stored with stateA < stateB, so a pair has one spelling. */
    stateA: text('state_a')
      .notNull()
      .references(() => participants.code),
    stateB: text('state_b')
      .notNull()
      .references(() => participants.code),
    signedOn: day('signed_on'),
    /** Null: not (known to be) in force. */
    inForceFrom: day('in_force_from'),
    terminatedOn: day('terminated_on'),
    /** Where the facts come from (a treaty series reference, a gazette, a ministry page). Required. */
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('bilateral_treaties_pair_idx').on(t.stateA, t.stateB)],
);

/**
 * What a State declared (or notified) that changes a cooperation answer, where a source records it: that it does
 * not take a convention as the legal basis for extradition (UNTOC 16(5)), its accepted languages (UNTOC 18(14)), a
 * reservation to the dispute clause. Absent: "not known".
 */
export const stateDeclarations = pgTable(
  'state_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stateCode: text('state_code')
      .notNull()
      .references(() => participants.code),
    instrumentId: text('instrument_id')
      .notNull()
      .references(() => instruments.id),
    /** domain/cooperation/types.ts DECLARATION_KINDS */
    kind: text('kind').notNull(),
    /** The article the declaration is made under ("16(5)"). */
    article: text('article').notNull().default(''),
    /** For accepted-languages declarations: ISO 639-1 codes. */
    languages: textArray('languages'),
    /** The declaration's words, as the source gives them. */
    text: text('text').notNull().default(''),
    declaredOn: day('declared_on'),
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('state_declarations_state_idx').on(t.stateCode)],
);

/** A competent national authority: whom to send a request to, through which channel, in which language. */
export const authorities = pgTable(
  'authorities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stateCode: text('state_code')
      .notNull()
      .references(() => participants.code),
    /** mla | extradition | transfer-sentenced | central-authority */
    kind: text('kind').notNull(),
    /** For a central authority designated under a treaty (UNTOC 18(13), UNCAC 46(13)): that treaty. */
    instrumentId: text('instrument_id').references(() => instruments.id),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    /** direct | diplomatic | interpol */
    channels: textArray('channels'),
    /** ISO 639-1 codes of the languages it accepts requests in. */
    languages: textArray('languages'),
    urgentProcedure: text('urgent_procedure').notNull().default(''),
    requirements: jsonb('requirements').$type<AuthorityRequirements>().notNull().default({}),
    /** The request items (domain REQUEST_ITEMS) the authority requires; null: not known to Accord, never "none". */
    requestItems: text('request_items').array(),
    lawLinks: jsonb('law_links').$type<AuthorityLawLink[]>().notNull().default([]),
    contacts: jsonb('contacts').$type<AuthorityContact[]>().notNull().default([]),
    /** Fields beyond name, kind, channels and languages that the State makes public (domain AUTHORITY_OPTIONAL_PUBLIC_FIELDS). */
    publicFields: textArray('public_fields'),
    confirmedAt: ts('confirmed_at').notNull(),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    /** When the State's focal points were last reminded that the entry is stale. */
    remindedAt: ts('reminded_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('authorities_state_idx').on(t.stateCode)],
);

/** Every version of an authority entry, as it was after each change (created, updated, confirmed, deleted). */
export const authorityRevisions = pgTable(
  'authority_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    authorityId: uuid('authority_id').notNull(),
    stateCode: text('state_code').notNull(),
    version: integer('version').notNull(),
    /** created | updated | confirmed | deleted | imported */
    change: text('change').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: ts('changed_at').notNull(),
  },
  (t) => [index('authority_revisions_authority_idx').on(t.authorityId, t.version)],
);

const uuidArray = (name: string) => uuid(name).array().notNull().default(sql`'{}'::uuid[]`);

/**
 * A request for mutual legal assistance or extradition (issue 12). Drafted by the requesting State authority (an
 * organisation); once sent, the shared record between it and the requested State's practitioners. `content` is
 * domain/cooperation/requests.ts RequestContent, as written: the requested authority sees it only when
 * `content_shared`.
 */
export const cooperationRequests = pgTable(
  'cooperation_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** mla | extradition */
    kind: text('kind').notNull(),
    /** domain/cooperation/requests.ts REQUEST_STATUSES */
    status: text('status').notNull(),
    statusChangedAt: ts('status_changed_at').notNull(),
    /** Where the request stood when the requested authority asked for more information (it returns there). */
    statusBeforeInformation: text('status_before_information'),
    /** domain REFUSAL_GROUNDS, for a refused request. */
    refusalGround: text('refusal_ground'),
    requestingOrganisationId: uuid('requesting_organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestingStateCode: text('requesting_state_code')
      .notNull()
      .references(() => participants.code),
    requestedStateCode: text('requested_state_code')
      .notNull()
      .references(() => participants.code),
    requestedAuthorityId: uuid('requested_authority_id').references(() => authorities.id, { onDelete: 'set null' }),
    /** The multilateral legal basis (for lists and figures; the content holds the article). */
    instrumentId: text('instrument_id').references(() => instruments.id),
    content: jsonb('content').$type<RequestContent>().notNull(),
    contentShared: boolean('content_shared').notNull().default(false),
    /** People outside the requesting authority it named on the request. */
    sharedUserIds: uuidArray('shared_user_ids'),
    /** Supporting documents (library documents, each named-people confidential). */
    attachmentDocumentIds: uuidArray('attachment_document_ids'),
    /** Each side's own reference, shown on the shared record. */
    requestingReference: text('requesting_reference').notNull().default(''),
    requestedReference: text('requested_reference').notNull().default(''),
    duplicatedFrom: uuid('duplicated_from'),
    sentAt: ts('sent_at'),
    receivedAt: ts('received_at'),
    closedAt: ts('closed_at'),
    remindedAt: ts('reminded_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('cooperation_requests_requesting_idx').on(t.requestingOrganisationId, t.updatedAt),
    index('cooperation_requests_requested_idx').on(t.requestedStateCode, t.status, t.updatedAt),
    index('cooperation_requests_shared_idx').using('gin', t.sharedUserIds),
    index('cooperation_requests_open_idx').on(t.status, t.statusChangedAt),
  ],
);

/** A request's timeline: every event, by which side, when and why. Append-only. */
export const cooperationRequestEvents = pgTable(
  'cooperation_request_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => cooperationRequests.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** domain REQUEST_EVENTS, or `create` */
    event: text('event').notNull(),
    /** requesting | requested */
    side: text('side').notNull(),
    ground: text('ground'),
    note: text('note').notNull().default(''),
    at: ts('at').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
  },
  (t) => [index('cooperation_request_events_request_idx').on(t.requestId, t.id)],
);

/** The conversation between the two authorities on a sent request. */
export const cooperationRequestMessages = pgTable(
  'cooperation_request_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => cooperationRequests.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id),
    side: text('side').notNull(),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('cooperation_request_messages_request_idx').on(t.requestId, t.seq)],
);
