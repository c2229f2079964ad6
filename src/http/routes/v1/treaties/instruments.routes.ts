// Instruments: the list, one instrument with its participants, and its number of parties over time.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getInstrumentView } from '#app/treaties/get-instrument-view.ts';
import { getPartyCounts } from '#app/treaties/get-party-counts.ts';
import { listInstruments } from '#app/treaties/list-instruments.ts';
import { resolveAsOf } from '#app/shared/as-of.ts';
import { abilities, asOfParam, one, pageOf, paging, readErrors } from '#http/schemas/common.ts';
import { instrumentCategory, instrumentListItem, instrumentView, partyCountPoint } from '#http/schemas/treaties/treaties.ts';
import { treatyAbilities, typed, type RouteDeps } from '../route-deps.ts';

const instrumentId = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i, 'must be an instrument id such as financing1999'),
});

export async function instrumentRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);
  const asOf = asOfParam(deps.now);

  r.get(
    '/instruments',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'List instruments with their number of parties',
        tags: ['treaty status'],
        querystring: z.strictObject({
          category: instrumentCategory.optional(),
          asOf,
          ...paging({ pageSize: 100, max: 100 }),
        }),
        response: { 200: pageOf(instrumentListItem), ...readErrors },
      },
    },
    async (request) => {
      const { asOf: date, ...filters } = request.query;
      const page = await listInstruments(deps.db, { ...filters, asOf: resolveAsOf(date, deps.now()) });
      return { ...page, abilities: treatyAbilities(request.actor) };
    },
  );

  r.get(
    '/instruments/:id',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'One instrument with every participant that signed or joined it',
        tags: ['treaty status'],
        params: instrumentId,
        querystring: z.strictObject({ asOf }),
        response: { 200: one(instrumentView), ...readErrors },
      },
    },
    async (request) => {
      const data = await getInstrumentView(deps.db, {
        id: request.params.id,
        asOf: resolveAsOf(request.query.asOf, deps.now()),
      });
      return { data, abilities: treatyAbilities(request.actor) };
    },
  );

  r.get(
    '/instruments/:id/party-counts',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'Number of parties over time: one point per date the number changed',
        description: 'Not paged: one point per date on which the number of parties changed, oldest first.',
        tags: ['treaty status'],
        params: instrumentId,
        querystring: z.strictObject({ asOf }),
        response: {
          200: z.object({ data: z.array(partyCountPoint), instrumentId: z.string(), asOf: z.string(), abilities }),
          ...readErrors,
        },
      },
    },
    async (request) => {
      const counts = await getPartyCounts(deps.db, {
        id: request.params.id,
        asOf: resolveAsOf(request.query.asOf, deps.now()),
      });
      return {
        data: counts.points,
        instrumentId: counts.instrumentId,
        asOf: counts.asOf,
        abilities: treatyAbilities(request.actor),
      };
    },
  );
}
