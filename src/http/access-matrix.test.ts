// Who gets what from every API route, as one table: route → the status each kind of caller gets. A route added
// without a row here fails with its name, so that nobody opens a route by accident: decide its row, and the test
// holds the route to it.
//
// The callers: the anonymous public; a platform administrator without memberships; an officer of a UN entity, a
// coordinator, a donor representative; the focal point of Afghanistan ("focalSame") and of France ("focalOther").
// Where a route takes a record, the record is Afghan (an AFG authority, one of its people, an invitation to it, a
// State-restricted AFG document), so focalSame acts on their own State's records and focalOther on another State's:
// outside one's scope a record answers 404, as if it did not exist.
//
// Every caller sends what a browser would: its session cookie and CSRF token (the anonymous caller the pre-sign-in
// double-submit token), so a refusal here is the access rule's, not the CSRF check's. Bodies pass validation, so a
// row says what the rules answer. A call that changes something gets fresh records (or a fresh account, or a spare
// session) of its own, so no cell depends on another. A record out of the caller's scope must answer exactly what an
// id nobody has answers (404, same error), so its existence does not leak. HEAD routes are Fastify's twins of GET
// routes: each answers what its GET answers. The full role × confidentiality matrix of documents is in
// routes/v1/documents.routes.test.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateRequest } from '#app/authenticate-request.ts';
import { listMailOutbox } from '#app/list-mail-outbox.ts';
import { publicSessionId } from '#app/list-own-sessions.ts';
import { hashPassword } from '#app/support/passwords.ts';
import { encrypt } from '#app/support/secrets.ts';
import { DEFAULT_SESSION_SETTINGS } from '#app/support/session-settings.ts';
import { newTotpSecret, totpCode } from '#app/support/totp.ts';
import { decodeKey } from '#config';
import type { Role } from '#domain/accounts/types.ts';
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { can, isAction } from '#domain/policy.ts';
import { buildOrganisation, buildUser, signedIn, type UserInput } from '../../test/accounts.ts';
import { multipart, SAMPLES } from '../../test/documents.ts';
import { buildTestServer, TEST_NOW, TEST_SECRET_KEY } from '../../test/http.ts';

const CALLERS = ['anonymous', 'admin', 'officer', 'coordinator', 'focalSame', 'focalOther', 'donor'] as const;
type Caller = (typeof CALLERS)[number];
type Person = Exclude<Caller, 'anonymous'>;
type Statuses = Record<Caller, number>;
type Headers = Record<string, string>;

/** One request, as a caller sends it. */
interface Call {
  /** Default: the route's own URL. */
  url?: string;
  /** A JSON body that passes the route's validation. */
  body?: Record<string, unknown>;
  /** A multipart body (uploads). */
  form?: { payload: Buffer; headers: Headers };
  /** Sent as someone else than the caller's own session: a fresh account like theirs, or a spare session. */
  as?: Headers;
}

interface Row extends Statuses {
  /** Why these statuses, when it is not obvious. */
  why?: string;
  /** Builds the request for one caller, in the test itself: it may create the fresh records a change needs. */
  call?: (who: Caller) => Call | Promise<Call>;
}

const everyone = (status: number): Statuses => ({
  anonymous: status,
  admin: status,
  officer: status,
  coordinator: status,
  focalSame: status,
  focalOther: status,
  donor: status,
});
const signedInOnly = (status: number): Statuses => ({ ...everyone(status), anonymous: 401 });
const adminOnly = (status: number): Statuses => ({ ...everyone(403), anonymous: 401, admin: status });

const PASSWORD = 'violet anchor drifts over nine quiet hills';
const NEW_PASSWORD = 'seven copper kettles sing beside the harbour';
const UNKNOWN_TOKEN = 'a'.repeat(32);
let serial = 0;
const unique = (what: string) => `${what}-${++serial}-${randomUUID().slice(0, 8)}`;

const TABLE: Record<string, Row> = {
  // Public treaty data.
  'GET /api/v1/health': everyone(200),
  'GET /api/v1/participants': everyone(200),
  'GET /api/v1/participants/:code': { ...everyone(200), call: () => ({ url: '/api/v1/participants/AFG' }) },
  'GET /api/v1/instruments': everyone(200),
  'GET /api/v1/instruments/:id': { ...everyone(200), call: () => ({ url: '/api/v1/instruments/tokyo1963' }) },
  'GET /api/v1/instruments/:id/party-counts': {
    ...everyone(200),
    call: () => ({ url: '/api/v1/instruments/tokyo1963/party-counts' }),
  },
  'GET /api/v1/matrix': everyone(200),
  'GET /api/v1/matrix/export': everyone(200),
  'GET /api/v1/changes': everyone(200),
  'GET /api/v1/changes.atom': everyone(200),
  'GET /api/v1/import-batches': everyone(200),

  // Signing in: public by nature; each refuses what the caller cannot prove, signed in or not.
  'GET /api/v1/auth/session': everyone(200),
  'POST /api/v1/auth/sign-in': {
    ...everyone(401),
    call: (who) => ({ body: { email: `nobody-${who}@example.org`, password: 'not the password' } }),
    why: 'wrong credentials, whoever asks',
  },
  'POST /api/v1/auth/second-factor': {
    ...everyone(401),
    call: () => ({ body: { code: '123456' } }),
    why: 'no session waiting for its second factor (a complete one is not)',
  },
  'POST /api/v1/auth/second-factor/enrolment': {
    ...signedInOnly(200),
    admin: 409,
    officer: 409,
    call: async (who) => ({ as: await freshAccount(who) }),
    why: 'a fresh account each; administrators and officers already have the second factor their roles require',
  },
  'POST /api/v1/auth/second-factor/enrolment/confirm': {
    ...signedInOnly(200),
    admin: 409,
    officer: 409,
    call: async (who) => {
      const as = await freshAccount(who);
      const started = await send('POST', '/api/v1/auth/second-factor/enrolment', as);
      const secret: string | undefined = started.statusCode === 200 ? started.json().data.secret : undefined;
      return { as, body: { code: secret ? totpCode(secret, TEST_NOW) : '123456' } };
    },
    why: 'a fresh account each, having just started enrolment (409: a second factor is already active)',
  },
  'DELETE /api/v1/auth/second-factor': {
    ...signedInOnly(204),
    admin: 409,
    officer: 409,
    call: async (who) => ({ as: await freshAccount(who, { secondFactor: true }), body: { password: PASSWORD } }),
    why: 'a fresh account each, with a second factor; administrators and officers must keep theirs',
  },
  'POST /api/v1/auth/sign-out': {
    ...everyone(204),
    call: async (who) => ({ as: await spareSession(who) }),
    why: 'a spare session each (signing out ends it); without a session it is harmless',
  },
  'POST /api/v1/auth/password-reset': {
    ...everyone(202),
    call: () => ({ body: { email: 'nobody@example.org' } }),
    why: 'never tells whether the account exists',
  },
  'POST /api/v1/auth/password-reset/confirm': {
    ...everyone(400),
    call: () => ({ body: { token: UNKNOWN_TOKEN, password: NEW_PASSWORD } }),
    why: 'unknown link: the link, not the session, is the credential',
  },
  'GET /api/v1/auth/oidc/start': { ...everyone(404), why: 'single sign-on is not configured in tests' },
  'GET /api/v1/auth/oidc/callback': { ...everyone(404), why: 'single sign-on is not configured in tests' },
  'GET /api/v1/invitations/by-token/:token': {
    ...everyone(200),
    call: () => ({ url: `/api/v1/invitations/by-token/${fx.invitationToken}` }),
    why: 'a pending invitation to the AFG authority: whoever holds the link may look',
  },
  'POST /api/v1/invitations/by-token/:token/accept': {
    ...everyone(200),
    call: async (who) => {
      const { email } = await inviteToAfg(fx.headers.admin);
      return {
        url: `/api/v1/invitations/by-token/${await tokenMailedTo(email)}/accept`,
        body: { displayName: 'Invited Person', password: NEW_PASSWORD },
        as: await spareSession(who),
      };
    },
    why: 'a fresh invitation each (a new account); from a spare session, which accepting replaces',
  },

  // One's own account. Sessions and tokens of another person are not found, an administrator's call included.
  'GET /api/v1/me': signedInOnly(200),
  'PATCH /api/v1/me': { ...signedInOnly(200), call: () => ({ body: { displayName: 'Test Person' } }) },
  'PUT /api/v1/me/password': {
    ...signedInOnly(204),
    call: async (who) => ({ as: await freshAccount(who), body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }),
    why: 'a fresh account each (changing the password ends its other sessions)',
  },
  'GET /api/v1/me/sessions': signedInOnly(200),
  'DELETE /api/v1/me/sessions/:id': {
    ...everyone(404),
    anonymous: 401,
    focalSame: 204,
    call: async () => {
      const { session } = await signedIn(db(), fx.userIds.focalSame, TEST_NOW);
      return { url: `/api/v1/me/sessions/${publicSessionId(session.id)}` };
    },
    why: "a new session of the AFG focal point's: theirs to end; nobody else's",
  },
  'GET /api/v1/me/tokens': signedInOnly(200),
  'POST /api/v1/me/tokens': {
    ...signedInOnly(201),
    call: () => ({ body: { name: 'ci', scopes: ['treaty-status:read'], expiresInDays: 30 } }),
  },
  'DELETE /api/v1/me/tokens/:id': {
    ...everyone(404),
    anonymous: 401,
    focalSame: 204,
    call: async () => {
      const body = { name: unique('token'), scopes: ['document:read'], expiresInDays: 30 };
      const created = await send('POST', '/api/v1/me/tokens', fx.headers.focalSame, body);
      return { url: `/api/v1/me/tokens/${created.json().data.id}` };
    },
    why: "a new API token of the AFG focal point's: theirs to revoke; nobody else's",
  },

  // Administration. "AFG" below: the Afghan authority, one of its people, an invitation to it.
  'GET /api/v1/organisations': signedInOnly(200),
  'POST /api/v1/organisations': {
    ...adminOnly(201),
    call: () => ({ body: { kind: 'un-entity', names: { en: unique('Entity') } } }),
  },
  'GET /api/v1/organisations/:id': {
    ...signedInOnly(200),
    call: () => ({ url: `/api/v1/organisations/${fx.orgs.afg}` }),
    why: "the directory is open to every signed-in person, other States' authorities included",
  },
  'PATCH /api/v1/organisations/:id': {
    ...adminOnly(200),
    call: () => ({ url: `/api/v1/organisations/${fx.orgs.afg}`, body: { acronym: 'MOI' } }),
  },
  'GET /api/v1/people': {
    anonymous: 401, admin: 200, officer: 403, coordinator: 403, focalSame: 200, focalOther: 200, donor: 403,
    call: () => ({ url: '/api/v1/people?stateCode=AFG' }),
    why: "a focal point lists their own State's people (France's: none of Afghanistan's)",
  },
  'GET /api/v1/people/:id': {
    anonymous: 401, admin: 200, officer: 403, coordinator: 403, focalSame: 200, focalOther: 404, donor: 403,
    call: () => ({ url: `/api/v1/people/${fx.afgColleague}` }),
    why: "an AFG focal point: their State's focal points see them; to another State's they do not exist",
  },
  'PATCH /api/v1/people/:id': {
    ...adminOnly(200),
    call: async () => ({ url: `/api/v1/people/${(await afgPerson()).user.id}`, body: { disabled: true } }),
    why: 'a fresh AFG person each',
  },
  'POST /api/v1/people/:id/memberships': {
    ...adminOnly(201),
    call: async () => ({
      url: `/api/v1/people/${(await buildUser(db(), {}, TEST_NOW)).user.id}/memberships`,
      body: { organisationId: fx.orgs.afg, role: 'focal-point' },
    }),
    why: 'a fresh person each, made an AFG focal point',
  },
  'DELETE /api/v1/people/:id/memberships/:membershipId': {
    ...adminOnly(204),
    call: async () => {
      const { user, membership } = await afgPerson();
      return { url: `/api/v1/people/${user.id}/memberships/${membership!.id}` };
    },
    why: 'a fresh AFG person each, losing their role',
  },
  'POST /api/v1/invitations': {
    anonymous: 401, admin: 201, officer: 403, coordinator: 403, focalSame: 201, focalOther: 403, donor: 403,
    call: () => ({ body: { email: `${unique('invitee')}@example.org`, organisationId: fx.orgs.afg, role: 'focal-point' } }),
    why: "to the AFG authority: a focal point invites to their own State's only (403 reveals nothing: the directory is open)",
  },
  'GET /api/v1/invitations': {
    anonymous: 401, admin: 200, officer: 403, coordinator: 403, focalSame: 200, focalOther: 200, donor: 403,
    why: "a focal point lists their own State's",
  },
  'DELETE /api/v1/invitations/:id': {
    anonymous: 401, admin: 204, officer: 403, coordinator: 403, focalSame: 204, focalOther: 404, donor: 403,
    call: async () => ({ url: `/api/v1/invitations/${(await inviteToAfg(fx.headers.focalSame)).id}` }),
    why: "a fresh one the AFG focal point sent: theirs to withdraw; another State's focal point cannot see it",
  },
  'GET /api/v1/audit-log': adminOnly(200),
  'GET /api/v1/audit-log/export': adminOnly(200),
  'GET /api/v1/audit-log/verification': adminOnly(200),

  // Documents: a State-restricted AFG document held by the AFG authority (written by a colleague of focalSame's).
  // Its State and the coordinators see it; to the others it does not exist.
  'GET /api/v1/documents': everyone(200),
  'GET /api/v1/documents/export': everyone(200),
  'GET /api/v1/documents/:id': {
    anonymous: 404, admin: 404, officer: 404, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/documents/${fx.afgDocument}` }),
  },
  'GET /api/v1/documents/:id/content': {
    anonymous: 404, admin: 404, officer: 404, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/documents/${fx.afgDocument}/content` }),
  },
  'POST /api/v1/documents': {
    anonymous: 401, admin: 403, officer: 201, coordinator: 201, focalSame: 201, focalOther: 403, donor: 403,
    call: () => ({ form: documentForm() }),
    why: "about AFG, held by the caller's organisation: a State authority writes about its own State only; nor do an "
      + 'administrator without membership or a donor hold records',
  },
  'PATCH /api/v1/documents/:id': {
    anonymous: 401, admin: 403, officer: 404, coordinator: 403, focalSame: 200, focalOther: 404, donor: 404,
    call: (who) => ({ url: `/api/v1/documents/${fx.afgDocument}`, body: { description: `Seen by ${who}` } }),
    why: 'the holding authority changes it; a coordinator sees it but may not (403); an administrator never may',
  },
  'DELETE /api/v1/documents/:id': {
    anonymous: 401, admin: 403, officer: 404, coordinator: 403, focalSame: 204, focalOther: 404, donor: 404,
    call: async () => ({ url: `/api/v1/documents/${await uploadAfgDocument()}` }),
    why: 'a fresh document each; as for PATCH',
  },
};

let t: Awaited<ReturnType<typeof buildTestServer>>;
const db = () => t.database.db;

/** The records the table's calls refer to. */
const fx = {
  orgs: {} as Record<'unodc' | 'cted' | 'afg' | 'fra' | 'donor', string>,
  userIds: {} as Record<Person, string>,
  /** Each caller's session (the anonymous caller: the pre-sign-in CSRF cookie and token). */
  headers: {} as Record<Caller, Headers>,
  actors: {} as Record<Caller, Actor>,
  /** An AFG focal point other than focalSame. */
  afgColleague: '',
  afgColleagueHeaders: {} as Headers,
  /** State-restricted, about AFG, held by the AFG authority, written by afgColleague. */
  afgDocument: '',
  /** The link of a pending invitation to the AFG authority. */
  invitationToken: '',
};
let passwordHash = '';

/** Their roles require a second factor: their accounts have one. */
const SECOND_FACTOR_REQUIRED: readonly Caller[] = ['admin', 'officer'];

/** Who each caller is. */
function personInput(who: Person): UserInput {
  const member = (role: Role, organisation: string): UserInput => ({ role, organisation: { id: organisation } });
  const inputs: Record<Person, UserInput> = {
    admin: { platformAdmin: true },
    officer: member('entity-officer', fx.orgs.unodc),
    coordinator: member('coordinator', fx.orgs.cted),
    focalSame: member('focal-point', fx.orgs.afg),
    focalOther: member('focal-point', fx.orgs.fra),
    donor: member('donor-representative', fx.orgs.donor),
  };
  return inputs[who];
}

function secondFactor(): Pick<UserInput, 'totpSecret' | 'totpEnabledAt'> {
  return { totpSecret: encrypt(decodeKey(TEST_SECRET_KEY)!, newTotpSecret()), totpEnabledAt: TEST_NOW };
}

/** A new account like the caller's (same organisation and role, a password), signed in. */
async function freshAccount(who: Caller, options: { secondFactor?: boolean } = {}): Promise<Headers> {
  if (who === 'anonymous') return fx.headers.anonymous;
  const withSecondFactor = SECOND_FACTOR_REQUIRED.includes(who) || options.secondFactor;
  const input = { ...personInput(who), passwordHash, ...(withSecondFactor ? secondFactor() : {}) };
  const { user } = await buildUser(db(), input, TEST_NOW);
  return (await signedIn(db(), user.id, TEST_NOW)).headers;
}

/** Another session of the caller's own account. */
async function spareSession(who: Caller): Promise<Headers> {
  if (who === 'anonymous') return fx.headers.anonymous;
  return (await signedIn(db(), fx.userIds[who], TEST_NOW)).headers;
}

const afgPerson = () => buildUser(db(), { role: 'focal-point', organisation: { id: fx.orgs.afg } }, TEST_NOW);

function send(method: string, url: string, headers: Headers, body?: Record<string, unknown>) {
  return t.app.inject({ method: method as 'GET', url, headers, ...(body ? { payload: body } : {}) });
}

/** Invites a new address to be a focal point of the AFG authority. */
async function inviteToAfg(as: Headers): Promise<{ id: string; email: string }> {
  const email = `${unique('invitee')}@example.org`;
  const res = await send('POST', '/api/v1/invitations', as, { email, organisationId: fx.orgs.afg, role: 'focal-point' });
  if (res.statusCode !== 201) throw new Error(`inviting ${email}: ${res.statusCode} ${res.body}`);
  return { id: res.json().data.id, email };
}

/** The token in the newest mail to this address. */
async function tokenMailedTo(email: string): Promise<string> {
  const mail = (await listMailOutbox(db(), { limit: 1000 })).find((m) => m.to === email);
  const link = mail?.links.find((l) => l.includes('/invitations/'));
  if (!link) throw new Error(`no invitation mailed to ${email}`);
  return link.split('/invitations/')[1]!;
}

function documentForm() {
  const fields = { title: unique('AFG note'), confidentiality: 'state-restricted', stateCode: 'AFG' };
  return multipart(fields, { name: 'note.pdf', content: SAMPLES.pdf() });
}

async function uploadAfgDocument(): Promise<string> {
  const form = documentForm();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    payload: form.payload,
    headers: { ...fx.afgColleagueHeaders, ...form.headers },
  });
  if (res.statusCode !== 201) throw new Error(`uploading an AFG document: ${res.statusCode} ${res.body}`);
  return res.json().data.id;
}

beforeAll(async () => {
  t = await buildTestServer([]);
  passwordHash = await hashPassword(PASSWORD);
  fx.orgs.unodc = (await buildOrganisation(db(), { kind: 'un-entity', name: 'UNODC' })).id;
  fx.orgs.cted = (await buildOrganisation(db(), { kind: 'un-entity', name: 'CTED' })).id;
  fx.orgs.afg = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'AFG', name: 'AFG Interior' })).id;
  fx.orgs.fra = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'FRA', name: 'FRA Intérieur' })).id;
  fx.orgs.donor = (await buildOrganisation(db(), { kind: 'donor', name: 'Donor' })).id;

  const session = await t.app.inject('/api/v1/auth/session');
  const cookie = session.cookies.find((c) => c.name === 'accord_csrf');
  if (!cookie) throw new Error('GET /api/v1/auth/session set no accord_csrf cookie');
  fx.headers.anonymous = { cookie: `accord_csrf=${cookie.value}`, 'x-csrf-token': cookie.value };
  fx.actors.anonymous = ANONYMOUS;
  for (const who of CALLERS) {
    if (who === 'anonymous') continue;
    const withSecondFactor = SECOND_FACTOR_REQUIRED.includes(who) ? secondFactor() : {};
    const { user } = await buildUser(db(), { ...personInput(who), passwordHash, ...withSecondFactor }, TEST_NOW);
    const signed = await signedIn(db(), user.id, TEST_NOW);
    fx.userIds[who] = user.id;
    fx.headers[who] = signed.headers;
    const auth = await authenticateRequest(db(), { sessionSecret: signed.session.secret }, TEST_NOW, DEFAULT_SESSION_SETTINGS);
    fx.actors[who] = auth.actor;
  }

  const colleague = await afgPerson();
  fx.afgColleague = colleague.user.id;
  fx.afgColleagueHeaders = (await signedIn(db(), colleague.user.id, TEST_NOW)).headers;
  fx.afgDocument = await uploadAfgDocument();
  fx.invitationToken = await tokenMailedTo((await inviteToAfg(fx.headers.admin)).email);
});
afterAll(() => t?.close());

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const apiRoutes = () => t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD');

describe('the access table', () => {
  it('has a row for every API route', () => {
    const missing = apiRoutes()
      .map(key)
      .filter((k) => !(k in TABLE));
    expect(missing, 'add these routes to TABLE in src/http/access-matrix.test.ts').toEqual([]);
  });

  it('has no row for a route that does not exist', () => {
    const registered = new Set(apiRoutes().map(key));
    expect(Object.keys(TABLE).filter((k) => !registered.has(k))).toEqual([]);
  });

  it("agrees with the policy: 401 for anonymous callers and 403 for people whose route's action it never allows", () => {
    const wrong: string[] = [];
    for (const route of apiRoutes()) {
      if (!isAction(route.access)) continue;
      for (const who of CALLERS) {
        if (can(fx.actors[who], route.access)) continue;
        const expected = who === 'anonymous' ? 401 : 403;
        const row = TABLE[key(route)];
        if (row && row[who] !== expected) wrong.push(`${key(route)} as ${who}: ${row[who]}, the policy says ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  const cells = Object.entries(TABLE).flatMap(([route, row]) => CALLERS.map((who) => [route, who, row[who], row] as const));
  it.each(cells)('%s as %s → %i', async (route, who, status, row) => {
    const [method, path] = route.split(' ') as [string, string];
    const call = (await row.call?.(who)) ?? {};
    const url = call.url ?? path;
    const mutating = !['GET', 'HEAD'].includes(method);
    // An anonymous browser sends no cookie with a GET; a signed-in one always sends its session.
    const headers = call.as ?? (who === 'anonymous' && !mutating ? {} : fx.headers[who]);
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers: { ...headers, ...call.form?.headers },
      ...(call.form ? { payload: call.form.payload } : call.body ? { payload: call.body } : {}),
    });
    expect(res.statusCode, `${route} as ${who}: ${res.body.slice(0, 300)}`).toBe(status);
    const ids = url.match(UUID);
    if (status === 404 && ids) {
      // Out of scope is exactly as absent: the same answer as for ids nobody has.
      const guessed = await t.app.inject({
        method: method as 'GET',
        url: url.replace(UUID, () => randomUUID()),
        headers: { ...headers, ...call.form?.headers },
        ...(call.body ? { payload: call.body } : {}),
      });
      const error = (body: string) => JSON.parse(body.replace(UUID, '<id>')).error;
      expect([guessed.statusCode, error(guessed.body)]).toEqual([404, error(res.body)]);
    }
    if (method === 'GET' && t.app.registeredRoutes.some((r) => r.method === 'HEAD' && r.url === path)) {
      const head = await t.app.inject({ method: 'HEAD', url, headers });
      expect(head.statusCode, `HEAD ${path} as ${who}`).toBe(status);
    }
  });
});
