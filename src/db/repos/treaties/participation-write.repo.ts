// Writes of the status-list import: sources, batches, events (append-only), data_version. Also the few reads the
// import and revert use cases need inside their transaction. Pass a transaction as `db` to take part in it.
import { and, asc, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { createDataVersionRepo } from './data-version.repo.ts';
import {
  importBatches,
  instruments,
  participantAliases,
  participationEvents,
  sources,
} from '#db/schema/index.ts';

export interface SourceInput {
  publisher: string;
  title: string;
  url: string | null;
  asOf: string | null;
}

export interface NewEvent {
  instrumentId: string;
  participantCode: string;
  kind: string;
  date: string | null;
  effectiveDate: string | null;
  text: string | null;
  nameAsWritten: string;
  sourceId: number;
  batchId: number;
  supersedesId: number | null;
  recordedAt: Date;
  note: string | null;
}

export type BatchRow = typeof importBatches.$inferSelect;

export function createParticipationWriteRepo(db: Db) {
  return {
    async findInstrument(id: string) {
      const [row] = await db
        .select({ id: instruments.id, untcRef: instruments.untcRef })
        .from(instruments)
        .where(eq(instruments.id, id));
      return row ?? null;
    },

    async findInstrumentByUntcRef(untcRef: string) {
      const [row] = await db
        .select({ id: instruments.id, untcRef: instruments.untcRef })
        .from(instruments)
        .where(eq(instruments.untcRef, untcRef));
      return row ?? null;
    },

    /**
     * Serialises imports and reverts of one instrument on PostgreSQL (PGlite has one connection anyway): the diff
     * is computed against what is stored, so two concurrent imports must not both see the same "before".
     */
    async lockInstrument(id: string): Promise<void> {
      await db.select({ id: instruments.id }).from(instruments).where(eq(instruments.id, id)).for('update');
    },

    /** Normalised alias → participant code. A few hundred rows: loaded whole per import. */
    async loadAliases(): Promise<Map<string, string>> {
      const rows = await db.select({ alias: participantAliases.alias, code: participantAliases.code }).from(participantAliases);
      return new Map(rows.map((r) => [r.alias, r.code]));
    },

    async findOrCreateSource(input: SourceInput): Promise<number> {
      // The unique index treats NULL as_of values as distinct, so look up first rather than rely on ON CONFLICT.
      const [found] = await db
        .select({ id: sources.id })
        .from(sources)
        .where(
          and(
            eq(sources.publisher, input.publisher),
            eq(sources.title, input.title),
            input.asOf === null ? isNull(sources.asOf) : eq(sources.asOf, input.asOf),
          ),
        );
      if (found) return found.id;
      const [row] = await db.insert(sources).values(input).returning({ id: sources.id });
      return row!.id;
    },

    async createBatch(values: {
      format: string;
      fileName: string;
      fileSha256: string;
      instrumentId: string;
      sourceId: number;
      complete: boolean;
      startedAt: Date;
    }): Promise<number> {
      const [row] = await db
        .insert(importBatches)
        .values({ ...values, status: 'applied' })
        .returning({ id: importBatches.id });
      return row!.id;
    },

    async finishBatch(id: number, values: { summary: unknown; log: unknown[]; finishedAt: Date }): Promise<void> {
      await db.update(importBatches).set(values).where(eq(importBatches.id, id));
    },

    /** Inserts in the given order (ids follow it) and returns the new ids in the same order. */
    async insertEvents(rows: NewEvent[]): Promise<number[]> {
      const ids: number[] = [];
      // Chunked: one statement per few hundred rows keeps the parameter count far below PostgreSQL's limit.
      for (let i = 0; i < rows.length; i += 500) {
        const inserted = await db
          .insert(participationEvents)
          .values(rows.slice(i, i + 500))
          .returning({ id: participationEvents.id });
        ids.push(...inserted.map((r) => r.id).sort((a, b) => a - b));
      }
      return ids;
    },

    /** Summaries of the applied batches of one publisher for one instrument, oldest first. */
    async appliedBatchSummaries(instrumentId: string, publisher: string): Promise<{ id: number; summary: unknown }[]> {
      return db
        .select({ id: importBatches.id, summary: importBatches.summary })
        .from(importBatches)
        .innerJoin(sources, eq(sources.id, importBatches.sourceId))
        .where(
          and(
            eq(importBatches.instrumentId, instrumentId),
            eq(sources.publisher, publisher),
            ne(importBatches.status, 'reverted'),
          ),
        )
        .orderBy(asc(importBatches.id));
    },

    async findBatch(id: number): Promise<(BatchRow & { publisher: string | null }) | null> {
      const [row] = await db
        .select({ batch: importBatches, publisher: sources.publisher })
        .from(importBatches)
        .leftJoin(sources, eq(sources.id, importBatches.sourceId))
        .where(eq(importBatches.id, id));
      return row ? { ...row.batch, publisher: row.publisher } : null;
    },

    /** The latest applied batch after `batchId` from the same publisher for the same instrument, if any. */
    async laterAppliedBatch(batch: { id: number; instrumentId: string; publisher: string }): Promise<number | null> {
      const [row] = await db
        .select({ id: importBatches.id })
        .from(importBatches)
        .innerJoin(sources, eq(sources.id, importBatches.sourceId))
        .where(
          and(
            gt(importBatches.id, batch.id),
            eq(importBatches.instrumentId, batch.instrumentId),
            eq(sources.publisher, batch.publisher),
            eq(importBatches.status, 'applied'),
          ),
        )
        .orderBy(desc(importBatches.id))
        .limit(1);
      return row?.id ?? null;
    },

    /** An applied batch that imported exactly this file (by SHA-256) for the instrument from the same source. */
    async findAppliedBatchByFile(fileSha256: string, instrumentId: string, source: SourceInput): Promise<number | null> {
      const [row] = await db
        .select({ id: importBatches.id })
        .from(importBatches)
        .innerJoin(sources, eq(sources.id, importBatches.sourceId))
        .where(
          and(
            eq(importBatches.fileSha256, fileSha256),
            eq(importBatches.instrumentId, instrumentId),
            eq(importBatches.status, 'applied'),
            eq(sources.publisher, source.publisher),
            eq(sources.title, source.title),
            source.asOf === null ? isNull(sources.asOf) : eq(sources.asOf, source.asOf),
          ),
        )
        .limit(1);
      return row?.id ?? null;
    },

    async markReverted(id: number, now: Date): Promise<void> {
      await db.update(importBatches).set({ status: 'reverted', revertedAt: now }).where(eq(importBatches.id, id));
    },

    async countBatchEvents(batchId: number): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(participationEvents)
        .where(eq(participationEvents.batchId, batchId));
      return Number(row?.n ?? 0);
    },

    /** One row, created on first use: readers cache derived views until the version moves. */
    bumpDataVersion: (now: Date) => createDataVersionRepo(db).bump(now),
  };
}

export type ParticipationWriteRepo = ReturnType<typeof createParticipationWriteRepo>;
