// Recorded changes: participation events in the order Accord learnt them (recorded_at), for the changes list and
// the Atom feed. Only events of batches still applied count (events.repo.ts: effectiveEventsCondition). Paged in
// SQL, unlike loadEffectiveEvents, because the history grows with every import.
import { and, count, desc, eq, gte, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { importBatches, participationEvents, sources } from '../schema/index.ts';
import { effectiveEventsCondition, toStoredEvent, type StoredParticipationEvent } from './events.repo.ts';


export interface ChangesQuery {
  since?: Date;
  limit: number;
  offset: number;
}

export function createChangesRepo(db: Db) {
  const where = (since?: Date): SQL | undefined =>
    and(effectiveEventsCondition, since ? gte(participationEvents.recordedAt, since) : undefined);

  return {
    async list(query: ChangesQuery): Promise<{ rows: StoredParticipationEvent[]; total: number }> {
      const [totalRow] = await db
        .select({ n: count() })
        .from(participationEvents)
        .innerJoin(importBatches, eq(importBatches.id, participationEvents.batchId))
        .where(where(query.since));
      const rows = await db
        .select({ e: participationEvents, s: sources })
        .from(participationEvents)
        .innerJoin(importBatches, eq(importBatches.id, participationEvents.batchId))
        .innerJoin(sources, eq(sources.id, participationEvents.sourceId))
        .where(where(query.since))
        .orderBy(desc(participationEvents.recordedAt), desc(participationEvents.id))
        .limit(query.limit)
        .offset(query.offset);
      return {
        total: Number(totalRow?.n ?? 0),
        rows: rows.map(({ e, s }) => toStoredEvent(e, s)),
      };
    },
  };
}
