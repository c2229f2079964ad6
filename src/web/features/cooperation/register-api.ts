// The API of the cooperation register (bilateral treaties and their CSV import, States' declarations). Kept out of
// api.ts so it loads with the screens that use it. Types are the generated ones (openapi.d.ts).
import { apiClient } from '#web/api.ts';
import type { components, operations } from '#web/api/openapi.d.ts';

type Schemas = components['schemas'];
export type BilateralTreatyView = Schemas['BilateralTreatyView'];
export type DeclarationView = Schemas['DeclarationView'];
export type RecordAbilities = Schemas['RegisterEntryAbilities'];
export type BilateralImportReport = Schemas['BilateralImportReport']['data'];
type BodyOf<O extends keyof operations> = operations[O] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type BilateralTreatyInput = BodyOf<'createCooperationBilateralTreaty'>;
/** With `version`: the version the form was filled from (ADR 19). */
export type BilateralTreatyChanges = BodyOf<'updateCooperationBilateralTreaty'>;
export type DeclarationInput = BodyOf<'createCooperationDeclaration'>;
export type DeclarationChanges = BodyOf<'updateCooperationDeclaration'>;
type QueryOf<O extends keyof operations> = { [K in keyof NonNullable<operations[O]['parameters']['query']>]?: string | number | null };
export type BilateralTreatyFilters = QueryOf<'listCooperationBilateralTreaties'>;
export type DeclarationFilters = QueryOf<'listCooperationDeclarations'>;

const { request, getJson, envelope, page } = apiClient;
const id = encodeURIComponent;
const TREATIES = '/cooperation/bilateral-treaties';
const DECLARATIONS = '/cooperation/declarations';

export type Listed<T> = T & { abilities: RecordAbilities };

export const registerApi = {
  treaties: async (f: BilateralTreatyFilters, signal?: AbortSignal) => page<Listed<BilateralTreatyView>>(await getJson(TREATIES, f, signal)),
  treaty: async (treatyId: string, signal?: AbortSignal) => envelope<BilateralTreatyView>(await getJson(`${TREATIES}/${id(treatyId)}`, {}, signal)),
  createTreaty: async (body: BilateralTreatyInput) => envelope<BilateralTreatyView>(await request('POST', TREATIES, { body })),
  updateTreaty: async (treatyId: string, body: BilateralTreatyChanges) =>
    envelope<BilateralTreatyView>(await request('PATCH', `${TREATIES}/${id(treatyId)}`, { body })),
  removeTreaty: (treatyId: string) => request('DELETE', `${TREATIES}/${id(treatyId)}`),
  /** The CSV file as the document upload sends one (multipart, field "file"). */
  importTreaties: async (file: File | null, dryRun: boolean) => {
    const form = new FormData();
    if (file) form.append('file', file);
    return envelope<BilateralImportReport>(await request('POST', `${TREATIES}/import?dryRun=${dryRun}`, { body: form }));
  },
  declarations: async (f: DeclarationFilters, signal?: AbortSignal) => page<Listed<DeclarationView>>(await getJson(DECLARATIONS, f, signal)),
  createDeclaration: async (body: DeclarationInput) => envelope<DeclarationView>(await request('POST', DECLARATIONS, { body })),
  updateDeclaration: async (declarationId: string, body: DeclarationChanges) =>
    envelope<DeclarationView>(await request('PATCH', `${DECLARATIONS}/${id(declarationId)}`, { body })),
  removeDeclaration: (declarationId: string) => request('DELETE', `${DECLARATIONS}/${id(declarationId)}`),
};
