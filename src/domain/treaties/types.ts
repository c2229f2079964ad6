// Types of the treaty-status field. Pure: no I/O.

export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Text per UN language; a missing language falls back to English (see localize). */
export type LocalizedText = Partial<Record<Language, string>>;

export const EVENT_KINDS = [
  'signature',
  'ratification',
  'accession',
  'succession',
  'acceptance',
  'approval',
  /** A deposit whose kind the publisher does not say (ICAO lists "ratification, accession or succession"). */
  'consent',
  'withdrawal',
  'reservation',
  'declaration',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const CONSENT_KINDS: readonly EventKind[] = [
  'ratification',
  'accession',
  'succession',
  'acceptance',
  'approval',
  'consent',
];

export function isConsentKind(kind: EventKind): boolean {
  return CONSENT_KINDS.includes(kind);
}

const RATIFICATION_LIKE: readonly EventKind[] = ['ratification', 'acceptance', 'approval'];

/**
 * Whether two publishers' kinds of consent say the same: equal, or one of them is `consent` (a deposit of
 * unstated kind, as ICAO prints it), or both are ratification, acceptance or approval, which have the same effect
 * and which some publishers (Fedlex) print all as "ratification".
 */
export function sameConsentKind(a: EventKind, b: EventKind): boolean {
  if (a === b) return true;
  if (!isConsentKind(a) || !isConsentKind(b)) return false;
  return a === 'consent' || b === 'consent' || (RATIFICATION_LIKE.includes(a) && RATIFICATION_LIKE.includes(b));
}

/** Events that describe one fact per State and instrument; a later one for the same slot supersedes. */
export type EventSlot = 'signature' | 'consent' | 'withdrawal' | 'reservation' | 'declaration';

export function slotOf(kind: EventKind): EventSlot {
  if (isConsentKind(kind)) return 'consent';
  return kind as EventSlot;
}

/** How an instrument enters into force for a State that joins after it is in force. */
export type EntryIntoForceRule =
  | { kind: 'days_after_deposit'; days: number }
  | { kind: 'first_day_of_second_month' }
  | { kind: 'on_deposit' };

export interface SourceRef {
  id: number;
  publisher: string;
  title: string;
  url: string | null;
  asOf: string | null;
}

/** A participation event as stored. Dates are ISO `YYYY-MM-DD` strings. */
export interface ParticipationEvent {
  id: number;
  instrumentId: string;
  participantCode: string;
  kind: EventKind;
  date: string | null;
  effectiveDate: string | null;
  text: string | null;
  nameAsWritten: string;
  source: SourceRef;
  batchId: number;
  note: string | null;
}

/**
 * `none`: known not to take part (absent from the publisher's whole list, or only reservations);
 * `unknown`: no event, and Accord holds no complete status list for the instrument, so absence proves nothing;
 * `not_adopted`: the date asked for is before the instrument was adopted;
 * `not_a_state`: the date asked for is before the participant became a State (and no act of it is recorded by then).
 */
export type ParticipationStatus = 'party' | 'signatory' | 'withdrawn' | 'none' | 'unknown' | 'not_adopted' | 'not_a_state';

export interface Disagreement {
  slot: EventSlot;
  /** The event the status uses. */
  chosen: ParticipationEvent;
  /** Events from other sources that say something else. */
  others: ParticipationEvent[];
}

export interface DerivedParticipation {
  instrumentId: string;
  participantCode: string;
  status: ParticipationStatus;
  signature: ParticipationEvent | null;
  consent: ParticipationEvent | null;
  withdrawal: ParticipationEvent | null;
  /** Date the instrument entered (or enters) into force for this participant; null when unknown or not a party. */
  inForceFrom: string | null;
  /** True when inForceFrom is known and on or before asOf. */
  inForce: boolean | null;
  reservations: ParticipationEvent[];
  declarations: ParticipationEvent[];
  disagreements: Disagreement[];
}
