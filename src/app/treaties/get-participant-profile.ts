// One participant's treaty profile as of a date: status per instrument with its dates and sources, the universal
// instruments it has not joined, and its whole timeline.
import type { Db } from '#db/client.ts';
import { AppError } from '#domain/errors.ts';
import { isConsentKind, sameConsentKind } from '#domain/treaties/types.ts';
import type { ParticipantProfile } from '#domain/treaties/views.ts';
import { currentDataset, derivationOf, pairKey } from './treaty-dataset.ts';
import {
  noParticipation,
  toEventView,
  toInstrumentSummary,
  toParticipantSummary,
  toParticipationView,
  toSourceView,
} from './treaty-presenters.ts';

export async function getParticipantProfile(db: Db, query: { code: string; asOf: string }): Promise<ParticipantProfile> {
  const { asOf } = query;
  const code = query.code.toUpperCase();
  const ds = await currentDataset(db);
  const derived = derivationOf(ds, asOf);
  const participant = ds.participantsByCode.get(code);
  if (!participant) {
    throw new AppError('NOT_FOUND', `No participant with code ${code}.`, { params: { resource: 'participant', code } });
  }
  // Regional conventions appear only where the participant has an act recorded under one: they are open to a
  // region's States, so "no act" is not news for the others.
  const shown = ds.instruments.filter((i) => i.category !== 'regional' || derived.has(pairKey(i.id, code)));
  const participation = shown.map((i) => {
    const d = derived.get(pairKey(i.id, code));
    return { ...(d ? toParticipationView(d) : noParticipation(i, participant, asOf)), instrument: toInstrumentSummary(i) };
  });
  const gaps = participation
    // A gap is an instrument the participant is known not to have joined; unknown status is not a gap, nor is an
    // instrument not yet adopted or a date before the participant became a State.
    .filter((p) => p.instrument.category === 'universal' && ['none', 'signatory', 'withdrawn'].includes(p.status))
    .map((p) => p.instrument);
  // Events dated after asOf had not happened yet; undated ones cannot be placed in time and stay, last.
  // One entry per act: the same act (instrument, kind, date, text) stated by several publishers is shown once, with
  // the newest source first and the others beside it.
  const acts = new Map<string, ParticipantProfile['timeline'][number]>();
  const events = (ds.eventsByParticipant.get(code) ?? [])
    .filter((e) => e.date === null || e.date <= asOf)
    .sort((a, b) => ((b.source.asOf ?? '') < (a.source.asOf ?? '') ? -1 : (b.source.asOf ?? '') > (a.source.asOf ?? '') ? 1 : b.id - a.id));
  for (const e of events) {
    const key = [e.instrumentId, isConsentKind(e.kind) ? 'consent' : e.kind, e.date ?? '', e.text ?? ''].join('\u0000');
    const act = acts.get(key);
    if (!act) acts.set(key, { ...toEventView(e), instrumentId: e.instrumentId, alsoIn: [] });
    else if (sameConsentKind(act.kind, e.kind) && act.source.publisher !== e.source.publisher && !act.alsoIn.some((s) => s.publisher === e.source.publisher)) {
      act.alsoIn.push(toSourceView(e.source));
    } else if (!sameConsentKind(act.kind, e.kind)) acts.set(`${key}\u0000${e.id}`, { ...toEventView(e), instrumentId: e.instrumentId, alsoIn: [] });
  }
  const timeline = [...acts.values()].sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
    return a.instrumentId.localeCompare(b.instrumentId) || a.id - b.id;
  });
  return {
    asOf,
    participant: {
      ...toParticipantSummary(participant),
      officialNameEn: participant.officialNameEn,
      memberSince: participant.memberSince,
    },
    participation,
    gaps,
    timeline,
  };
}
