// Single sign-on through OpenID Connect. Both routes are browser navigations, so they answer with redirects, and the
// callback's failures go to the sign-in page with a reason the web app translates. The provider conversation lives
// in the use cases; this file only moves cookies and redirects.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { completeOidcSignIn } from '#app/accounts/complete-oidc-sign-in.ts';
import { startOidcSignIn } from '#app/accounts/start-oidc-sign-in.ts';
import { createOidcClient, oidcSettings } from '#app/accounts/support/oidc.ts';
import { AppError } from '#domain/errors.ts';
import { errorBody } from '#http/schemas/common.ts';
import { typed, type RouteDeps } from '../route-deps.ts';

/** Generous enough for an office behind one address signing in at nine; stops scripted hammering. */
export const OIDC_RATE_LIMIT = { max: 60, timeWindow: '1 minute' } as const;

const FLOW_COOKIE_PATH = '/api/v1/auth/oidc';

const redirect = z.null().describe('Redirect: see the Location header.');
const errors = { 400: errorBody, 404: errorBody, 429: errorBody, 500: errorBody } as const;

export async function authOidcRoutes(app: FastifyInstance, deps: RouteDeps) {
  const settings = oidcSettings(deps.config);
  // Throws at start-up for a non-https provider; discovery itself waits for the first sign-in.
  const oidc = settings ? createOidcClient(settings) : null;
  const secure = deps.config.PUBLIC_URL?.startsWith('https:') ?? false;
  // __Secure- rather than __Host-: the cookie is scoped to these two routes, not the whole site.
  const flowCookie = `${secure ? '__Secure-' : ''}accord_oidc`;
  const cookieOptions = { path: FLOW_COOKIE_PATH, httpOnly: true, sameSite: 'lax' as const, secure };

  const notConfigured = () =>
    new AppError('NOT_FOUND', 'Single sign-on is not configured on this server.', { params: { resource: 'oidc' } });
  const toSignIn = (reply: FastifyReply, error: 'sso_failed' | 'sso_unknown_account') =>
    reply.header('cache-control', 'no-store').redirect(`/sign-in?error=${error}`, 302);

  typed(app).get(
    '/auth/oidc/start',
    {
      config: { access: 'public', rateLimit: OIDC_RATE_LIMIT },
      schema: {
        summary: 'Start signing in through the OpenID provider (browser navigation)',
        description:
          'Redirects to the provider. `returnTo` is where to land after signing in: a path on this site (anything ' +
          'else is ignored). 404 when single sign-on is not configured.',
        tags: ['auth'],
        querystring: z.strictObject({ returnTo: z.string().max(2000).optional() }),
        response: { 302: redirect, ...errors },
      },
    },
    async (request, reply) => {
      if (!oidc) throw notConfigured();
      let started;
      try {
        started = await startOidcSignIn(oidc, { returnTo: request.query.returnTo }, deps.now(), deps.secretKey);
      } catch (err) {
        request.log.warn({ err }, 'oidc: the provider could not be reached');
        return toSignIn(reply, 'sso_failed');
      }
      reply.setCookie(flowCookie, started.flow, { ...cookieOptions, maxAge: started.maxAgeSeconds });
      return reply.header('cache-control', 'no-store').redirect(started.authorizationUrl, 302);
    },
  );

  typed(app).get(
    '/auth/oidc/callback',
    {
      config: { access: 'public', rateLimit: OIDC_RATE_LIMIT },
      schema: {
        summary: 'Where the OpenID provider sends the browser back (browser navigation)',
        description:
          'Redirects to the page the sign-in started from, or to /sign-in?error=sso_unknown_account (no account: ' +
          'accounts come by invitation) or /sign-in?error=sso_failed.',
        tags: ['auth'],
        // Not strict: providers add parameters of their own (session_state, …); openid-client reads the raw query.
        querystring: z.looseObject({
          code: z.string().optional(),
          state: z.string().optional(),
          iss: z.string().optional(),
          error: z.string().optional(),
          error_description: z.string().optional(),
        }),
        response: { 302: redirect, ...errors },
      },
    },
    async (request, reply) => {
      if (!oidc) throw notConfigured();
      // The flow is single-use, whatever happens next.
      reply.clearCookie(flowCookie, cookieOptions);
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const result = await completeOidcSignIn(
        deps.db,
        oidc,
        {
          query,
          flow: request.cookies[flowCookie],
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          replaces: request.session?.id ?? null,
        },
        deps.now(),
        { secretKey: deps.secretKey, sessions: deps.sessions },
      );
      if (result.outcome !== 'signed-in') {
        request.log.info({ reason: result.reason }, 'oidc: sign-in refused');
        return toSignIn(reply, result.outcome === 'unknown-account' ? 'sso_unknown_account' : 'sso_failed');
      }
      app.sessionCookies.set(reply, result.session);
      reply.header('cache-control', 'no-store');
      const returnTo = encodeURIComponent(result.returnTo);
      switch (result.session.stage) {
        case 'complete':
          return reply.redirect(result.returnTo, 302);
        case 'second-factor':
          return reply.redirect(`/sign-in/second-factor?returnTo=${returnTo}`, 302);
        case 'enrol-second-factor':
          return reply.redirect(`/sign-in/enrol?returnTo=${returnTo}`, 302);
      }
    },
  );
}
