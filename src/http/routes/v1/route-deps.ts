// What every v1 route module receives, and the abilities they present.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '#config';
import type { Db } from '#app/shared/database.ts';
import type { SessionSettings } from '#app/accounts/support/session-settings.ts';
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { abilitiesFor } from '#domain/policy.ts';
import { publicBaseUrl } from '#app/shared/public-url.ts';

export interface RouteDeps {
  db: Db;
  now: () => Date;
  config: Config;
  /** Encrypts second-factor secrets at rest. */
  secretKey: Buffer;
  sessions: SessionSettings;
}

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** Abilities on treaty data, from the one policy (the web app shows buttons from these, never re-derives them). */
export function treatyAbilities(actor: Actor) {
  return abilitiesFor(actor, { export: 'treaty-status:export', import: 'import-batch:create' });
}

/** Confidential records: no answer of the plugin is kept by anyone but the caller (browser or proxy). */
export const PRIVATE_NO_STORE = 'private, no-store';
export function privateNoStore(app: FastifyInstance) {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', PRIVATE_NO_STORE);
  });
}

/** The response schema of an answer without a body. */
export const noContent = z.null().describe('No content.');

/** An answer without a body (202, 204); the typed reply would want one. */
export function empty(reply: FastifyReply, status: 202 | 204) {
  return reply.code(status).send();
}

/** A file to download (an export): its type, and its name as an attachment. */
export function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; body: string | Buffer }) {
  reply.header('content-type', file.contentType);
  reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
  return reply.send(file.body as never);
}

/** The signed-in caller's id (the route's access rule has already required a signed-in person). */
export function signedInUserId(request: FastifyRequest): string {
  if (request.actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return request.actor.userId;
}

/**
 * A rate limit counted per signed-in person (per address for anyone else), checked after authentication: for
 * expensive routes that people use in bursts from one office network.
 */
export function perPersonRateLimit(max: number) {
  return {
    max,
    timeWindow: '1 minute',
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) =>
      request.actor?.kind === 'user' ? `user:${request.actor.userId}` : `ip:${request.ip}`,
  };
}

/** Where links in mails point: the public address of the web app (notifications, invitations). */
export function links(deps: RouteDeps): { baseUrl: string } {
  return { baseUrl: publicBaseUrl(deps.config) };
}
