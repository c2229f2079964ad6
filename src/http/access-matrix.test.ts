// What an anonymous caller gets from every API route, as a table. A route added without an entry here fails with its
// name, so that nobody opens a route to the public by accident: decide its row, and the test holds the route to it.
// The caller is an anonymous browser: it carries the pre-sign-in CSRF token (double submit), so that a refusal
// here is the access rule's, not the CSRF check's. Non-public routes get a body that passes validation (Fastify
// validates before the access check runs), so their row says what the access rule answers: 401.
// HEAD routes are Fastify's twins of GET routes: each must answer what its GET answers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '#domain/actor.ts';
import { can, isAction } from '#domain/policy.ts';
import { buildTestServer } from '../../test/http.ts';

interface Probe {
  /** What an anonymous caller gets. */
  status: number;
  /** The URL to call, for routes with parameters (default: the route's own URL). */
  url?: string;
  /** A JSON body that passes the route's validation. */
  body?: Record<string, unknown>;
  /** Why this status, when it is not obvious. */
  why?: string;
}

const ID = randomUUID();
const TOKEN = 'a'.repeat(32);

const ANONYMOUS_GETS: Record<string, Probe> = {
  // Public treaty data.
  'GET /api/v1/health': { status: 200 },
  'GET /api/v1/participants': { status: 200 },
  'GET /api/v1/participants/:code': { status: 200, url: '/api/v1/participants/AFG' },
  'GET /api/v1/instruments': { status: 200 },
  'GET /api/v1/instruments/:id': { status: 200, url: '/api/v1/instruments/tokyo1963' },
  'GET /api/v1/instruments/:id/party-counts': { status: 200, url: '/api/v1/instruments/tokyo1963/party-counts' },
  'GET /api/v1/matrix': { status: 200 },
  'GET /api/v1/matrix/export': { status: 200 },
  'GET /api/v1/changes': { status: 200 },
  'GET /api/v1/changes.atom': { status: 200 },
  'GET /api/v1/import-batches': { status: 200 },

  // Signing in: public by nature; each refuses what an anonymous caller cannot prove.
  'GET /api/v1/auth/session': { status: 200 },
  'POST /api/v1/auth/sign-in': {
    status: 401,
    body: { email: 'nobody@example.org', password: 'not the password' },
    why: 'wrong credentials',
  },
  'POST /api/v1/auth/second-factor': { status: 401, body: { code: '123456' }, why: 'no pending session' },
  'POST /api/v1/auth/second-factor/enrolment': { status: 401, why: 'no session' },
  'POST /api/v1/auth/second-factor/enrolment/confirm': { status: 401, body: { code: '123456' }, why: 'no session' },
  'POST /api/v1/auth/sign-out': { status: 204, why: 'signing out without a session is harmless' },
  'POST /api/v1/auth/password-reset': { status: 202, body: { email: 'nobody@example.org' }, why: 'never tells whether the account exists' },
  'POST /api/v1/auth/password-reset/confirm': {
    status: 400,
    body: { token: TOKEN, password: 'correct horse battery staple' },
    why: 'unknown token',
  },
  'GET /api/v1/auth/oidc/start': { status: 404, why: 'single sign-on is not configured in tests' },
  'GET /api/v1/auth/oidc/callback': { status: 404, why: 'single sign-on is not configured in tests' },
  'GET /api/v1/invitations/by-token/:token': { status: 404, url: `/api/v1/invitations/by-token/${TOKEN}`, why: 'unknown token' },
  'POST /api/v1/invitations/by-token/:token/accept': {
    status: 400,
    url: `/api/v1/invitations/by-token/${TOKEN}/accept`,
    body: { displayName: 'Someone', password: 'correct horse battery staple' },
    why: 'unknown token',
  },

  // One's own account.
  'DELETE /api/v1/auth/second-factor': { status: 401, body: { password: 'x' } },
  'GET /api/v1/me': { status: 401 },
  'PATCH /api/v1/me': { status: 401, body: { displayName: 'Someone' } },
  'PUT /api/v1/me/password': { status: 401, body: { currentPassword: 'x', newPassword: 'correct horse battery staple' } },
  'GET /api/v1/me/sessions': { status: 401 },
  'DELETE /api/v1/me/sessions/:id': { status: 401, url: '/api/v1/me/sessions/0123456789abcdef' },
  'GET /api/v1/me/tokens': { status: 401 },
  'POST /api/v1/me/tokens': { status: 401, body: { name: 'ci', scopes: ['treaty-status:read'], expiresInDays: 30 } },
  'DELETE /api/v1/me/tokens/:id': { status: 401, url: `/api/v1/me/tokens/${ID}` },

  // Administration.
  'GET /api/v1/organisations': { status: 401 },
  'POST /api/v1/organisations': { status: 401, body: { kind: 'un-entity', names: { en: 'UNODC' } } },
  'GET /api/v1/organisations/:id': { status: 401, url: `/api/v1/organisations/${ID}` },
  'PATCH /api/v1/organisations/:id': { status: 401, url: `/api/v1/organisations/${ID}`, body: { archived: true } },
  'GET /api/v1/people': { status: 401 },
  'GET /api/v1/people/:id': { status: 401, url: `/api/v1/people/${ID}` },
  'PATCH /api/v1/people/:id': { status: 401, url: `/api/v1/people/${ID}`, body: { disabled: true } },
  'POST /api/v1/people/:id/memberships': {
    status: 401,
    url: `/api/v1/people/${ID}/memberships`,
    body: { organisationId: ID, role: 'coordinator' },
  },
  'DELETE /api/v1/people/:id/memberships/:membershipId': { status: 401, url: `/api/v1/people/${ID}/memberships/${ID}` },
  'POST /api/v1/invitations': { status: 401, body: { email: 'someone@example.org', organisationId: ID, role: 'coordinator' } },
  'GET /api/v1/invitations': { status: 401 },
  'DELETE /api/v1/invitations/:id': { status: 401, url: `/api/v1/invitations/${ID}` },
  'GET /api/v1/audit-log': { status: 401 },
  'GET /api/v1/audit-log/export': { status: 401 },
  'GET /api/v1/audit-log/verification': { status: 401 },

  // Documents: anyone may look; what they find is the public ones (a hidden or missing id is 404 alike).
  'GET /api/v1/documents': { status: 200 },
  'GET /api/v1/documents/export': { status: 200 },
  'GET /api/v1/documents/:id': { status: 404, url: `/api/v1/documents/${ID}` },
  'GET /api/v1/documents/:id/content': { status: 404, url: `/api/v1/documents/${ID}/content` },
  'POST /api/v1/documents': { status: 401 },
  'PATCH /api/v1/documents/:id': { status: 401, url: `/api/v1/documents/${ID}`, body: { title: 'x' } },
  'DELETE /api/v1/documents/:id': { status: 401, url: `/api/v1/documents/${ID}` },
};

let t: Awaited<ReturnType<typeof buildTestServer>>;
let csrf: { cookie: string; token: string };

beforeAll(async () => {
  t = await buildTestServer([]);
  const session = await t.app.inject('/api/v1/auth/session');
  const cookie = session.cookies.find((c) => c.name === 'accord_csrf');
  if (!cookie) throw new Error('GET /api/v1/auth/session set no accord_csrf cookie');
  csrf = { cookie: `accord_csrf=${cookie.value}`, token: cookie.value };
});
afterAll(() => t?.close());

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const apiRoutes = () => t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1/'));

describe('the anonymous access table', () => {
  it('has a row for every API route', () => {
    const missing = apiRoutes()
      .filter((r) => r.method !== 'HEAD')
      .map(key)
      .filter((k) => !(k in ANONYMOUS_GETS));
    expect(missing, 'add these routes to ANONYMOUS_GETS in src/http/access-matrix.test.ts').toEqual([]);
  });

  it('has no row for a route that does not exist', () => {
    const registered = new Set(apiRoutes().map(key));
    expect(Object.keys(ANONYMOUS_GETS).filter((k) => !registered.has(k))).toEqual([]);
  });

  it('says 401 for every route whose action the policy refuses anonymous callers', () => {
    const wrong = apiRoutes()
      .filter((r) => r.method !== 'HEAD' && isAction(r.access) && !can(ANONYMOUS, r.access))
      .map(key)
      .filter((k) => ANONYMOUS_GETS[k] && ANONYMOUS_GETS[k].status !== 401);
    expect(wrong).toEqual([]);
  });

  const rows = Object.entries(ANONYMOUS_GETS).map(([route, probe]) => [route, probe.status, probe] as const);
  it.each(rows)('%s → %i', async (route, _status, probe) => {
    const [method, path] = route.split(' ') as [string, string];
    const url = probe.url ?? path;
    const mutating = !['GET', 'HEAD'].includes(method);
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers: mutating ? { cookie: csrf.cookie, 'x-csrf-token': csrf.token } : {},
      ...(probe.body ? { payload: probe.body } : {}),
    });
    expect(res.statusCode, `${route}: ${res.body.slice(0, 300)}`).toBe(probe.status);
    if (method === 'GET' && t.app.registeredRoutes.some((r) => r.method === 'HEAD' && r.url === path)) {
      const head = await t.app.inject({ method: 'HEAD', url });
      expect(head.statusCode, `HEAD ${path}`).toBe(probe.status);
    }
  });
});
