// Reporting (issue 14 §2–3): the mandate registry — resolutions imported from their texts in any of the six
// languages, their paragraphs with addressees, asks and reporting requests, the documents they cite and the earlier
// resolutions they recall — and the Secretary-General's report drafts written from the records.
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '#domain/treaties/types.ts';
import { organisations, users } from './accounts.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

/** A resolution of the General Assembly, the Security Council, ECOSOC or a Commission, by its symbol. */
export const resolutions = pgTable(
  'resolutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The document symbol as printed: `A/RES/70/177`, `S/RES/2178 (2014)`, `E/RES/2019/19`. */
    symbol: text('symbol').notNull(),
    /** The short key mandate ids are built on: `70/177` (GA), `S/2178`, … (`<key>/OPn`). */
    key: text('key').notNull(),
    /** ga | sc | ecosoc | commission */
    body: text('body').notNull(),
    adoptedOn: day('adopted_on'),
    titles: jsonb('titles').$type<LocalizedText>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('resolutions_symbol_idx').on(t.symbol), uniqueIndex('resolutions_key_idx').on(t.key)],
);

/** One language's text of a resolution, as imported (text or HTML), with where it came from. */
export const resolutionTexts = pgTable(
  'resolution_texts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resolutionId: uuid('resolution_id')
      .notNull()
      .references(() => resolutions.id),
    /** ar | zh | en | fr | ru | es */
    language: text('language').notNull(),
    /** text | html */
    format: text('format').notNull(),
    content: text('content').notNull(),
    sha256: text('sha256').notNull(),
    source: text('source').notNull().default(''),
    importedBy: uuid('imported_by').references(() => users.id),
    importedAt: ts('imported_at').notNull(),
  },
  (t) => [uniqueIndex('resolution_texts_language_idx').on(t.resolutionId, t.language)],
);

/**
 * A preambular or operative paragraph, numbered as in the text (operative 1, 2, …; preambular in order), with its
 * text per language and what the parser (or an editor) found in it. Corrections are kept in resolution_corrections.
 */
export const resolutionParagraphs = pgTable(
  'resolution_paragraphs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resolutionId: uuid('resolution_id')
      .notNull()
      .references(() => resolutions.id),
    /** preambular | operative */
    kind: text('kind').notNull(),
    /** Operative: the number printed; preambular: the position (1, 2, …). */
    number: integer('number').notNull(),
    /** The mandate id an operative paragraph is (`70/177/OP3`); null for a preambular paragraph. */
    mandateId: text('mandate_id'),
    texts: jsonb('texts').$type<LocalizedText>().notNull(),
    /** Who it addresses: member-states | unodc | secretary-general | donors | un-entities | … (domain/reporting). */
    addressees: textArray('addressees'),
    /** Its opening verb, as the parser read it (requests, calls upon, invites, recalls, …). */
    verb: text('verb'),
    /** What it asks for, in its own words. */
    asks: text('asks').notNull().default(''),
    /** A reporting request: to which body, at which session. */
    reporting: jsonb('reporting').$type<{ to: string; session: number | null } | null>(),
    /** The documents it cites: `A/RES/68/187`, `S/RES/1373 (2001)`, `A/68/178`. */
    cites: textArray('cites'),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('resolution_paragraphs_number_idx').on(t.resolutionId, t.kind, t.number), index('resolution_paragraphs_mandate_idx').on(t.mandateId)],
);

/** An editor's correction of what the parser found in a paragraph: the field, before and after, by whom and when. */
export const resolutionCorrections = pgTable(
  'resolution_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    paragraphId: uuid('paragraph_id')
      .notNull()
      .references(() => resolutionParagraphs.id),
    field: text('field').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    note: text('note').notNull().default(''),
    correctedBy: uuid('corrected_by').references(() => users.id),
    correctedAt: ts('corrected_at').notNull(),
  },
  (t) => [index('resolution_corrections_paragraph_idx').on(t.paragraphId, t.correctedAt)],
);

/** A later resolution recalls, reaffirms, … an earlier one (by symbol, whether or not the registry holds it). */
export const resolutionLinks = pgTable(
  'resolution_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromResolutionId: uuid('from_resolution_id')
      .notNull()
      .references(() => resolutions.id),
    /** recalls | reaffirms | welcomes | takes-note | cites */
    relation: text('relation').notNull(),
    toSymbol: text('to_symbol').notNull(),
    /** The preambular or operative paragraph saying so. */
    paragraphId: uuid('paragraph_id').references(() => resolutionParagraphs.id),
  },
  (t) => [uniqueIndex('resolution_links_idx').on(t.fromResolutionId, t.relation, t.toSymbol), index('resolution_links_to_idx').on(t.toSymbol)],
);

/**
 * A draft of the Secretary-General's report: a period and a mandate set, the author's narrative per section, and
 * the figures as last computed (a snapshot the author refreshes). Read and written by coordinators.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** The resolution key whose paragraphs make the skeleton (`68/187`). */
    mandateSet: text('mandate_set').notNull(),
    periodFrom: day('period_from').notNull(),
    periodTo: day('period_to').notNull(),
    /** The language the narrative is written in. */
    language: text('language').notNull().default('en'),
    /** The narrative per section id (a mandate id or a figure section). */
    narrative: jsonb('narrative').$type<Record<string, string>>().notNull().default({}),
    /** The figures as last computed (domain/reporting/report.ts ReportFigures). */
    figures: jsonb('figures').notNull(),
    figuresComputedAt: ts('figures_computed_at').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('reports_period_idx').on(t.periodFrom, t.periodTo)],
);
