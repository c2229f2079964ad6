// Assistance requests, their timeline and their conversation. Lists are filtered by `requestScopeCondition(scope)`,
// the SQL twin of `isRequestVisible` (src/domain/assistance/access.ts; assistance-requests.repo.test.ts compares both
// over a grid of requests and actors), so a list or an export never holds a request a read would refuse:
// - a draft (not recorded on behalf) is its State's own: its focal points and its author;
// - otherwise the confidentiality scope of any record, held by the addressed entity and shared with the requesting
//   authority and the organisations in shared_organisation_ids.
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { Confidentiality, OrganisationKind } from '#domain/accounts/types.ts';
import type { RequestRecord } from '#domain/assistance/access.ts';
import type { RequestStatus } from '#domain/assistance/request-workflow.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '#db/client.ts';
import {
  activities,
  assistanceRequestEvents,
  assistanceRequestMessages,
  assistanceRequests,
  assistanceResults,
  instruments,
  organisations,
  participants,
  requestReferenceCounters,
  users,
} from '#db/schema/index.ts';
import { activityAccessColumns, likePattern, scopeCondition, textArray, type ScopeColumns } from '../conditions.ts';

export interface RequestRow {
  id: string;
  reference: string;
  stateCode: string;
  stateNames: LocalizedText;
  /** The State's regional group (null when it has none). */
  stateRegion: string | null;
  requestingOrganisationId: string | null;
  requestingOrganisationNames: LocalizedText | null;
  requestingAuthorityName: string | null;
  addressedToOrganisationId: string;
  addressedToOrganisationNames: LocalizedText;
  addressedToOrganisationAcronym: string | null;
  title: string;
  themes: string[];
  instrumentIds: string[];
  mandates: string[];
  needs: string;
  priorities: string;
  modality: string;
  languages: string[];
  urgency: string;
  status: RequestStatus;
  statusChangedAt: Date;
  recordedOnBehalf: boolean;
  noteVerbaleDocumentId: string | null;
  attachmentDocumentIds: string[];
  confidentiality: Confidentiality;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  referredFromRequestId: string | null;
  submittedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface RequestFilters {
  /** Any of these statuses. */
  statuses?: string[];
  stateCode?: string;
  /** Among its themes. */
  theme?: string;
  addressedTo?: string;
  urgency?: string;
  /** Part of the reference, the title, the needs or the priorities (case-insensitive). */
  q?: string;
  /** Addressed to one of these organisations (the queue). Empty: nothing. */
  addressedToAny?: string[];
  /** From one of these States (the caller's own). Empty: nothing. */
  stateCodes?: string[];
}

export type NewRequestRow = Omit<typeof assistanceRequests.$inferInsert, 'id' | 'reference'>;
export type RequestPatch = Partial<
  Pick<
    typeof assistanceRequests.$inferInsert,
    | 'requestingOrganisationId'
    | 'requestingAuthorityName'
    | 'addressedToOrganisationId'
    | 'title'
    | 'themes'
    | 'instrumentIds'
    | 'mandates'
    | 'needs'
    | 'priorities'
    | 'modality'
    | 'languages'
    | 'urgency'
    | 'attachmentDocumentIds'
    | 'noteVerbaleDocumentId'
    | 'status'
    | 'statusChangedAt'
    | 'submittedAt'
    | 'updatedAt'
  >
>;
export type NewRequestEvent = Omit<typeof assistanceRequestEvents.$inferInsert, 'id'>;

const R = assistanceRequests;

/** Held by (addressed to) the entity, by the requesting authority, or shared with an organisation. */
const REQUEST_SCOPE_COLUMNS: ScopeColumns = {
  confidentiality: R.confidentiality,
  stateCode: R.stateCode,
  owners: [R.addressedToOrganisationId, R.requestingOrganisationId],
  shared: R.sharedOrganisationIds,
  named: R.namedUserIds,
};

/**
 * The requests a person with this scope may see: exactly what `isRequestVisible` admits for the actor whose scope it
 * is (`scopeFor(actor)`). `null` (an anonymous caller) sees none.
 */
export function requestScopeCondition(scope: Scope | null): SQL {
  if (scope === null || scope.userId === null) return sql`false`;
  const ownDraft: SQL[] = [eq(R.createdBy, scope.userId)];
  if (scope.stateCodes.length > 0) ownDraft.push(inArray(R.stateCode, scope.stateCodes));
  const isPrivateDraft = and(eq(R.status, 'draft'), eq(R.recordedOnBehalf, false))!;
  return or(and(isPrivateDraft, or(...ownDraft)), and(sql`not (${isPrivateDraft})`, scopeCondition(REQUEST_SCOPE_COLUMNS, scope)))!;
}

function filterCondition(f: RequestFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.statuses && f.statuses.length > 0) conditions.push(inArray(R.status, f.statuses));
  if (f.stateCode) conditions.push(eq(R.stateCode, f.stateCode));
  if (f.theme) conditions.push(sql`${R.themes} @> ${textArray([f.theme])}`);
  if (f.addressedTo) conditions.push(eq(R.addressedToOrganisationId, f.addressedTo));
  if (f.urgency) conditions.push(eq(R.urgency, f.urgency));
  if (f.addressedToAny) {
    conditions.push(f.addressedToAny.length > 0 ? inArray(R.addressedToOrganisationId, f.addressedToAny) : sql`false`);
  }
  if (f.stateCodes) conditions.push(f.stateCodes.length > 0 ? inArray(R.stateCode, f.stateCodes) : sql`false`);
  if (f.q) {
    const pattern = likePattern(f.q);
    conditions.push(or(ilike(R.reference, pattern), ilike(R.title, pattern), ilike(R.needs, pattern), ilike(R.priorities, pattern))!);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

const requesting = alias(organisations, 'requesting_org');
const addressed = alias(organisations, 'addressed_org');

const COLUMNS = {
  id: R.id,
  reference: R.reference,
  stateCode: R.stateCode,
  stateNames: participants.names,
  stateRegion: participants.regionalGroup,
  requestingOrganisationId: R.requestingOrganisationId,
  requestingOrganisationNames: requesting.names,
  requestingAuthorityName: R.requestingAuthorityName,
  addressedToOrganisationId: R.addressedToOrganisationId,
  addressedToOrganisationNames: addressed.names,
  addressedToOrganisationAcronym: addressed.acronym,
  title: R.title,
  themes: R.themes,
  instrumentIds: R.instrumentIds,
  mandates: R.mandates,
  needs: R.needs,
  priorities: R.priorities,
  modality: R.modality,
  languages: R.languages,
  urgency: R.urgency,
  status: R.status,
  statusChangedAt: R.statusChangedAt,
  recordedOnBehalf: R.recordedOnBehalf,
  noteVerbaleDocumentId: R.noteVerbaleDocumentId,
  attachmentDocumentIds: R.attachmentDocumentIds,
  confidentiality: R.confidentiality,
  sharedOrganisationIds: R.sharedOrganisationIds,
  namedUserIds: R.namedUserIds,
  referredFromRequestId: R.referredFromRequestId,
  submittedAt: R.submittedAt,
  createdBy: R.createdBy,
  createdAt: R.createdAt,
  updatedAt: R.updatedAt,
  version: R.version,
};

function selectRequests(db: Db) {
  return db
    .select(COLUMNS)
    .from(R)
    .leftJoin(participants, eq(participants.code, R.stateCode))
    .leftJoin(requesting, eq(requesting.id, R.requestingOrganisationId))
    .leftJoin(addressed, eq(addressed.id, R.addressedToOrganisationId));
}
type SelectedRow = Awaited<ReturnType<typeof selectRequests>>[number];

function toRow(r: SelectedRow): RequestRow {
  return {
    ...r,
    stateNames: (r.stateNames ?? {}) as LocalizedText,
    requestingOrganisationNames: (r.requestingOrganisationNames ?? null) as LocalizedText | null,
    addressedToOrganisationNames: (r.addressedToOrganisationNames ?? {}) as LocalizedText,
    status: r.status as RequestStatus,
    confidentiality: r.confidentiality as Confidentiality,
  };
}

/** The request as the policy and the workflow see it. */
export function toRequestRecord(r: RequestRow): RequestRecord {
  return {
    status: r.status,
    stateCode: r.stateCode,
    stateRegion: r.stateRegion,
    addressedToOrganisationId: r.addressedToOrganisationId,
    themes: r.themes,
    recordedOnBehalf: r.recordedOnBehalf,
    requestingOrganisationId: r.requestingOrganisationId,
    confidentiality: r.confidentiality,
    sharedOrganisationIds: r.sharedOrganisationIds,
    namedUserIds: r.namedUserIds,
    createdBy: r.createdBy,
  };
}

export interface RequestEventRow {
  id: number;
  fromStatus: string | null;
  toStatus: string;
  event: string;
  comment: string | null;
  reason: string | null;
  referredToOrganisationId: string | null;
  referredToOrganisationNames: LocalizedText | null;
  referralRequestId: string | null;
  at: Date;
  byUserId: string | null;
  byDisplayName: string | null;
}

export interface RequestMessageRow {
  id: string;
  body: string;
  authorId: string | null;
  authorDisplayName: string | null;
  authorOrganisationId: string | null;
  authorOrganisationNames: LocalizedText | null;
  createdAt: Date;
}

/** An activity under a request, with what decides who may see it. */
export interface RequestActivityRow {
  id: string;
  title: string;
  kind: string;
  startDate: string;
  endDate: string;
  status: string;
  organisationId: string;
  organisationNames: LocalizedText;
  stateCodes: string[];
  confidentiality: Confidentiality;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  createdBy: string | null;
}

export interface RequestResultRow {
  id: string;
  kind: string;
  activityId: string | null;
  requestId: string | null;
  stateCode: string;
  participationEventId: number | null;
  instrumentId: string | null;
  date: string;
  description: string;
}

export interface OrganisationRef {
  id: string;
  kind: OrganisationKind;
  stateCode: string | null;
  names: LocalizedText;
}

export function createAssistanceRequestsRepo(db: Db) {
  return {
    /** Every id, in order (rebuilding the search index: app/library/reindex-search.ts). */
    async allIds(): Promise<string[]> {
      return (await db.select({ id: assistanceRequests.id }).from(assistanceRequests).orderBy(asc(assistanceRequests.id))).map((r) => r.id);
    },

    /** A page of the requests in scope matching the filters, most recently changed first, and the total. */
    async list(
      scope: Scope | null,
      filters: RequestFilters,
      page: { limit: number; offset: number },
    ): Promise<{ rows: RequestRow[]; total: number }> {
      const where = and(requestScopeCondition(scope), filterCondition(filters));
      const [rows, [totalRow]] = await Promise.all([
        selectRequests(db).where(where).orderBy(desc(R.updatedAt), desc(R.id)).limit(page.limit).offset(page.offset),
        db.select({ n: count() }).from(R).where(where),
      ]);
      return { rows: rows.map(toRow), total: Number(totalRow?.n ?? 0) };
    },

    /** `lock`: inside a transaction, hold the row until it ends. */
    async findById(id: string, options: { lock?: boolean } = {}): Promise<RequestRow | undefined> {
      const query = selectRequests(db).where(eq(R.id, id));
      const [row] = options.lock ? await query.for('update', { of: R }) : await query;
      return row ? toRow(row) : undefined;
    },

    /** These requests (absent: no such request), whoever may see them: the caller applies the policy. */
    async findByIds(ids: readonly string[]): Promise<RequestRow[]> {
      if (ids.length === 0) return [];
      return (await selectRequests(db).where(inArray(R.id, [...new Set(ids)]))).map(toRow);
    },

    /** Which of these ids are requests (whoever may see them): for links between requests. */
    async references(ids: readonly string[]): Promise<{ id: string; reference: string }[]> {
      if (ids.length === 0) return [];
      return db.select({ id: R.id, reference: R.reference }).from(R).where(inArray(R.id, [...ids]));
    },

    /**
     * Inserts a request with the next reference of its State and year, `FRA-2026-0003`: one counter per State and
     * year, so that a State's references say nothing of other States' requests. Call inside the creating
     * transaction: the counter's upsert locks its row until the transaction ends, so two requests never get the same
     * serial, and a rolled-back creation gives its serial back.
     */
    async insert(row: NewRequestRow): Promise<{ id: string; reference: string }> {
      const year = row.createdAt.getUTCFullYear();
      const [counter] = await db
        .insert(requestReferenceCounters)
        .values({ stateCode: row.stateCode, year, last: 1 })
        .onConflictDoUpdate({
          target: [requestReferenceCounters.stateCode, requestReferenceCounters.year],
          set: { last: sql`${requestReferenceCounters.last} + 1` },
        })
        .returning({ last: requestReferenceCounters.last });
      const reference = `${row.stateCode}-${year}-${String(counter!.last).padStart(4, '0')}`;
      const [inserted] = await db.insert(R).values({ ...row, reference }).returning({ id: R.id });
      return { id: inserted!.id, reference };
    },

    /** Bumps the version; with `expectedVersion`, only if the row is still that version. Returns the rows changed (0 or 1). */
    async update(id: string, patch: RequestPatch, expectedVersion?: number): Promise<number> {
      const rows = await db
        .update(R)
        .set({ ...patch, version: sql`${R.version} + 1` })
        .where(and(eq(R.id, id), expectedVersion === undefined ? undefined : eq(R.version, expectedVersion)))
        .returning({ id: R.id });
      return rows.length;
    },

    /** Removes a draft with its timeline and conversation (a draft has no activities or results: nothing else points to it). */
    async deleteDraft(id: string): Promise<void> {
      await db.delete(assistanceRequestMessages).where(eq(assistanceRequestMessages.requestId, id));
      await db.delete(assistanceRequestEvents).where(eq(assistanceRequestEvents.requestId, id));
      await db.delete(assistanceRequests).where(and(eq(assistanceRequests.id, id), eq(assistanceRequests.status, 'draft')));
    },

    async insertEvent(event: NewRequestEvent): Promise<number> {
      const [row] = await db.insert(assistanceRequestEvents).values(event).returning({ id: assistanceRequestEvents.id });
      return row!.id;
    },

    /** The timeline, oldest first. */
    async events(requestId: string): Promise<RequestEventRow[]> {
      const rows = await db
        .select({
          id: assistanceRequestEvents.id,
          fromStatus: assistanceRequestEvents.fromStatus,
          toStatus: assistanceRequestEvents.toStatus,
          event: assistanceRequestEvents.event,
          comment: assistanceRequestEvents.comment,
          reason: assistanceRequestEvents.reason,
          referredToOrganisationId: assistanceRequestEvents.referredToOrganisationId,
          referredToOrganisationNames: organisations.names,
          referralRequestId: assistanceRequestEvents.referralRequestId,
          at: assistanceRequestEvents.at,
          byUserId: assistanceRequestEvents.byUserId,
          byDisplayName: users.displayName,
        })
        .from(assistanceRequestEvents)
        .leftJoin(organisations, eq(organisations.id, assistanceRequestEvents.referredToOrganisationId))
        .leftJoin(users, eq(users.id, assistanceRequestEvents.byUserId))
        .where(eq(assistanceRequestEvents.requestId, requestId))
        .orderBy(asc(assistanceRequestEvents.id));
      return rows.map((r) => ({ ...r, referredToOrganisationNames: (r.referredToOrganisationNames ?? null) as LocalizedText | null }));
    },

    async insertMessage(message: Omit<typeof assistanceRequestMessages.$inferInsert, 'id'>): Promise<string> {
      const [row] = await db.insert(assistanceRequestMessages).values(message).returning({ id: assistanceRequestMessages.id });
      return row!.id;
    },

    /** The conversation, oldest first. */
    async messages(requestId: string): Promise<RequestMessageRow[]> {
      const rows = await db
        .select({
          id: assistanceRequestMessages.id,
          body: assistanceRequestMessages.body,
          authorId: assistanceRequestMessages.authorId,
          authorDisplayName: users.displayName,
          authorOrganisationId: assistanceRequestMessages.authorOrganisationId,
          authorOrganisationNames: organisations.names,
          createdAt: assistanceRequestMessages.createdAt,
        })
        .from(assistanceRequestMessages)
        .leftJoin(users, eq(users.id, assistanceRequestMessages.authorId))
        .leftJoin(organisations, eq(organisations.id, assistanceRequestMessages.authorOrganisationId))
        .where(eq(assistanceRequestMessages.requestId, requestId))
        .orderBy(asc(assistanceRequestMessages.seq));
      return rows.map((r) => ({ ...r, authorOrganisationNames: (r.authorOrganisationNames ?? null) as LocalizedText | null }));
    },

    /** Activities under the request, by start date (the caller filters them by what the reader may see). */
    async activities(requestId: string): Promise<RequestActivityRow[]> {
      const rows = await db
        .select({
          id: activities.id,
          title: activities.title,
          kind: activities.kind,
          startDate: activities.startDate,
          endDate: activities.endDate,
          status: activities.status,
          organisationNames: organisations.names,
          ...activityAccessColumns,
        })
        .from(activities)
        .leftJoin(organisations, eq(organisations.id, activities.organisationId))
        .where(eq(activities.requestId, requestId))
        .orderBy(asc(activities.startDate), asc(activities.id));
      return rows.map((r) => ({
        ...r,
        organisationNames: (r.organisationNames ?? {}) as LocalizedText,
        confidentiality: r.confidentiality as Confidentiality,
      }));
    },

    /** Results recorded on the request or on one of its activities, by date. */
    async results(requestId: string): Promise<RequestResultRow[]> {
      return db
        .select({
          id: assistanceResults.id,
          kind: assistanceResults.kind,
          activityId: assistanceResults.activityId,
          requestId: assistanceResults.requestId,
          stateCode: assistanceResults.stateCode,
          participationEventId: assistanceResults.participationEventId,
          instrumentId: assistanceResults.instrumentId,
          date: assistanceResults.date,
          description: assistanceResults.description,
        })
        .from(assistanceResults)
        .where(
          or(
            eq(assistanceResults.requestId, requestId),
            inArray(assistanceResults.activityId, db.select({ id: activities.id }).from(activities).where(eq(activities.requestId, requestId))),
          ),
        )
        .orderBy(asc(assistanceResults.date), asc(assistanceResults.id));
    },

    /** Regional groups of these participants (absent: no such participant). */
    async participantRegions(codes: readonly string[]): Promise<Map<string, string | null>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: participants.code, region: participants.regionalGroup })
        .from(participants)
        .where(inArray(participants.code, [...codes]));
      return new Map(rows.map((r) => [r.code, r.region]));
    },

    async organisations(ids: readonly string[]): Promise<Map<string, OrganisationRef>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: organisations.id, kind: organisations.kind, stateCode: organisations.stateCode, names: organisations.names })
        .from(organisations)
        .where(inArray(organisations.id, [...ids]));
      return new Map(rows.map((r) => [r.id, { ...r, kind: r.kind as OrganisationKind, names: r.names as LocalizedText }]));
    },

    /** Which of these ids are instruments. */
    async existingInstrumentIds(ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.select({ id: instruments.id }).from(instruments).where(inArray(instruments.id, [...ids]));
      return rows.map((r) => r.id);
    },
  };
}

export type AssistanceRequestsRepo = ReturnType<typeof createAssistanceRequestsRepo>;
