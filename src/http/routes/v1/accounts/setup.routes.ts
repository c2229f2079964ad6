// The first administrator, from the browser: the setup link `accord serve` prints while there is no administrator.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { completeSetup, isSetupLinkUsable } from '#app/accounts/setup-first-administrator.ts';
import { publicBaseUrl } from '#app/shared/public-url.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { errorBody } from '#http/schemas/common.ts';
import { emailInput } from '#http/schemas/accounts/auth.ts';
import { typed, type RouteDeps } from '../route-deps.ts';
import { INVITATION_ACCEPT_RATE_LIMIT, INVITATION_VIEW_RATE_LIMIT } from './invitations.routes.ts';

const errors = { 400: errorBody, 429: errorBody, 500: errorBody } as const;
const setupToken = z.string().min(16).max(200).regex(/^[\w-]+$/);

export async function setupRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);

  r.get(
    '/setup',
    {
      config: { access: 'public', rateLimit: INVITATION_VIEW_RATE_LIMIT },
      schema: {
        summary: 'Whether a setup link may still be used',
        description: 'false once it is used, expired or replaced, or once an administrator exists.',
        tags: ['auth'],
        querystring: z.strictObject({ token: setupToken }),
        response: { 200: z.object({ data: z.object({ usable: z.boolean() }) }), ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { data: { usable: await isSetupLinkUsable(deps.db, request.query.token, deps.now()) } };
    },
  );

  r.post(
    '/setup',
    {
      config: { access: 'public', rateLimit: INVITATION_ACCEPT_RATE_LIMIT },
      schema: {
        summary: 'Invite the first administrator with the setup link',
        description:
          'With the one-time link `accord serve` prints while there is no administrator: invites the first ' +
          "administrator and returns the invitation's token, whose page asks for a password and a second factor. " +
          '400 (issue code token_invalid) when the link is unknown, used, expired, or an administrator exists.',
        tags: ['auth'],
        body: z.strictObject({
          token: setupToken,
          email: emailInput,
          displayName: z.string().trim().min(1).max(200),
          language: z.enum(LANGUAGES).optional().describe("The page's language: the invitation's and the account's."),
        }),
        response: { 201: z.object({ data: z.object({ invitationToken: z.string(), expiresAt: z.string() }) }), ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const { token, ...input } = request.body;
      const data = await completeSetup(deps.db, token, input, deps.now(), { baseUrl: publicBaseUrl(deps.config) });
      return reply.code(201).send({ data });
    },
  );
}
