// Shapes of the treaty-status views that the API returns and the web app renders. Pure types, shared by
// src/app (which builds them), src/http (whose zod schemas must match them) and src/web (which renders them).
import type { EventKind, LocalizedText, ParticipationStatus } from './types.ts';

export interface SourceView {
  id: number;
  publisher: string;
  title: string;
  url: string | null;
  asOf: string | null;
}

export interface ParticipantSummary {
  code: string;
  iso2: string | null;
  m49: string | null;
  kind: 'member' | 'observer' | 'non_member' | 'organization';
  regionalGroup: string | null;
  names: LocalizedText;
}

/**
 * universal: one of the 19; related: a universal legal basis for cooperation (UNTOC, UNCAC); regional: a regional
 * convention (Council of Europe, OAS, AU, ASEAN, …), shown only where asked for, so the default views stay the 19 and
 * the related ones.
 */
export const INSTRUMENT_CATEGORIES = ['universal', 'related', 'regional'] as const;
export type InstrumentCategory = (typeof INSTRUMENT_CATEGORIES)[number];

/** Whether a view shows an instrument: the category asked for, or by default every category but `regional`. */
export function inCategoryView(category: InstrumentCategory, asked: InstrumentCategory | undefined): boolean {
  return asked ? category === asked : category !== 'regional';
}

export interface InstrumentSummary {
  id: string;
  category: InstrumentCategory;
  sortOrder: number;
  shortNames: LocalizedText;
  titles: LocalizedText;
  depositary: string | null;
  adoptedDate: string | null;
  entryIntoForce: string | null;
  /**
   * As-of date of the newest complete status list Accord holds for the instrument (status is known up to then);
   * null when it holds only excerpts or nothing, so participants without a recorded act show as `unknown`.
   */
  statusListAsOf: string | null;
}

export interface EventView {
  id: number;
  kind: EventKind;
  date: string | null;
  effectiveDate: string | null;
  text: string | null;
  nameAsWritten: string;
  source: SourceView;
  batchId: number;
}

export interface ParticipationView {
  instrumentId: string;
  participantCode: string;
  status: ParticipationStatus;
  signatureDate: string | null;
  consentKind: EventKind | null;
  consentDate: string | null;
  inForceFrom: string | null;
  /** Source of the consent (or signature) the status rests on. */
  source: SourceView | null;
  /** Other sources that disagree about this participant and instrument. */
  disagreements: { slot: string; chosen: EventView; others: EventView[] }[];
}

/** One matrix cell, kept small: the matrix is ~200 × 19. */
export interface MatrixCell {
  s: ParticipationStatus;
  /** consent (or signature) date */
  d: string | null;
  /** true when sources disagree */
  x?: true;
}

export interface MatrixView {
  asOf: string;
  instruments: InstrumentSummary[];
  participants: (ParticipantSummary & { partyCount: number; cells: Record<string, MatrixCell> })[];
}

export interface ParticipantProfile {
  asOf: string;
  participant: ParticipantSummary & { officialNameEn: string | null; memberSince: string | null };
  participation: (ParticipationView & { instrument: InstrumentSummary })[];
  /** Universal instruments the participant is not a party to as of the date. */
  gaps: InstrumentSummary[];
  /** Every event, oldest first, for the timeline. */
  /** Every act once, oldest first; the same act stated by other publishers lists their sources in `alsoIn`. */
  timeline: (EventView & { instrumentId: string; alsoIn: SourceView[] })[];
}

export interface InstrumentView {
  asOf: string;
  instrument: InstrumentSummary & {
    adoptedPlace: string | null;
    openedForSignature: string | null;
    untcRef: string | null;
    eifRule: unknown;
    // The research notes, secondary addresses and reported counts of data/reference/instruments.csv stay there:
    // public views cite only publishers (the status lists' sources and the titles' sources).
    titleSources: Record<string, string>;
  };
  counts: { parties: number; signatories: number; withdrawn: number };
  participants: (ParticipationView & { participant: ParticipantSummary })[];
  /** Entities the complete lists name that are not States in Accord's list: as printed, never counted. */
  otherListed: { nameAsWritten: string; kind: string; date: string | null; publisher: string; asOf: string | null }[];
}

export interface ChangeView {
  event: EventView & { instrumentId: string; participantCode: string };
  /** When Accord recorded it (import time), not the treaty date. */
  recordedAt: string;
}

export interface PartyCountPoint {
  date: string;
  parties: number;
}
