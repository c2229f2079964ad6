// Activities. Lists are scoped by `scopeCondition(ACTIVITY_SCOPE_COLUMNS)` (conditions.ts), the SQL twin of
// `isInScopeOfAny` (src/domain/assistance/access.ts; activities.repo.test.ts compares both over a grid): a
// State-restricted activity is visible through any of its States.
import { and, asc, count, desc, eq, ilike, inArray, lte, gte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { MultiStateRecord, StateRef } from '#domain/assistance/access.ts';
import type { InstitutionKind } from '#domain/assistance/activities.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import {
  activities,
  activityOverlaps,
  assistanceRequests,
  instruments,
  organisations,
  participants,
  programmes,
  strategies,
  users,
} from '#db/schema/index.ts';
import {
  activityAccessColumns,
  likePattern,
  requestAccessColumns,
  scopeCondition,
  textArray,
  uuidArray,
  type ScopeColumns,
} from '../conditions.ts';
import { createDocumentsRepo } from '../library/documents.repo.ts';


export const ACTIVITY_SCOPE_COLUMNS: ScopeColumns = {
  confidentiality: activities.confidentiality,
  stateCodes: activities.stateCodes,
  owners: [activities.organisationId],
  shared: activities.sharedOrganisationIds,
  named: activities.namedUserIds,
};

export interface ActivityFilters {
  stateCode?: string;
  theme?: string;
  kind?: string;
  organisationId?: string;
  mandate?: string;
  /** Held during this calendar year (any day of it). */
  year?: number;
  /** Held, at least partly, on or after / on or before this date. */
  from?: string;
  to?: string;
  requestId?: string;
  programmeId?: string;
  strategyId?: string;
  status?: string[];
  q?: string;
}

export type ActivityRow = typeof activities.$inferSelect;

export interface ActivityRecord extends ActivityRow {
  organisationNames: LocalizedText;
  organisationAcronym: string | null;
}

export type NewActivityRow = Omit<typeof activities.$inferInsert, 'id'> & { id?: string };
export type ActivityPatch = Partial<Omit<typeof activities.$inferInsert, 'id' | 'createdBy' | 'createdAt'>>;

/** What the overlap check reads of another entity's activity: enough to decide, and to say who and whether visible. */
export interface OverlapCandidate {
  id: string;
  title: string;
  organisationId: string;
  organisationNames: LocalizedText;
  stateCodes: string[];
  themes: string[];
  startDate: string;
  endDate: string;
  confidentiality: string;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  createdBy: string | null;
}

export function activityFilterCondition(f: ActivityFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.stateCode) conditions.push(sql`${activities.stateCodes} @> ${textArray([f.stateCode])}`);
  if (f.theme) conditions.push(sql`${activities.themes} @> ${textArray([f.theme])}`);
  if (f.mandate) conditions.push(sql`${activities.mandates} @> ${textArray([f.mandate])}`);
  if (f.kind) conditions.push(eq(activities.kind, f.kind));
  if (f.organisationId) {
    conditions.push(or(eq(activities.organisationId, f.organisationId), sql`${activities.sharedOrganisationIds} @> ${uuidArray([f.organisationId])}`)!);
  }
  if (f.year !== undefined) {
    conditions.push(lte(activities.startDate, `${f.year}-12-31`), gte(activities.endDate, `${f.year}-01-01`));
  }
  if (f.from) conditions.push(gte(activities.endDate, f.from));
  if (f.to) conditions.push(lte(activities.startDate, f.to));
  if (f.requestId) conditions.push(eq(activities.requestId, f.requestId));
  if (f.programmeId) conditions.push(eq(activities.programmeId, f.programmeId));
  if (f.strategyId) conditions.push(eq(activities.strategyId, f.strategyId));
  if (f.status && f.status.length > 0) conditions.push(inArray(activities.status, f.status));
  if (f.q) {
    const pattern = likePattern(f.q);
    conditions.push(or(ilike(activities.title, pattern), ilike(activities.outputs, pattern))!);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

function selectActivity(db: Db) {
  return db
    .select({ activity: activities, organisationNames: organisations.names, organisationAcronym: organisations.acronym })
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId));
}

function toRecord(r: { activity: ActivityRow; organisationNames: unknown; organisationAcronym: string | null }): ActivityRecord {
  return { ...r.activity, organisationNames: (r.organisationNames ?? {}) as LocalizedText, organisationAcronym: r.organisationAcronym };
}

/** The activity as the policy sees it (regions of its States from `regions`). */
export function activityAsRecord(a: Pick<ActivityRow, 'confidentiality' | 'stateCodes' | 'organisationId' | 'sharedOrganisationIds' | 'namedUserIds' | 'createdBy'>, regions: ReadonlyMap<string, string | null>): MultiStateRecord {
  return {
    confidentiality: a.confidentiality as Confidentiality,
    states: a.stateCodes.map((code): StateRef => ({ code, region: regions.get(code) ?? null })),
    ownerOrganisationId: a.organisationId,
    sharedOrganisationIds: a.sharedOrganisationIds,
    namedUserIds: a.namedUserIds,
    createdBy: a.createdBy,
  };
}

export function createActivitiesRepo(db: Db) {
  /** What a link to a request needs: its reference and title, and the columns its policy reads. */
  const selectRequestLinks = () =>
    db
      .select({ id: assistanceRequests.id, reference: assistanceRequests.reference, title: assistanceRequests.title, ...requestAccessColumns })
      .from(assistanceRequests)
      .leftJoin(participants, eq(participants.code, assistanceRequests.stateCode));
  return {
    /** Every id, in order (rebuilding the search index: app/library/reindex-search.ts). */
    async allIds(): Promise<string[]> {
      return (await db.select({ id: activities.id }).from(activities).orderBy(asc(activities.id))).map((r) => r.id);
    },

    async list(scope: Scope, filters: ActivityFilters, page: { limit: number; offset: number }): Promise<{ rows: ActivityRecord[]; total: number }> {
      const where = and(scopeCondition(ACTIVITY_SCOPE_COLUMNS, scope), activityFilterCondition(filters));
      const [rows, [totalRow]] = await Promise.all([
        selectActivity(db).where(where).orderBy(desc(activities.startDate), asc(activities.id)).limit(page.limit).offset(page.offset),
        db.select({ n: count() }).from(activities).where(where),
      ]);
      return { rows: rows.map(toRecord), total: Number(totalRow?.n ?? 0) };
    },

    /**
     * `lock`: inside a transaction, hold the row until it ends. `scope`: only if the record is in it, decided in the
     * query, so that a record out of scope takes the same path as no record at all (one query, nothing loaded).
     */
    async findById(id: string, options: { lock?: boolean; scope?: Scope } = {}): Promise<ActivityRecord | undefined> {
      const query = selectActivity(db).where(and(eq(activities.id, id), options.scope ? scopeCondition(ACTIVITY_SCOPE_COLUMNS, options.scope) : undefined));
      const [row] = options.lock ? await query.for('update', { of: activities }) : await query;
      return row ? toRecord(row) : undefined;
    },

    async insert(row: NewActivityRow): Promise<string> {
      const [inserted] = await db.insert(activities).values(row).returning({ id: activities.id });
      return inserted!.id;
    },

    /** Bumps the version; with `expectedVersion`, only if the row is still that version. Returns the rows changed (0 or 1). */
    async update(id: string, patch: ActivityPatch, expectedVersion?: number): Promise<number> {
      const rows = await db
        .update(activities)
        .set({ ...patch, version: sql`${activities.version} + 1` })
        .where(and(eq(activities.id, id), expectedVersion === undefined ? undefined : eq(activities.version, expectedVersion)))
        .returning({ id: activities.id });
      return rows.length;
    },

    /**
     * Other entities' activities that may overlap: sharing a State (GIN index on state_codes) and a theme, over dates
     * that meet, not cancelled. The domain's findOverlaps decides; this only narrows.
     */
    async overlapCandidates(c: { id?: string; organisationId: string; stateCodes: readonly string[]; themes: readonly string[]; startDate: string; endDate: string }): Promise<OverlapCandidate[]> {
      if (c.stateCodes.length === 0 || c.themes.length === 0) return [];
      const rows = await db
        .select({
          id: activities.id,
          title: activities.title,
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
            sql`${activities.stateCodes} && ${textArray(c.stateCodes)}`,
            sql`${activities.themes} && ${textArray(c.themes)}`,
            lte(activities.startDate, c.endDate),
            gte(activities.endDate, c.startDate),
            ne(activities.organisationId, c.organisationId),
            ne(activities.status, 'cancelled'),
            ...(c.id ? [ne(activities.id, c.id)] : []),
          ),
        )
        .orderBy(asc(activities.startDate), asc(activities.id))
        .limit(500);
      return rows.map((r) => ({ ...r, organisationNames: (r.organisationNames ?? {}) as LocalizedText }));
    },

    /** Of these other activities, those already paired with `activityId` in the queue (either way round). */
    async pairedWith(activityId: string, otherIds: readonly string[]): Promise<Set<string>> {
      if (otherIds.length === 0) return new Set();
      const rows = await db
        .select({ a: activityOverlaps.activityId, b: activityOverlaps.otherActivityId })
        .from(activityOverlaps)
        .where(
          or(
            and(eq(activityOverlaps.activityId, activityId), inArray(activityOverlaps.otherActivityId, [...otherIds])),
            and(eq(activityOverlaps.otherActivityId, activityId), inArray(activityOverlaps.activityId, [...otherIds])),
          ),
        );
      return new Set(rows.map((r) => (r.a === activityId ? r.b : r.a)));
    },

    /** Inserts queue rows; a pair already there is skipped. Returns the rows inserted. */
    async insertOverlaps(rows: (typeof activityOverlaps.$inferInsert)[]): Promise<{ id: string; otherActivityId: string }[]> {
      if (rows.length === 0) return [];
      return db
        .insert(activityOverlaps)
        .values(rows)
        .onConflictDoNothing()
        .returning({ id: activityOverlaps.id, otherActivityId: activityOverlaps.otherActivityId });
    },

    /** Regional group of each participant code (null when it has none); unknown codes are absent. */
    async regionsOf(codes: readonly string[]): Promise<Map<string, string | null>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: participants.code, region: participants.regionalGroup })
        .from(participants)
        .where(inArray(participants.code, [...new Set(codes)]));
      return new Map(rows.map((r) => [r.code, r.region]));
    },

    async organisationNames(ids: readonly string[]): Promise<Map<string, LocalizedText>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: organisations.id, names: organisations.names }).from(organisations).where(inArray(organisations.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, (r.names ?? {}) as LocalizedText]));
    },

    async existingInstrumentIds(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db.select({ id: instruments.id }).from(instruments).where(inArray(instruments.id, [...ids]));
      return new Set(rows.map((r) => r.id));
    },

    async existingOrganisationIds(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, [...ids]));
      return new Set(rows.map((r) => r.id));
    },

    async existingUserIds(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db.select({ id: users.id }).from(users).where(inArray(users.id, [...ids]));
      return new Set(rows.map((r) => r.id));
    },

    /** A request as the activity's checks need it. */
    async request(id: string) {
      const [row] = await selectRequestLinks().where(eq(assistanceRequests.id, id));
      return row;
    },

    /** The requests with these ids, as `request` gives one (one query for many, for lists and exports). */
    async requestsByIds(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return selectRequestLinks().where(inArray(assistanceRequests.id, [...new Set(ids)]));
    },

    async programmesByIds(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db.select().from(programmes).where(inArray(programmes.id, [...new Set(ids)]));
    },

    async strategiesByIds(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db.select().from(strategies).where(inArray(strategies.id, [...new Set(ids)]));
    },

    documentsByIds(ids: readonly string[]) {
      return createDocumentsRepo(db).findByIds(ids);
    },

    async programme(id: string) {
      const [row] = await db.select().from(programmes).where(eq(programmes.id, id));
      return row;
    },

    async strategy(id: string) {
      const [row] = await db.select().from(strategies).where(eq(strategies.id, id));
      return row;
    },

    /** Visible activities per mandate (and per year of their start when `byYear`). */
    async countByMandate(scope: Scope, filters: { year?: number }): Promise<{ mandate: string; year: number | null; n: number }[]> {
      const where = and(scopeCondition(ACTIVITY_SCOPE_COLUMNS, scope), activityFilterCondition({ year: filters.year }));
      const result = await db.execute<{ mandate: string; n: number }>(
        sql`select m as mandate, count(*)::int as n from ${activities}, unnest(${activities.mandates}) as m where ${where ?? sql`true`} group by m`,
      );
      const rows = (result as unknown as { rows: { mandate: string; n: number }[] }).rows;
      return rows.map((r) => ({ mandate: r.mandate, year: filters.year ?? null, n: Number(r.n) }));
    },
  };
}

export type ActivitiesRepo = ReturnType<typeof createActivitiesRepo>;

/** Participants by institution kind as stored (a map), for the types. */
export type ParticipantsByInstitution = Partial<Record<InstitutionKind, number>>;
