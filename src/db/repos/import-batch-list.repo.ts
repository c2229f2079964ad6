// Public list of import batches: which document was imported when, with its summary. The log stays out of the
// list (it can be long); sources are public documents, so nothing here is confidential.
import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { importBatches, sources } from '../schema/index.ts';
import type { SourceRef } from '#domain/treaties/types.ts';

export interface ImportBatchRecord {
  id: number;
  format: string;
  fileName: string;
  fileSha256: string;
  instrumentId: string | null;
  source: SourceRef | null;
  status: string;
  summary: Record<string, unknown>;
  startedAt: Date;
  finishedAt: Date | null;
  revertedAt: Date | null;
}

export function createImportBatchListRepo(db: Db) {
  return {
    async list(query: { limit: number; offset: number }): Promise<{ rows: ImportBatchRecord[]; total: number }> {
      const [totalRow] = await db.select({ n: count() }).from(importBatches);
      const rows = await db
        .select({ b: importBatches, s: sources })
        .from(importBatches)
        .leftJoin(sources, eq(sources.id, importBatches.sourceId))
        .orderBy(desc(importBatches.id))
        .limit(query.limit)
        .offset(query.offset);
      return {
        total: Number(totalRow?.n ?? 0),
        rows: rows.map(({ b, s }) => ({
          id: b.id,
          format: b.format,
          fileName: b.fileName,
          fileSha256: b.fileSha256,
          instrumentId: b.instrumentId,
          source: s ? { id: s.id, publisher: s.publisher, title: s.title, url: s.url, asOf: s.asOf } : null,
          status: b.status,
          summary: (b.summary ?? {}) as Record<string, unknown>,
          startedAt: b.startedAt,
          finishedAt: b.finishedAt,
          revertedAt: b.revertedAt,
        })),
      };
    },
  };
}
