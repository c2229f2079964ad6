// Database schema. snake_case in SQL, camelCase in TypeScript. Migrations are generated from this file
// (`npm run db:generate`), reviewed, committed under src/db/migrations and never edited after they land.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { EntryIntoForceRule, LocalizedText } from '#domain/treaties/types.ts';

/** States and other participants (observer States, non-member States, organisations such as the EU). */
export const participants = pgTable('participants', {
  /** ISO 3166-1 alpha-3, or a private-use X-code for a participant without one (XEU = European Union). */
  code: text('code').primaryKey(),
  iso2: text('iso2'),
  m49: text('m49'),
  /** member | observer | non_member | organization */
  kind: text('kind').notNull(),
  regionalGroup: text('regional_group'),
  memberSince: date('member_since', { mode: 'string' }),
  /** The day it became a State, where that is after the oldest instrument (data/reference/statehood.csv); before it: "not yet a State". */
  stateSince: date('state_since', { mode: 'string' }),
  names: jsonb('names').$type<LocalizedText>().notNull(),
  officialNameEn: text('official_name_en'),
  source: text('source').notNull(),
});

/** Names as written by publishers (historical names, UN variants, encoding damage) → participant code. */
export const participantAliases = pgTable('participant_aliases', {
  /** The normalised form (see normaliseName in the domain). */
  alias: text('alias').primaryKey(),
  code: text('code')
    .notNull()
    .references(() => participants.code),
  note: text('note'),
});

export const instruments = pgTable('instruments', {
  id: text('id').primaryKey(),
  /** universal (one of the 19) | related (e.g. UNTOC, UNCAC: legal bases for cooperation) | regional (CoE, OAS, AU, …) */
  category: text('category').notNull(),
  sortOrder: integer('sort_order').notNull(),
  shortNames: jsonb('short_names').$type<LocalizedText>().notNull(),
  titles: jsonb('titles').$type<LocalizedText>().notNull(),
  titleSources: jsonb('title_sources').$type<Record<string, string>>().notNull().default({}),
  adoptedPlace: text('adopted_place'),
  adoptedDate: date('adopted_date', { mode: 'string' }),
  openedForSignature: date('opened_for_signature', { mode: 'string' }),
  entryIntoForce: date('entry_into_force', { mode: 'string' }),
  depositary: text('depositary'),
  untcRef: text('untc_ref'),
  eifRule: jsonb('eif_rule').$type<EntryIntoForceRule>(),
  eifRuleSource: text('eif_rule_source'),
  reportedPartiesCount: integer('reported_parties_count'),
  reportedPartiesAsOf: text('reported_parties_as_of'),
  sourceUrl: text('source_url'),
  notes: text('notes'),
});

/** A publisher's document: a status list as of a date. */
export const sources = pgTable(
  'sources',
  {
    id: serial('id').primaryKey(),
    publisher: text('publisher').notNull(),
    title: text('title').notNull(),
    url: text('url'),
    asOf: date('as_of', { mode: 'string' }),
  },
  (t) => [uniqueIndex('sources_identity').on(t.publisher, t.title, t.asOf)],
);

export const importBatches = pgTable('import_batches', {
  id: serial('id').primaryKey(),
  format: text('format').notNull(),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  instrumentId: text('instrument_id').references(() => instruments.id),
  sourceId: integer('source_id').references(() => sources.id),
  /** applied | reverted */
  status: text('status').notNull(),
  /**
   * True when the file is the publisher's whole list as of the source date (a UNTC status page), so that a
   * participant absent from it is known not to participate; false for excerpts, where absence means unknown.
   */
  complete: boolean('complete').notNull().default(false),
  summary: jsonb('summary').notNull().default({}),
  log: jsonb('log').notNull().default([]),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  revertedAt: timestamp('reverted_at', { withTimezone: true }),
});

/**
 * Append-only: nothing here is updated or deleted. A correction is a new event from its own source; the current
 * view is derived (see domain/treaties/status.ts). Reverting a batch marks the batch, not its events.
 */
export const participationEvents = pgTable(
  'participation_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    instrumentId: text('instrument_id')
      .notNull()
      .references(() => instruments.id),
    participantCode: text('participant_code')
      .notNull()
      .references(() => participants.code),
    kind: text('kind').notNull(),
    date: date('date', { mode: 'string' }),
    effectiveDate: date('effective_date', { mode: 'string' }),
    text: text('text'),
    nameAsWritten: text('name_as_written').notNull(),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id),
    supersedesId: bigint('supersedes_id', { mode: 'number' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    note: text('note'),
  },
  (t) => [
    index('participation_events_instrument_participant').on(t.instrumentId, t.participantCode),
    index('participation_events_participant').on(t.participantCode),
    index('participation_events_batch').on(t.batchId),
    index('participation_events_recorded_at').on(t.recordedAt),
  ],
);

/** One row, bumped by every import and revert: lets app servers cache derived views safely. */
export const dataVersion = pgTable('data_version', {
  id: integer('id').primaryKey().default(1),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().default(sql`now()`),
});

/**
 * The audit trail: append-only (a trigger refuses UPDATE and DELETE), and hash-chained: each entry stores the hash of
 * the previous one and its own, so `accord audit verify` finds an entry edited, deleted or reordered behind the
 * database's back (docs/decisions/0011-audit-trail.md).
 */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  /** Who: `cli:<os user>`, later `user:<id>` or `token:<id>`. */
  actor: text('actor').notNull(),
  /** What, as `resource:verb` (import-batch:create, import-batch:revert, reference-data:seed). */
  action: text('action').notNull(),
  targetType: text('target_type').notNull(),
  targetId: text('target_id').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  /** 1: SHA-256 (entries written before keying); 2: HMAC-SHA-256 with a key kept outside the database (ADR 0018). */
  chain: smallint('chain').notNull().default(1),
}, (t) => [
  // Administrators filter the trail by who, what and which record (issue 3); newest first by id.
  index('audit_log_actor_idx').on(t.actor, t.id),
  index('audit_log_action_idx').on(t.action, t.id),
  index('audit_log_target_idx').on(t.targetType, t.targetId, t.id),
]);
export * from './accounts.ts';
export * from './assistance.ts';
export * from './cooperation.ts';
export * from './funding.ts';
export * from './library.ts';
export * from './reporting.ts';
export * from './shared.ts';

/**
 * The first load of the shipped data (reference data and every shipped status list), written once it is complete.
 * Without it, `serve` finishes the load (seeding is an upsert, and lists already imported are skipped), so a first
 * start killed half-way is completed by the next one instead of serving part of the data as if it were all.
 */
export const firstLoad = pgTable('first_load', {
  id: boolean('id').primaryKey().default(true),
  completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  lists: integer('lists').notNull(),
});
