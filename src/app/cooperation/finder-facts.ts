// What the legal-basis finder and the pair view share: the treaty dataset of the current data version, each treaty's
// cooperation provisions (kept beside the dataset, so they go with it), the candidates for a conduct and kind, and
// each State's participation on a date, derived once per (instrument, State) pair and date by treaty-dataset.ts.
import type { Db } from '#db/client.ts';
import { createFinderRepo } from '#db/repos/cooperation/finder.repo.ts';
import { AppError } from '#domain/errors.ts';
import { absentParticipation, candidateIds, isRegional, type Candidate, type ParticipationOf } from '#domain/cooperation/finder.ts';
import type { ConductId } from '#domain/cooperation/conducts.ts';
import type { CooperationKind, CooperationProvision } from '#domain/cooperation/types.ts';
import { deriveParticipation } from '#domain/treaties/status.ts';
import type { DerivedParticipation, ParticipationEvent } from '#domain/treaties/types.ts';
import type { ParticipantRecord } from '#db/repos/treaties/reference.repo.ts';
import { currentDataset, derivationOf, memo, pairKey, type DatasetInstrument, type TreatyDataset } from '../treaties/treaty-dataset.ts';
import { toSourceView } from '../treaties/treaty-presenters.ts';

// Provisions are reference data, seeded with a bump of the data version: kept per dataset, they never outlive it.
const provisionsByDataset = new WeakMap<TreatyDataset, Promise<Map<string, CooperationProvision[]>>>();

export async function loadFinderDataset(db: Db): Promise<{ ds: TreatyDataset; provisions: Map<string, CooperationProvision[]> }> {
  const ds = await currentDataset(db);
  let pending = provisionsByDataset.get(ds);
  if (!pending) {
    pending = createFinderRepo(db)
      .listProvisions()
      .then((rows) => {
        const out = new Map<string, CooperationProvision[]>();
        for (const r of rows) {
          const list = out.get(r.instrumentId);
          if (list) list.push(r);
          else out.set(r.instrumentId, [r]);
        }
        return out;
      });
    provisionsByDataset.set(ds, pending);
    pending.catch(() => provisionsByDataset.delete(ds));
  }
  return { ds, provisions: await pending };
}

/** Participants that are States (the pair view's rows and columns; the finder's two sides). */
export function statesOf(ds: TreatyDataset): ParticipantRecord[] {
  return memo(ds, 'cooperation|states', () => ds.participants.filter((p) => p.kind !== 'organization'));
}

export function candidatesFor(
  ds: TreatyDataset,
  provisions: Map<string, CooperationProvision[]>,
  conduct: ConductId,
  kind: CooperationKind,
): Candidate<DatasetInstrument>[] {
  return memo(ds, `cooperation|candidates|${conduct}|${kind}`, () =>
    candidateIds(conduct, kind, new Set(ds.instrumentsById.keys())).map((id) => ({
      id,
      instrument: ds.instrumentsById.get(id)!,
      regional: isRegional(id),
      provisions: provisions.get(id) ?? [],
    })),
  );
}

/**
 * Each State's participation in each instrument on a date: derived from its events, or "no act" when it has none.
 * `all`: derive every pair of the date at once and keep it (the pair view needs them all); otherwise only the pairs
 * asked are derived, unless the date's whole derivation is already kept (a finder answer on a new date asks for a
 * few dozen pairs, not the ~4,000 of the dataset).
 */
export function participationOn(ds: TreatyDataset, asOf: string, all = true): ParticipationOf {
  const absent = (instrumentId: string, code: string) =>
    absentParticipation(ds.instrumentsById.get(instrumentId)!, code, asOf, ds.participantsByCode.get(code)?.stateSince);
  if (all || ds.views.has(`derive|${asOf}`)) {
    const derived = derivationOf(ds, asOf);
    return (instrumentId, code) => derived.get(pairKey(instrumentId, code)) ?? absent(instrumentId, code);
  }
  const kept = new Map<string, DerivedParticipation>();
  return (instrumentId, code) => {
    const key = pairKey(instrumentId, code);
    let d = kept.get(key);
    if (!d) {
      const events = ds.eventsByPair.get(key);
      const instrument = ds.instrumentsById.get(instrumentId)!;
      d = events ? deriveParticipation(instrument, code, events, asOf, ds.participantsByCode.get(code)?.stateSince) : absent(instrumentId, code);
      kept.set(key, d);
    }
    return d;
  };
}

/** A State code the query names: known and a State, else 400 naming the field. */
export function requireState(ds: TreatyDataset, code: string, field: string): ParticipantRecord {
  const p = ds.participantsByCode.get(code);
  if (!p || p.kind === 'organization') {
    throw new AppError('VALIDATION_FAILED', `${field}: ${code} is not a State Accord knows.`, {
      params: { parameter: field, code },
      issues: [{ path: ['query', field], code: 'unknown_state', message: `${code} is not a State Accord knows` }],
    });
  }
  return p;
}

// ---------------------------------------------------------------------------------------------------------------
// Presenters: the evidence as the API contract (src/http/schemas/cooperation/finder.ts) shows it.

function actRef(e: ParticipationEvent | null) {
  return e ? { kind: e.kind, date: e.date, effectiveDate: e.effectiveDate, source: toSourceView(e.source) } : null;
}

export function toEvidence(d: DerivedParticipation) {
  return {
    state: d.participantCode,
    status: d.status,
    signature: actRef(d.signature),
    consent: actRef(d.consent),
    withdrawal: actRef(d.withdrawal),
    inForceFrom: d.inForceFrom,
    inForce: d.inForce,
    sourcesDisagree: d.disagreements.length > 0,
  };
}

export function toStateRef(p: ParticipantRecord) {
  return { code: p.code, names: p.names };
}
