// Signing in and out: password, second factor (TOTP) and its enrolment, password reset, and the session view every
// page starts from. These routes are public: the ones that continue a sign-in read the pending session themselves
// (a pending session gives the caller no rights, so the policy cannot be the judge here).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { confirmSecondFactorEnrolment } from '#app/accounts/confirm-second-factor-enrolment.ts';
import { disableSecondFactor } from '#app/accounts/disable-second-factor.ts';
import { enrolSecondFactor } from '#app/accounts/enrol-second-factor.ts';
import { getSessionView } from '#app/accounts/get-session-view.ts';
import { regenerateRecoveryCodes } from '#app/accounts/regenerate-recovery-codes.ts';
import { requestPasswordReset } from '#app/accounts/request-password-reset.ts';
import { resetPassword } from '#app/accounts/reset-password.ts';
import { signIn } from '#app/accounts/sign-in.ts';
import { signOut } from '#app/accounts/sign-out.ts';
import type { StartedSession } from '#app/accounts/start-session.ts';
import { publicBaseUrl } from '#app/shared/public-url.ts';
import { verifySecondFactor } from '#app/accounts/verify-second-factor.ts';
import { AppError } from '#domain/errors.ts';
import { errorBody } from '#http/schemas/common.ts';
import {
  codeInput,
  emailInput,
  enrolmentView,
  passwordInput,
  recoveryCodesView,
  sessionResponse,
} from '#http/schemas/accounts/auth.ts';
import { empty, noContent, signedInUserId, typed, type RouteDeps } from '../route-deps.ts';

/** Anonymous endpoints that cost an argon2 hash or a mail: limited per client address, on top of the per-account
 *  throttle kept in the database (which holds across app servers). */
export const SIGN_IN_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;
export const RESET_RATE_LIMIT = { max: 10, timeWindow: '1 minute' } as const;

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 409: errorBody, 429: errorBody, 500: errorBody } as const;

export async function authRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = typed(app);
  const oidcName = deps.config.OIDC_ISSUER ? deps.config.OIDC_NAME : null;
  const userAgent = (request: FastifyRequest) => request.headers['user-agent'] ?? null;

  /** After a session starts: its cookie, and the view of it. */
  async function started(reply: FastifyReply, session: StartedSession & { userId: string }) {
    app.sessionCookies.set(reply, session);
    reply.header('cache-control', 'no-store');
    return getSessionView(deps.db, { session, oidcName });
  }

  r.get(
    '/auth/session',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Who is signed in, how far through signing in, and the CSRF token to send',
        description: 'Without a session, sets the accord_csrf cookie whose value is the CSRF token until sign-in.',
        tags: ['auth'],
        response: { 200: sessionResponse, 500: errorBody },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const actor = request.actor;
      if (request.authVia === 'token' && actor.kind === 'user') {
        return getSessionView(deps.db, { session: { userId: actor.userId, stage: 'complete', csrfToken: '' }, oidcName, actor });
      }
      if (request.session) return getSessionView(deps.db, { session: request.session, oidcName, actor });
      const anonymousCsrfToken = app.sessionCookies.csrfFor(request, reply);
      return getSessionView(deps.db, { session: null, anonymousCsrfToken, oidcName, actor });
    },
  );

  r.post(
    '/auth/sign-in',
    {
      config: { access: 'public', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        summary: 'Sign in with e-mail and password',
        description:
          'Always starts a new session (cookie). The stage says what comes next: second-factor, enrol-second-factor or complete. ' +
          'Wrong credentials answer 401 whether or not the account exists; repeated failures answer 429.',
        tags: ['auth'],
        body: z.strictObject({ email: emailInput, password: passwordInput }),
        response: { 200: sessionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const session = await signIn(
        deps.db,
        { ...request.body, ip: request.ip, userAgent: userAgent(request), currentSessionId: request.session?.id ?? null },
        deps.now(),
        deps.sessions,
      );
      return started(reply, session);
    },
  );

  r.post(
    '/auth/second-factor',
    {
      config: { access: 'public', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        summary: 'Complete signing in with the code from the authenticator app',
        description: 'Needs the pending session of the password step. A code already used answers 401.',
        tags: ['auth'],
        body: z.strictObject({ code: codeInput }),
        response: { 200: sessionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const session = await verifySecondFactor(
        deps.db,
        { session: request.session, code: request.body.code, ip: request.ip, userAgent: userAgent(request) },
        deps.now(),
        deps.sessions,
        deps.secretKey,
      );
      return started(reply, session);
    },
  );

  /** Enrolment is for a session waiting to enrol, or a complete one (never with an API token). */
  function enrollingSession(request: FastifyRequest) {
    if (request.authVia === 'token') {
      throw new AppError('FORBIDDEN', 'Set up a second factor from a signed-in browser, not with an API token.', {
        params: { reason: 'token' },
      });
    }
    const session = request.session;
    if (!session || (session.stage !== 'enrol-second-factor' && session.stage !== 'complete')) {
      throw new AppError('UNAUTHENTICATED', 'Sign in first.', { params: { reason: 'no_session' } });
    }
    return session;
  }

  r.post(
    '/auth/second-factor/enrolment',
    {
      config: { access: 'public', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        summary: 'Start setting up a second factor (TOTP): a new secret and its QR code',
        description: 'Inactive until confirmed with a code. Refused (409) while a second factor is active.',
        tags: ['auth'],
        response: { 200: z.object({ data: enrolmentView }), ...errors },
      },
    },
    async (request, reply) => {
      const session = enrollingSession(request);
      reply.header('cache-control', 'no-store');
      return { data: await enrolSecondFactor(deps.db, { userId: session.userId }, deps.now(), deps.secretKey) };
    },
  );

  r.post(
    '/auth/second-factor/enrolment/confirm',
    {
      config: { access: 'public', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        summary: 'Turn the second factor on with a code from the app',
        description:
          'A session waiting for this enrolment becomes complete (with a new id). The answer carries ten recovery codes, ' +
          'shown this once.',
        tags: ['auth'],
        body: z.strictObject({ code: codeInput }),
        response: { 200: sessionResponse.extend({ recoveryCodes: recoveryCodesView }), ...errors },
      },
    },
    async (request, reply) => {
      const session = enrollingSession(request);
      const result = await confirmSecondFactorEnrolment(
        deps.db,
        { session, code: request.body.code, ip: request.ip, userAgent: userAgent(request) },
        deps.now(),
        deps.sessions,
        deps.secretKey,
      );
      const recoveryCodes = result.recoveryCodes;
      if (result.started) return { ...(await started(reply, { ...result.started, userId: result.userId })), recoveryCodes };
      reply.header('cache-control', 'no-store');
      return { ...(await getSessionView(deps.db, { session, oidcName, actor: request.actor })), recoveryCodes };
    },
  );

  r.post(
    '/auth/second-factor/recovery-codes',
    {
      config: { access: 'account:update', rateLimit: SIGN_IN_RATE_LIMIT },
      schema: {
        summary: 'Replace the recovery codes with ten new ones (password or a code from the app required)',
        description: 'Every old code stops working. The new codes are in this answer only.',
        tags: ['auth'],
        body: z.union([z.strictObject({ password: passwordInput }), z.strictObject({ code: codeInput })]),
        response: { 200: z.object({ data: z.object({ recoveryCodes: recoveryCodesView }) }), ...errors },
      },
    },
    async (request, reply) => {
      if (request.authVia === 'token') {
        throw new AppError('FORBIDDEN', 'Manage recovery codes from a signed-in browser, not with an API token.', {
          params: { reason: 'token' },
        });
      }
      const recoveryCodes = await regenerateRecoveryCodes(
        deps.db,
        { userId: signedInUserId(request), ...request.body, ip: request.ip },
        deps.now(),
        deps.secretKey,
      );
      reply.header('cache-control', 'no-store');
      return { data: { recoveryCodes } };
    },
  );

  r.delete(
    '/auth/second-factor',
    {
      config: { access: 'account:update' },
      schema: {
        summary: 'Turn the second factor off (password required)',
        description: 'Refused (409) when the person’s roles require a second factor.',
        tags: ['auth'],
        body: z.strictObject({ password: passwordInput }),
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      await disableSecondFactor(
        deps.db,
        { userId: signedInUserId(request), password: request.body.password, ip: request.ip },
        deps.now(),
      );
      return empty(reply, 204);
    },
  );

  r.post(
    '/auth/sign-out',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign out: ends the session on the server and clears its cookie',
        tags: ['auth'],
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      await signOut(deps.db, request.session, deps.now());
      app.sessionCookies.clear(reply);
      return empty(reply, 204);
    },
  );

  r.post(
    '/auth/password-reset',
    {
      config: { access: 'public', rateLimit: RESET_RATE_LIMIT },
      schema: {
        summary: 'Ask for a password reset link by e-mail',
        description: 'Always 202, whether or not the address has an account. The link works once, within an hour.',
        tags: ['auth'],
        body: z.strictObject({ email: emailInput }),
        response: { 202: noContent, ...errors },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(
        deps.db,
        { email: request.body.email, ip: request.ip, publicUrl: publicBaseUrl(deps.config) },
        deps.now(),
      );
      return empty(reply, 202);
    },
  );

  r.post(
    '/auth/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: RESET_RATE_LIMIT },
      schema: {
        summary: 'Choose a new password with a reset link',
        description: 'Ends every session of the person. A used, expired or unknown link answers 400 (token_invalid).',
        tags: ['auth'],
        body: z.strictObject({ token: z.string().min(1).max(200), password: passwordInput }),
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      await resetPassword(deps.db, request.body, deps.now());
      return empty(reply, 204);
    },
  );
}
