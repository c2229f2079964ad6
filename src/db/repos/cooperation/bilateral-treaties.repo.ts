// Bilateral treaties: public facts, so lists are not scoped; filters by State, pair, kind, title and date in force.
// The pair is stored with state_a < state_b (the table's CHECK): callers pass it normalised.
import { and, asc, count, eq, gt, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { BilateralTreaty, BilateralTreatyKind } from '#domain/cooperation/types.ts';
import type { Db } from '#db/client.ts';
import { bilateralTreaties, participants } from '#db/schema/index.ts';
import { likePattern } from '../conditions.ts';

export interface BilateralTreatyRow extends BilateralTreaty {
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface BilateralTreatyFilters {
  /** Either party is this State. */
  stateCode?: string;
  /** Exactly this pair (normalised: lower code first). */
  pair?: [string, string];
  kind?: BilateralTreatyKind;
  /** Part of the title. */
  q?: string;
  /** In force on this date (YYYY-MM-DD). */
  inForceOn?: string;
}

export type NewBilateralTreatyRow = Omit<typeof bilateralTreaties.$inferInsert, 'id' | 'version'>;
export type BilateralTreatyPatch = Partial<Omit<NewBilateralTreatyRow, 'createdBy' | 'createdAt'>>;

function filterCondition(f: BilateralTreatyFilters): SQL | undefined {
  const c: SQL[] = [];
  if (f.stateCode) c.push(or(eq(bilateralTreaties.stateA, f.stateCode), eq(bilateralTreaties.stateB, f.stateCode))!);
  if (f.pair) c.push(and(eq(bilateralTreaties.stateA, f.pair[0]), eq(bilateralTreaties.stateB, f.pair[1]))!);
  if (f.kind) c.push(eq(bilateralTreaties.kind, f.kind));
  if (f.q) c.push(ilike(bilateralTreaties.title, likePattern(f.q)));
  if (f.inForceOn) {
    c.push(lte(bilateralTreaties.inForceFrom, f.inForceOn));
    c.push(or(isNull(bilateralTreaties.terminatedOn), gt(bilateralTreaties.terminatedOn, f.inForceOn))!);
  }
  return c.length > 0 ? and(...c) : undefined;
}

const toRow = (r: typeof bilateralTreaties.$inferSelect): BilateralTreatyRow => ({
  ...r,
  kind: r.kind as BilateralTreatyKind,
});

/** The title as compared for duplicates: case and spacing do not make another treaty. */
const foldedTitle = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();

export function createBilateralTreatiesRepo(db: Db) {
  return {
    async list(filters: BilateralTreatyFilters, page: { limit: number; offset: number }): Promise<{ rows: BilateralTreatyRow[]; total: number }> {
      const where = filterCondition(filters);
      const [rows, [totalRow]] = await Promise.all([
        db
          .select()
          .from(bilateralTreaties)
          .where(where)
          .orderBy(asc(bilateralTreaties.stateA), asc(bilateralTreaties.stateB), asc(bilateralTreaties.title), asc(bilateralTreaties.id))
          .limit(page.limit)
          .offset(page.offset),
        db.select({ n: count() }).from(bilateralTreaties).where(where),
      ]);
      return { rows: rows.map(toRow), total: Number(totalRow?.n ?? 0) };
    },

    /** `lock`: inside a transaction, hold the row until it ends (for an update or delete). */
    async findById(id: string, options: { lock?: boolean } = {}): Promise<BilateralTreatyRow | undefined> {
      const query = db.select().from(bilateralTreaties).where(eq(bilateralTreaties.id, id));
      const [row] = options.lock ? await query.for('update') : await query;
      return row ? toRow(row) : undefined;
    },

    /** The entries of these pairs (normalised), for finding duplicates of many rows in one query. */
    async findByPairs(pairs: readonly [string, string][]): Promise<BilateralTreatyRow[]> {
      if (pairs.length === 0) return [];
      const states = [...new Set(pairs.flat())];
      const rows = await db
        .select()
        .from(bilateralTreaties)
        .where(and(inArray(bilateralTreaties.stateA, states), inArray(bilateralTreaties.stateB, states)));
      const wanted = new Set(pairs.map(([a, b]) => `${a}|${b}`));
      return rows.map(toRow).filter((r) => wanted.has(`${r.stateA}|${r.stateB}`));
    },

    /** Another entry of the same pair, kind and title (case and spacing aside), if any. */
    async findDuplicate(t: Pick<BilateralTreaty, 'stateA' | 'stateB' | 'kind' | 'title'>, exceptId?: string): Promise<BilateralTreatyRow | undefined> {
      const rows = await db
        .select()
        .from(bilateralTreaties)
        .where(and(eq(bilateralTreaties.stateA, t.stateA), eq(bilateralTreaties.stateB, t.stateB), eq(bilateralTreaties.kind, t.kind)));
      return rows.map(toRow).find((r) => r.id !== exceptId && foldedTitle(r.title) === foldedTitle(t.title));
    },

    async insert(row: NewBilateralTreatyRow): Promise<string> {
      const [inserted] = await db.insert(bilateralTreaties).values(row).returning({ id: bilateralTreaties.id });
      return inserted!.id;
    },

    /** Many rows in one statement per chunk (an import, inside its transaction). */
    async insertMany(rows: readonly NewBilateralTreatyRow[]): Promise<string[]> {
      const ids: string[] = [];
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = await db.insert(bilateralTreaties).values(rows.slice(i, i + 500)).returning({ id: bilateralTreaties.id });
        ids.push(...chunk.map((r) => r.id));
      }
      return ids;
    },

    /** Bumps the version, only if the row is still `expectedVersion`. Returns the rows changed (0 or 1). */
    async update(id: string, patch: BilateralTreatyPatch, expectedVersion: number): Promise<number> {
      const rows = await db
        .update(bilateralTreaties)
        .set({ ...patch, version: sql`${bilateralTreaties.version} + 1` })
        .where(and(eq(bilateralTreaties.id, id), eq(bilateralTreaties.version, expectedVersion)))
        .returning({ id: bilateralTreaties.id });
      return rows.length;
    },

    async delete(id: string): Promise<void> {
      await db.delete(bilateralTreaties).where(eq(bilateralTreaties.id, id));
    },

    /** Which of these codes are participants. */
    async existingParticipants(codes: readonly string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await db.select({ code: participants.code }).from(participants).where(inArray(participants.code, [...new Set(codes)]));
      return new Set(rows.map((r) => r.code));
    },

    /** Every participant code (a few hundred): the import resolves codes written in the file against them. */
    async participantCodes(): Promise<Set<string>> {
      const rows = await db.select({ code: participants.code }).from(participants);
      return new Set(rows.map((r) => r.code));
    },
  };
}

export type BilateralTreatiesRepo = ReturnType<typeof createBilateralTreatiesRepo>;
