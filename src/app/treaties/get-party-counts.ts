// Parties to an instrument over time: one point per date on which the number of parties changed.
//
// A participant's status can only change on the date of one of its own events (deriveParticipation looks at the
// events dated on or before the date), so deriving at each of those dates gives its exact step function; summing
// the steps gives the curve without deriving every participant on every date.
import type { Db } from '#db/client.ts';
import { AppError } from '#domain/errors.ts';
import { deriveParticipation } from '#domain/treaties/status.ts';
import type { ParticipationEvent } from '#domain/treaties/types.ts';
import type { PartyCountPoint } from '#domain/treaties/views.ts';
import { currentDataset, memo } from './treaty-dataset.ts';

export interface PartyCounts {
  instrumentId: string;
  asOf: string;
  points: PartyCountPoint[];
}

export async function getPartyCounts(db: Db, query: { id: string; asOf: string }): Promise<PartyCounts> {
  const { id, asOf } = query;
  const ds = await currentDataset(db);
  const instrument = ds.instrumentsById.get(id);
  if (!instrument) {
    throw new AppError('NOT_FOUND', `No instrument with id ${id}.`, { params: { resource: 'instrument', id } });
  }
  return memo(ds, `party-counts|${id}|${asOf}`, () => {
    const byParticipant = new Map<string, ParticipationEvent[]>();
    for (const e of ds.eventsByInstrument.get(id) ?? []) {
      const list = byParticipant.get(e.participantCode) ?? [];
      list.push(e);
      byParticipant.set(e.participantCode, list);
    }
    const delta = new Map<string, number>();
    for (const [code, events] of byParticipant) {
      const dates = [...new Set(events.map((e) => e.date).filter((d): d is string => d !== null && d <= asOf))].sort();
      let wasParty = false;
      for (const date of dates) {
        const isParty = deriveParticipation(instrument, code, events, date).status === 'party';
        if (isParty !== wasParty) delta.set(date, (delta.get(date) ?? 0) + (isParty ? 1 : -1));
        wasParty = isParty;
      }
    }
    const points: PartyCountPoint[] = [];
    let parties = 0;
    for (const date of [...delta.keys()].sort()) {
      const change = delta.get(date)!;
      // One participant joining on the day another leaves leaves the count unchanged: no point.
      if (change === 0) continue;
      parties += change;
      points.push({ date, parties });
    }
    return { instrumentId: id, asOf, points };
  });
}
