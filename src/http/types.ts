// Fastify type augmentation: what every route declares (config.access) and what every request carries (actor).
import type { FastifyReply } from 'fastify';
import type { CurrentSession } from '#app/accounts/authenticate-request.ts';
import type { StartedSession } from '#app/accounts/start-session.ts';
import type { Actor } from '#domain/actor.ts';
import type { Action } from '#domain/policy.ts';

/** 'public' (anyone, no policy check) or the policy action the caller must be allowed. */
export type RouteAccess = 'public' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Public data derived from the data version: ETag, 304 and Cache-Control apply (plugins/public-cache.ts). */
    publicData?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    /** The caller's session, also while it awaits the second factor (the actor is then still anonymous). */
    session: CurrentSession | null;
    authVia: 'none' | 'session' | 'token';
    publicEtag?: string;
  }
  interface FastifyInstance {
    /** Access of routes registered in this scope that do not declare one (only set for third-party assets). */
    defaultRouteAccess: RouteAccess | null;
    /** Every route as registered, with its access: walked by the meta-test. */
    registeredRoutes: { method: string; url: string; access: RouteAccess | undefined }[];
    sessionCookies: {
      set(reply: FastifyReply, session: StartedSession): void;
      clear(reply: FastifyReply): void;
      csrfFor(request: FastifyRequest, reply: FastifyReply): string;
    };
  }
}
