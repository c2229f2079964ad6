// The mandate registry's tables: resolutions, their texts per language, their paragraphs (with what the parser or an
// editor found in them), the corrections made, and the links between resolutions (by symbol, whether or not the
// registry holds the other one). Public documents: no scope; the use cases check the policy.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { resolutionCorrections, resolutionLinks, resolutionParagraphs, resolutions, resolutionTexts, users } from '#db/schema/index.ts';

export type Resolution = typeof resolutions.$inferSelect;
export type ResolutionText = typeof resolutionTexts.$inferSelect;
export type ResolutionParagraph = typeof resolutionParagraphs.$inferSelect;
export type ResolutionCorrection = typeof resolutionCorrections.$inferSelect & { correctedByName: string | null };
export type ResolutionLink = typeof resolutionLinks.$inferSelect;

export interface ResolutionSummary extends Resolution {
  languages: string[];
  preambular: number;
  operative: number;
}

/** What a paragraph's analysis holds: the fields an editor corrects. */
export type ParagraphAnalysis = Pick<ResolutionParagraph, 'number' | 'verb' | 'addressees' | 'asks' | 'reporting' | 'cites' | 'mandateId'>;

export function createResolutionsRepo(db: Db) {
  return {
    async findById(id: string, options: { lock?: boolean } = {}): Promise<Resolution | undefined> {
      const query = db.select().from(resolutions).where(eq(resolutions.id, id));
      const [row] = options.lock ? await query.for('update') : await query;
      return row;
    },

    async findBySymbol(symbol: string, options: { lock?: boolean } = {}): Promise<Resolution | undefined> {
      const query = db.select().from(resolutions).where(eq(resolutions.symbol, symbol));
      const [row] = options.lock ? await query.for('update') : await query;
      return row;
    },

    async findByKey(key: string): Promise<Resolution | undefined> {
      const [row] = await db.select().from(resolutions).where(eq(resolutions.key, key));
      return row;
    },

    /** Every resolution with its languages and paragraph counts, the latest adopted first. */
    async list(): Promise<ResolutionSummary[]> {
      const rows = await db
        .select({
          resolution: resolutions,
          // Qualified by hand: inside a subquery drizzle would write the outer column unqualified.
          languages: sql<string[]>`coalesce((select array_agg(t.language order by t.language) from resolution_texts t where t.resolution_id = resolutions.id), '{}')`,
          preambular: sql<number>`(select count(*)::int from resolution_paragraphs p where p.resolution_id = resolutions.id and p.kind = 'preambular')`,
          operative: sql<number>`(select count(*)::int from resolution_paragraphs p where p.resolution_id = resolutions.id and p.kind = 'operative')`,
        })
        .from(resolutions)
        .orderBy(sql`${resolutions.adoptedOn} desc nulls last`, asc(resolutions.symbol));
      return rows.map((r) => ({ ...r.resolution, languages: r.languages, preambular: Number(r.preambular), operative: Number(r.operative) }));
    },

    async insert(row: typeof resolutions.$inferInsert): Promise<Resolution> {
      const [inserted] = await db.insert(resolutions).values(row).returning();
      return inserted!;
    },

    /** A new language's title (and a date found only now); bumps the version. */
    async update(id: string, fields: Pick<Resolution, 'titles' | 'adoptedOn' | 'updatedAt'>): Promise<void> {
      await db
        .update(resolutions)
        .set({ ...fields, version: sql`${resolutions.version} + 1` })
        .where(eq(resolutions.id, id));
    },

    async texts(resolutionId: string): Promise<ResolutionText[]> {
      return db.select().from(resolutionTexts).where(eq(resolutionTexts.resolutionId, resolutionId)).orderBy(asc(resolutionTexts.language));
    },

    async upsertText(row: typeof resolutionTexts.$inferInsert): Promise<void> {
      await db
        .insert(resolutionTexts)
        .values(row)
        .onConflictDoUpdate({
          target: [resolutionTexts.resolutionId, resolutionTexts.language],
          set: { format: row.format, content: row.content, sha256: row.sha256, source: row.source, importedBy: row.importedBy, importedAt: row.importedAt },
        });
    },

    /** Preambular paragraphs first, then operative, each by number. */
    async paragraphs(resolutionIds: string[]): Promise<ResolutionParagraph[]> {
      if (resolutionIds.length === 0) return [];
      return db
        .select()
        .from(resolutionParagraphs)
        .where(inArray(resolutionParagraphs.resolutionId, resolutionIds))
        .orderBy(asc(resolutionParagraphs.resolutionId), desc(resolutionParagraphs.kind), asc(resolutionParagraphs.number));
    },

    async insertParagraphs(rows: (typeof resolutionParagraphs.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await db.insert(resolutionParagraphs).values(rows);
    },

    /** Another language's texts of the paragraphs: only `texts` changes (the analysis stays as read or corrected). */
    async setParagraphTexts(id: string, texts: ResolutionParagraph['texts']): Promise<void> {
      await db.update(resolutionParagraphs).set({ texts }).where(eq(resolutionParagraphs.id, id));
    },

    async findParagraph(resolutionId: string, id: string, options: { lock?: boolean } = {}): Promise<ResolutionParagraph | undefined> {
      const query = db
        .select()
        .from(resolutionParagraphs)
        .where(and(eq(resolutionParagraphs.resolutionId, resolutionId), eq(resolutionParagraphs.id, id)));
      const [row] = options.lock ? await query.for('update') : await query;
      return row;
    },

    /** Changes a paragraph's analysis if it is still `expectedVersion`; undefined when another write came first. */
    async updateParagraph(id: string, expectedVersion: number, fields: Partial<ParagraphAnalysis>): Promise<ResolutionParagraph | undefined> {
      const [row] = await db
        .update(resolutionParagraphs)
        .set({ ...fields, version: sql`${resolutionParagraphs.version} + 1` })
        .where(and(eq(resolutionParagraphs.id, id), eq(resolutionParagraphs.version, expectedVersion)))
        .returning();
      return row;
    },

    async insertCorrections(rows: (typeof resolutionCorrections.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await db.insert(resolutionCorrections).values(rows);
    },

    /** A resolution's corrections, newest first, with the editor's name. */
    async corrections(resolutionId: string): Promise<ResolutionCorrection[]> {
      const rows = await db
        .select({ correction: resolutionCorrections, name: users.displayName })
        .from(resolutionCorrections)
        .innerJoin(resolutionParagraphs, eq(resolutionParagraphs.id, resolutionCorrections.paragraphId))
        .leftJoin(users, eq(users.id, resolutionCorrections.correctedBy))
        .where(eq(resolutionParagraphs.resolutionId, resolutionId))
        .orderBy(desc(resolutionCorrections.correctedAt), desc(resolutionCorrections.id));
      return rows.map((r) => ({ ...r.correction, correctedByName: r.name }));
    },

    async insertLinks(rows: (typeof resolutionLinks.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await db.insert(resolutionLinks).values(rows).onConflictDoNothing();
    },

    async linksFrom(resolutionId: string): Promise<ResolutionLink[]> {
      return db.select().from(resolutionLinks).where(eq(resolutionLinks.fromResolutionId, resolutionId)).orderBy(asc(resolutionLinks.toSymbol));
    },

    /** The later resolutions that name this symbol (recall it, reaffirm it, …), with their symbol and key. */
    async linksTo(symbol: string): Promise<(ResolutionLink & { fromSymbol: string; fromKey: string; fromTitles: Resolution['titles'] })[]> {
      const rows = await db
        .select({ link: resolutionLinks, symbol: resolutions.symbol, key: resolutions.key, titles: resolutions.titles })
        .from(resolutionLinks)
        .innerJoin(resolutions, eq(resolutions.id, resolutionLinks.fromResolutionId))
        .where(eq(resolutionLinks.toSymbol, symbol))
        .orderBy(asc(resolutions.symbol));
      return rows.map((r) => ({ ...r.link, fromSymbol: r.symbol, fromKey: r.key, fromTitles: r.titles }));
    },

    /** Which of these symbols the registry holds: symbol → id and key. */
    async held(symbols: string[]): Promise<Map<string, { id: string; key: string }>> {
      if (symbols.length === 0) return new Map();
      const rows = await db.select({ id: resolutions.id, key: resolutions.key, symbol: resolutions.symbol }).from(resolutions).where(inArray(resolutions.symbol, symbols));
      return new Map(rows.map((r) => [r.symbol, { id: r.id, key: r.key }]));
    },
  };
}
