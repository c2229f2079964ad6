// The status matrix (participants × instruments) and its export with the same filters.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EXPORT_FORMATS, exportMatrix } from '#app/treaties/export-matrix.ts';
import { getStatusMatrix } from '#app/treaties/get-status-matrix.ts';
import { resolveAsOf } from '#app/shared/as-of.ts';
import { asOfParam, errorBody, lang, one, readErrors } from '#http/schemas/common.ts';
import { instrumentCategory, matrixView } from '#http/schemas/treaties/treaties.ts';
import { sendFile, treatyAbilities, typed, type RouteDeps } from '../route-deps.ts';

/** Exports cost a full serialisation (and XLSX zipping): anonymous callers get a fair share each. */
export const EXPORT_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;

export async function matrixRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);
  const asOf = asOfParam(deps.now);
  const filters = {
    asOf,
    regionalGroup: z.string().max(100).optional().describe('UN regional group, e.g. "African States".'),
    category: instrumentCategory.optional(),
  };

  r.get(
    '/matrix',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'Status of every participant in every instrument, as of a date',
        description:
          'With `format`, redirects (307) to /matrix/export with the same filters, so a download link can be built ' +
          'from the URL of the view.',
        tags: ['treaty status'],
        querystring: z.strictObject({
          ...filters,
          format: z.enum(EXPORT_FORMATS).optional().describe('Download instead: see /matrix/export.'),
          lang: lang.optional(),
        }),
        response: { 200: one(matrixView), 307: z.null().describe('Redirect to /matrix/export'), ...readErrors },
      },
    },
    async (request, reply) => {
      // `lang` only matters to the export the redirect leads to.
      const { format, lang: _lang, ...q } = request.query;
      if (format) {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        return reply.redirect(`${request.url.split('?')[0]}/export${query}`, 307);
      }
      const data = await getStatusMatrix(deps.db, { ...q, asOf: resolveAsOf(q.asOf, deps.now()) });
      return { data, abilities: treatyAbilities(request.actor) };
    },
  );

  r.get(
    '/matrix/export',
    {
      config: { access: 'treaty-status:export', publicData: true, rateLimit: EXPORT_RATE_LIMIT },
      schema: {
        summary: 'Download the matrix as CSV, XLSX or JSON, with the same filters as the view',
        description:
          'CSV: one row per participant; per instrument a status column headed by the instrument id and a date ' +
          'column `<id>_date`. XLSX: the same with instrument names, plus Instruments and About sheets.',
        tags: ['treaty status'],
        querystring: z.strictObject({ ...filters, format: z.enum(EXPORT_FORMATS).default('csv'), lang }),
        response: {
          200: {
            description: 'The file (Content-Disposition: attachment)',
            content: {
              'text/csv': { schema: z.string() },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: z.string().meta({ format: 'binary' }),
              },
              'application/json': { schema: matrixView },
            },
          },
          ...readErrors,
          429: errorBody,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return sendFile(reply, await exportMatrix(deps.db, { ...q, asOf: resolveAsOf(q.asOf, deps.now()) }));
    },
  );
}
