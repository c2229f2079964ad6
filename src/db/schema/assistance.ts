// Technical assistance (issue 4): requests and their timeline and conversation, programmes, strategies, activities
// and their results, needs from assessments, the coordinators' overlap queue, and notifications. Every record that a
// State or an entity may keep to itself carries the confidentiality of ConfidentialRecord (domain/accounts/
// confidentiality.ts): a level, the State(s) it concerns, the organisation holding it and those it is shared with.
// Vocabularies (themes, kinds, statuses, mandates) are stored as their stable ids from domain/assistance/.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { InstitutionKind } from '#domain/assistance/activities.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import { documents, organisations, users } from './accounts.ts';
import { instruments, participationEvents } from './index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);
const uuidArray = (name: string) => uuid(name).array().notNull().default(sql`'{}'::uuid[]`);

/**
 * A State's request for assistance, addressed to one entity. Confidential to the State and the entities assisting
 * it by default (state-restricted, held by the addressed entity, shared with the requesting authority).
 */
export const assistanceRequests = pgTable(
  'assistance_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human reference, unique: `FRA-2026-0003` (State, year of creation, per-State serial; before, `REQ-2026-0042`). */
    reference: text('reference').notNull(),
    stateCode: text('state_code').notNull(),
    /** The State authority asking (null when recorded on the State's behalf and the authority is not in Accord). */
    requestingOrganisationId: uuid('requesting_organisation_id').references(() => organisations.id),
    /** As named in a note verbale when the authority is not in the directory. */
    requestingAuthorityName: text('requesting_authority_name'),
    addressedToOrganisationId: uuid('addressed_to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    themes: textArray('themes'),
    /** Instrument ids (treaty module) concerned. */
    instrumentIds: textArray('instrument_ids'),
    mandates: textArray('mandates'),
    needs: text('needs').notNull().default(''),
    priorities: text('priorities').notNull().default(''),
    /** in-person | online | hybrid | no-preference */
    modality: text('modality').notNull().default('no-preference'),
    languages: textArray('languages'),
    /** low | normal | high | urgent */
    urgency: text('urgency').notNull().default('normal'),
    /** domain/assistance/request-workflow.ts REQUEST_STATUSES */
    status: text('status').notNull(),
    statusChangedAt: ts('status_changed_at').notNull(),
    /** Recorded by an officer from a note verbale (the note is one of the attachments). */
    recordedOnBehalf: boolean('recorded_on_behalf').notNull().default(false),
    noteVerbaleDocumentId: uuid('note_verbale_document_id').references(() => documents.id),
    /** Documents attached (each keeps its own confidentiality). */
    attachmentDocumentIds: uuidArray('attachment_document_ids'),
    confidentiality: text('confidentiality').notNull().default('state-restricted'),
    /** Organisations it is shared with beyond the addressed entity (the requesting authority, partners). */
    sharedOrganisationIds: uuidArray('shared_organisation_ids'),
    namedUserIds: uuidArray('named_user_ids'),
    /** The request this one was referred from (a referral opens a new request for the target entity). */
    referredFromRequestId: uuid('referred_from_request_id'),
    submittedAt: ts('submitted_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('assistance_requests_reference_idx').on(t.reference),
    index('assistance_requests_state_idx').on(t.stateCode, t.status),
    index('assistance_requests_addressed_idx').on(t.addressedToOrganisationId, t.status),
    index('assistance_requests_updated_idx').on(t.updatedAt),
  ],
);

/**
 * The last serial of each State's requests in a year (`FRA-2026-0003`): one counter per State and year, so that a
 * State's references say nothing of how many requests other States made. Taken by an upsert in the creating
 * transaction (the row lock orders concurrent creations). References before these counters (`REQ-2026-0042`, one
 * global serial) keep theirs.
 */
export const requestReferenceCounters = pgTable(
  'request_reference_counters',
  {
    stateCode: text('state_code').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.stateCode, t.year] })],
);

/** The timeline: every transition, who made it, when and why. Append-only. */
export const assistanceRequestEvents = pgTable(
  'assistance_request_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assistanceRequests.id),
    /** null for the creation of the draft. */
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** A workflow event, or `create` */
    event: text('event').notNull(),
    comment: text('comment'),
    /** For a decline: DECLINE_REASONS */
    reason: text('reason'),
    referredToOrganisationId: uuid('referred_to_organisation_id').references(() => organisations.id),
    /** For a referral: the request opened for the target entity. */
    referralRequestId: uuid('referral_request_id'),
    at: ts('at').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
  },
  (t) => [index('assistance_request_events_request_idx').on(t.requestId, t.id)],
);

/** The conversation between the State and the entity on a request. Seen by whoever sees the request. */
export const assistanceRequestMessages = pgTable(
  'assistance_request_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => assistanceRequests.id),
    authorId: uuid('author_id').references(() => users.id),
    /** The organisation the author wrote for (their side of the conversation). */
    authorOrganisationId: uuid('author_organisation_id').references(() => organisations.id),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
    /** The order of writing, for messages written in the same millisecond. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('assistance_request_messages_request_idx').on(t.requestId, t.seq)],
);

/** One objective of a programme and the indicators that measure it. */
export interface ProgrammeObjective {
  id: string;
  text: string;
  indicators: { id: string; name: string; unit: string | null; baseline: number | null; target: number | null; actual: number | null }[];
}

/** Regional and thematic programmes (OP4), with objectives and indicators. Public by default. */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Short code, unique: `GLO-R35`, `MENA-CT`. */
    code: text('code').notNull(),
    /** regional | thematic */
    kind: text('kind').notNull(),
    names: jsonb('names').$type<LocalizedText>().notNull(),
    description: text('description').notNull().default(''),
    /** The entity leading it. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    partnerOrganisationIds: uuidArray('partner_organisation_ids'),
    /** Regional groups or subregions covered (free labels), and the States named. */
    regions: textArray('regions'),
    stateCodes: textArray('state_codes'),
    themes: textArray('themes'),
    mandates: textArray('mandates'),
    objectives: jsonb('objectives').$type<ProgrammeObjective[]>().notNull().default(sql`'[]'::jsonb`),
    startDate: day('start_date'),
    endDate: day('end_date'),
    confidentiality: text('confidentiality').notNull().default('public'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('programmes_code_idx').on(t.code), index('programmes_organisation_idx').on(t.organisationId)],
);

/** A national or regional counter-terrorism strategy, with its stage. Public by default. */
export const strategies = pgTable(
  'strategies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** national | regional */
    scope: text('scope').notNull(),
    /** The State (national) or the States (regional) it covers. */
    stateCodes: textArray('state_codes'),
    /** For a regional strategy: the region or organisation it belongs to (free label). */
    region: text('region'),
    title: text('title').notNull(),
    /** drafting | adopted | under-review */
    stage: text('stage').notNull(),
    stageChangedOn: day('stage_changed_on'),
    adoptedOn: day('adopted_on'),
    documentId: uuid('document_id').references(() => documents.id),
    notes: text('notes').notNull().default(''),
    confidentiality: text('confidentiality').notNull().default('public'),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('strategies_states_idx').using('gin', t.stateCodes)],
);

/**
 * An activity: under a request or a programme (or supporting a strategy), delivered by one entity. Participants
 * are counts, never people: by sex in columns (summed across 400,000 participants by the reports), by institution
 * kind as a map.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** ACTIVITY_KINDS */
    kind: text('kind').notNull(),
    /** planned | in-delivery | completed | cancelled */
    status: text('status').notNull().default('planned'),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestId: uuid('request_id').references(() => assistanceRequests.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    strategyId: uuid('strategy_id').references(() => strategies.id),
    stateCodes: textArray('state_codes'),
    themes: textArray('themes'),
    mandates: textArray('mandates'),
    instrumentIds: textArray('instrument_ids'),
    startDate: day('start_date').notNull(),
    endDate: day('end_date').notNull(),
    online: boolean('online').notNull().default(false),
    placeCity: text('place_city'),
    placeCountryCode: text('place_country_code'),
    languages: textArray('languages'),
    partnerOrganisationIds: uuidArray('partner_organisation_ids'),
    /** Beneficiary institutions, by name (and kind). */
    beneficiaries: jsonb('beneficiaries').$type<{ name: string; kind: InstitutionKind | null }[]>().notNull().default(sql`'[]'::jsonb`),
    participantsTotal: integer('participants_total'),
    participantsFemale: integer('participants_female'),
    participantsMale: integer('participants_male'),
    participantsOther: integer('participants_other'),
    participantsByInstitution: jsonb('participants_by_institution').$type<Partial<Record<InstitutionKind, number>>>(),
    outputs: text('outputs').notNull().default(''),
    followUp: text('follow_up').notNull().default(''),
    confidentiality: text('confidentiality').notNull().default('state-restricted'),
    sharedOrganisationIds: uuidArray('shared_organisation_ids'),
    namedUserIds: uuidArray('named_user_ids'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('activities_states_idx').using('gin', t.stateCodes),
    // "Who does what, where" for one theme over long periods.
    index('activities_themes_idx').using('gin', t.themes),
    index('activities_dates_idx').on(t.startDate, t.endDate),
    index('activities_end_idx').on(t.endDate),
    index('activities_organisation_idx').on(t.organisationId, t.startDate),
    index('activities_request_idx').on(t.requestId),
    index('activities_programme_idx').on(t.programmeId),
  ],
);

/**
 * What an activity or a request led to. A result of kind `ratification-deposited` links the participation event of
 * the treaty-status module, so "ratifications following assistance" is counted from records, never typed in.
 */
export const assistanceResults = pgTable(
  'assistance_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** RESULT_KINDS: ratification-deposited | legislation-adopted | strategy-adopted | cooperation-request-made | ... */
    kind: text('kind').notNull(),
    activityId: uuid('activity_id').references(() => activities.id),
    requestId: uuid('request_id').references(() => assistanceRequests.id),
    stateCode: text('state_code').notNull(),
    /** The participation event (signature, ratification, accession, ...) this result is. */
    participationEventId: bigint('participation_event_id', { mode: 'number' }).references(() => participationEvents.id),
    instrumentId: text('instrument_id').references(() => instruments.id),
    strategyId: uuid('strategy_id').references(() => strategies.id),
    documentId: uuid('document_id').references(() => documents.id),
    /**
     * For a result linking its event, the event's date. For an EXPECTED ratification (participation_event_id null,
     * instrument_id set), the day it was recorded; it is confirmed on read by the State's deposit (results.repo.ts).
     */
    date: day('date').notNull(),
    /** For an expected ratification: the date the recorder expects the deposit, if any. Never counted. */
    expectedDate: day('expected_date'),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('assistance_results_activity_idx').on(t.activityId),
    index('assistance_results_request_idx').on(t.requestId),
    index('assistance_results_state_idx').on(t.stateCode, t.date),
    uniqueIndex('assistance_results_event_idx').on(t.participationEventId, t.activityId),
  ],
);

/** A need identified by an assessment, recorded with its source; matched to open requests and activities. */
export const assistanceNeeds = pgTable(
  'assistance_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stateCode: text('state_code').notNull(),
    themes: textArray('themes'),
    instrumentIds: textArray('instrument_ids'),
    description: text('description').notNull(),
    /** The assessment that found it: its name, who made it, when, and the document if held. */
    sourceTitle: text('source_title').notNull(),
    sourceOrganisationId: uuid('source_organisation_id').references(() => organisations.id),
    sourceDocumentId: uuid('source_document_id').references(() => documents.id),
    assessedOn: day('assessed_on').notNull(),
    /** open | met | no-longer-relevant */
    status: text('status').notNull().default('open'),
    confidentiality: text('confidentiality').notNull().default('state-restricted'),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('assistance_needs_state_idx').on(t.stateCode, t.status)],
);

/**
 * The coordinators' queue: a pair of activities of different entities for the same State and theme over overlapping
 * dates, found when one of them was saved. `activityId` is the one saved later. One row per pair.
 */
export const activityOverlaps = pgTable(
  'activity_overlaps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    otherActivityId: uuid('other_activity_id')
      .notNull()
      .references(() => activities.id),
    stateCodes: textArray('state_codes'),
    themes: textArray('themes'),
    fromDate: day('from_date').notNull(),
    toDate: day('to_date').notNull(),
    detectedAt: ts('detected_at').notNull(),
    /** open | resolved */
    status: text('status').notNull().default('open'),
    /** OVERLAP_RESOLUTIONS: coordinated | merged | rescheduled | not-a-duplicate | cancelled */
    resolution: text('resolution'),
    resolutionComment: text('resolution_comment'),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: ts('resolved_at'),
  },
  (t) => [
    uniqueIndex('activity_overlaps_pair_idx').on(t.activityId, t.otherActivityId),
    index('activity_overlaps_open_idx').on(t.status, t.detectedAt),
  ],
);

/** What a person follows: a State, a theme or an entity; delivered in-app, by e-mail, and as an Atom feed. */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** state | theme | entity */
    kind: text('kind').notNull(),
    /** A State code, a theme id, or an organisation id. */
    value: text('value').notNull(),
    email: boolean('email').notNull().default(false),
    /** SHA-256 of the secret in the feed's URL (the feed reader's credential). */
    feedTokenHash: text('feed_token_hash').notNull(),
    createdAt: ts('created_at').notNull(),
    /** Bumped by every update, in the same statement; a write names the version it read (If-Match, ADR 19). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('subscriptions_user_idx').on(t.userId, t.kind, t.value),
    uniqueIndex('subscriptions_feed_idx').on(t.feedTokenHash),
    index('subscriptions_target_idx').on(t.kind, t.value),
  ],
);

/**
 * A notification to one person about one record. Written only for people who may see the record when it is made;
 * what it says is its kind and params (rendered per language at display time), never the record's confidential text.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** request-submitted | request-transition | request-message | activity-planned | overlap-found | ... */
    kind: text('kind').notNull(),
    /** request | activity | overlap */
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    /** The subscription that matched, if any (null: the person is a party to the record). */
    subscriptionId: uuid('subscription_id').references(() => subscriptions.id, { onDelete: 'set null' }),
    params: jsonb('params').$type<Record<string, string | number | null>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: ts('created_at').notNull(),
    readAt: ts('read_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_subscription_idx').on(t.subscriptionId, t.createdAt),
  ],
);

/**
 * One row, bumped by a statement trigger on every change to activities (and to organisations, whose names the views
 * show): the cheap question "has anything changed?" that lets app servers keep the coordination views they derived,
 * as data_version does for treaty status (ADR 9). A trigger rather than the use cases, so no write path can forget it.
 */
export const activityVersion = pgTable('activity_version', {
  id: integer('id').primaryKey().default(1),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

/**
 * "Who does what, where" kept flat (ADR 16): one row per State × theme × entity that has ever had an activity, under
 * a small integer id, and one row per activity (not cancelled) and cell with the activity's dates. A row trigger on
 * activities maintains both (migration 0004), so no write path can forget them. Aggregating integers over the spans is
 * several times faster than unnesting each activity's States and themes at read time.
 */
export const coordinationCells = pgTable(
  'coordination_cells',
  {
    id: serial('id').primaryKey(),
    stateCode: text('state_code').notNull(),
    theme: text('theme').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('coordination_cells_key').on(t.stateCode, t.theme, t.organisationId)],
);

export const activityCellSpans = pgTable(
  'activity_cell_spans',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    cellId: integer('cell_id')
      .notNull()
      .references(() => coordinationCells.id, { onDelete: 'cascade' }),
    startDate: day('start_date').notNull(),
    endDate: day('end_date').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.cellId] }),
    index('activity_cell_spans_cell_idx').on(t.cellId),
    // The default period (a year back, a year ahead) starts from the spans that end in it.
    index('activity_cell_spans_end_idx').on(t.endDate),
  ],
);
