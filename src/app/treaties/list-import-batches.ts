// Import batches, newest first, with their counts; the log (every problem, unresolved name, rename, change and
// disagreement) only on request, since it can run to hundreds of entries per batch.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { importBatches, sources } from '#db/schema/index.ts';

export interface ImportBatchView {
  id: number;
  format: string;
  fileName: string;
  fileSha256: string;
  instrumentId: string | null;
  source: { publisher: string; title: string; url: string | null; asOf: string | null } | null;
  status: 'applied' | 'reverted';
  counts: Record<string, number>;
  startedAt: string;
  finishedAt: string | null;
  revertedAt: string | null;
  log?: unknown[];
}

export interface ListImportBatchesOptions {
  instrumentId?: string;
  /** One batch by its number. */
  id?: number;
  withLog?: boolean;
  limit?: number;
  offset?: number;
}

export async function listImportBatches(db: Db, options: ListImportBatchesOptions = {}): Promise<ImportBatchView[]> {
  const rows = await db
    .select({ batch: importBatches, source: sources })
    .from(importBatches)
    .leftJoin(sources, eq(sources.id, importBatches.sourceId))
    .where(
      and(
        options.instrumentId ? eq(importBatches.instrumentId, options.instrumentId) : undefined,
        options.id !== undefined ? eq(importBatches.id, options.id) : undefined,
      ),
    )
    .orderBy(desc(importBatches.id))
    .limit(Math.min(options.limit ?? 50, 500))
    .offset(options.offset ?? 0);
  return rows.map(({ batch: b, source: s }) => ({
    id: b.id,
    format: b.format,
    fileName: b.fileName,
    fileSha256: b.fileSha256,
    instrumentId: b.instrumentId,
    source: s ? { publisher: s.publisher, title: s.title, url: s.url, asOf: s.asOf } : null,
    status: b.status as ImportBatchView['status'],
    counts: (b.summary as { counts?: Record<string, number> }).counts ?? {},
    startedAt: b.startedAt.toISOString(),
    finishedAt: b.finishedAt?.toISOString() ?? null,
    revertedAt: b.revertedAt?.toISOString() ?? null,
    ...(options.withLog ? { log: b.log as unknown[] } : {}),
  }));
}
