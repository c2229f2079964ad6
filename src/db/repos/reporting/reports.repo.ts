// Report drafts (issue 14 §3) and the mandate paragraphs their skeleton follows. A draft belongs to one
// organisation; writes match `version = expected` and bump it in the same statement (ADR 19).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { ReportFigures } from '#domain/reporting/report.ts';
import type { Db } from '#db/client.ts';
import { reports, resolutionParagraphs, resolutions } from '#db/schema/index.ts';

export type ReportRow = Omit<typeof reports.$inferSelect, 'figures'> & { figures: ReportFigures };
export type NewReportRow = Omit<typeof reports.$inferInsert, 'id' | 'version'>;

export function createReportsRepo(db: Db) {
  return {
    async insert(row: NewReportRow): Promise<ReportRow> {
      const [created] = await db.insert(reports).values(row).returning();
      return created as ReportRow;
    },

    async findById(id: string, lock = false): Promise<ReportRow | undefined> {
      const q = db.select().from(reports).where(eq(reports.id, id));
      const [row] = lock ? await q.for('update') : await q;
      return row as ReportRow | undefined;
    },

    async listOf(organisationIds: readonly string[]): Promise<ReportRow[]> {
      if (organisationIds.length === 0) return [];
      const rows = await db
        .select()
        .from(reports)
        .where(inArray(reports.organisationId, [...organisationIds]))
        .orderBy(desc(reports.updatedAt), asc(reports.id));
      return rows as ReportRow[];
    },

    /** The change, if the draft is still at `expected`; false when another write came first. */
    async update(id: string, changes: Partial<Pick<typeof reports.$inferInsert, 'title' | 'narrative' | 'figures' | 'figuresComputedAt'>> & { updatedAt: Date }, expected: number): Promise<boolean> {
      const rows = await db
        .update(reports)
        .set({ ...changes, version: sql`${reports.version} + 1` })
        .where(and(eq(reports.id, id), eq(reports.version, expected)))
        .returning({ id: reports.id });
      return rows.length > 0;
    },

    /** The operative paragraphs of the resolution whose key is `mandateSet`, from the registry ([] when it holds none). */
    async operativeParagraphs(mandateSet: string): Promise<{ id: string; number: number; texts: LocalizedText; asks: string }[]> {
      const rows = await db
        .select({ id: resolutionParagraphs.mandateId, number: resolutionParagraphs.number, texts: resolutionParagraphs.texts, asks: resolutionParagraphs.asks })
        .from(resolutionParagraphs)
        .innerJoin(resolutions, eq(resolutions.id, resolutionParagraphs.resolutionId))
        .where(and(eq(resolutions.key, mandateSet), eq(resolutionParagraphs.kind, 'operative')))
        .orderBy(asc(resolutionParagraphs.number));
      return rows.map((r) => ({ ...r, id: r.id ?? `${mandateSet}/OP${r.number}` }));
    },
  };
}

export type ReportsRepo = ReturnType<typeof createReportsRepo>;
