// Exchange-rate tables: the imported rates (read by whoever reads funding) and the import of a table from a file,
// sent as text/csv (source and file name in the query) or as JSON {source, fileName, content}.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { importExchangeRates } from '#app/funding/import-exchange-rates.ts';
import { listExchangeRates } from '#app/funding/list-exchange-rates.ts';
import { AppError } from '#domain/errors.ts';
import { signedInErrors, errorBody } from '#http/schemas/common.ts';
import { exchangeRateListQuery, exchangeRatePage, rateImportQuery, rateImportResponse, rateTableJson } from '#http/schemas/funding/contributions.ts';
import { privateNoStore, typed, type RouteDeps } from '../route-deps.ts';

/** A rate table of the ECB's whole history is ~2 MB; a year of the UN's is far smaller. */
const MAX_TABLE_BYTES = 4 * 1024 * 1024;

export async function exchangeRateRoutes(app: FastifyInstance, deps: RouteDeps) {
  privateNoStore(app);
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: MAX_TABLE_BYTES }, (_request, body, done) => done(null, body));
  const r = typed(app);

  r.get(
    '/funding/exchange-rates',
    {
      config: { access: 'funding:read' },
      schema: {
        summary: 'Imported exchange rates (units per US dollar), newest first, with the file each came from',
        tags: ['funding'],
        querystring: exchangeRateListQuery,
        response: { 200: exchangeRatePage, ...signedInErrors },
      },
    },
    async (request) => listExchangeRates(deps.db, request.actor, request.query),
  );

  r.post(
    '/funding/exchange-rates',
    {
      bodyLimit: MAX_TABLE_BYTES,
      config: { access: 'exchange-rate:import' },
      schema: {
        summary: 'Import an exchange-rate table from a CSV file',
        description:
          'Layouts: currency,date,units_per_usd (other columns ignored), or the ECB’s eurofxref-hist.csv (per-euro quotes, ' +
          'converted to per-dollar on import). Send text/csv with ?source=…&fileName=…, or JSON {source, fileName, content}. ' +
          'A file with a bad row is refused whole (400, each problem by line); the file’s SHA-256 is kept with each rate.',
        tags: ['funding'],
        consumes: ['application/json', 'text/csv'],
        querystring: rateImportQuery,
        body: z.union([rateTableJson, z.string().min(1).describe('The CSV text (Content-Type: text/csv).')]),
        response: { 201: rateImportResponse, ...signedInErrors, 413: errorBody, 415: errorBody },
      },
    },
    async (request, reply) => {
      const body = request.body;
      let file: { source: string; fileName: string; content: string };
      if (typeof body === 'string') {
        const issues = (['source', 'fileName'] as const)
          .filter((k) => !request.query[k])
          .map((k) => ({ path: ['query', k], code: 'required', message: 'required with a text/csv body' }));
        if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
        file = { source: request.query.source!, fileName: request.query.fileName!, content: body };
      } else file = body;
      reply.code(201);
      return importExchangeRates(deps.db, request.actor, file, deps.now());
    },
  );
}
