// One instrument as of a date: its reference data, counts, and every participant that has signed or joined it.
import type { Db } from '#db/client.ts';
import { AppError } from '#domain/errors.ts';
import type { InstrumentView } from '#domain/treaties/views.ts';
import { currentDataset, derivationOf, pairKey } from './treaty-dataset.ts';
import {
  nameOf,
  noParticipation,
  toInstrumentSummary,
  toParticipantSummary,
  toParticipationView,
} from './treaty-presenters.ts';

export async function getInstrumentView(db: Db, query: { id: string; asOf: string }): Promise<InstrumentView> {
  const { id, asOf } = query;
  const ds = await currentDataset(db);
  const derived = derivationOf(ds, asOf);
  const instrument = ds.instrumentsById.get(id);
  if (!instrument) {
    throw new AppError('NOT_FOUND', `No instrument with id ${id}.`, { params: { resource: 'instrument', id } });
  }
  const counts = { parties: 0, signatories: 0, withdrawn: 0 };
  const participants: InstrumentView['participants'] = [];
  for (const p of ds.participants) {
    // Every participant is listed, those without a recorded act as `none` or `unknown` (see noParticipation).
    const d = derived.get(pairKey(id, p.code));
    const view = d ? toParticipationView(d) : noParticipation(instrument, p, asOf);
    if (view.status === 'party') counts.parties++;
    else if (view.status === 'signatory') counts.signatories++;
    else if (view.status === 'withdrawn') counts.withdrawn++;
    participants.push({ ...view, participant: toParticipantSummary(p) });
  }
  participants.sort((a, b) => nameOf(a.participant.names).localeCompare(nameOf(b.participant.names), 'en'));
  return {
    asOf,
    instrument: {
      ...toInstrumentSummary(instrument),
      adoptedPlace: instrument.adoptedPlace,
      openedForSignature: instrument.openedForSignature,
      untcRef: instrument.untcRef,
      eifRule: instrument.eifRule,
      titleSources: instrument.titleSources,
    },
    counts,
    participants,
    otherListed: ds.listedNonStates.get(id) ?? [],
  };
}
