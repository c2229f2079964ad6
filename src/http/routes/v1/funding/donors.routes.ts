// A donor's page: its pledges and contributions with balances on a day, and where the money went (programmes,
// activities, States, themes, participants trained, results), each funded record named only when the reader may read
// it. Another donor's page answers 404 to a donor's representative.
import type { FastifyInstance } from 'fastify';
import { getDonorFunding } from '#app/funding/get-donor-funding.ts';
import { idParams, signedInErrors } from '#http/schemas/common.ts';
import { donorFundingResponse, fundingAsOfQuery } from '#http/schemas/funding/views.ts';
import { privateNoStore, typed, type RouteDeps } from '../route-deps.ts';

export async function donorRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);
  r.get(
    '/funding/donors/:id',
    {
      config: { access: 'funding:read' },
      schema: {
        summary: 'A donor’s funding and where it went, on a day',
        tags: ['funding'],
        params: idParams,
        querystring: fundingAsOfQuery,
        response: { 200: donorFundingResponse, ...signedInErrors },
      },
    },
    async (request) => getDonorFunding(deps.db, request.actor, request.params.id, request.query, deps.now()),
  );
}
