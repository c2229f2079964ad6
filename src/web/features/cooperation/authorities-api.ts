// The API of the directory of competent authorities, and its shapes (aliases of the generated OpenAPI types). Kept
// out of api.ts so it loads with the screens that use it.
import { apiClient, type Item, type Page } from '#web/api.ts';
import type { components } from '#web/api/openapi.d.ts';

type Schemas = components['schemas'];
/** What the entry requires a request to contain (issue 12): item keys, or null when not known. */
interface RequestItems {
  requestItems?: string[] | null;
}
export type AuthorityView = Schemas['Authority'] & RequestItems;
export type AuthorityAbilities = Schemas['AuthorityAbilities'];
export type AuthorityListItem = AuthorityView & { abilities: AuthorityAbilities };
export type AuthorityInput = Schemas['NewAuthorityInput'] & RequestItems;
export type AuthorityChanges = Schemas['AuthorityChangesInput'] & RequestItems;
export interface AuthorityRevision {
  version: number;
  change: 'created' | 'updated' | 'confirmed' | 'deleted' | 'imported';
  changedAt: string;
  entry: Omit<AuthorityView, 'stale'>;
}
export interface AuthorityHistory {
  data: AuthorityRevision[];
  stateCode: string;
  deleted: boolean;
  abilities: AuthorityAbilities;
}

const { request, getJson, envelope, page } = apiClient;
const id = encodeURIComponent;
type Query = Record<string, string | number | null | undefined>;

export const authoritiesApi = {
  list: async (f: Query, signal?: AbortSignal): Promise<Page<AuthorityListItem>> => page<AuthorityListItem>(await getJson('/cooperation/authorities', f, signal)),
  get: async (authorityId: string, signal?: AbortSignal): Promise<Item<AuthorityView>> =>
    envelope<AuthorityView>(await getJson(`/cooperation/authorities/${id(authorityId)}`, {}, signal)),
  history: async (authorityId: string, signal?: AbortSignal) =>
    (await getJson(`/cooperation/authorities/${id(authorityId)}/history`, {}, signal)) as AuthorityHistory,
  create: async (body: AuthorityInput) => envelope<AuthorityView>(await request('POST', '/cooperation/authorities', { body })),
  /** Sends the version last read as If-Match (api.ts keeps it); a 412 carries the entry as it is now. */
  update: async (authorityId: string, body: AuthorityChanges) =>
    envelope<AuthorityView>(await request('PATCH', `/cooperation/authorities/${id(authorityId)}`, { body })),
  confirm: async (authorityId: string) => envelope<AuthorityView>(await request('POST', `/cooperation/authorities/${id(authorityId)}/confirm`, {})),
};
