// International cooperation in criminal matters (issue 11): what each treaty says about cooperation (reference data,
// seeded from data/reference/cooperation-provisions.csv), bilateral extradition and MLA treaties entered by users,
// what States declared that changes the answer (with its source), and the directory of competent national
// authorities kept by each State's own people, with every revision kept.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuthorityContact, AuthorityLawLink, AuthorityRequirements } from '#domain/cooperation/types.ts';
import { users } from './accounts.ts';
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
