// Authentication at the edge: a session cookie or an `Authorization: Bearer` API token becomes `request.actor`
// (src/app/accounts/authenticate-request.ts decides), and every state-changing request made with cookies must carry the
// CSRF token: the session's own, or before sign-in the value of the `accord_csrf` cookie (double submit). Requests
// with an API token carry no cookies a browser would add by itself, so they need none.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticateRequest } from '#app/accounts/authenticate-request.ts';
import type { StartedSession } from '#app/accounts/start-session.ts';
import { randomSecret, sameSecret } from '#app/shared/secrets.ts';
import type { SessionSettings } from '#app/accounts/support/session-settings.ts';
import type { Db } from '#app/shared/database.ts';
import { ANONYMOUS } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';

export interface AuthenticationOptions {
  db: Db;
  now: () => Date;
  sessions: SessionSettings;
  /** Served over https: cookies are Secure and take the __Host- prefix (bound to this host, path /). */
  secureCookies: boolean;
}

export const CSRF_HEADER = 'x-csrf-token';
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export function cookieNames(secure: boolean) {
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}accord_session`, csrf: `${prefix}accord_csrf` };
}

export async function installAuthentication(app: FastifyInstance, options: AuthenticationOptions): Promise<void> {
  await app.register(cookie);
  const names = cookieNames(options.secureCookies);
  const base = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: options.secureCookies };

  app.decorateRequest('session', null);
  app.decorateRequest('authVia', 'none');
  app.decorate('sessionCookies', {
    set(reply: FastifyReply, session: StartedSession) {
      reply.setCookie(names.session, session.secret, { ...base, expires: session.expiresAt });
    },
    clear(reply: FastifyReply) {
      reply.clearCookie(names.session, base);
    },
    /** The pre-sign-in CSRF token (double submit): readable by the web app, so not httpOnly. */
    csrfFor(request: FastifyRequest, reply: FastifyReply): string {
      const existing = request.cookies[names.csrf];
      if (existing && /^[\w-]{32,64}$/.test(existing)) return existing;
      const token = randomSecret(24);
      reply.setCookie(names.csrf, token, { ...base, httpOnly: false, sameSite: 'strict' });
      return token;
    },
  });

  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    const authorization = request.headers.authorization;
    const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
    if (authorization && !bearer) {
      throw new AppError('UNAUTHENTICATED', 'Authorization must be "Bearer <API token>".', {
        params: { reason: 'invalid_token' },
      });
    }
    const sessionSecret = request.cookies[names.session] ?? null;
    if (!bearer && !sessionSecret) return;
    const auth = await authenticateRequest(options.db, { sessionSecret, bearer }, options.now(), options.sessions);
    request.actor = auth.actor;
    request.session = auth.session;
    request.authVia = auth.via;
  });

  // Before validation too: a forged request is refused before anything about its body is answered.
  app.addHook('preValidation', async (request) => {
    if (SAFE_METHODS.has(request.method) || request.authVia === 'token') return;
    const sent = request.headers[CSRF_HEADER];
    const expected = request.session?.csrfToken ?? request.cookies[names.csrf];
    if (typeof sent !== 'string' || !expected || !sameSecret(sent, expected)) {
      throw new AppError('FORBIDDEN', 'This request lacks a valid CSRF token; reload the page and try again.', {
        params: { reason: 'csrf' },
      });
    }
  });
}
