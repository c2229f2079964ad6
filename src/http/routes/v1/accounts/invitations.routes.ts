// Invitations: administrators invite anyone to any organisation; a focal point invites colleagues of their own
// State's authorities. The link in the mail leads to the public by-token routes, where the invited person sees what
// the invitation is for and accepts it (choosing a password, or signing in when they already have an account).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { acceptInvitation } from '#app/accounts/accept-invitation.ts';
import { createInvitation } from '#app/accounts/create-invitation.ts';
import { getSessionView } from '#app/accounts/get-session-view.ts';
import { listInvitations } from '#app/accounts/list-invitations.ts';
import { revokeInvitation } from '#app/accounts/revoke-invitation.ts';
import { publicBaseUrl } from '#app/shared/public-url.ts';
import { viewInvitation } from '#app/accounts/view-invitation.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { errorBody, paging } from '#http/schemas/common.ts';
import {
  invitationAbilities,
  invitationAbilitiesOf,
  invitationListItem,
  invitationPreview,
  invitationView,
  langQuery,
  membershipInput,
  oneWith,
  pageWith,
  uuidParam,
} from '#http/schemas/accounts/admin.ts';
import { emailInput, passwordInput, sessionAbilitiesSchema, sessionView } from '#http/schemas/accounts/auth.ts';
import { typed, type RouteDeps } from '../route-deps.ts';

/** Anyone holding a link may look at it or accept it: limited per client address (accepting costs a hash). */
export const INVITATION_VIEW_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;
export const INVITATION_ACCEPT_RATE_LIMIT = { max: 10, timeWindow: '1 minute' } as const;

const errors = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  429: errorBody,
  500: errorBody,
} as const;
const tokenParam = z.strictObject({ token: z.string().min(16).max(200).regex(/^[\w-]+$/) });

export async function invitationRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);
  const oidcName = deps.config.OIDC_ISSUER ? deps.config.OIDC_NAME : null;

  r.post(
    '/invitations',
    {
      config: { access: 'invitation:create' },
      schema: {
        summary: 'Invite someone to an organisation with a role',
        description:
          'Sends a single-use link valid 7 days by e-mail (the link itself is never returned). A focal point may ' +
          "invite only to their own State's authorities, as focal point; only an administrator may invite an administrator.",
        tags: ['administration'],
        querystring: z.strictObject({ lang: langQuery }),
        body: z.strictObject({
          email: emailInput.pipe(z.email()),
          ...membershipInput,
          platformAdmin: z.boolean().optional().describe('Administrators only: also make them an administrator.'),
          language: z.enum(LANGUAGES).optional().describe("Language of the mail (default: the inviter's)."),
          displayName: z.string().trim().max(200).optional().describe('Their name, offered as a default.'),
        }),
        response: { 201: oneWith(invitationView, invitationAbilities), ...errors },
      },
    },
    async (request, reply) => {
      const { invitation } = await createInvitation(deps.db, request.actor, request.body, deps.now(), {
        baseUrl: publicBaseUrl(deps.config),
        lang: request.query.lang,
      });
      return reply.code(201).send({ data: invitation, abilities: invitationAbilitiesOf(request.actor) });
    },
  );

  r.get(
    '/invitations',
    {
      config: { access: 'invitation:read' },
      schema: {
        summary: 'Pending invitations, newest first',
        tags: ['administration'],
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(100).optional().describe('Part of the e-mail address.'),
          organisationId: uuidParam.optional(),
          lang: langQuery,
          ...paging({ pageSize: 50, max: 500 }),
        }),
        response: { 200: pageWith(invitationListItem, invitationAbilities), ...errors },
      },
    },
    async (request) => {
      const page = await listInvitations(deps.db, request.actor, request.query, deps.now());
      return { ...page, abilities: invitationAbilitiesOf(request.actor) };
    },
  );

  r.delete(
    '/invitations/:id',
    {
      config: { access: 'invitation:revoke' },
      schema: {
        summary: 'Withdraw a pending invitation',
        description: 'Its link stops working. 409 when it was already accepted, withdrawn or expired.',
        tags: ['administration'],
        params: z.strictObject({ id: uuidParam }),
        response: { 204: z.null().describe('No content.'), ...errors },
      },
    },
    async (request, reply) => {
      await revokeInvitation(deps.db, request.actor, request.params.id, deps.now());
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/invitations/by-token/:token',
    {
      config: { access: 'public', rateLimit: INVITATION_VIEW_RATE_LIMIT },
      schema: {
        summary: 'What an invitation link is for',
        description: '404 (reason token_invalid) when the link is unknown, used, withdrawn or expired.',
        tags: ['auth'],
        params: tokenParam,
        querystring: z.strictObject({ lang: langQuery }),
        response: { 200: z.object({ data: invitationPreview }), ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { data: await viewInvitation(deps.db, request.params.token, deps.now(), request.query.lang) };
    },
  );

  /** The caller's session view as it is (an existing account accepted: they sign in next). */
  async function currentView(request: FastifyRequest, reply: FastifyReply) {
    if (request.session) return getSessionView(deps.db, { session: request.session, oidcName, actor: request.actor });
    const anonymousCsrfToken = app.sessionCookies.csrfFor(request, reply);
    return getSessionView(deps.db, { session: null, anonymousCsrfToken, oidcName, actor: request.actor });
  }

  r.post(
    '/invitations/by-token/:token/accept',
    {
      config: { access: 'public', rateLimit: INVITATION_ACCEPT_RATE_LIMIT },
      schema: {
        summary: 'Accept an invitation',
        description:
          'New account: give displayName and password; a session starts (stage enrol-second-factor when the role ' +
          'requires a second factor, else complete). Existing account (accountExists): the role is added, nothing ' +
          'else is taken, and the person signs in as usual. 400 (issue code token_invalid) when the link is unknown, ' +
          'used, withdrawn or expired.',
        tags: ['auth'],
        params: tokenParam,
        body: z.strictObject({
          displayName: z.string().max(1000).optional(),
          password: passwordInput.optional(),
          language: z
            .enum(LANGUAGES)
            .optional()
            .describe("The page's language: a new account's first language (default: the invitation mail's)."),
        }),
        response: {
          200: z.object({ data: sessionView, abilities: sessionAbilitiesSchema, accountExists: z.boolean() }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const result = await acceptInvitation(deps.db, request.params.token, request.body, deps.now(), {
        sessions: deps.sessions,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        replaces: request.session?.id ?? null,
      });
      if (!result.session) return { ...(await currentView(request, reply)), accountExists: true };
      app.sessionCookies.set(reply, result.session);
      const view = await getSessionView(deps.db, {
        session: { userId: result.userId, stage: result.session.stage, csrfToken: result.session.csrfToken },
        oidcName,
      });
      return { ...view, accountExists: false };
    },
  );
}

