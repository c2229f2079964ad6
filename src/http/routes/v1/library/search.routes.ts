// One search over everything the reader may see (issue 13 §3, ADR 23). Anyone may search: each caller's scope is
// applied inside the query, so an anonymous reader finds public records only. Answers are private and not stored
// (they differ by reader); searching is limited per person or address, as other costly public routes are.
import type { FastifyInstance } from 'fastify';
import { searchLibrary } from '#app/library/search-library.ts';
import { readErrors } from '#http/schemas/common.ts';
import { searchAnswer, searchQuery } from '#http/schemas/library/search.ts';
import { perPersonRateLimit, privateNoStore, typed, type RouteDeps } from '../route-deps.ts';

export const SEARCH_RATE_LIMIT = perPersonRateLimit(120);

export async function searchRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);

  r.get(
    '/search',
    {
      config: { access: 'library:search', rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        summary: 'Search the library, legal provisions, treaty articles and assistance records you may see',
        description:
          'Full text in the six languages (Chinese and Arabic segmented and folded: diacritics, letter forms, clitics), ' +
          'best first, with snippets and the ranges that match. A query naming an instrument (its title or short name in ' +
          'any of the six languages) also finds the records tagged with it, after the direct matches. Facets narrow the ' +
          'results and are counted within them. Confidential records are found only by those who may read them.',
        tags: ['search'],
        querystring: searchQuery,
        response: { 200: searchAnswer, ...readErrors },
      },
    },
    async (request) => searchLibrary(deps.db, request.actor, request.query, deps.now()),
  );
}
