// What changed: events newest-recorded first, as JSON (paged) or as an Atom feed.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getChangesFeed } from '#app/treaties/get-changes-feed.ts';
import { listChanges } from '#app/treaties/list-changes.ts';
import { isoDate, pageOf, paging, readErrors } from '#http/schemas/common.ts';
import { changeView } from '#http/schemas/treaties/treaties.ts';
import { treatyAbilities, typed, type RouteDeps } from '../route-deps.ts';

const since = isoDate.optional().describe('Only events recorded (imported) on or after this date, 00:00 UTC.');

export async function changeRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);

  r.get(
    '/changes',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'Participation events newest first: as Accord recorded them, or (sort=acts) by the date of the act',
        tags: ['treaty status'],
        querystring: z.strictObject({
          since,
          sort: z
            .enum(['recorded', 'acts'])
            .default('recorded')
            .describe('recorded: in the order Accord learnt them; acts: signatures, deposits and withdrawals by their own date, up to today'),
          ...paging({ pageSize: 50, max: 500 }),
        }),
        response: { 200: pageOf(changeView), ...readErrors },
      },
    },
    async (request) => {
      const page = await listChanges(deps.db, { ...request.query, today: deps.now().toISOString().slice(0, 10) });
      return { ...page, abilities: treatyAbilities(request.actor) };
    },
  );

  r.get(
    '/changes.atom',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'The latest 100 changes as an Atom feed',
        tags: ['treaty status'],
        querystring: z.strictObject({ since }),
        response: {
          200: { description: 'Atom 1.0 feed', content: { 'application/atom+xml': { schema: z.string() } } },
          ...readErrors,
        },
      },
    },
    async (request, reply) => {
      const xml = await getChangesFeed(deps.db, {
        since: request.query.since,
        now: deps.now(),
        selfPath: request.url,
      });
      reply.header('content-type', 'application/atom+xml; charset=utf-8');
      return reply.send(xml);
    },
  );
}
