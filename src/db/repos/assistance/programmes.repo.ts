// Regional and thematic programmes. Lists are scoped by `scopeCondition` (conditions.ts) (a programme's partners share it).
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { activities, organisations, programmes } from '#db/schema/index.ts';
import { likePattern, scopeCondition, textArray, type ScopeColumns } from '../conditions.ts';

export const PROGRAMME_SCOPE_COLUMNS: ScopeColumns = {
  confidentiality: programmes.confidentiality,
  stateCodes: programmes.stateCodes,
  owners: [programmes.organisationId],
  shared: programmes.partnerOrganisationIds,
};

export interface ProgrammeFilters {
  kind?: string;
  stateCode?: string;
  theme?: string;
  mandate?: string;
  organisationId?: string;
  /** Running during this calendar year (open ends run on). */
  year?: number;
  q?: string;
}

export type ProgrammeRow = typeof programmes.$inferSelect;
export interface ProgrammeRecord extends ProgrammeRow {
  organisationNames: LocalizedText;
}


function filterCondition(f: ProgrammeFilters): SQL | undefined {
  const c: SQL[] = [];
  if (f.kind) c.push(eq(programmes.kind, f.kind));
  if (f.stateCode) c.push(sql`${programmes.stateCodes} @> ${textArray([f.stateCode])}`);
  if (f.theme) c.push(sql`${programmes.themes} @> ${textArray([f.theme])}`);
  if (f.mandate) c.push(sql`${programmes.mandates} @> ${textArray([f.mandate])}`);
  if (f.organisationId) c.push(or(eq(programmes.organisationId, f.organisationId), sql`${programmes.partnerOrganisationIds} @> ARRAY[${f.organisationId}]::uuid[]`)!);
  if (f.year !== undefined) {
    c.push(sql`(${programmes.startDate} is null or ${programmes.startDate} <= ${`${f.year}-12-31`})`);
    c.push(sql`(${programmes.endDate} is null or ${programmes.endDate} >= ${`${f.year}-01-01`})`);
  }
  if (f.q) {
    const pattern = likePattern(f.q);
    c.push(or(ilike(programmes.code, pattern), sql`${programmes.names}::text ilike ${pattern}`, ilike(programmes.description, pattern))!);
  }
  return c.length ? and(...c) : undefined;
}

function selectProgramme(db: Db) {
  return db
    .select({ programme: programmes, organisationNames: organisations.names })
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.organisationId));
}
const toRecord = (r: { programme: ProgrammeRow; organisationNames: unknown }): ProgrammeRecord => ({
  ...r.programme,
  organisationNames: (r.organisationNames ?? {}) as LocalizedText,
});

export function createProgrammesRepo(db: Db) {
  return {
    /** Every id, in order (rebuilding the search index: app/library/reindex-search.ts). */
    async allIds(): Promise<string[]> {
      return (await db.select({ id: programmes.id }).from(programmes).orderBy(asc(programmes.id))).map((r) => r.id);
    },

    async list(scope: Scope, filters: ProgrammeFilters, page: { limit: number; offset: number }) {
      const where = and(scopeCondition(PROGRAMME_SCOPE_COLUMNS, scope), filterCondition(filters));
      const [rows, [totalRow]] = await Promise.all([
        selectProgramme(db).where(where).orderBy(asc(programmes.code)).limit(page.limit).offset(page.offset),
        db.select({ n: count() }).from(programmes).where(where),
      ]);
      return { rows: rows.map(toRecord), total: Number(totalRow?.n ?? 0) };
    },
    /**
     * `lock`: inside a transaction, hold the row until it ends. `scope`: only if the record is in it, decided in the
     * query, so that a record out of scope takes the same path as no record at all (one query, nothing loaded).
     */
    async findById(id: string, options: { lock?: boolean; scope?: Scope } = {}): Promise<ProgrammeRecord | undefined> {
      const query = selectProgramme(db).where(and(eq(programmes.id, id), options.scope ? scopeCondition(PROGRAMME_SCOPE_COLUMNS, options.scope) : undefined));
      const [row] = options.lock ? await query.for('update', { of: programmes }) : await query;
      return row ? toRecord(row) : undefined;
    },
    async codeTaken(code: string, exceptId?: string): Promise<boolean> {
      const [row] = await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.code, code));
      return row !== undefined && row.id !== exceptId;
    },
    async insert(row: Omit<typeof programmes.$inferInsert, 'id'>): Promise<string> {
      const [inserted] = await db.insert(programmes).values(row).returning({ id: programmes.id });
      return inserted!.id;
    },
    /** Bumps the version; with `expectedVersion`, only if the row is still that version. Returns the rows changed (0 or 1). */
    async update(id: string, patch: Partial<typeof programmes.$inferInsert>, expectedVersion?: number): Promise<number> {
      const rows = await db
        .update(programmes)
        .set({ ...patch, version: sql`${programmes.version} + 1` })
        .where(and(eq(programmes.id, id), expectedVersion === undefined ? undefined : eq(programmes.version, expectedVersion)))
        .returning({ id: programmes.id });
      return rows.length;
    },
    /** Visible programmes per mandate (running in `year` when given). */
    async countByMandate(scope: Scope, filters: { year?: number }): Promise<Map<string, number>> {
      const where = and(scopeCondition(PROGRAMME_SCOPE_COLUMNS, scope), filterCondition({ year: filters.year }));
      const result = await db.execute(
        sql`select m as mandate, count(*)::int as n from ${programmes}, unnest(${programmes.mandates}) as m where ${where ?? sql`true`} group by m`,
      );
      const rows = (result as unknown as { rows: { mandate: string; n: number }[] }).rows;
      return new Map(rows.map((r) => [r.mandate, Number(r.n)]));
    },
    /** How many activities are under each programme (all of them: the caller's scope is applied by the activities list). */
    async activityCount(id: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(activities).where(eq(activities.programmeId, id));
      return Number(row?.n ?? 0);
    },
  };
}

export type ProgrammesRepo = ReturnType<typeof createProgrammesRepo>;
