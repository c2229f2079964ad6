// The books as files: contributions with allocations, expenditure and balances on a day (CSV, XLSX), and the funded
// activities as an IATI 2.03 activity file. Each holds only what the caller may read.
import type { FastifyInstance } from 'fastify';
import { exportContributions } from '#app/funding/export-contributions.ts';
import { exportIati } from '#app/funding/export-iati.ts';
import { signedInErrors, tableFileResponse } from '#http/schemas/common.ts';
import { contributionsExportQuery, iatiExportQuery, iatiFileResponse } from '#http/schemas/funding/views.ts';
import { EXPORT_RATE_LIMIT } from '../treaties/matrix.routes.ts';
import { privateNoStore, sendFile, typed, type RouteDeps } from '../route-deps.ts';

export async function fundingExportRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  const r = typed(app);
  r.get(
    '/funding/exports/contributions',
    {
      config: { access: 'funding:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the contributions with allocations, expenditure and balances on a day, as CSV or XLSX',
        tags: ['funding'],
        querystring: contributionsExportQuery,
        response: { 200: tableFileResponse, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(reply, await exportContributions(deps.db, request.actor, filters, format, deps.now()));
    },
  );
  r.get(
    '/funding/exports/iati',
    {
      config: { access: 'funding:read', rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the funded programmes and activities as an IATI activity file (standard 2.03)',
        tags: ['funding'],
        querystring: iatiExportQuery,
        response: { 200: iatiFileResponse, ...signedInErrors },
      },
    },
    async (request, reply) => sendFile(reply, await exportIati(deps.db, request.actor, request.query, deps.now())),
  );
}
