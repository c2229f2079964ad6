// Recorded changes: participation events in the order Accord learnt them (recorded_at), for the changes list and
// the Atom feed. Only events of batches still applied count (events.repo.ts: effectiveEventsCondition). Paged in
// SQL, unlike loadEffectiveEvents, because the history grows with every import.
import { sql, and, count, desc, eq, gte, inArray, isNotNull, lte, type SQL } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { importBatches, participationEvents, sources } from '#db/schema/index.ts';
import { effectiveEventsCondition, toStoredEvent, type StoredParticipationEvent } from './events.repo.ts';


export interface ChangesQuery {
  since?: Date;
  /**
   * `recorded`: in the order Accord learnt them; `acts`: the acts themselves (signatures, deposits, withdrawals) by
   * their own date, newest first, up to `until`. Each act once: the same act stated by two publishers is the
   * newest source's.
   */
  sort?: 'recorded' | 'acts';
  /** With `acts`: no act dated after this day (a forward-dated deposit is not yet an act). */
  until?: string;
  limit: number;
  offset: number;
}

const ACT_KINDS = ['signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval', 'consent', 'withdrawal'];

export function createChangesRepo(db: Db) {
  const where = (query: ChangesQuery): SQL | undefined =>
    and(
      effectiveEventsCondition,
      query.since ? gte(participationEvents.recordedAt, query.since) : undefined,
      ...(query.sort === 'acts'
        ? [
            inArray(participationEvents.kind, ACT_KINDS),
            isNotNull(participationEvents.date),
            query.until ? lte(participationEvents.date, query.until) : undefined,
            // One row per act: a newer event for the same fact (another publisher's, or a correction) hides it.
            sql`not exists (select 1 from participation_events newer join import_batches nb on nb.id = newer.batch_id
                where nb.status = 'applied' and newer.instrument_id = ${participationEvents.instrumentId}
                and newer.participant_code = ${participationEvents.participantCode} and newer.kind = ${participationEvents.kind}
                and newer.date = ${participationEvents.date} and newer.id > ${participationEvents.id})`,
          ]
        : []),
    );

  return {
    async list(query: ChangesQuery): Promise<{ rows: StoredParticipationEvent[]; total: number }> {
      const [totalRow] = await db
        .select({ n: count() })
        .from(participationEvents)
        .innerJoin(importBatches, eq(importBatches.id, participationEvents.batchId))
        .where(where(query));
      const rows = await db
        .select({ e: participationEvents, s: sources })
        .from(participationEvents)
        .innerJoin(importBatches, eq(importBatches.id, participationEvents.batchId))
        .innerJoin(sources, eq(sources.id, participationEvents.sourceId))
        .where(where(query))
        .orderBy(
          ...(query.sort === 'acts'
            ? [desc(participationEvents.date), desc(participationEvents.id)]
            : [desc(participationEvents.recordedAt), desc(participationEvents.id)]),
        )
        .limit(query.limit)
        .offset(query.offset);
      return {
        total: Number(totalRow?.n ?? 0),
        rows: rows.map(({ e, s }) => toStoredEvent(e, s)),
      };
    },
  };
}
