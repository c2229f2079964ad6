// The API of treaty texts by article and of an instrument's cooperation provisions. Kept out of api.ts so it loads
// with the screens that use it.
import { apiClient, type Item } from '#web/api.ts';
import type { InstrumentProvision, TreatyArticleList, TreatyArticleView } from '#web/api-types.ts';

const { getJson, envelope } = apiClient;
const id = encodeURIComponent;

export const articlesApi = {
  list: async (instrumentId: string, signal?: AbortSignal): Promise<Item<TreatyArticleList>> =>
    envelope<TreatyArticleList>(await getJson(`/instruments/${id(instrumentId)}/articles`, {}, signal)),
  article: async (instrumentId: string, article: string, signal?: AbortSignal): Promise<Item<TreatyArticleView>> =>
    envelope<TreatyArticleView>(await getJson(`/instruments/${id(instrumentId)}/articles/${id(article)}`, {}, signal)),
  provisions: async (instrumentId: string, signal?: AbortSignal): Promise<InstrumentProvision[]> => {
    const body = (await getJson(`/instruments/${id(instrumentId)}/provisions`, {}, signal)) as { data: InstrumentProvision[] };
    return body.data;
  },
};
