// Treaty texts by article (issue 11 §1): an instrument's articles, one article's text, and the instrument's
// cooperation provisions pointing at them. Public reference data, cacheable like the other treaty routes.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listInstrumentProvisions } from '#app/cooperation/list-instrument-provisions.ts';
import { getTreatyArticle, listTreatyArticles } from '#app/treaties/get-treaty-articles.ts';
import { abilities, one, readErrors } from '#http/schemas/common.ts';
import {
  articleNumberParam,
  instrumentIdParam,
  instrumentProvision,
  treatyArticleList,
  treatyArticleView,
} from '#http/schemas/treaties/articles.ts';
import { treatyAbilities, typed, type RouteDeps } from '../route-deps.ts';

export async function articleRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);

  r.get(
    '/instruments/:id/articles',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'The articles of an instrument whose text Accord holds: numbers and headings',
        description:
          'Not paged: a treaty has at most a few dozen articles. 404 when the instrument is unknown or its text is not held.',
        tags: ['treaty texts'],
        params: z.strictObject({ id: instrumentIdParam }),
        response: { 200: one(treatyArticleList), ...readErrors },
      },
    },
    async (request) => ({ data: await listTreatyArticles(deps.db, request.params.id), abilities: treatyAbilities(request.actor) }),
  );

  r.get(
    '/instruments/:id/articles/:article',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'One article’s authentic English text, with the articles before and after it',
        tags: ['treaty texts'],
        params: z.strictObject({ id: instrumentIdParam, article: articleNumberParam }),
        response: { 200: one(treatyArticleView), ...readErrors },
      },
    },
    async (request) => ({
      data: await getTreatyArticle(deps.db, { id: request.params.id, article: request.params.article }),
      abilities: treatyAbilities(request.actor),
    }),
  );

  r.get(
    '/instruments/:id/provisions',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'What an instrument says about cooperation: kind, article, paraphrase, and whether it was verified',
        description: 'Not paged: at most a few dozen rows per instrument, in the order of the reference file.',
        tags: ['treaty texts'],
        params: z.strictObject({ id: instrumentIdParam }),
        response: {
          200: z.object({ data: z.array(instrumentProvision), instrumentId: z.string(), abilities }),
          ...readErrors,
        },
      },
    },
    async (request) => ({
      data: await listInstrumentProvisions(deps.db, request.params.id),
      instrumentId: request.params.id,
      abilities: treatyAbilities(request.actor),
    }),
  );
}
