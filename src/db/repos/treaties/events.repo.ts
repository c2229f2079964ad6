// Read side of participation events. THE RULE every reader must follow: an event counts only while its import
// batch is not reverted (import_batches.status <> 'reverted'). Reverting marks the batch and never touches the
// events, so a query on participation_events alone would still show reverted facts. Use loadEffectiveEvents, or
// join through `effectiveEventsCondition` when a custom query is unavoidable.
import { and, asc, eq, gte, max, ne, type SQL } from 'drizzle-orm';
import type { EventKind, ParticipationEvent } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { importBatches, participationEvents, sources } from '#db/schema/index.ts';

/** A stored event with the two columns the domain type leaves out. */
export interface StoredParticipationEvent extends ParticipationEvent {
  supersedesId: number | null;
  /** When Accord recorded it (import time, ISO timestamp), not the treaty date. */
  recordedAt: string;
}

export interface EffectiveEventsFilter {
  instrumentId?: string;
  participantCode?: string;
  /** Only events recorded at or after this instant (for "what changed since"). */
  recordedSince?: Date;
}

/** WHERE condition that keeps events of batches still applied; the query must join import_batches. */
export const effectiveEventsCondition: SQL = ne(importBatches.status, 'reverted');

/**
 * Per instrument, the as-of date of the newest applied import that was the publisher's whole list (see
 * import_batches.complete). Instruments without one are absent from the map.
 */
export async function loadCompleteListDates(db: Pick<Db, 'select'>): Promise<Map<string, string>> {
  const rows = await db
    .select({ instrumentId: importBatches.instrumentId, asOf: max(sources.asOf) })
    .from(importBatches)
    .innerJoin(sources, eq(sources.id, importBatches.sourceId))
    .where(and(effectiveEventsCondition, eq(importBatches.complete, true)))
    .groupBy(importBatches.instrumentId);
  return new Map(rows.filter((r) => r.instrumentId && r.asOf).map((r) => [r.instrumentId!, r.asOf!]));
}

export interface ListedNonState {
  nameAsWritten: string;
  kind: string;
  date: string | null;
  publisher: string;
  asOf: string | null;
}

/**
 * Per instrument, what the newest applied complete list of each publisher listed that is not a State in Accord's
 * list ("Taipei chinois (Taiwan)"): kept in the batch summary by the import, shown as printed, never counted.
 */
export async function loadListedNonStates(db: Pick<Db, 'select'>): Promise<Map<string, ListedNonState[]>> {
  const rows = await db
    .select({ instrumentId: importBatches.instrumentId, summary: importBatches.summary, publisher: sources.publisher, asOf: sources.asOf, id: importBatches.id })
    .from(importBatches)
    .innerJoin(sources, eq(sources.id, importBatches.sourceId))
    .where(and(effectiveEventsCondition, eq(importBatches.complete, true)))
    .orderBy(asc(importBatches.id));
  const newest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (r.instrumentId) newest.set(`${r.instrumentId}\u0000${r.publisher}`, r);
  const out = new Map<string, ListedNonState[]>();
  for (const r of newest.values()) {
    const listed = ((r.summary ?? {}) as { nonStates?: { nameAsWritten: string; kind: string; date: string | null }[] }).nonStates ?? [];
    if (!listed.length) continue;
    out.set(r.instrumentId!, [
      ...(out.get(r.instrumentId!) ?? []),
      ...listed.map((n) => ({ nameAsWritten: n.nameAsWritten, kind: n.kind, date: n.date, publisher: r.publisher, asOf: r.asOf })),
    ]);
  }
  return out;
}

/** Events of non-reverted batches with their source, oldest record first (batch, then id). */
export async function loadEffectiveEvents(
  db: Pick<Db, 'select'>,
  filter: EffectiveEventsFilter = {},
): Promise<StoredParticipationEvent[]> {
  const conditions: SQL[] = [effectiveEventsCondition];
  if (filter.instrumentId) conditions.push(eq(participationEvents.instrumentId, filter.instrumentId));
  if (filter.participantCode) conditions.push(eq(participationEvents.participantCode, filter.participantCode));
  if (filter.recordedSince) conditions.push(gte(participationEvents.recordedAt, filter.recordedSince));
  const rows = await db
    .select({ event: participationEvents, source: sources })
    .from(participationEvents)
    .innerJoin(importBatches, eq(importBatches.id, participationEvents.batchId))
    .innerJoin(sources, eq(sources.id, participationEvents.sourceId))
    .where(and(...conditions))
    .orderBy(asc(participationEvents.batchId), asc(participationEvents.id));
  return rows.map(({ event, source }) => toStoredEvent(event, source));
}

/** A stored event row with its source row, as the domain sees it. */
export function toStoredEvent(
  e: typeof participationEvents.$inferSelect,
  s: typeof sources.$inferSelect,
): StoredParticipationEvent {
  return {
    id: e.id,
    instrumentId: e.instrumentId,
    participantCode: e.participantCode,
    kind: e.kind as EventKind,
    date: e.date,
    effectiveDate: e.effectiveDate,
    text: e.text,
    nameAsWritten: e.nameAsWritten,
    source: { id: s.id, publisher: s.publisher, title: s.title, url: s.url, asOf: s.asOf },
    batchId: e.batchId,
    note: e.note,
    supersedesId: e.supersedesId,
    recordedAt: e.recordedAt.toISOString(),
  };
}
