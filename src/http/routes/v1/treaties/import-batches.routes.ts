// Import batches: which public status list was imported when, and what it changed. Public: the sources are
// published documents, and showing the provenance of every status is the point.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { countImportBatches } from '#app/treaties/count-import-batches.ts';
import { listImportBatches } from '#app/treaties/list-import-batches.ts';
import { getImportBatch } from '#app/treaties/get-import-batch.ts';
import { pageOf, paging, readErrors, one } from '#http/schemas/common.ts';
import { importBatchView } from '#http/schemas/treaties/treaties.ts';
import { treatyAbilities, typed, type RouteDeps } from '../route-deps.ts';

export async function importBatchRoutes(app: FastifyInstance, deps: RouteDeps) {
  typed(app).get(
    '/import-batches',
    {
      config: { access: 'import-batch:read', publicData: true },
      schema: {
        summary: 'Import batches with their counts, newest first',
        tags: ['imports'],
        querystring: z.strictObject(paging({ pageSize: 50, max: 200 })),
        response: { 200: pageOf(importBatchView), ...readErrors },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const [data, total] = await Promise.all([
        listImportBatches(deps.db, { limit: pageSize, offset: (page - 1) * pageSize }),
        countImportBatches(deps.db),
      ]);
      return { data, page, pageSize, total, abilities: treatyAbilities(request.actor) };
    },
  );

  typed(app).get(
    '/import-batches/:id',
    {
      config: { access: 'import-batch:read', publicData: true },
      schema: {
        summary: 'One import batch with its whole log (problems, skipped rows, unresolved names, changes, disagreements)',
        tags: ['imports'],
        params: z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
        response: { 200: one(importBatchView), ...readErrors },
      },
    },
    async (request) => ({ data: await getImportBatch(deps.db, request.params.id), abilities: treatyAbilities(request.actor) }),
  );
}
