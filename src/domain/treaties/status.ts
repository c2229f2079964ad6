// Status at a date, derived from participation events. Nothing is stored as "status": it is always computed
// from the append-only events, so a correction or a reverted import changes the answer without rewriting history.
import { addDays, firstDayOfSecondMonthAfter, maxDate } from './dates.ts';
import {
  sameConsentKind,
  slotOf,
  type DerivedParticipation,
  type Disagreement,
  type EntryIntoForceRule,
  type EventSlot,
  type ParticipationEvent,
} from './types.ts';

export interface InstrumentTiming {
  id: string;
  /** General entry into force of the instrument, when known. */
  entryIntoForce: string | null;
  /** Adoption date, when known: before it nobody can be a party, and Accord says "not yet adopted". */
  adoptedDate?: string | null;
  eifRule: EntryIntoForceRule | null;
  /** As-of date of the newest complete status list held for the instrument; null when only excerpts are held. */
  statusListAsOf?: string | null;
}

/**
 * Orders events so that the later-recorded one wins within one source publisher: batches are applied in order,
 * and within a batch the higher id is later.
 */
function recordedOrder(a: ParticipationEvent, b: ParticipationEvent): number {
  return a.batchId - b.batchId || a.id - b.id;
}

/** Newer source (by as-of date) first; undated sources last; ties broken by the later import. */
function sourcePreference(a: ParticipationEvent, b: ParticipationEvent): number {
  const aa = a.source.asOf ?? '';
  const bb = b.source.asOf ?? '';
  if (aa !== bb) return aa < bb ? 1 : -1;
  return -recordedOrder(a, b);
}

function sameFact(a: ParticipationEvent, b: ParticipationEvent): boolean {
  return sameConsentKind(a.kind, b.kind) && a.date === b.date;
}

/**
 * For one slot: the current event of each publisher (its latest record), then the preferred one across
 * publishers, with any publisher that says otherwise reported as a disagreement.
 */
function pickSlot(
  events: ParticipationEvent[],
  slot: EventSlot,
): { chosen: ParticipationEvent | null; disagreement: Disagreement | null } {
  const latestByPublisher = new Map<string, ParticipationEvent>();
  for (const e of [...events].sort(recordedOrder)) latestByPublisher.set(e.source.publisher, e);
  const current = [...latestByPublisher.values()].sort(sourcePreference);
  const chosen = current[0] ?? null;
  if (!chosen) return { chosen: null, disagreement: null };
  const others = current.slice(1).filter((e) => !sameFact(e, chosen));
  return { chosen, disagreement: others.length ? { slot, chosen, others } : null };
}

/**
 * The status of a participant with no act recorded by `asOf`: before the instrument's adoption, "not yet adopted";
 * before the participant became a State, "not yet a State"; else "not a party" where a complete list is held, and
 * "unknown" where none is.
 */
export function statusWithoutActs(
  instrument: Pick<InstrumentTiming, 'adoptedDate' | 'statusListAsOf'>,
  asOf: string,
  stateSince: string | null | undefined,
): 'not_adopted' | 'not_a_state' | 'none' | 'unknown' {
  if (instrument.adoptedDate && asOf < instrument.adoptedDate) return 'not_adopted';
  if (stateSince && asOf < stateSince) return 'not_a_state';
  return instrument.statusListAsOf ? 'none' : 'unknown';
}

export function inForceDateFor(consentDate: string, instrument: InstrumentTiming): string | null {
  const rule = instrument.eifRule;
  if (!rule || !instrument.entryIntoForce) return null;
  let own: string;
  switch (rule.kind) {
    case 'days_after_deposit':
      own = addDays(consentDate, rule.days);
      break;
    case 'first_day_of_second_month':
      own = firstDayOfSecondMonthAfter(consentDate);
      break;
    case 'on_deposit':
      own = consentDate;
      break;
    default:
      return null;
  }
  return maxDate(own, instrument.entryIntoForce);
}

/**
 * Derives one participant's status for one instrument as of a date, from all its events (any order, any source).
 * Events dated after `asOf` are ignored; undated signature/consent/withdrawal events cannot be placed in time and
 * are ignored for status (they still appear in the history).
 */
export function deriveParticipation(
  instrument: InstrumentTiming,
  participantCode: string,
  events: readonly ParticipationEvent[],
  asOf: string,
  /** The day the participant became a State, when after the oldest instrument (statehood.csv). */
  stateSince?: string | null,
): DerivedParticipation {
  const bySlot = new Map<EventSlot, ParticipationEvent[]>();
  for (const e of events) {
    const slot = slotOf(e.kind);
    const dated = e.date !== null && e.date <= asOf;
    const isNote = slot === 'reservation' || slot === 'declaration';
    if (!dated && !(isNote && e.date === null)) continue;
    const list = bySlot.get(slot) ?? [];
    list.push(e);
    bySlot.set(slot, list);
  }
  const disagreements: Disagreement[] = [];
  const pick = (slot: EventSlot) => {
    const r = pickSlot(bySlot.get(slot) ?? [], slot);
    if (r.disagreement) disagreements.push(r.disagreement);
    return r.chosen;
  };
  const signature = pick('signature');
  const consent = pick('consent');
  const withdrawal = pick('withdrawal');

  // A complete list that names a participant without a date (Fedlex's "Pays-Bas" heading its territories) proves
  // it is listed, not since when: unknown, never "not a party".
  const listedUndated = events.some((e) => slotOf(e.kind) === 'consent' && e.date === null);
  let status: DerivedParticipation['status'];
  if (instrument.adoptedDate && asOf < instrument.adoptedDate) status = 'not_adopted';
  else if (consent && !(withdrawal && withdrawal.date! >= consent.date!)) status = 'party';
  else if (consent && withdrawal) status = 'withdrawn';
  // A signatory whose consent a source records without a date (a party "ratified, date not found") has consented
  // at some point: not "signatory", but unknown as of a given date.
  else if (listedUndated && !withdrawal) status = 'unknown';
  else if (signature) status = 'signatory';
  // A recorded act wins over the statehood date (a succession takes effect from independence, which sources date
  // differently): only a participant with no act by then is "not yet a State".
  else status = statusWithoutActs(instrument, asOf, stateSince);

  let inForceFrom: string | null = null;
  if (status === 'party' && consent) {
    inForceFrom = consent.effectiveDate ?? inForceDateFor(consent.date!, instrument);
  }
  return {
    instrumentId: instrument.id,
    participantCode,
    status,
    signature,
    consent,
    withdrawal,
    inForceFrom,
    inForce: inForceFrom === null ? null : inForceFrom <= asOf,
    reservations: bySlot.get('reservation') ?? [],
    declarations: bySlot.get('declaration') ?? [],
    disagreements,
  };
}
