// The API of the legal-basis finder and the pair view (/api/v1/cooperation/legal-basis, /pairs). Kept out of api.ts
// so it loads with these two screens only.
//
// The shapes mirror the contract in src/http/schemas/cooperation/finder.ts (the web may not import the http layer).
// They are written out here because the routes, and so their generated types in src/web/api/openapi.d.ts, land with
// the server's branch; once they have, these become aliases of components['schemas'][…] as in src/web/api-types.ts.
import type { ConductId } from '#domain/cooperation/conducts.ts';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { EventKind, LocalizedText, ParticipationStatus } from '#domain/treaties/types.ts';
import type { InstrumentSummary, SourceView } from '#domain/treaties/views.ts';
import { apiClient, queryString } from '#web/api.ts';

const { getJson, envelope } = apiClient;
const BASE = '/api/v1';

export interface StateRef {
  code: string;
  names: LocalizedText;
}

export interface ActRef {
  kind: EventKind;
  date: string | null;
  effectiveDate: string | null;
  source: SourceView;
}

export interface ParticipationEvidence {
  state: string;
  status: ParticipationStatus;
  signature: ActRef | null;
  consent: ActRef | null;
  withdrawal: ActRef | null;
  inForceFrom: string | null;
  inForce: boolean | null;
  sourcesDisagree: boolean;
}

export interface CitedProvision {
  kind: string;
  article: string;
  paraphrase: string;
  verified: boolean;
  articlePath: string | null;
}

export const CAVEAT_CODES = [
  'untoc-organized-crime',
  'tokyo-no-extradition-duty',
  'no-penal-clauses',
  'hague-unamended',
  'montreal-unamended',
  'political-offence-excluded',
  'political-offence-not-excluded',
  'aut-dedere-aut-judicare',
  'in-force-date-unknown',
  'provision-unverified',
  'convention-basis-declined',
  'convention-basis-not-known',
  'regional-coverage-not-recorded',
  'sources-disagree',
] as const;
export type CaveatCode = (typeof CAVEAT_CODES)[number];

export interface Caveat {
  code: CaveatCode;
  instrumentId: string | null;
  article: string | null;
  /** English; the screen says it in the reader's language from `code`. */
  text: string;
}

/** The instrument summary as the finder gives it (the register may add categories, e.g. regional conventions). */
export type FinderInstrument = Omit<InstrumentSummary, 'category'> & { category: string };

export interface ApplicableTreaty {
  instrument: FinderInstrument;
  inForceForBothFrom: string | null;
  provisions: CitedProvision[];
  evidence: { requesting: ParticipationEvidence; requested: ParticipationEvidence };
  caveats: Caveat[];
}

export interface BilateralBasis {
  id: string;
  kind: 'extradition' | 'mla' | 'extradition-and-mla';
  title: string;
  signedOn: string | null;
  inForceFrom: string | null;
  source: string;
  sourceUrl: string | null;
}

export const NEAR_MISS_REASONS = [
  'signed-not-ratified',
  'joined-after-date',
  'not-yet-in-force',
  'in-force-date-unknown',
  'status-unknown',
  'not-a-party',
  'withdrawn',
] as const;
export type NearMissReason = (typeof NEAR_MISS_REASONS)[number];

export interface NearMiss {
  instrument: FinderInstrument;
  state: string;
  reason: NearMissReason;
  date: string | null;
  evidence: ParticipationEvidence;
}

export interface DeclarationRef {
  id: string;
  state: string;
  instrumentId: string;
  kind: string;
  article: string;
  languages: string[];
  text: string;
  declaredOn: string | null;
  source: string;
  sourceUrl: string | null;
}

export interface AuthorityLink {
  id: string;
  kind: string;
  instrumentId: string | null;
  name: string;
  channels: string[];
  languages: string[];
  stale: boolean;
}

export interface LegalBasisAnswer {
  asOf: string;
  kind: CooperationKind;
  conduct: ConductId;
  requesting: StateRef;
  requested: StateRef;
  applicable: ApplicableTreaty[];
  bilateral: BilateralBasis[];
  nearMisses: NearMiss[];
  caveats: Caveat[];
  declarations: DeclarationRef[];
  /** Instruments that may bind both States but cannot be told (a status or an entry-into-force date is not known). */
  undetermined: string[];
  noTreatyBasis: boolean;
  authorities: AuthorityLink[];
}

export interface PairViewState extends StateRef {
  regionalGroup: string | null;
}

export interface PairView {
  asOf: string;
  kind: CooperationKind;
  conduct: ConductId;
  states: PairViewState[];
  /** Row-major, one character per ordered pair: "0"–"9", "?" (unknown), "-" (the same State). */
  cells: string;
  instrumentIds: string[];
  blindSpots: number;
}

export interface LegalBasisQuery {
  from: string;
  to: string;
  kind: CooperationKind;
  conduct: ConductId;
  asOf: string | null;
}

export interface PairViewQuery {
  kind: CooperationKind;
  conduct: ConductId;
  asOf: string | null;
}

export type PairExportFormat = 'csv' | 'xlsx';

export const finderApi = {
  legalBasis: async (q: LegalBasisQuery, signal?: AbortSignal) =>
    envelope<LegalBasisAnswer>(await getJson('/cooperation/legal-basis', { ...q }, signal)),
  pairs: async (q: PairViewQuery, signal?: AbortSignal) => envelope<PairView>(await getJson('/cooperation/pairs', { ...q }, signal)),
  /** The pair view's download with the same conduct, kind and date; names in the reader's language. */
  pairsExportUrl: (format: PairExportFormat, q: PairViewQuery, lang: string) =>
    `${BASE}/cooperation/pairs.${format}${queryString({ ...q, lang })}`,
};
