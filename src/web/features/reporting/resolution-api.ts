// The API of the mandate registry (issue 14 §2). Kept out of api.ts so it loads with the screens that use it.
// Corrections name the resolution's version in the body (the API accepts it in place of If-Match).
import { apiClient } from '#web/api.ts';
import type { components } from '#web/api/openapi.d.ts';

type Schemas = components['schemas'];
export type ResolutionSummary = Schemas['ResolutionSummary'];
export type Resolution = Schemas['Resolution'];
export type ResolutionParagraph = Schemas['ResolutionParagraph'];
export type ResolutionAbilities = Schemas['ResolutionAbilities'];

const { request, getJson } = apiClient;
const id = encodeURIComponent;

export interface ImportInput {
  content: string;
  format: 'text' | 'html';
  language: 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
  source?: string;
}

export interface CorrectionInput {
  addressees?: string[];
  verb?: string | null;
  asks?: string;
  cites?: string[];
  reporting?: { to: string; session: number | null } | null;
  note?: string;
}

export const resolutionApi = {
  list: async (signal?: AbortSignal) =>
    (await getJson('/mandates/resolutions', {}, signal)) as { data: ResolutionSummary[]; total: number; abilities: ResolutionAbilities },
  get: async (resolutionId: string, signal?: AbortSignal) =>
    (await getJson(`/mandates/resolutions/${id(resolutionId)}`, {}, signal)) as { data: Resolution; abilities: ResolutionAbilities },
  import: async (body: ImportInput) =>
    (await request('POST', '/mandates/resolutions', { body })) as { data: Resolution; outcome: 'created' | 'language-added' | 'text-replaced' | 'unchanged' },
  correct: async (resolutionId: string, paragraphId: string, version: number, body: CorrectionInput) =>
    (await request('PATCH', `/mandates/resolutions/${id(resolutionId)}/paragraphs/${id(paragraphId)}`, { body: { ...body, version } })) as {
      data: Resolution;
    },
};

/** The addressees an editor may choose (domain/reporting/resolution-lexicon.ts ADDRESSEES). */
export const ADDRESSEE_IDS = [
  'member-states',
  'secretary-general',
  'unodc',
  'un-entities',
  'specialized-agencies',
  'intergovernmental-bodies',
  'regional-organisations',
  'international-organisations',
  'donors',
  'civil-society',
] as const;

/** A canonical verb as an i18n key segment ("calls upon" → "calls-upon"). */
export const verbKey = (verb: string) => verb.replace(/\s+/g, '-');
