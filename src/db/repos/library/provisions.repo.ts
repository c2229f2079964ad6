// The provisions of national laws in the library (legal_provisions): each belongs to one document, whose scope is
// its own (the use cases check the document first), in the law's order.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { legalProvisions } from '#db/schema/index.ts';

export type Provision = typeof legalProvisions.$inferSelect;
export type ProvisionFields = Pick<Provision, 'label' | 'text' | 'requirementIds' | 'position'>;

export function createProvisionsRepo(db: Db) {
  return {
    async list(documentId: string): Promise<Provision[]> {
      return db
        .select()
        .from(legalProvisions)
        .where(eq(legalProvisions.documentId, documentId))
        .orderBy(asc(legalProvisions.position), asc(legalProvisions.createdAt), asc(legalProvisions.id));
    },

    async find(documentId: string, id: string, options: { lock?: boolean } = {}): Promise<Provision | undefined> {
      const query = db.select().from(legalProvisions).where(and(eq(legalProvisions.documentId, documentId), eq(legalProvisions.id, id)));
      const [row] = options.lock ? await query.for('update') : await query;
      return row;
    },

    /** The next position: after the last one. */
    async nextPosition(documentId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`coalesce(max(${legalProvisions.position}), -1)::int + 1` })
        .from(legalProvisions)
        .where(eq(legalProvisions.documentId, documentId));
      return Number(row?.n ?? 0);
    },

    async insert(row: ProvisionFields & { documentId: string; createdBy: string | null; createdAt: Date; updatedAt: Date }): Promise<Provision> {
      const [inserted] = await db.insert(legalProvisions).values(row).returning();
      return inserted!;
    },

    /** Bumps the version if the row is still `expectedVersion`; undefined when it is not. */
    async update(id: string, patch: ProvisionFields & { updatedAt: Date }, expectedVersion: number): Promise<Provision | undefined> {
      const [row] = await db
        .update(legalProvisions)
        .set({ ...patch, version: sql`${legalProvisions.version} + 1` })
        .where(and(eq(legalProvisions.id, id), eq(legalProvisions.version, expectedVersion)))
        .returning();
      return row;
    },

    async delete(id: string): Promise<void> {
      await db.delete(legalProvisions).where(eq(legalProvisions.id, id));
    },
  };
}
export type ProvisionsRepo = ReturnType<typeof createProvisionsRepo>;
