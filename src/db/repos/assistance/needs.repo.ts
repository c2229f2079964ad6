// Needs identified by assessments. Lists are filtered by `scopeCondition(NEED_SCOPE_COLUMNS, scope)`, the SQL twin of
// `isMultiStateVisible` for a record of one State (domain/assistance/access.ts; needs.repo.test.ts compares both
// over a grid). A need names no people and is shared with nobody beyond its holder, so named-people records are
// never written (the use cases refuse that level). Matching reads open requests and activities of the need's State.
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { MultiStateRecord } from '#domain/assistance/access.ts';
import { OPEN_REQUEST_STATUSES, type NeedStatus } from '#domain/assistance/needs.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { activities, assistanceNeeds, assistanceRequests, organisations, participants } from '#db/schema/index.ts';
import { activityAccessColumns, likePattern, requestAccessColumns, scopeCondition, textArray, uuidArray, type ScopeColumns } from '../conditions.ts';

export interface NeedRow {
  id: string;
  stateCode: string;
  stateRegion: string | null;
  themes: string[];
  instrumentIds: string[];
  description: string;
  sourceTitle: string;
  sourceOrganisationId: string | null;
  sourceOrganisationNames: LocalizedText | null;
  sourceDocumentId: string | null;
  assessedOn: string;
  status: NeedStatus;
  confidentiality: Confidentiality;
  ownerOrganisationId: string;
  ownerOrganisationNames: LocalizedText;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface NeedFilters {
  stateCode?: string;
  theme?: string;
  status?: NeedStatus;
  /** Held by this organisation. */
  organisationId?: string;
  /** Part of the description or the source's title. */
  q?: string;
}

export type NewNeedRow = Omit<typeof assistanceNeeds.$inferInsert, 'id'>;
export type NeedPatch = Partial<
  Pick<
    typeof assistanceNeeds.$inferInsert,
    | 'themes'
    | 'instrumentIds'
    | 'description'
    | 'sourceTitle'
    | 'sourceOrganisationId'
    | 'sourceDocumentId'
    | 'assessedOn'
    | 'status'
    | 'confidentiality'
    | 'updatedAt'
  >
>;


/** A need names no people and is shared with nobody beyond its holder. */
export const NEED_SCOPE_COLUMNS: ScopeColumns = {
  confidentiality: assistanceNeeds.confidentiality,
  stateCode: assistanceNeeds.stateCode,
  owners: [assistanceNeeds.ownerOrganisationId],
};

function filterCondition(f: NeedFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.stateCode) conditions.push(eq(assistanceNeeds.stateCode, f.stateCode));
  if (f.theme) conditions.push(sql`${assistanceNeeds.themes} @> ${textArray([f.theme])}`);
  if (f.status) conditions.push(eq(assistanceNeeds.status, f.status));
  if (f.organisationId) conditions.push(eq(assistanceNeeds.ownerOrganisationId, f.organisationId));
  if (f.q) {
    const pattern = likePattern(f.q);
    conditions.push(or(ilike(assistanceNeeds.description, pattern), ilike(assistanceNeeds.sourceTitle, pattern))!);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

const owner = alias(organisations, 'owner');
const source = alias(organisations, 'source');

function selectNeeds(db: Db) {
  return db
    .select({
      id: assistanceNeeds.id,
      stateCode: assistanceNeeds.stateCode,
      stateRegion: participants.regionalGroup,
      themes: assistanceNeeds.themes,
      instrumentIds: assistanceNeeds.instrumentIds,
      description: assistanceNeeds.description,
      sourceTitle: assistanceNeeds.sourceTitle,
      sourceOrganisationId: assistanceNeeds.sourceOrganisationId,
      sourceOrganisationNames: source.names,
      sourceDocumentId: assistanceNeeds.sourceDocumentId,
      assessedOn: assistanceNeeds.assessedOn,
      status: assistanceNeeds.status,
      confidentiality: assistanceNeeds.confidentiality,
      ownerOrganisationId: assistanceNeeds.ownerOrganisationId,
      ownerOrganisationNames: owner.names,
      createdBy: assistanceNeeds.createdBy,
      createdAt: assistanceNeeds.createdAt,
      updatedAt: assistanceNeeds.updatedAt,
      version: assistanceNeeds.version,
    })
    .from(assistanceNeeds)
    .leftJoin(participants, eq(participants.code, assistanceNeeds.stateCode))
    .leftJoin(owner, eq(owner.id, assistanceNeeds.ownerOrganisationId))
    .leftJoin(source, eq(source.id, assistanceNeeds.sourceOrganisationId));
}
type Selected = Awaited<ReturnType<ReturnType<typeof selectNeeds>['execute']>>[number];

function toNeedRow(r: Selected): NeedRow {
  return {
    ...r,
    status: r.status as NeedStatus,
    confidentiality: r.confidentiality as Confidentiality,
    ownerOrganisationNames: (r.ownerOrganisationNames ?? {}) as LocalizedText,
    sourceOrganisationNames: (r.sourceOrganisationNames ?? null) as LocalizedText | null,
  };
}

/** The need as the policy sees it: a record of one State, held by its owner, shared with nobody. */
export function toMultiStateRecord(n: Pick<NeedRow, 'confidentiality' | 'stateCode' | 'stateRegion' | 'ownerOrganisationId' | 'createdBy'>): MultiStateRecord {
  return {
    confidentiality: n.confidentiality,
    states: [{ code: n.stateCode, region: n.stateRegion }],
    ownerOrganisationId: n.ownerOrganisationId,
    sharedOrganisationIds: [],
    namedUserIds: [],
    createdBy: n.createdBy,
  };
}

/** An open request that may cover a need, with what its visibility check needs. */
export interface RequestMatchRow {
  id: string;
  reference: string;
  title: string;
  status: string;
  stateCode: string;
  stateRegion: string | null;
  themes: string[];
  addressedToOrganisationId: string;
  addressedToOrganisationNames: LocalizedText;
  requestingOrganisationId: string | null;
  recordedOnBehalf: boolean;
  confidentiality: Confidentiality;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  createdBy: string | null;
  submittedAt: Date | null;
}

/** An activity that may cover a need, with what its visibility check needs. */
export interface ActivityMatchRow {
  id: string;
  title: string;
  status: string;
  organisationId: string;
  organisationNames: LocalizedText;
  stateCodes: string[];
  themes: string[];
  startDate: string;
  endDate: string;
  confidentiality: Confidentiality;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  createdBy: string | null;
}

export function createNeedsRepo(db: Db) {
  return {
    async list(scope: Scope, filters: NeedFilters, page: { limit: number; offset: number }): Promise<{ rows: NeedRow[]; total: number }> {
      const where = and(scopeCondition(NEED_SCOPE_COLUMNS, scope), filterCondition(filters));
      const [rows, [totalRow]] = await Promise.all([
        selectNeeds(db).where(where).orderBy(desc(assistanceNeeds.assessedOn), desc(assistanceNeeds.createdAt), asc(assistanceNeeds.id)).limit(page.limit).offset(page.offset),
        db.select({ n: count() }).from(assistanceNeeds).where(where),
      ]);
      return { rows: rows.map(toNeedRow), total: Number(totalRow?.n ?? 0) };
    },

    /**
     * The open needs in scope (with the filters) for which SQL finds no candidate request or activity: a narrowing
     * of the same rule as the domain's (`requestCovers`, `activityCovers`), which the use case applies to what is
     * returned here, with one candidate of each kind per need (enough to decide).
     */
    async openNeedsWithCandidates(scope: Scope, filters: NeedFilters): Promise<{
      needs: NeedRow[];
      requests: { stateCode: string; themes: string[]; status: string }[];
      activities: { stateCodes: string[]; themes: string[]; endDate: string; status: string }[];
    }> {
      const where = and(scopeCondition(NEED_SCOPE_COLUMNS, scope), filterCondition({ ...filters, status: 'open' }));
      const needs = (await selectNeeds(db).where(where).orderBy(desc(assistanceNeeds.assessedOn), asc(assistanceNeeds.id))).map(toNeedRow);
      if (needs.length === 0) return { needs, requests: [], activities: [] };
      const ids = needs.map((n) => n.id);
      const idList = uuidArray(ids);
      const open = textArray(OPEN_REQUEST_STATUSES);
      const [requests, acts] = await Promise.all([
        db.execute(sql`
          select r.state_code, r.themes, r.status
          from assistance_needs n
          cross join lateral (
            select r.state_code, r.themes, r.status from assistance_requests r
            where r.state_code = n.state_code and r.status = any(${open}) and r.themes && n.themes limit 1
          ) r
          where n.id = any(${idList})`),
        db.execute(sql`
          select a.state_codes, a.themes, a.end_date, a.status
          from assistance_needs n
          cross join lateral (
            select a.state_codes, a.themes, a.end_date, a.status from activities a
            where a.state_codes @> array[n.state_code] and a.status <> 'cancelled' and a.end_date >= n.assessed_on
              and a.themes && n.themes limit 1
          ) a
          where n.id = any(${idList})`),
      ]);
      type R = { state_code: string; themes: string[]; status: string };
      type A = { state_codes: string[]; themes: string[]; end_date: string; status: string };
      return {
        needs,
        requests: (requests as unknown as { rows: R[] }).rows.map((r) => ({ stateCode: r.state_code, themes: r.themes, status: r.status })),
        activities: (acts as unknown as { rows: A[] }).rows.map((a) => ({ stateCodes: a.state_codes, themes: a.themes, endDate: String(a.end_date).slice(0, 10), status: a.status })),
      };
    },

    /**
     * `lock`: inside a transaction, hold the row until it ends. `scope`: only if the need is in it, decided in the
     * query, so that a need out of scope takes the same path as no need at all (one query, nothing loaded).
     */
    async findById(id: string, options: { lock?: boolean; scope?: Scope } = {}): Promise<NeedRow | undefined> {
      const query = selectNeeds(db).where(and(eq(assistanceNeeds.id, id), options.scope ? scopeCondition(NEED_SCOPE_COLUMNS, options.scope) : undefined));
      const [row] = options.lock ? await query.for('update', { of: assistanceNeeds }) : await query;
      return row ? toNeedRow(row) : undefined;
    },

    async insert(row: NewNeedRow): Promise<string> {
      const [inserted] = await db.insert(assistanceNeeds).values(row).returning({ id: assistanceNeeds.id });
      return inserted!.id;
    },

    /** Bumps the version; with `expectedVersion`, only if the row is still that version. Returns the rows changed (0 or 1). */
    async update(id: string, patch: NeedPatch, expectedVersion?: number): Promise<number> {
      const rows = await db
        .update(assistanceNeeds)
        .set({ ...patch, version: sql`${assistanceNeeds.version} + 1` })
        .where(and(eq(assistanceNeeds.id, id), expectedVersion === undefined ? undefined : eq(assistanceNeeds.version, expectedVersion)))
        .returning({ id: assistanceNeeds.id });
      return rows.length;
    },

    /** Open requests of the State sharing a theme with the need (candidates; the domain decides). */
    async requestCandidates(stateCode: string, themes: readonly string[]): Promise<RequestMatchRow[]> {
      if (themes.length === 0) return [];
      const rows = await db
        .select({
          id: assistanceRequests.id,
          reference: assistanceRequests.reference,
          title: assistanceRequests.title,
          addressedToOrganisationNames: organisations.names,
          ...requestAccessColumns,
          submittedAt: assistanceRequests.submittedAt,
        })
        .from(assistanceRequests)
        .leftJoin(participants, eq(participants.code, assistanceRequests.stateCode))
        .innerJoin(organisations, eq(organisations.id, assistanceRequests.addressedToOrganisationId))
        .where(
          and(
            eq(assistanceRequests.stateCode, stateCode),
            inArray(assistanceRequests.status, [...OPEN_REQUEST_STATUSES]),
            sql`${assistanceRequests.themes} && ${textArray(themes)}`,
          ),
        )
        .orderBy(desc(assistanceRequests.submittedAt), asc(assistanceRequests.id));
      return rows.map((r) => ({
        ...r,
        addressedToOrganisationNames: (r.addressedToOrganisationNames ?? {}) as LocalizedText,
        confidentiality: r.confidentiality as Confidentiality,
      }));
    },

    /** Activities of the State (not cancelled) sharing a theme and ending on or after `since` (candidates). */
    async activityCandidates(stateCode: string, themes: readonly string[], since: string): Promise<ActivityMatchRow[]> {
      if (themes.length === 0) return [];
      const rows = await db
        .select({
          id: activities.id,
          title: activities.title,
          status: activities.status,
          organisationNames: organisations.names,
          themes: activities.themes,
          startDate: activities.startDate,
          endDate: activities.endDate,
          ...activityAccessColumns,
        })
        .from(activities)
        .innerJoin(organisations, eq(organisations.id, activities.organisationId))
        .where(
          and(
            sql`${activities.stateCodes} @> ${textArray([stateCode])}`,
            sql`${activities.status} <> 'cancelled'`,
            sql`${activities.endDate} >= ${since}`,
            sql`${activities.themes} && ${textArray(themes)}`,
          ),
        )
        .orderBy(asc(activities.startDate), asc(activities.id))
        // A need is one State and a few themes: far fewer in practice; the bound keeps one page's work bounded.
        .limit(500);
      return rows.map((r) => ({
        ...r,
        organisationNames: (r.organisationNames ?? {}) as LocalizedText,
        confidentiality: r.confidentiality as Confidentiality,
      }));
    },

    /** The participant's regional group; undefined when no such participant. */
    async participantRegion(code: string): Promise<string | null | undefined> {
      const [row] = await db.select({ region: participants.regionalGroup }).from(participants).where(eq(participants.code, code));
      return row ? row.region : undefined;
    },

    async existingOrganisationIds(ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, [...ids]));
      return rows.map((r) => r.id);
    },

    async existingInstrumentIds(ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const result = await db.execute(sql`select id from instruments where id = any(${textArray(ids)})`);
      return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
    },
  };
}

export type NeedsRepo = ReturnType<typeof createNeedsRepo>;
