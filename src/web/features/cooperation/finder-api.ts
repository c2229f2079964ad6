// The API of the legal-basis finder and the pair view (/api/v1/cooperation/legal-basis, /pairs). Kept out of api.ts
// so it loads with these two screens only.
//
// The shapes are the contract's (src/http/schemas/cooperation/finder.ts), as generated in src/web/api/openapi.d.ts.
import type { ConductId } from '#domain/cooperation/conducts.ts';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { components } from '#web/api/openapi.d.ts';
import { apiClient, queryString } from '#web/api.ts';

const { getJson, envelope } = apiClient;
const BASE = '/api/v1';

type Schemas = components['schemas'];

export type StateRef = Schemas['StateRef'];
export type ActRef = Schemas['ActRef'];
export type ParticipationEvidence = Schemas['ParticipationEvidence'];
export type CitedProvision = Schemas['CitedProvision'];
export type Caveat = Schemas['Caveat'];
export type ApplicableTreaty = Schemas['ApplicableTreaty'];
/** The instrument summary as the finder gives it. */
export type FinderInstrument = ApplicableTreaty['instrument'];
export type BilateralBasis = Schemas['BilateralBasis'];
export type NearMiss = Schemas['NearMiss'];
export type DeclarationRef = Schemas['DeclarationRef'];
export type AuthorityLink = Schemas['AuthorityLink'];
export type LegalBasisAnswer = Schemas['LegalBasisAnswer'];
export type PairView = Schemas['PairView'];
export type PairViewState = PairView['states'][number];
export { CAVEAT_CODES, NEAR_MISS_REASONS, type CaveatCode, type NearMissReason } from '#domain/cooperation/finder.ts';

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
