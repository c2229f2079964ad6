// National and regional counter-terrorism strategies. Lists are scoped by `scopeCondition` (conditions.ts).
import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { organisations, strategies } from '#db/schema/index.ts';
import { likePattern, scopeCondition, type ScopeColumns } from '../conditions.ts';

export const STRATEGY_SCOPE_COLUMNS: ScopeColumns = {
  confidentiality: strategies.confidentiality,
  stateCodes: strategies.stateCodes,
  owners: [strategies.ownerOrganisationId],
};

export interface StrategyFilters {
  scope?: string;
  stage?: string;
  stateCode?: string;
  q?: string;
}

export type StrategyRow = typeof strategies.$inferSelect;
export interface StrategyRecord extends StrategyRow {
  ownerOrganisationNames: LocalizedText;
}

function filterCondition(f: StrategyFilters): SQL | undefined {
  const c: SQL[] = [];
  if (f.scope) c.push(eq(strategies.scope, f.scope));
  if (f.stage) c.push(eq(strategies.stage, f.stage));
  if (f.stateCode) c.push(sql`${strategies.stateCodes} @> ARRAY[${f.stateCode}]::text[]`);
  if (f.q) {
    const pattern = likePattern(f.q);
    c.push(or(ilike(strategies.title, pattern), ilike(strategies.notes, pattern))!);
  }
  return c.length ? and(...c) : undefined;
}

function selectStrategy(db: Db) {
  return db
    .select({ strategy: strategies, ownerOrganisationNames: organisations.names })
    .from(strategies)
    .innerJoin(organisations, eq(organisations.id, strategies.ownerOrganisationId));
}
const toRecord = (r: { strategy: StrategyRow; ownerOrganisationNames: unknown }): StrategyRecord => ({
  ...r.strategy,
  ownerOrganisationNames: (r.ownerOrganisationNames ?? {}) as LocalizedText,
});

export function createStrategiesRepo(db: Db) {
  return {
    async list(scope: Scope, filters: StrategyFilters, page: { limit: number; offset: number }) {
      const where = and(scopeCondition(STRATEGY_SCOPE_COLUMNS, scope), filterCondition(filters));
      const [rows, [totalRow]] = await Promise.all([
        selectStrategy(db).where(where).orderBy(asc(strategies.title), asc(strategies.id)).limit(page.limit).offset(page.offset),
        db.select({ n: count() }).from(strategies).where(where),
      ]);
      return { rows: rows.map(toRecord), total: Number(totalRow?.n ?? 0) };
    },
    /**
     * `lock`: inside a transaction, hold the row until it ends. `scope`: only if the record is in it, decided in the
     * query, so that a record out of scope takes the same path as no record at all (one query, nothing loaded).
     */
    async findById(id: string, options: { lock?: boolean; scope?: Scope } = {}): Promise<StrategyRecord | undefined> {
      const query = selectStrategy(db).where(and(eq(strategies.id, id), options.scope ? scopeCondition(STRATEGY_SCOPE_COLUMNS, options.scope) : undefined));
      const [row] = options.lock ? await query.for('update', { of: strategies }) : await query;
      return row ? toRecord(row) : undefined;
    },
    async insert(row: Omit<typeof strategies.$inferInsert, 'id'>): Promise<string> {
      const [inserted] = await db.insert(strategies).values(row).returning({ id: strategies.id });
      return inserted!.id;
    },
    /** Bumps the version; with `expectedVersion`, only if the row is still that version. Returns the rows changed (0 or 1). */
    async update(id: string, patch: Partial<typeof strategies.$inferInsert>, expectedVersion?: number): Promise<number> {
      const rows = await db
        .update(strategies)
        .set({ ...patch, version: sql`${strategies.version} + 1` })
        .where(and(eq(strategies.id, id), expectedVersion === undefined ? undefined : eq(strategies.version, expectedVersion)))
        .returning({ id: strategies.id });
      return rows.length;
    },
  };
}

export type StrategiesRepo = ReturnType<typeof createStrategiesRepo>;
