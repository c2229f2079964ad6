// Legislation and the library (issue 13): the provisions of national laws held in the library, each mapped to the
// instrument requirements it implements (domain/library/checklist.ts); who assessed a State's incorporation of each
// requirement, on what evidence; and one search index over every searchable record.
import { sql } from 'drizzle-orm';
import { bigserial, customType, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { documents, organisations, users } from './accounts.ts';
import { activities } from './assistance.ts';
import { instruments, participants } from './index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A provision of a national law (a library record of kind national-legislation): its number, its text, what it implements. */
export const legalProvisions = pgTable(
  'legal_provisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    /** As the law numbers it ("Article 421-2-2", "s. 83.02"). */
    label: text('label').notNull(),
    text: text('text').notNull().default(''),
    /** domain/library/checklist.ts requirement ids ("financing1999:offences"). */
    requirementIds: textArray('requirement_ids'),
    position: integer('position').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('legal_provisions_document_idx').on(t.documentId),
    index('legal_provisions_requirements_idx').using('gin', t.requirementIds).with({ fastupdate: false }),
  ],
);

/**
 * One assessment of one State's incorporation of one requirement, by one organisation, on one day. Append-only but
 * for withdrawal: a new assessment by the same organisation supersedes its earlier one; assessments by different
 * organisations that disagree are all kept and shown (as publishers' disagreements on treaty status are).
 */
export const incorporationAssessments = pgTable(
  'incorporation_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stateCode: text('state_code')
      .notNull()
      .references(() => participants.code),
    instrumentId: text('instrument_id')
      .notNull()
      .references(() => instruments.id),
    requirementId: text('requirement_id').notNull(),
    /** covered | partly-covered | not-covered ("not known" is the absence of any assessment). */
    status: text('status').notNull(),
    /** state (the State's own) | assistance (an entity's legislative-assistance activity) | review */
    source: text('source').notNull(),
    /** The evidence: a provision of a law in the library (required unless not-covered). */
    provisionId: uuid('provision_id').references(() => legalProvisions.id),
    /** For source = assistance: the activity that drafted or reviewed the law. */
    activityId: uuid('activity_id').references(() => activities.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    assessedBy: uuid('assessed_by').references(() => users.id),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: ts('created_at').notNull(),
    /** Set when a later assessment by the same organisation replaces it, or it is withdrawn. */
    supersededAt: ts('superseded_at'),
  },
  (t) => [
    index('incorporation_assessments_state_idx').on(t.stateCode, t.instrumentId),
    index('incorporation_assessments_provision_idx').on(t.provisionId),
    index('incorporation_assessments_activity_idx').on(t.activityId),
    // One current assessment per organisation, State and requirement: two writes at once cannot both stay current.
    uniqueIndex('incorporation_assessments_current_idx')
      .on(t.stateCode, t.requirementId, t.organisationId)
      .where(sql`superseded_at is null`),
  ],
);

/**
 * The search index: one entry per searchable record (a library record, a legal provision, a treaty article, an
 * assistance record), written in the transaction that writes the record. `terms` is the text segmented and folded in
 * the app (domain/library/text.ts), so PostgreSQL's 'simple' configuration indexes the same tokens on PGlite and on
 * PostgreSQL. The confidentiality columns are the record's own, so the scope condition runs inside the query.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** document | provision | article | assistance-request | activity | programme */
    sourceKind: text('source_kind').notNull(),
    sourceId: text('source_id').notNull(),
    title: text('title').notNull(),
    /** The text shown and highlighted. */
    body: text('body').notNull(),
    /** Segmented, folded tokens of title and body, space-separated. */
    terms: text('terms').notNull(),
    tsv: tsvector('tsv')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, terms)`),
    /** The record kind facet (a library kind, or the source kind). */
    kind: text('kind').notNull(),
    language: text('language'),
    year: integer('year'),
    stateCodes: textArray('state_codes'),
    instrumentIds: textArray('instrument_ids'),
    requirementIds: textArray('requirement_ids'),
    themes: textArray('themes'),
    mandates: textArray('mandates'),
    /** public | state-restricted | un-internal | named-people, and the columns scopeCondition reads. */
    confidentiality: text('confidentiality').notNull(),
    stateCode: text('state_code'),
    ownerOrganisationId: uuid('owner_organisation_id'),
    sharedOrganisationIds: uuid('shared_organisation_ids').array().notNull().default(sql`'{}'::uuid[]`),
    namedUserIds: uuid('named_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('search_entries_source_idx').on(t.sourceKind, t.sourceId),
    index('search_entries_tsv_idx').using('gin', t.tsv).with({ fastupdate: false }),
    index('search_entries_instruments_idx').using('gin', t.instrumentIds).with({ fastupdate: false }),
    index('search_entries_states_idx').using('gin', t.stateCodes).with({ fastupdate: false }),
    index('search_entries_themes_idx').using('gin', t.themes).with({ fastupdate: false }),
  ],
);
