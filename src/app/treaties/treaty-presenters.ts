// Maps derived participation to the view types the API returns (src/domain/treaties/views.ts).
import { statusWithoutActs } from '#domain/treaties/status.ts';
import { LANGUAGES, type LocalizedText } from '#domain/treaties/types.ts';
import type { ParticipantRecord } from '#db/repos/treaties/reference.repo.ts';
import type { DatasetInstrument } from './treaty-dataset.ts';
import type { DerivedParticipation, ParticipationEvent, SourceRef } from '#domain/treaties/types.ts';
import type {
  EventView,
  InstrumentSummary,
  MatrixCell,
  ParticipantSummary,
  ParticipationView,
  SourceView,
} from '#domain/treaties/views.ts';

export function toSourceView(s: SourceRef): SourceView {
  return { id: s.id, publisher: s.publisher, title: s.title, url: s.url, asOf: s.asOf };
}

export function toEventView(e: ParticipationEvent): EventView {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    effectiveDate: e.effectiveDate,
    text: e.text,
    nameAsWritten: e.nameAsWritten,
    source: toSourceView(e.source),
    batchId: e.batchId,
  };
}

export function toParticipantSummary(p: ParticipantRecord): ParticipantSummary {
  return { code: p.code, iso2: p.iso2, m49: p.m49, kind: p.kind, regionalGroup: p.regionalGroup, names: p.names };
}

export function toInstrumentSummary(i: DatasetInstrument): InstrumentSummary {
  return {
    id: i.id,
    category: i.category,
    sortOrder: i.sortOrder,
    shortNames: displayShortNames(i),
    titles: i.titles,
    depositary: i.depositary,
    adoptedDate: i.adoptedDate,
    entryIntoForce: i.entryIntoForce,
    statusListAsOf: i.statusListAsOf,
  };
}

/** A pair without any event: not a party if the instrument's whole list is held, else unknown. */
export function noParticipation(
  instrument: DatasetInstrument,
  participant: { code: string; stateSince: string | null },
  asOf: string,
): ParticipationView {
  return {
    instrumentId: instrument.id,
    participantCode: participant.code,
    status: statusWithoutActs(instrument, asOf, participant.stateSince),
    signatureDate: null,
    consentKind: null,
    consentDate: null,
    inForceFrom: null,
    source: null,
    disagreements: [],
  };
}

export function toParticipationView(d: DerivedParticipation): ParticipationView {
  // The status rests on the consent when there is one, else on the signature; a withdrawal is its own basis.
  const basis = d.status === 'withdrawn' ? d.withdrawal : (d.consent ?? d.signature);
  return {
    instrumentId: d.instrumentId,
    participantCode: d.participantCode,
    status: d.status,
    signatureDate: d.signature?.date ?? null,
    consentKind: d.consent?.kind ?? null,
    consentDate: d.consent?.date ?? null,
    inForceFrom: d.inForceFrom,
    source: basis ? toSourceView(basis.source) : null,
    disagreements: d.disagreements.map((x) => ({
      slot: x.slot,
      chosen: toEventView(x.chosen),
      others: x.others.map(toEventView),
    })),
  };
}

export function toMatrixCell(
  d: DerivedParticipation | undefined,
  instrument: DatasetInstrument,
  participant: { stateSince: string | null },
  asOf: string,
): MatrixCell {
  if (!d) return { s: statusWithoutActs(instrument, asOf, participant.stateSince), d: null };
  const date = d.consent?.date ?? d.signature?.date ?? null;
  const dated = d.status === 'party' || d.status === 'signatory' || d.status === 'withdrawn';
  const cell: MatrixCell = { s: d.status, d: dated ? date : null };
  if (d.disagreements.length) cell.x = true;
  return cell;
}

/** English name, or the code when a participant has none: for sorting and exports. */
export function nameOf(names: Partial<Record<string, string>>, lang = 'en'): string {
  return names[lang] ?? names.en ?? Object.values(names).find(Boolean) ?? '';
}

/**
 * The label of an instrument per language: its short name where a source gives one in that language, else its
 * official title in that language, so that no language shows English where a sourced name of its own exists.
 * A language with neither falls back to English in the client (marked as such).
 */
export function displayShortNames(i: { shortNames: LocalizedText; titles: LocalizedText }): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const name = i.shortNames[lang] ?? i.titles[lang];
    if (name) out[lang] = name;
  }
  return out;
}
