// Liveness and readiness in one: answers 200 when the database answers, 503 when it does not.
import { loggableError } from '#http/plugins/errors.ts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getDataVersion } from '#app/shared/get-data-version.ts';
import { typed, type RouteDeps } from './route-deps.ts';

export async function healthRoutes(app: FastifyInstance, deps: RouteDeps) {
  typed(app).get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Health of the service and its database',
        tags: ['meta'],
        response: {
          200: z.object({ status: z.literal('ok'), dataVersion: z.number().int() }),
          503: z.object({ status: z.literal('unavailable') }),
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      try {
        return { status: 'ok' as const, dataVersion: await getDataVersion(deps.db) };
      } catch (err) {
        request.log.error({ err: loggableError(err) }, 'health: database unavailable');
        return reply.code(503).send({ status: 'unavailable' as const });
      }
    },
  );
}
