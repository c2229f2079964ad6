// States' declarations: public facts, so lists are not scoped; filters by State, treaty and kind.
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DeclarationKind, StateDeclaration } from '#domain/cooperation/types.ts';
import type { Db } from '#db/client.ts';
import { instruments, participants, stateDeclarations } from '#db/schema/index.ts';

export interface DeclarationRow extends StateDeclaration {
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface DeclarationFilters {
  stateCode?: string;
  instrumentId?: string;
  kind?: DeclarationKind;
}

export type NewDeclarationRow = Omit<typeof stateDeclarations.$inferInsert, 'id' | 'version'>;
export type DeclarationPatch = Partial<Omit<NewDeclarationRow, 'createdBy' | 'createdAt'>>;

function filterCondition(f: DeclarationFilters): SQL | undefined {
  const c: SQL[] = [];
  if (f.stateCode) c.push(eq(stateDeclarations.stateCode, f.stateCode));
  if (f.instrumentId) c.push(eq(stateDeclarations.instrumentId, f.instrumentId));
  if (f.kind) c.push(eq(stateDeclarations.kind, f.kind));
  return c.length > 0 ? and(...c) : undefined;
}

const toRow = (r: typeof stateDeclarations.$inferSelect): DeclarationRow => ({ ...r, kind: r.kind as DeclarationKind });

export function createDeclarationsRepo(db: Db) {
  return {
    async list(filters: DeclarationFilters, page: { limit: number; offset: number }): Promise<{ rows: DeclarationRow[]; total: number }> {
      const where = filterCondition(filters);
      const [rows, [totalRow]] = await Promise.all([
        db
          .select()
          .from(stateDeclarations)
          .where(where)
          .orderBy(asc(stateDeclarations.stateCode), asc(stateDeclarations.instrumentId), asc(stateDeclarations.kind), asc(stateDeclarations.id))
          .limit(page.limit)
          .offset(page.offset),
        db.select({ n: count() }).from(stateDeclarations).where(where),
      ]);
      return { rows: rows.map(toRow), total: Number(totalRow?.n ?? 0) };
    },

    async findById(id: string, options: { lock?: boolean } = {}): Promise<DeclarationRow | undefined> {
      const query = db.select().from(stateDeclarations).where(eq(stateDeclarations.id, id));
      const [row] = options.lock ? await query.for('update') : await query;
      return row ? toRow(row) : undefined;
    },

    /** Another declaration of the same State, treaty, kind and article, if any: the same fact entered twice. */
    async findDuplicate(d: Pick<StateDeclaration, 'stateCode' | 'instrumentId' | 'kind' | 'article'>, exceptId?: string): Promise<DeclarationRow | undefined> {
      const rows = await db
        .select()
        .from(stateDeclarations)
        .where(
          and(
            eq(stateDeclarations.stateCode, d.stateCode),
            eq(stateDeclarations.instrumentId, d.instrumentId),
            eq(stateDeclarations.kind, d.kind),
            eq(stateDeclarations.article, d.article),
          ),
        );
      return rows.map(toRow).find((r) => r.id !== exceptId);
    },

    async insert(row: NewDeclarationRow): Promise<string> {
      const [inserted] = await db.insert(stateDeclarations).values(row).returning({ id: stateDeclarations.id });
      return inserted!.id;
    },

    async update(id: string, patch: DeclarationPatch, expectedVersion: number): Promise<number> {
      const rows = await db
        .update(stateDeclarations)
        .set({ ...patch, version: sql`${stateDeclarations.version} + 1` })
        .where(and(eq(stateDeclarations.id, id), eq(stateDeclarations.version, expectedVersion)))
        .returning({ id: stateDeclarations.id });
      return rows.length;
    },

    async delete(id: string): Promise<void> {
      await db.delete(stateDeclarations).where(eq(stateDeclarations.id, id));
    },

    async participantExists(code: string): Promise<boolean> {
      const [row] = await db.select({ code: participants.code }).from(participants).where(eq(participants.code, code));
      return row !== undefined;
    },

    async instrumentExists(id: string): Promise<boolean> {
      const [row] = await db.select({ id: instruments.id }).from(instruments).where(eq(instruments.id, id));
      return row !== undefined;
    },

    /** Which of these ids are instruments. */
    async existingInstruments(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db.select({ id: instruments.id }).from(instruments).where(inArray(instruments.id, [...new Set(ids)]));
      return new Set(rows.map((r) => r.id));
    },
  };
}

export type DeclarationsRepo = ReturnType<typeof createDeclarationsRepo>;
