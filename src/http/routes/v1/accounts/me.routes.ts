// The signed-in person's own account: profile, password, open sessions and API tokens.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { changePassword } from '#app/accounts/change-password.ts';
import { createApiToken, MAX_TOKEN_DAYS, type ApiTokenView } from '#app/accounts/create-api-token.ts';
import { getAccountView, sessionAbilities } from '#app/accounts/get-session-view.ts';
import { listApiTokens } from '#app/accounts/list-api-tokens.ts';
import { listOwnSessions } from '#app/accounts/list-own-sessions.ts';
import { revokeApiToken } from '#app/accounts/revoke-api-token.ts';
import { revokeOwnSession } from '#app/accounts/revoke-own-session.ts';
import { updateOwnAccount } from '#app/accounts/update-own-account.ts';
import { AppError } from '#domain/errors.ts';
import { TOKEN_SCOPES } from '#domain/policy.ts';
import { conditionalWriteErrors, recordVersion, signedInErrors } from '#http/schemas/common.ts';
import {
  accountResponse,
  apiTokenView,
  languageInput,
  ownSessionView,
  passwordInput,
  sessionAbilitiesSchema,
} from '#http/schemas/accounts/auth.ts';
import { empty, noContent, signedInUserId, typed, type RouteDeps } from '../route-deps.ts';
import { conditionalWrite, withETag } from '../shared/versions.ts';

function tokenJson<T extends ApiTokenView>(t: T) {
  return {
    ...t,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export async function meRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);
  const ownAccount = async (request: FastifyRequest) => {
    const data = await getAccountView(deps.db, signedInUserId(request));
    if (!data) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    return { data, abilities: sessionAbilities(request.actor) };
  };

  r.get(
    '/me',
    {
      config: { access: 'account:read' },
      schema: { summary: 'My account', tags: ['account'], response: { 200: accountResponse, ...signedInErrors } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return withETag(reply, await ownAccount(request));
    },
  );

  r.patch(
    '/me',
    {
      config: { access: 'account:update' },
      schema: {
        summary: 'Change my name or languages',
        description: 'Send If-Match with the ETag of GET /me: 428 without it, 412 with the account as it is now when it changed since.',
        tags: ['account'],
        body: z.strictObject({
          displayName: z.string().trim().min(1).max(200).optional(),
          languages: z.array(languageInput).min(1).max(6).optional().describe('In order of preference.'),
          version: recordVersion,
        }),
        response: { 200: accountResponse, ...signedInErrors, ...conditionalWriteErrors(accountResponse) },
      },
    },
    async (request, reply) =>
      conditionalWrite(
        request,
        reply,
        async (expected) => ({
          data: await updateOwnAccount(deps.db, { userId: signedInUserId(request), ...request.body }, deps.now(), expected),
          abilities: sessionAbilities(request.actor),
        }),
        () => ownAccount(request),
      ),
  );

  r.put(
    '/me/password',
    {
      config: { access: 'account:update' },
      schema: {
        summary: 'Change my password',
        description: 'Ends my other sessions. A wrong current password answers 400 at body.currentPassword.',
        tags: ['account'],
        body: z.strictObject({ currentPassword: passwordInput, newPassword: passwordInput }),
        response: { 204: noContent, ...signedInErrors },
      },
    },
    async (request, reply) => {
      await changePassword(
        deps.db,
        { userId: signedInUserId(request), sessionId: request.session?.id ?? null, ip: request.ip, ...request.body },
        deps.now(),
      );
      return empty(reply, 204);
    },
  );

  r.get(
    '/me/sessions',
    {
      config: { access: 'account:read' },
      schema: {
        summary: 'My open sessions',
        tags: ['account'],
        response: { 200: z.object({ data: z.array(ownSessionView), abilities: sessionAbilitiesSchema }), ...signedInErrors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const sessions = await listOwnSessions(
        deps.db,
        { userId: signedInUserId(request), currentSessionId: request.session?.id ?? null },
        deps.now(),
        deps.sessions,
      );
      const data = sessions.map((s) => ({
        ...s,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
      }));
      return { data, abilities: sessionAbilities(request.actor) };
    },
  );

  r.delete(
    '/me/sessions/:id',
    {
      config: { access: 'account:update' },
      schema: {
        summary: 'End one of my sessions',
        tags: ['account'],
        params: z.strictObject({ id: z.string().regex(/^[0-9a-f]{16}$/, 'must be a session id from GET /me/sessions') }),
        response: { 204: noContent, ...signedInErrors },
      },
    },
    async (request, reply) => {
      const { wasCurrent } = await revokeOwnSession(
        deps.db,
        { userId: signedInUserId(request), publicId: request.params.id, currentSessionId: request.session?.id ?? null },
        deps.now(),
        deps.sessions,
      );
      if (wasCurrent) app.sessionCookies.clear(reply);
      return empty(reply, 204);
    },
  );

  r.get(
    '/me/tokens',
    {
      config: { access: 'api-token:manage' },
      schema: {
        summary: 'My API tokens (the tokens themselves are never shown again)',
        tags: ['account'],
        response: { 200: z.object({ data: z.array(apiTokenView), abilities: sessionAbilitiesSchema }), ...signedInErrors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const tokens = await listApiTokens(deps.db, request.actor);
      return { data: tokens.map(tokenJson), abilities: sessionAbilities(request.actor) };
    },
  );

  r.post(
    '/me/tokens',
    {
      config: { access: 'api-token:manage' },
      schema: {
        summary: 'Create an API token',
        description:
          'The token (accord_…) is in this answer only. It acts as me, limited to its scopes; send it as "Authorization: Bearer <token>".',
        tags: ['account'],
        body: z.strictObject({
          name: z.string().trim().min(1).max(100),
          scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(TOKEN_SCOPES.length),
          expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS),
        }),
        response: {
          201: z.object({ data: apiTokenView.extend({ token: z.string() }), abilities: sessionAbilitiesSchema }),
          ...signedInErrors,
        },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(deps.db, request.actor, request.body, deps.now());
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ data: tokenJson(created), abilities: sessionAbilities(request.actor) });
    },
  );

  r.delete(
    '/me/tokens/:id',
    {
      config: { access: 'api-token:manage' },
      schema: {
        summary: 'Revoke one of my API tokens',
        tags: ['account'],
        params: z.strictObject({ id: z.uuid() }),
        response: { 204: noContent, ...signedInErrors },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps.db, request.actor, request.params.id, deps.now());
      return empty(reply, 204);
    },
  );
}
