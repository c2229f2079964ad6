// One search over the library, legal provisions, treaty articles and the assistance records the reader may see
// (issue 13 §3, ADR 23). The reader's scope is applied inside the query (search.repo); each hit carries the path of
// its page. Named-people records shown in the hits are audited like any other read of them.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import type { Db } from '#db/client.ts';
import { createSearchRepo, type SearchFacet, type SearchHit, type SearchResult } from '#db/repos/library/search.repo.ts';
import { auditNamedPeopleReads, type ShownRecord, type ShownRecords } from '../shared/audit-named-people-reads.ts';
import { offsetOf, type PageQuery } from '../shared/paging.ts';

export interface SearchLibraryQuery extends PageQuery {
  q: string;
  lang?: string | undefined;
  state?: string[] | undefined;
  instrument?: string[] | undefined;
  requirement?: string[] | undefined;
  kind?: string[] | undefined;
  language?: string[] | undefined;
  year?: number[] | undefined;
  theme?: string[] | undefined;
  mandate?: string[] | undefined;
}

/** The query parameter of each facet (the API's names). */
const PARAM: Record<SearchFacet, 'state' | 'instrument' | 'requirement' | 'kind' | 'language' | 'year' | 'theme' | 'mandate'> = {
  stateCodes: 'state',
  instrumentIds: 'instrument',
  requirementIds: 'requirement',
  kinds: 'kind',
  languages: 'language',
  years: 'year',
  themes: 'theme',
  mandates: 'mandate',
};

export type SearchHitView = Omit<SearchHit, 'parentId' | 'snippets'> & {
  href: string;
  snippets: { text: string; matches: { start: number; end: number }[]; leading: boolean; trailing: boolean }[];
};

export interface SearchAnswer {
  data: SearchHitView[];
  page: number;
  pageSize: number;
  total: number;
  /** More matches than are ranked and counted (search.repo.ts MAX_TEXT_MATCHES): narrow with a facet. */
  more: boolean;
  facets: Record<(typeof PARAM)[SearchFacet], { value: string; count: number }[]>;
  instrumentsNamed: string[];
}

/** The web app's page of the record a hit stands for (without the language prefix). */
export function hitHref(hit: Pick<SearchHit, 'sourceKind' | 'sourceId' | 'parentId'>): string {
  const id = encodeURIComponent(hit.sourceId);
  switch (hit.sourceKind) {
    case 'document':
      return `/documents/${id}`;
    case 'provision':
      return hit.parentId ? `/documents/${encodeURIComponent(hit.parentId)}#provision-${id}` : '/documents';
    case 'article': {
      // "<instrument>/<article>"
      const [instrument, article] = hit.sourceId.split('/');
      return `/instruments/${encodeURIComponent(instrument!)}/articles/${encodeURIComponent(article ?? '')}`;
    }
    case 'assistance-request':
      return `/requests/${id}`;
    case 'activity':
      return `/activities/${id}`;
    case 'programme':
      return `/programmes/${id}`;
  }
}

export async function searchLibrary(db: Db, actor: Actor, query: SearchLibraryQuery, now: Date): Promise<SearchAnswer> {
  const facets = Object.fromEntries(
    (Object.keys(PARAM) as SearchFacet[]).flatMap((f) => {
      const values = query[PARAM[f]];
      return values && values.length > 0 ? [[f, values]] : [];
    }),
  );
  const result: SearchResult = await createSearchRepo(db).search(
    { q: query.q, language: query.lang ?? null, facets, ...offsetOf(query) },
    scopeFor(actor),
  );
  await auditNamedPeopleReads(db, actor, shownRecords(result.hits), 'search', now);
  return {
    data: result.hits.map(({ parentId, snippets, ...hit }) => ({
      ...hit,
      href: hitHref({ ...hit, parentId }),
      snippets: snippets.map(({ text, matches, leading, trailing }) => ({ text, matches, leading, trailing })),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: result.total,
    more: result.more,
    facets: Object.fromEntries((Object.keys(PARAM) as SearchFacet[]).map((f) => [PARAM[f], result.facets[f]])) as SearchAnswer['facets'],
    instrumentsNamed: result.instrumentIds,
  };
}

/** Hits of named-people records, by the audit's kinds. */
function shownRecords(hits: readonly SearchHit[]): ShownRecords {
  const shown = { document: [] as ShownRecord[], activity: [] as ShownRecord[], request: [] as ShownRecord[] };
  for (const h of hits) {
    if (h.confidentiality !== 'named-people') continue;
    if (h.sourceKind === 'document') shown.document.push({ id: h.sourceId, confidentiality: h.confidentiality });
    else if (h.sourceKind === 'provision' && h.parentId) shown.document.push({ id: h.parentId, confidentiality: h.confidentiality });
    else if (h.sourceKind === 'activity') shown.activity.push({ id: h.sourceId, confidentiality: h.confidentiality });
    else if (h.sourceKind === 'assistance-request') shown.request.push({ id: h.sourceId, confidentiality: h.confidentiality });
  }
  return shown;
}
