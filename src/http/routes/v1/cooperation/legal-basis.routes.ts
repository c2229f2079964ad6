// The legal-basis finder, the pair view and its exports, and the list of conducts (issue 11 §2). Public data.
//
// Caching: the answers rest on the treaty data (its data version) AND on user records the data version does not
// cover (bilateral treaties, declarations, authorities and their staleness, which moves with the clock). So they are
// not `publicData` (whose ETag is the data version): each answer is computed (the treaty part from the per-version
// cache) and carries a weak ETag of its own bytes with `no-cache`, so a client revalidates every time and a phone on
// a slow link gets a 304 instead of the body when nothing changed.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { exportPairView } from '#app/cooperation/export-pair-view.ts';
import { findLegalBasis } from '#app/cooperation/find-legal-basis.ts';
import { getPairView } from '#app/cooperation/get-pair-view.ts';
import { CONDUCTS, instrumentsFor } from '#domain/cooperation/conducts.ts';
import { regionalConventionsFor } from '#domain/cooperation/finder.ts';
import { asOfParam, errorBody, lang, readErrors, tableFileResponse } from '#http/schemas/common.ts';
import { conductView, cooperationKind, conductId, legalBasisAnswer, legalBasisQuery, pairView } from '#http/schemas/cooperation/finder.ts';
import { etagMatches } from '#http/plugins/public-cache.ts';
import { sendFile, typed, type RouteDeps } from '../route-deps.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';

export async function legalBasisRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);
  const asOf = asOfParam(deps.now);

  // A weak ETag of the body as sent (before compression), and 304 when the client holds it.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = `W/"c-${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
    reply.header('etag', etag);
    reply.header('cache-control', 'no-cache');
    if (etagMatches(request.headers['if-none-match'], etag.slice(2))) {
      reply.code(304);
      return '';
    }
    return payload;
  });

  r.get(
    '/cooperation/legal-basis',
    {
      config: { access: 'legal-basis:read' },
      schema: {
        summary: 'Which treaty lets one State ask another for extradition or mutual legal assistance, on a date',
        description:
          'Every treaty in force for both States on the date that covers the conduct, with the articles to cite, the ' +
          'evidence (both States’ acts and sources), caveats, near misses, bilateral treaties and declarations recorded, ' +
          'and the requested State’s competent authorities (public fields only). 400 names the field of an unknown ' +
          'State, or `to` when both States are the same.',
        tags: ['cooperation'],
        querystring: legalBasisQuery.extend({ asOf }),
        response: { 200: z.object({ data: legalBasisAnswer }), ...readErrors },
      },
    },
    async (request) => ({ data: await findLegalBasis(deps.db, request.query, deps.now()) }),
  );

  const pairFilters = { kind: cooperationKind, conduct: conductId, asOf };

  r.get(
    '/cooperation/pairs',
    {
      config: { access: 'legal-basis:read' },
      schema: {
        summary: 'For one conduct and kind, how many treaties bind each ordered pair of States on a date',
        description: 'One character per ordered pair (see `cells`); blind spots are pairs with no treaty basis known.',
        tags: ['cooperation'],
        querystring: z.strictObject(pairFilters),
        response: { 200: z.object({ data: pairView }), ...readErrors },
      },
    },
    async (request) => ({ data: await getPairView(deps.db, request.query, deps.now()) }),
  );

  for (const format of ['csv', 'xlsx'] as const) {
    r.get(
      `/cooperation/pairs.${format}`,
      {
        config: { access: 'legal-basis:read', rateLimit: EXPORT_RATE_LIMIT },
        schema: {
          summary: `Download the pair view as ${format.toUpperCase()}`,
          description:
            format === 'csv'
              ? 'One row per requesting State, one column per requested State (a count, "?" or "-"), and the row’s blind spots.'
              : 'The matrix, a sheet of the blind spots (one row per pair) and an About sheet.',
          tags: ['cooperation'],
          querystring: z.strictObject({ ...pairFilters, lang }),
          response: { 200: tableFileResponse, ...readErrors, 429: errorBody },
        },
      },
      async (request, reply) => sendFile(reply, await exportPairView(deps.db, { ...request.query, format }, deps.now())),
    );
  }

  r.get(
    '/cooperation/conducts',
    {
      config: { access: 'legal-basis:read' },
      schema: {
        summary: 'The conducts the finder asks about, with the instruments each rests on',
        tags: ['cooperation'],
        response: { 200: z.object({ data: z.array(conductView) }), ...readErrors },
      },
    },
    async () => ({
      data: CONDUCTS.map((c) => ({
        id: c.id,
        instrumentIds: instrumentsFor(c.id),
        regional: regionalConventionsFor(c.id).map((x) => ({
          id: x.id,
          kinds: [...x.kinds],
        })),
      })),
    }),
  );
}
