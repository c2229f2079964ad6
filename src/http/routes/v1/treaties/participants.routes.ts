// Participants: the list (filtered, paged) and one participant's treaty profile.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getParticipantProfile } from '#app/treaties/get-participant-profile.ts';
import { listParticipants } from '#app/treaties/list-participants.ts';
import { resolveAsOf } from '#app/shared/as-of.ts';
import { asOfParam, one, pageOf, paging, readErrors } from '#http/schemas/common.ts';
import { participantKind, participantListItem, participantProfile } from '#http/schemas/treaties/treaties.ts';
import { treatyAbilities, typed, type RouteDeps } from '../route-deps.ts';

export async function participantRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);
  const asOf = asOfParam(deps.now);

  r.get(
    '/participants',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: 'List participants (States, observers, organisations)',
        tags: ['treaty status'],
        querystring: z.strictObject({
          regionalGroup: z.string().max(100).optional().describe('UN regional group, e.g. "African States".'),
          kind: participantKind.optional(),
          q: z.string().max(100).optional().describe('Code, or part of a name in any UN language.'),
          asOf,
          ...paging({ pageSize: 50, max: 500 }),
        }),
        response: { 200: pageOf(participantListItem), ...readErrors },
      },
    },
    async (request) => {
      const { asOf: date, ...filters } = request.query;
      const page = await listParticipants(deps.db, { ...filters, asOf: resolveAsOf(date, deps.now()) });
      return { ...page, abilities: treatyAbilities(request.actor) };
    },
  );

  r.get(
    '/participants/:code',
    {
      config: { access: 'treaty-status:read', publicData: true },
      schema: {
        summary: "A participant's treaty profile: status per instrument, gaps, timeline",
        tags: ['treaty status'],
        params: z.strictObject({
          code: z
            .string()
            .regex(/^[A-Za-z]{3}$/, 'must be a three-letter code (ISO 3166-1 alpha-3 or an X-code)')
            .describe('ISO 3166-1 alpha-3 (case-insensitive), or an X-code such as XEU.'),
        }),
        querystring: z.strictObject({ asOf }),
        response: { 200: one(participantProfile), ...readErrors },
      },
    },
    async (request) => {
      const data = await getParticipantProfile(deps.db, {
        code: request.params.code,
        asOf: resolveAsOf(request.query.asOf, deps.now()),
      });
      return { data, abilities: treatyAbilities(request.actor) };
    },
  );
}
