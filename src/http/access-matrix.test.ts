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
// routes/v1/library/documents.routes.test.ts.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateRequest } from '#app/accounts/authenticate-request.ts';
import { listMailOutbox } from '#app/accounts/list-mail-outbox.ts';
import { publicSessionId } from '#app/accounts/list-own-sessions.ts';
import { hashPassword } from '#app/accounts/support/passwords.ts';
import { encrypt } from '#app/shared/secrets.ts';
import { DEFAULT_SESSION_SETTINGS } from '#app/accounts/support/session-settings.ts';
import { newTotpSecret, totpCode } from '#app/accounts/support/totp.ts';
import { decodeKey } from '#config';
import type { Role } from '#domain/accounts/types.ts';
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { can, isAction } from '#domain/policy.ts';
import { buildOrganisation, buildUser, signedIn, type UserInput } from '../../test/accounts.ts';
import { multipart, SAMPLES } from '../../test/documents.ts';
import { buildActivity, buildProgramme, buildStrategy } from '../../test/activities.ts';
import { buildRequest } from '../../test/requests.ts';
import { insertActivity, insertDocument, insertOverlap } from '../../test/coordination.ts';
import { buildTestServer, TEST_NOW, TEST_SECRET_KEY } from '../../test/http.ts';
import { insertAuthority } from '../../test/authorities.ts';
import { insertLaw } from '../../test/legislation.ts';
import { buildCooperationRequest, insertCooperationRequest } from '../../test/cooperation-requests.ts';
import { buildAllocation, buildContribution } from '../../test/funding.ts';

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
/** Only the State's own people (here AFG's focal point) keep its directory entries. */
const statesOwnPeople = (status: number): Statuses => ({ ...everyone(403), anonymous: 401, focalSame: status });
const adminOnly = (status: number): Statuses => ({ ...everyone(403), anonymous: 401, admin: status });
/** Who reads funding: the assisting entities' people, and the donor's representative (of the fixture's donor). */
const funders = (status: number): Statuses => ({ ...everyone(403), anonymous: 401, officer: status, coordinator: status, donor: status });
/** Who keeps the books: the receiving entity's officers. */
const bookkeeper = (status: number): Statuses => ({ ...everyone(403), anonymous: 401, officer: status });
/** Report drafts: coordinators only. */
const coordinatorsOnly = (status: number): Statuses => ({ ...everyone(403), anonymous: 401, coordinator: status });
const REPORT_BODY = { title: 'Report 2025', mandateSet: '68/187', periodFrom: '2025-01-01', periodTo: '2025-12-31', language: 'en' };
let sharedReport: string | undefined;
/** A draft of the coordinator's (shared by the reads, fresh for each write). */
async function coordinatorReport(fresh = false): Promise<string> {
  if (sharedReport && !fresh) return sharedReport;
  const res = await send('POST', '/api/v1/reports', fx.headers.coordinator, REPORT_BODY);
  if (res.statusCode !== 201) throw new Error(`creating a report: ${res.statusCode} ${res.body}`);
  const id = res.json().data.id as string;
  if (!fresh) sharedReport = id;
  return id;
}

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
  // Treaty texts by article and cooperation provisions (issue 11): public, the same for everyone.
  'GET /api/v1/instruments/:id/articles': { ...everyone(200), call: () => ({ url: '/api/v1/instruments/financing1999/articles' }) },
  'GET /api/v1/instruments/:id/articles/:article': {
    ...everyone(200),
    call: () => ({ url: '/api/v1/instruments/financing1999/articles/11' }),
  },
  'GET /api/v1/instruments/:id/provisions': { ...everyone(200), call: () => ({ url: '/api/v1/instruments/financing1999/provisions' }) },
  'GET /api/v1/matrix': everyone(200),
  'GET /api/v1/matrix/export': everyone(200),
  'GET /api/v1/changes': everyone(200),
  'GET /api/v1/changes.atom': everyone(200),
  'GET /api/v1/import-batches': everyone(200),
  // Public: the same answer for everyone (this database holds no batch 1).
  'GET /api/v1/import-batches/:id': { ...everyone(404), call: () => ({ url: '/api/v1/import-batches/1' }) },
  // The legal-basis finder and the pair view (issue 11): public answers, the same for everyone.
  'GET /api/v1/cooperation/legal-basis': {
    ...everyone(200),
    call: () => ({ url: '/api/v1/cooperation/legal-basis?from=FRA&to=DEU&kind=extradition&conduct=terrorist-financing' }),
  },
  'GET /api/v1/cooperation/pairs': { ...everyone(200), call: () => ({ url: '/api/v1/cooperation/pairs?kind=mla&conduct=hostage-taking' }) },
  'GET /api/v1/cooperation/pairs.csv': { ...everyone(200), call: () => ({ url: '/api/v1/cooperation/pairs.csv?kind=mla&conduct=hostage-taking' }) },
  'GET /api/v1/cooperation/pairs.xlsx': { ...everyone(200), call: () => ({ url: '/api/v1/cooperation/pairs.xlsx?kind=mla&conduct=hostage-taking' }) },
  // Issue 12: documents. The template is public; a request's documents are for those who may read its content (the
  // requesting authority's practitioners, none of these callers): to everyone else the request does not exist.
  'GET /api/v1/cooperation/request-templates/:kind': {
    ...everyone(200),
    call: () => ({ url: '/api/v1/cooperation/request-templates/extradition?lang=ar' }),
  },
  'GET /api/v1/cooperation/requests/:id/document.docx': {
    ...everyone(404),
    call: () => ({ url: `/api/v1/cooperation/requests/${fx.sentCooperationRequest}/document.docx?language=en` }),
    why: 'a request FRA sent to AFG, its content not shared: AFG’s focal point is no practitioner of either side',
  },
  'GET /api/v1/cooperation/requests/:id/document.html': {
    ...everyone(404),
    call: () => ({ url: `/api/v1/cooperation/requests/${fx.sentCooperationRequest}/document.html?language=en` }),
  },
  'GET /api/v1/cooperation/conducts': everyone(200),
  // The Secretary-General's report (issue 14 §3): drafts held by the coordinator's organisation; only coordinators.
  'POST /api/v1/reports': {
    ...coordinatorsOnly(201),
    call: () => ({ body: REPORT_BODY }),
  },
  'GET /api/v1/reports': coordinatorsOnly(200),
  'GET /api/v1/reports/:id': { ...coordinatorsOnly(200), call: async () => ({ url: `/api/v1/reports/${await coordinatorReport()}` }) },
  'PATCH /api/v1/reports/:id': {
    ...coordinatorsOnly(200),
    call: async () => ({ url: `/api/v1/reports/${await coordinatorReport(true)}`, body: { title: 'Renamed', version: 1 } }),
    why: 'a fresh draft each',
  },
  'POST /api/v1/reports/:id/refresh': {
    ...coordinatorsOnly(200),
    call: async () => ({ url: `/api/v1/reports/${await coordinatorReport(true)}/refresh`, body: { version: 1 } }),
    why: 'a fresh draft each',
  },
  'GET /api/v1/reports/:id/figures/:figureId/records': {
    ...coordinatorsOnly(200),
    call: async () => ({ url: `/api/v1/reports/${await coordinatorReport()}/figures/activities.total.all/records` }),
  },
  'GET /api/v1/reports/:id/report.docx': { ...coordinatorsOnly(200), call: async () => ({ url: `/api/v1/reports/${await coordinatorReport()}/report.docx` }) },
  'GET /api/v1/reports/:id/report.xlsx': { ...coordinatorsOnly(200), call: async () => ({ url: `/api/v1/reports/${await coordinatorReport()}/report.xlsx?lang=fr` }) },

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
  'POST /api/v1/auth/second-factor/recovery-codes': {
    ...signedInOnly(200),
    call: async (who) => ({ as: await freshAccount(who, { secondFactor: true }), body: { password: PASSWORD } }),
    why: 'a fresh account each, with a second factor; anyone with one may replace their own recovery codes',
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
  'GET /api/v1/setup': {
    ...everyone(200),
    call: () => ({ url: '/api/v1/setup?token=setup-link-nobody-holds-0123456789' }),
    why: 'public: whoever holds the link may ask whether it still works (it answers usable: false here)',
  },
  'POST /api/v1/setup': {
    ...everyone(400),
    call: () => ({
      url: '/api/v1/setup',
      body: { token: 'setup-link-nobody-holds-0123456789', email: 'first.admin@example.org', displayName: 'First Admin' },
    }),
    why: 'public, and only with the setup link, which stops working once an administrator exists (token_invalid)',
  },
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
  // Anyone may search; each finds what they may read (the scope inside the query: search.repo.test.ts).
  'GET /api/v1/search': { ...everyone(200), call: () => ({ url: '/api/v1/search?q=terrorism' }) },
  'GET /api/v1/funding/donors/:id': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 200,
    why: 'the entities read all funding; a donor’s representative reads its own donor’s page (another donor’s is a 404)',
    call: () => ({ url: `/api/v1/funding/donors/${fx.orgs.donor}` }),
  },
  'GET /api/v1/funding/exports/contributions': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 200,
    why: 'a donor’s representative gets its own donor’s contributions only',
  },
  'GET /api/v1/funding/exports/iati': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 200,
    why: 'a donor’s representative gets the records its own money funded, where it may read them',
  },
  // The books: the entities' people and the donor's representative read (a donor its own donor's, here the fixture's
  // donor); only the receiving entity's officers write. Each write gets a fresh contribution of its own.
  'GET /api/v1/funding/contributions': funders(200),
  'POST /api/v1/funding/contributions': {
    ...bookkeeper(201),
    call: () => ({ body: { kind: 'contribution', form: 'cash', donorOrganisationId: fx.orgs.donor, recipientOrganisationId: fx.orgs.unodc, date: '2014-01-20', amount: '100', currency: 'USD' } }),
  },
  'GET /api/v1/funding/contributions/:id': { ...funders(200), call: async () => ({ url: `/api/v1/funding/contributions/${await freshContribution()}` }) },
  'PATCH /api/v1/funding/contributions/:id': {
    ...bookkeeper(200),
    call: async () => ({ url: `/api/v1/funding/contributions/${await freshContribution()}`, body: { notes: 'Corrected', version: 1 } }),
  },
  'POST /api/v1/funding/contributions/:id/allocations': {
    ...bookkeeper(201),
    call: async () => ({ url: `/api/v1/funding/contributions/${await freshContribution()}/allocations`, body: { activityId: fx.afgActivity, date: '2014-02-01', amount: '10' } }),
  },
  'POST /api/v1/funding/allocations/:id/expenditures': {
    ...bookkeeper(201),
    call: async () => {
      const allocation = await buildAllocation(db(), { contributionId: await freshContribution(), activityId: fx.afgActivity }, TEST_NOW);
      return { url: `/api/v1/funding/allocations/${allocation.id}/expenditures`, body: { date: '2014-03-01', amount: '5' } };
    },
  },
  'GET /api/v1/funding/balances': funders(200),
  'GET /api/v1/funding/exchange-rates': funders(200),
  'POST /api/v1/funding/exchange-rates': {
    ...bookkeeper(201),
    why: 'rate tables are imported by any officer of an assisting entity',
    call: () => ({ body: { source: 'Matrix rates', fileName: 'rates.csv', content: 'currency,date,units_per_usd\nEUR,2014-01-02,0.733\n' } }),
  },
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
  // The library (issue 13): an AFG law (State-restricted, held by the AFG authority) and its provisions; the offline
  // bundle reads as the file does.
  'GET /api/v1/documents/:id/offline': {
    anonymous: 404, admin: 404, officer: 404, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/documents/${fx.afgDocument}/offline` }),
  },
  'GET /api/v1/documents/:id/provisions': {
    anonymous: 404, admin: 404, officer: 404, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/documents/${fx.afgLaw}/provisions` }),
  },
  'GET /api/v1/documents/:id/provisions/:provisionId': {
    anonymous: 404, admin: 404, officer: 404, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/documents/${fx.afgLaw}/provisions/${fx.afgProvision}` }),
  },
  'POST /api/v1/documents/:id/provisions': {
    anonymous: 401, admin: 403, officer: 404, coordinator: 403, focalSame: 201, focalOther: 404, donor: 404,
    call: (who) => ({ url: `/api/v1/documents/${fx.afgLaw}/provisions`, body: { label: `Article by ${who}` } }),
    why: 'who may change the law changes its provisions; its readers read them',
  },
  'PATCH /api/v1/documents/:id/provisions/:provisionId': {
    anonymous: 401, admin: 403, officer: 404, coordinator: 403, focalSame: 200, focalOther: 404, donor: 404,
    call: (who) => ({ url: `/api/v1/documents/${fx.afgLaw}/provisions/${fx.afgProvision}`, body: { text: `Seen by ${who}` } }),
    why: 'as for POST',
  },
  'DELETE /api/v1/documents/:id/provisions/:provisionId': {
    anonymous: 401, admin: 403, officer: 404, coordinator: 403, focalSame: 204, focalOther: 404, donor: 404,
    call: async () => ({ url: `/api/v1/documents/${fx.afgLaw}/provisions/${await addAfgProvision()}` }),
    why: 'a fresh provision each; as for POST',
  },

  // The mandate registry (issue 14): resolutions are public documents; UN entities' officers and coordinators import
  // and correct them. Each write gets a resolution of its own (the shipped 51/241 under another number).
  'GET /api/v1/mandates/resolutions': everyone(200),
  'GET /api/v1/mandates/vocabularies': everyone(200),
  'GET /api/v1/mandates/resolutions/:id': {
    ...everyone(200),
    call: async () => ({ url: `/api/v1/mandates/resolutions/${(await freshResolution()).id}` }),
  },
  'POST /api/v1/mandates/resolutions': {
    anonymous: 401, admin: 403, officer: 201, coordinator: 201, focalSame: 403, focalOther: 403, donor: 403,
    call: () => ({ body: { content: resolutionText(), language: 'en' } }),
    why: 'the assisting entities import; States, donors and an administrator without membership do not',
  },
  'PATCH /api/v1/mandates/resolutions/:id/paragraphs/:paragraphId': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 403,
    call: async (who) => {
      const r = await freshResolution();
      return { url: `/api/v1/mandates/resolutions/${r.id}/paragraphs/${r.paragraphId}`, body: { asks: `Read by ${who}`, version: 1 } };
    },
    why: 'as for the import; public records, so others get 403, not 404',
  },

  // Legislation (issue 13): public reads, like treaty status; assessments by source (the State's own people, an
  // entity's officer from an activity, a UN officer or coordinator for a review), withdrawn by their organisation.
  'GET /api/v1/legislation/checklists': everyone(200),
  'GET /api/v1/legislation/checklists/:instrumentId': { ...everyone(200), call: () => ({ url: '/api/v1/legislation/checklists/financing1999' }) },
  'GET /api/v1/legislation/matrix': everyone(200),
  'GET /api/v1/states/:code/legislation': { ...everyone(200), call: () => ({ url: '/api/v1/states/AFG/legislation' }) },
  'POST /api/v1/legislation/assessments': {
    anonymous: 401, admin: 403, officer: 201, coordinator: 201, focalSame: 201, focalOther: 403, donor: 403,
    call: (who) => ({ body: assessmentBody(who === 'officer' || who === 'coordinator' ? 'review' : 'state') }),
    why: "AFG's people assess for the State, UN officers and coordinators review; not another State's, a donor or an "
      + 'administrator without membership',
  },
  'DELETE /api/v1/legislation/assessments/:id': {
    anonymous: 401, admin: 403, officer: 403, coordinator: 403, focalSame: 204, focalOther: 403, donor: 403,
    call: async () => ({ url: `/api/v1/legislation/assessments/${await freshAfgAssessment()}` }),
    why: 'a fresh assessment by the AFG authority each; assessments are public, so others get 403, not 404',
  },

  // Assistance requests (H1): never public. An AFG request, submitted, addressed to UNODC (the officer's entity) by
  // the AFG authority: its State, its entity and the coordinators see it; to the others it does not exist. A draft is
  // the State's own; focal points ask and officers record; events are the workflow's (request-workflow.ts).
  'GET /api/v1/assistance-requests': signedInOnly(200),
  'GET /api/v1/assistance-requests/export': signedInOnly(200),
  'POST /api/v1/assistance-requests': {
    anonymous: 401, admin: 403, officer: 403, coordinator: 403, focalSame: 201, focalOther: 403, donor: 403,
    call: () => ({ body: requestDraft() }),
    why: 'for AFG, addressed to UNODC: a focal point asks for their own State; an officer only records a note verbale',
  },
  'GET /api/v1/assistance-requests/:id': {
    anonymous: 401, admin: 404, officer: 200, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/assistance-requests/${fx.afgRequest}` }),
  },
  'PATCH /api/v1/assistance-requests/:id': {
    anonymous: 401, admin: 403, officer: 404, coordinator: 403, focalSame: 200, focalOther: 404, donor: 403,
    call: async () => ({
      url: `/api/v1/assistance-requests/${(await afgRequest('draft')).id}`,
      body: { priorities: 'Within the year.' },
    }),
    why: "a fresh AFG draft each: the State's own (invisible to the entity until submitted)",
  },
  'DELETE /api/v1/assistance-requests/:id': {
    anonymous: 401, admin: 403, officer: 404, coordinator: 403, focalSame: 204, focalOther: 404, donor: 403,
    call: async () => ({ url: `/api/v1/assistance-requests/${(await afgRequest('draft')).id}` }),
    why: "a fresh AFG draft each: the State's own to throw away (invisible to the entity until submitted)",
  },
  'POST /api/v1/assistance-requests/:id/transitions': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 403, focalSame: 403, focalOther: 404, donor: 403,
    call: async () => ({
      url: `/api/v1/assistance-requests/${(await afgRequest('submitted')).id}/transitions`,
      body: { event: 'start-review' },
    }),
    why: 'a fresh submitted AFG request each; starting the review is the addressed entity’s move, not the State’s',
  },
  'POST /api/v1/assistance-requests/:id/messages': {
    anonymous: 401, admin: 404, officer: 201, coordinator: 403, focalSame: 201, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/assistance-requests/${fx.afgRequest}/messages`, body: { body: 'When could we meet?' } }),
    why: 'the State and the entity talk; a coordinator reads the request but takes no part',
  },

  // Notifications (H4): one's own notifications and subscriptions; a subscription's feed, whose secret is the
  // credential (a feed reader cannot sign in). Another person's subscription is not found.
  'GET /api/v1/me/notifications': signedInOnly(200),
  'POST /api/v1/me/notifications/read': { ...signedInOnly(200), call: () => ({ body: { all: true } }) },
  'GET /api/v1/me/subscriptions': signedInOnly(200),
  'POST /api/v1/me/subscriptions': {
    ...signedInOnly(201),
    call: () => ({ body: { kind: 'theme', value: 'victims', email: true } }),
    why: 'anyone signed in may follow anything: notifications go only to people who may see each record',
  },
  'PATCH /api/v1/me/subscriptions/:id': {
    ...everyone(404),
    anonymous: 401,
    focalSame: 200,
    call: async () => ({ url: await newSubscriptionUrl(), body: { email: true } }),
    why: "a new subscription of the AFG focal point's: theirs to change; nobody else's",
  },
  'DELETE /api/v1/me/subscriptions/:id': {
    ...everyone(404),
    anonymous: 401,
    focalSame: 204,
    call: async () => ({ url: await newSubscriptionUrl() }),
    why: "a new subscription of the AFG focal point's: theirs to delete; nobody else's",
  },
  'GET /api/v1/feeds/:token.atom': {
    ...everyone(200),
    call: () => ({ url: fx.feedPath }),
    why: "the AFG focal point's feed: whoever holds its secret URL reads it, as its subscriber sees it",
  },

  // Delivery (H2): an AFG State-restricted activity, programme and strategy. The activity and programme are held by
  // UNODC (the officer's entity), the strategy by the AFG authority: their holders, their State and the coordinators
  // see them; to the others they do not exist. Officers plan activities and programmes; a State's focal point, an
  // officer or a coordinator records its strategy; results are written by the delivering entity.
  'GET /api/v1/activities': everyone(200),
  'GET /api/v1/activities/export': everyone(200),
  'POST /api/v1/activities/overlap-check': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 403, focalSame: 403, focalOther: 403, donor: 403,
    call: () => ({ body: { stateCodes: ['AFG'], themes: ['victims'], startDate: '2026-04-01', endDate: '2026-04-02' } }),
    why: 'a dry run of the plan form: officers only',
  },
  'POST /api/v1/activities': {
    anonymous: 401, admin: 403, officer: 201, coordinator: 403, focalSame: 403, focalOther: 403, donor: 403,
    call: () => ({ body: deliveryActivityBody() }),
    why: "an AFG activity of the caller's entity: officers deliver",
  },
  'GET /api/v1/activities/:id': {
    anonymous: 404, admin: 404, officer: 200, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/activities/${fx.afgActivity}` }),
  },
  'PATCH /api/v1/activities/:id': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 403, focalSame: 403, focalOther: 403, donor: 403,
    call: (who) => ({ url: `/api/v1/activities/${fx.afgActivity}`, body: { followUp: `Seen by ${who}` } }),
    why: "only officers may ever change an activity (403 before the record is looked up); UNODC's own does",
  },
  'POST /api/v1/activities/:id/results': {
    anonymous: 401, admin: 403, officer: 201, coordinator: 403, focalSame: 403, focalOther: 404, donor: 403,
    call: () => ({ url: `/api/v1/activities/${fx.afgActivity}/results`, body: { kind: 'other', date: '2026-04-10' } }),
    why: 'the delivering entity records results; its State and the coordinators see the activity but may not',
  },
  'GET /api/v1/results': everyone(200),
  'GET /api/v1/results/export': everyone(200),
  'GET /api/v1/results/summary': everyone(200),
  'GET /api/v1/mandates': everyone(200),
  'GET /api/v1/programmes': everyone(200),
  'GET /api/v1/programmes/export': everyone(200),
  'POST /api/v1/programmes': {
    anonymous: 401, admin: 403, officer: 201, coordinator: 403, focalSame: 403, focalOther: 403, donor: 403,
    call: () => ({ body: { code: unique('PRG'), kind: 'thematic', names: { en: 'Thematic programme' } } }),
  },
  'GET /api/v1/programmes/:id': {
    anonymous: 404, admin: 404, officer: 200, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/programmes/${fx.afgProgramme}` }),
  },
  'PATCH /api/v1/programmes/:id': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 403, focalSame: 403, focalOther: 403, donor: 403,
    call: (who) => ({ url: `/api/v1/programmes/${fx.afgProgramme}`, body: { description: `Seen by ${who}` } }),
  },
  'GET /api/v1/strategies': everyone(200),
  'GET /api/v1/strategies/export': everyone(200),
  'POST /api/v1/strategies': {
    anonymous: 401, admin: 403, officer: 201, coordinator: 201, focalSame: 201, focalOther: 403, donor: 403,
    call: () => ({ body: { scope: 'national', stateCodes: ['AFG'], title: unique('AFG strategy'), stage: 'drafting' } }),
    why: "an AFG strategy held by the caller's organisation: a focal point records their own State's only",
  },
  'GET /api/v1/strategies/:id': {
    anonymous: 404, admin: 404, officer: 404, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/strategies/${fx.afgStrategy}` }),
  },
  'PATCH /api/v1/strategies/:id': {
    anonymous: 401, admin: 403, officer: 404, coordinator: 403, focalSame: 200, focalOther: 404, donor: 403,
    call: (who) => ({ url: `/api/v1/strategies/${fx.afgStrategy}`, body: { notes: `Seen by ${who}` } }),
    why: 'the AFG authority keeps it; a coordinator sees it but may not change it',
  },

  // The directory of competent authorities as files: anyone downloads what they may read (the file's contents are
  // per reader: src/http/routes/v1/cooperation/directory-files.routes.test.ts); importing an AFG file is for AFG's own
  // people and UN officers.
  'GET /api/v1/cooperation/authorities.csv': everyone(200),
  'GET /api/v1/cooperation/authorities.html': everyone(200),
  'GET /api/v1/cooperation/authorities/file-layout': everyone(200),
  'POST /api/v1/cooperation/authorities/import': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 200, focalOther: 403, donor: 403,
    call: () => ({ url: '/api/v1/cooperation/authorities/import?dryRun=true', form: directoryForm() }),
    why: "a dry run of an AFG file: the State's own people and UN officers import; another State's focal point may not",
  },

  // Coordination, needs and gaps (H3). Cross-entity views are for coordination readers (UN entities' and regional
  // organisations' people, coordinators). An overlap pairs an activity of UNODC's (the officer's entity) with one of
  // CTED's. The need is State-restricted, about AFG, held by the AFG authority (written by afgColleague). A State's
  // gaps are read by its focal points and coordination readers; others are refused (403: which States exist is public).
  'GET /api/v1/coordination/who-does-what-where': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 403,
  },
  'GET /api/v1/coordination/who-does-what-where/export': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 403,
  },
  'GET /api/v1/coordination/overlaps': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 403,
  },
  'GET /api/v1/coordination/overlaps/export': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 403,
  },
  'POST /api/v1/coordination/overlaps/:id/resolution': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 403,
    call: async () => ({ url: `/api/v1/coordination/overlaps/${await freshOverlap()}/resolution`, body: { resolution: 'coordinated', comment: 'Joint agenda.' } }),
    why: "a fresh open overlap each, UNODC's activity with CTED's: coordinators and the entities' officers resolve",
  },
  'GET /api/v1/coordination/gaps': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 403,
  },
  'GET /api/v1/coordination/gaps/export': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 403, focalOther: 403, donor: 403,
  },
  'GET /api/v1/participants/:code/gaps': {
    anonymous: 401, admin: 403, officer: 200, coordinator: 200, focalSame: 200, focalOther: 403, donor: 403,
    call: () => ({ url: '/api/v1/participants/AFG/gaps' }),
    why: "AFG's gaps: its focal points and coordination readers",
  },
  'GET /api/v1/needs': signedInOnly(200),
  'GET /api/v1/needs/export': signedInOnly(200),
  'GET /api/v1/needs/uncovered': signedInOnly(200),
  'GET /api/v1/needs/uncovered/export': signedInOnly(200),
  'POST /api/v1/needs': {
    anonymous: 401, admin: 403, officer: 201, coordinator: 201, focalSame: 201, focalOther: 403, donor: 403,
    call: () => ({ body: needBody() }),
    why: "an AFG need held by the caller's organisation: a focal point records their own State's only",
  },
  'GET /api/v1/needs/:id': {
    anonymous: 401, admin: 404, officer: 404, coordinator: 200, focalSame: 200, focalOther: 404, donor: 404,
    call: () => ({ url: `/api/v1/needs/${fx.afgNeed}` }),
  },
  'PATCH /api/v1/needs/:id': {
    anonymous: 401, admin: 403, officer: 404, coordinator: 403, focalSame: 200, focalOther: 404, donor: 403,
    call: (who) => ({ url: `/api/v1/needs/${fx.afgNeed}`, body: { description: `Seen by ${who}` } }),
    why: 'the AFG authority keeps it; a coordinator sees it but may not change it',
  },

  // The cooperation register (issue 11 §1): bilateral treaties and States' declarations are public facts. The State's
  // people record those of their State (a pair including it); administrators and UN officers (coordinators included)
  // any. The records are AFG's (an AFG–PAK treaty, an AFG declaration), fresh for each change; focalOther is FRA's.
  'GET /api/v1/cooperation/bilateral-treaties': everyone(200),
  'GET /api/v1/cooperation/bilateral-treaties/:id': {
    ...everyone(200),
    call: () => ({ url: `/api/v1/cooperation/bilateral-treaties/${fx.afgTreaty}` }),
  },
  'POST /api/v1/cooperation/bilateral-treaties': {
    ...registerKeepers(201),
    call: () => ({ body: bilateralBody() }),
    why: 'an AFG–PAK treaty: not FRA’s to record',
  },
  'PATCH /api/v1/cooperation/bilateral-treaties/:id': {
    ...registerKeepers(200),
    call: async (who) => ({ url: `/api/v1/cooperation/bilateral-treaties/${await freshRegisterEntry('bilateral-treaties', who)}`, body: { notes: `Seen by ${who}`, version: 1 } }),
  },
  'DELETE /api/v1/cooperation/bilateral-treaties/:id': {
    ...registerKeepers(204),
    call: async (who) => ({ url: `/api/v1/cooperation/bilateral-treaties/${await freshRegisterEntry('bilateral-treaties', who)}` }),
  },
  'POST /api/v1/cooperation/bilateral-treaties/import': {
    ...registerKeepers(200),
    focalOther: 200,
    call: () => ({
      url: '/api/v1/cooperation/bilateral-treaties/import?dryRun=true',
      form: multipart({}, { name: 'treaties.csv', content: Buffer.from(`kind,state_a,state_b,title,source\nmla,AFG,PAK,${unique('MLA')},Gazette\n`) }),
    }),
    why: 'a dry run: FRA’s focal point may import their own pairs, and is told this row is not one',
  },
  'GET /api/v1/cooperation/declarations': everyone(200),
  'GET /api/v1/cooperation/declarations/:id': {
    ...everyone(200),
    call: () => ({ url: `/api/v1/cooperation/declarations/${fx.afgDeclaration}` }),
  },
  'POST /api/v1/cooperation/declarations': {
    ...registerKeepers(201),
    call: () => ({ body: declarationBody() }),
    why: 'an AFG declaration: not FRA’s to record',
  },
  'PATCH /api/v1/cooperation/declarations/:id': {
    ...registerKeepers(200),
    call: async (who) => ({ url: `/api/v1/cooperation/declarations/${await freshRegisterEntry('declarations', who)}`, body: { text: `Seen by ${who}`, version: 1 } }),
  },
  'DELETE /api/v1/cooperation/declarations/:id': {
    ...registerKeepers(204),
    call: async (who) => ({ url: `/api/v1/cooperation/declarations/${await freshRegisterEntry('declarations', who)}` }),
  },

  // The directory of competent authorities (issue 11 §3): anyone reads (what each reader sees of an entry is tested
  // in src/http/routes/v1/cooperation/authorities.routes.test.ts); only the State's own people keep its entries.
  // The entries are AFG's, fresh for each change; focalOther is FRA's.
  'GET /api/v1/cooperation/authorities': everyone(200),
  'GET /api/v1/cooperation/authorities/:id': {
    ...everyone(200),
    call: async () => ({ url: `/api/v1/cooperation/authorities/${await freshAuthority()}` }),
  },
  'GET /api/v1/cooperation/authorities/:id/history': {
    ...everyone(200),
    call: async () => ({ url: `/api/v1/cooperation/authorities/${await freshAuthority()}/history` }),
  },
  'POST /api/v1/cooperation/authorities': {
    ...statesOwnPeople(201),
    call: () => ({ body: { stateCode: 'AFG', kind: 'extradition', name: unique('Extradition desk'), channels: ['diplomatic'] } }),
    why: "an AFG entry: AFG's people keep it; not administrators, UN officers or another State's focal point",
  },
  'PATCH /api/v1/cooperation/authorities/:id': {
    ...statesOwnPeople(200),
    call: async () => ({ url: `/api/v1/cooperation/authorities/${await freshAuthority()}`, body: { urgentProcedure: 'By e-mail first.', version: 1 } }),
  },
  'POST /api/v1/cooperation/authorities/:id/confirm': {
    ...statesOwnPeople(200),
    call: async () => ({ url: `/api/v1/cooperation/authorities/${await freshAuthority()}/confirm`, body: { version: 1 } }),
  },
  'DELETE /api/v1/cooperation/authorities/:id': {
    ...statesOwnPeople(204),
    call: async (who) => ({
      url: `/api/v1/cooperation/authorities/${await freshAuthority()}`,
      as: { ...(fx.headers[who] ?? {}), 'if-match': '"v1"' },
    }),
  },

  // Issue 12: tracking. A request sent by France's central authority to Afghanistan: none of these callers practises
  // in either authority (a focal point is not a practitioner), so each is told it does not exist. Who may act on it is
  // in routes/v1/cooperation/request-tracking.routes.test.ts. The figures for the report are public.
  'GET /api/v1/cooperation/requests/statistics': { ...everyone(200), call: () => ({ url: '/api/v1/cooperation/requests/statistics?year=2026&kind=mla' }) },
  'POST /api/v1/cooperation/requests/:id/transitions': {
    ...everyone(404),
    why: 'parties only, the public included: another State’s people, donors and administrators get 404',
    call: () => ({ url: `/api/v1/cooperation/requests/${fx.sentCooperationRequest}/transitions`, body: { event: 'receive', version: 1 } }),
  },
  'GET /api/v1/cooperation/requests/:id/messages': {
    ...everyone(404),
    call: () => ({ url: `/api/v1/cooperation/requests/${fx.sentCooperationRequest}/messages` }),
  },
  'POST /api/v1/cooperation/requests/:id/messages': {
    ...everyone(404),
    call: () => ({ url: `/api/v1/cooperation/requests/${fx.sentCooperationRequest}/messages`, body: { body: 'Any news?' } }),
  },
  // Issue 12: drafting
  // Requests for MLA and extradition are their parties' alone: the requesting State authority's practitioners (and
  // the people it names), the requested State's practitioners once sent. None of these callers is one, so each gets
  // what an unknown id gets (404), the public included; the parties' own answers are in
  // src/http/routes/v1/cooperation/requests.routes.test.ts. The drafts are AFG's, to FRA, fresh for each change.
  'GET /api/v1/cooperation/requests': { ...everyone(200), why: 'a list of what the caller is a party to: empty for each of them' },
  'POST /api/v1/cooperation/requests': {
    ...everyone(404),
    call: () => ({ body: { kind: 'mla', requestedStateCode: 'FRA' } }),
    why: 'only central-authority practitioners of a State authority draft requests',
  },
  'GET /api/v1/cooperation/requests/:id': { ...everyone(404), call: async () => ({ url: await freshCooperationRequest() }) },
  'PATCH /api/v1/cooperation/requests/:id': {
    ...everyone(404),
    call: async () => ({ url: await freshCooperationRequest(), body: { contentShared: true, version: 1 } }),
  },
  'DELETE /api/v1/cooperation/requests/:id': {
    ...everyone(404),
    call: async (who) => ({ url: await freshCooperationRequest(), as: { ...(fx.headers[who] ?? {}), 'if-match': '"v1"' } }),
  },
  'POST /api/v1/cooperation/requests/:id/duplicate': {
    ...everyone(404),
    call: async () => ({ url: `${await freshCooperationRequest()}/duplicate`, body: { requestedStateCode: 'DEU' } }),
  },
  'PUT /api/v1/cooperation/requests/:id/shares': {
    ...everyone(404),
    call: async () => ({ url: `${await freshCooperationRequest()}/shares`, body: { userIds: [], version: 1 } }),
  },
  'GET /api/v1/cooperation/requests/:id/share-candidates': {
    ...everyone(404),
    call: async () => ({ url: `${await freshCooperationRequest()}/share-candidates` }),
  },
  'POST /api/v1/cooperation/requests/:id/attachments': {
    ...everyone(404),
    call: async () => ({ url: `${await freshCooperationRequest()}/attachments`, form: multipart({ title: unique('Bank records') }, { name: 'records.pdf', content: SAMPLES.pdf() }) }),
  },
  'DELETE /api/v1/cooperation/requests/:id/attachments/:documentId': {
    ...everyone(404),
    call: async () => ({ url: `${await freshCooperationRequest()}/attachments/${randomUUID()}` }),
  },
};

let t: Awaited<ReturnType<typeof buildTestServer>>;
const db = () => t.database.db;

/** A fresh AFG directory entry (version 1), so that each caller's change meets an untouched one. */
async function freshAuthority(): Promise<string> {
  const row = await insertAuthority(db(), { stateCode: 'AFG', name: unique('Central authority desk'), channels: ['direct'] }, TEST_NOW);
  return row.id;
}

/** The URL of a fresh AFG draft to FRA, held by the AFG authority. */
async function freshCooperationRequest(): Promise<string> {
  const { id } = await buildCooperationRequest(db(), { requestingOrganisationId: fx.orgs.afg, at: TEST_NOW });
  return `/api/v1/cooperation/requests/${id}`;
}

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
  /** The same, of kind national-legislation, with one provision. */
  afgLaw: '',
  afgProvision: '',
  /** The link of a pending invitation to the AFG authority. */
  invitationToken: '',
  /** A submitted AFG request from the AFG authority, addressed to UNODC (assistance requests). */
  afgRequest: '',
  /** The path of the Atom feed of a subscription of focalSame's (notifications). */
  feedPath: '',  /** Delivery (H2): State-restricted AFG records: an activity and a programme of UNODC's, a strategy of the AFG authority's. */
  afgActivity: '',
  afgProgramme: '',
  afgStrategy: '',
  /** Coordination (H3): a State-restricted AFG need held by the AFG authority; a public assessment to cite. */
  afgNeed: '',
  publicAssessment: '',
  /** The cooperation register: an AFG–PAK bilateral treaty and an AFG declaration. */
  afgTreaty: '',
  afgDeclaration: '',
  /** A request for MLA sent by the FRA authority to AFG (issue 12). */
  sentCooperationRequest: '',
  /** A provision of a public AFG national law (issue 13). */
  afgLawProvision: '',
};

/** An assessment of AFG's incorporation of the Financing Convention's offences, on a provision of a public AFG law. */
function assessmentBody(source: 'state' | 'review') {
  return { stateCode: 'AFG', instrumentId: 'financing1999', requirementId: 'financing1999:offences', status: 'covered', source, provisionId: fx.afgLawProvision };
}

async function freshAfgAssessment(): Promise<string> {
  const res = await send('POST', '/api/v1/legislation/assessments', fx.afgColleagueHeaders, assessmentBody('state'));
  if (res.statusCode !== 201) throw new Error(`recording an AFG assessment: ${res.statusCode} ${res.body}`);
  return res.json().data.id;
}

/** Who keeps the register for AFG: its people, administrators and UN officers; not FRA's, nor donors. */
function registerKeepers(status: number): Statuses {
  return { anonymous: 401, admin: status, officer: status, coordinator: status, focalSame: status, focalOther: 403, donor: 403 };
}

function bilateralBody() {
  return { kind: 'mla', stateA: 'PAK', stateB: 'AFG', title: unique('MLA treaty'), source: 'Gazette' };
}

function declarationBody() {
  return { stateCode: 'AFG', instrumentId: 'untoc2000', kind: 'other', article: unique('16'), source: 'UNTC' };
}

/** A new AFG register entry (recorded by an administrator), as its id. */
async function freshRegisterEntry(what: 'bilateral-treaties' | 'declarations', who: Caller): Promise<string> {
  const body = what === 'bilateral-treaties' ? bilateralBody() : declarationBody();
  const res = await send('POST', `/api/v1/cooperation/${what}`, fx.headers.admin, { ...body, ...(what === 'declarations' ? { text: who } : { notes: who }) });
  if (res.statusCode !== 201) throw new Error(`recording an AFG ${what} entry: ${res.statusCode} ${res.body}`);
  return res.json().data.id;
}
let passwordHash = '';

/** A valid AFG activity, planned by the caller's entity (delivery). */
function deliveryActivityBody() {
  return {
    title: unique('AFG workshop'), kind: 'national-workshop', stateCodes: ['AFG'], themes: ['victims'], startDate: '2026-04-01',
    endDate: '2026-04-02', online: true, languages: ['en'],
  };
}

/** Their roles require a second factor: their accounts have one. */
const SECOND_FACTOR_REQUIRED: readonly Caller[] = ['admin', 'officer'];

/** Who each caller is. */
/** A contribution of the fixture's donor received by UNODC (the officer's entity), for a write of its own. */
async function freshContribution(): Promise<string> {
  return (await buildContribution(db(), { donorOrganisationId: fx.orgs.donor, recipientOrganisationId: fx.orgs.unodc }, TEST_NOW)).id;
}

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

/** A new subscription of the AFG focal point's (to an entity made for it), as its URL. */
async function newSubscriptionUrl(): Promise<string> {
  const entity = await buildOrganisation(db(), { kind: 'un-entity', name: unique('Followed') });
  const created = await send('POST', '/api/v1/me/subscriptions', fx.headers.focalSame, { kind: 'entity', value: entity.id });
  return `/api/v1/me/subscriptions/${created.json().data.id}`;
}

function send(method: string, url: string, headers: Headers, body?: Record<string, unknown>) {
  return t.app.inject({ method: method as 'GET', url, headers, ...(body ? { payload: body } : {}) });
}

/** The shipped A/RES/51/241 under a number of its own (a fresh resolution for each call). */
let resolutionNumber = 900;
function resolutionText(): string {
  const n = resolutionNumber++;
  return fs.readFileSync(new URL('../../data/reference/reporting/resolutions/A-RES-51-241.en.txt', import.meta.url), 'utf8').replaceAll('51/241', `51/${n}`);
}

/** A resolution imported by the officer, and its last operative paragraph. */
async function freshResolution(): Promise<{ id: string; paragraphId: string }> {
  const res = await send('POST', '/api/v1/mandates/resolutions', fx.headers.officer!, { content: resolutionText(), language: 'en' });
  if (res.statusCode !== 201) throw new Error(`importing a resolution: ${res.statusCode} ${res.body}`);
  const data = res.json().data as { id: string; paragraphs: { id: string }[] };
  return { id: data.id, paragraphId: data.paragraphs.at(-1)!.id };
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

function documentForm(extra: Record<string, string> = {}) {
  const fields = { title: unique('AFG note'), confidentiality: 'state-restricted', stateCode: 'AFG', ...extra };
  return multipart(fields, { name: 'note.pdf', content: SAMPLES.pdf() });
}

/** A directory file with one AFG authority (made-up). */
function directoryForm() {
  const csv = 'state,kind,name,channels,languages\nAFG,mla,Test authority (fictional),diplomatic,ps;en\n';
  return multipart({}, { name: 'directory.csv', content: Buffer.from(csv) });
}

/** An AFG request from the AFG authority, addressed to UNODC, written by afgColleague. */
function afgRequest(status: 'draft' | 'submitted') {
  return buildRequest(db(), {
    stateCode: 'AFG',
    requestingOrganisationId: fx.orgs.afg,
    addressedToOrganisationId: fx.orgs.unodc,
    status,
    createdBy: fx.afgColleague,
    at: TEST_NOW,
  });
}

function requestDraft() {
  return { stateCode: 'AFG', addressedToOrganisationId: fx.orgs.unodc, title: unique('AFG request'), themes: ['victims'] };
}

/** Coordination (H3): an open overlap between an AFG activity of UNODC's and one of CTED's. */
async function freshOverlap(): Promise<string> {
  const base = { stateCodes: ['AFG'], themes: ['victims'], startDate: '2026-05-04', endDate: '2026-05-06' };
  const a = await insertActivity(db(), { ...base, organisationId: fx.orgs.unodc });
  const b = await insertActivity(db(), { ...base, organisationId: fx.orgs.cted });
  return insertOverlap(db(), { activityId: a, otherActivityId: b, stateCodes: ['AFG'], themes: ['victims'], fromDate: base.startDate, toDate: base.endDate });
}

function needBody() {
  return {
    stateCode: 'AFG',
    themes: ['victims'],
    description: unique('Victims are not compensated'),
    sourceTitle: 'Assessment visit',
    sourceOrganisationId: fx.orgs.cted,
    sourceDocumentId: fx.publicAssessment,
    assessedOn: '2025-10-01',
  };
}

async function addAfgProvision(): Promise<string> {
  const res = await send('POST', `/api/v1/documents/${fx.afgLaw}/provisions`, fx.afgColleagueHeaders, { label: unique('Article') });
  if (res.statusCode !== 201) throw new Error(`adding a provision: ${res.statusCode} ${res.body}`);
  return res.json().data.id;
}

async function uploadAfgDocument(extra: Record<string, string> = {}): Promise<string> {
  const form = documentForm(extra);
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
  fx.afgLaw = await uploadAfgDocument({ kind: 'national-legislation' });
  fx.afgProvision = await addAfgProvision();
  fx.afgRequest = (await afgRequest('submitted')).id;
  fx.afgActivity = (await buildActivity(db(), { organisationId: fx.orgs.unodc, stateCodes: ['AFG'], confidentiality: 'state-restricted' }, TEST_NOW)).id;
  fx.afgProgramme = (await buildProgramme(db(), { organisationId: fx.orgs.unodc, stateCodes: ['AFG'], confidentiality: 'state-restricted' }, TEST_NOW)).id;
  fx.afgStrategy = (await buildStrategy(db(), { ownerOrganisationId: fx.orgs.afg, stateCodes: ['AFG'], confidentiality: 'state-restricted' }, TEST_NOW)).id;
  fx.afgLawProvision = (await insertLaw(db(), { ownerOrganisationId: fx.orgs.cted, stateCode: 'AFG' })).provisionIds[0]!;
  fx.publicAssessment = await insertDocument(db(), { ownerOrganisationId: fx.orgs.cted, confidentiality: 'public', stateCode: null });
  const need = await send('POST', '/api/v1/needs', fx.afgColleagueHeaders, { ...needBody(), sourceDocumentId: fx.afgDocument });
  if (need.statusCode !== 201) throw new Error(`recording an AFG need: ${need.statusCode} ${need.body}`);
  fx.afgNeed = need.json().data.id;
  fx.invitationToken = await tokenMailedTo((await inviteToAfg(fx.headers.admin)).email);
  const followed = await send('POST', '/api/v1/me/subscriptions', fx.headers.focalSame, { kind: 'state', value: 'AFG' });
  fx.feedPath = new URL(followed.json().data.feedUrl).pathname;
  fx.afgTreaty = await freshRegisterEntry('bilateral-treaties', 'admin');
  fx.afgDeclaration = await freshRegisterEntry('declarations', 'admin');
  fx.sentCooperationRequest = (
    await insertCooperationRequest(db(), { requestingOrganisationId: fx.orgs.fra, requestedStateCode: 'AFG', status: 'sent', at: TEST_NOW })
  ).id;
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
