// API tests of tracking requests between two authorities (issue 12 §2–3): France's central authority sends a request
// to Norway, Norway's practitioners record its life; the events each side may take, 409 out of order or incomplete,
// 404 for everyone else (another State's practitioners, France's focal point, donors, the public) exactly as for an
// id nobody has, the conversation, notifications and mail to both sides, the audit trail, conditional writes (ADR 19),
// feeds per authority that show a stranger nothing, and the public figures with small cells suppressed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { auditOf } from '../../../../../test/notifications.ts';
import { completeMlaContent, insertCooperationRequest, mailTo, notificationsAbout, requestVersion } from '../../../../../test/cooperation-requests.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;

const PEOPLE = ['fraPractitioner', 'fraColleague', 'named', 'norPractitioner', 'deuPractitioner', 'fraFocal', 'donor', 'admin'] as const;
type Person = (typeof PEOPLE)[number];
const headers = {} as Record<Person | 'anonymous', Record<string, string>>;
const users = {} as Record<Person, { id: string; email: string }>;
let fraAuthority: string;

const db = () => t.database.db;

async function send(method: 'GET' | 'POST', url: string, who: Person | 'anonymous', payload?: Record<string, unknown>) {
  return t.app.inject({ method, url, headers: headers[who], ...(payload ? { payload } : {}) });
}

async function newRequest(fields: Partial<Parameters<typeof insertCooperationRequest>[1]> = {}) {
  return insertCooperationRequest(db(), { requestingOrganisationId: fraAuthority, at: TEST_NOW, sharedUserIds: [users.named.id], ...fields });
}

/** Takes an event at the request's current version. */
async function take(id: string, who: Person | 'anonymous', body: Record<string, unknown>) {
  return send('POST', `/api/v1/cooperation/requests/${id}/transitions`, who, { version: await requestVersion(db(), id), ...body });
}

beforeAll(async () => {
  t = await buildTestServer([]);
  fraAuthority = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'FRA', name: 'Bureau de l’entraide pénale' })).id;
  const nor = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'NOR', name: 'Riksadvokaten' })).id;
  const deu = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'DEU' })).id;
  const inputs: Record<Person, Parameters<typeof buildUser>[1]> = {
    fraPractitioner: { role: 'central-authority-practitioner', organisation: { id: fraAuthority }, displayName: 'Claire Martin' },
    fraColleague: { role: 'central-authority-practitioner', organisation: { id: fraAuthority }, displayName: 'Paul Durand' },
    named: { role: 'entity-officer', displayName: 'Named Expert' },
    norPractitioner: { role: 'central-authority-practitioner', organisation: { id: nor }, displayName: 'Ola Nordmann' },
    deuPractitioner: { role: 'central-authority-practitioner', organisation: { id: deu } },
    fraFocal: { role: 'focal-point', organisation: { id: fraAuthority } },
    donor: { role: 'donor-representative' },
    admin: { platformAdmin: true },
  };
  // The public sends what a browser would before signing in: the double-submit CSRF cookie and token.
  const cookie = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' })).cookies.find((c) => c.name === 'accord_csrf')!;
  headers.anonymous = { cookie: `accord_csrf=${cookie.value}`, 'x-csrf-token': cookie.value };
  for (const name of PEOPLE) {
    const u = (await buildUser(db(), inputs[name], TEST_NOW)).user;
    users[name] = { id: u.id, email: u.email };
    headers[name] = (await signedIn(db(), u.id, TEST_NOW)).headers;
  }
}, 120_000);
afterAll(() => t.close());

describe('sending', () => {
  it('refuses to send an incomplete request, naming each missing item on its step', async () => {
    const content = completeMlaContent();
    content.offences = [];
    content.assistance.measures = [];
    const r = await newRequest({ content });
    const res = await take(r.id, 'fraPractitioner', { event: 'send' });
    expect(res.statusCode).toBe(409);
    const { error } = res.json();
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.params.missing).toEqual(['offences', 'assistance-sought']);
    expect(error.issues.map((i: { path: string[] }) => i.path)).toEqual([
      ['content', 'offences', 'offences'],
      ['content', 'assistance', 'assistance-sought'],
    ]);
    expect((await auditOf(db(), 'cooperation-request', r.id)).length).toBe(0);
  });

  it('sends a complete request: the reference is copied, the timeline grows, Norway is told in the app and by mail', async () => {
    const r = await newRequest();
    const res = await take(r.id, 'fraPractitioner', { event: 'send', note: 'Sent by the central authority.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"v2"');
    const data = res.json().data;
    expect(data).toMatchObject({ status: 'sent', requestingReference: 'PNAT-2026-17', sentAt: TEST_NOW.toISOString(), sides: ['requesting'] });
    expect(data.abilities).toEqual({ message: true, events: ['withdraw'] });
    expect(data.events).toEqual([
      expect.objectContaining({ event: 'create', toStatus: 'draft', side: 'requesting' }),
      expect.objectContaining({ event: 'send', fromStatus: 'draft', toStatus: 'sent', side: 'requesting', note: 'Sent by the central authority.', by: 'Claire Martin' }),
    ]);
    const told = await notificationsAbout(db(), r.id);
    expect(told.map((n) => n.userId).sort()).toEqual([users.fraColleague.id, users.named.id, users.norPractitioner.id].sort());
    expect(told.every((n) => n.kind === 'cooperation-request-transition' && n.recordType === 'cooperation-request')).toBe(true);
    // Status, event, references and States; nothing the request says.
    expect(told[0]!.params).toEqual({ reference: 'PNAT-2026-17', requestedReference: null, status: 'sent', from: 'draft', event: 'send', stateCodes: 'FRA,NOR', reason: null });
    const mail = await mailTo(db(), users.norPractitioner.email);
    expect(mail.map((m) => m.subject)).toContain('Cooperation request PNAT-2026-17 (FRA → NOR): sent');
    expect(mail.some((m) => m.text.includes('Financing of terrorism'))).toBe(false);
    const audit = await auditOf(db(), 'cooperation-request', r.id);
    expect(audit.map((a) => a.action)).toEqual(['cooperation-request:transition']);
  });
});

describe('the life of a sent request', () => {
  it('lets each side take its own events in order: 403 for the other side’s, 409 out of order', async () => {
    const r = await newRequest();
    expect((await take(r.id, 'fraPractitioner', { event: 'send' })).statusCode).toBe(200);
    expect((await take(r.id, 'fraPractitioner', { event: 'receive' })).statusCode).toBe(403);
    const early = await take(r.id, 'norPractitioner', { event: 'execute' });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'INVALID_TRANSITION']);

    const received = await take(r.id, 'norPractitioner', { event: 'receive', reference: 'RA-2026/881' });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json().data).toMatchObject({ status: 'received', requestedReference: 'RA-2026/881', receivedAt: TEST_NOW.toISOString(), sides: ['requested'] });
    // The other side sees which side acted, not who.
    expect(received.json().data.events.map((e: { by: string | null }) => e.by)).toEqual([null, null, 'Ola Nordmann']);

    expect((await take(r.id, 'norPractitioner', { event: 'start-execution' })).json().data.status).toBe('under-execution');
    expect((await take(r.id, 'norPractitioner', { event: 'request-information', note: 'Which accounts?' })).json().data.status).toBe(
      'further-information-requested',
    );
    // Providing the information returns the request to where it stood.
    expect((await take(r.id, 'fraPractitioner', { event: 'provide-information' })).json().data.status).toBe('under-execution');
    expect((await take(r.id, 'norPractitioner', { event: 'execute-partially' })).json().data.status).toBe('partially-executed');
    const done = await take(r.id, 'norPractitioner', { event: 'execute' });
    expect(done.json().data).toMatchObject({ status: 'executed', closedAt: TEST_NOW.toISOString() });
    expect(done.json().data.abilities.events).toEqual([]);
    expect((await take(r.id, 'fraPractitioner', { event: 'withdraw' })).statusCode).toBe(409);
  });

  it('asks a refusal for its ground, naming the field, and refuses fields that do not belong to the event', async () => {
    const r = await newRequest({ status: 'received' });
    const bare = await take(r.id, 'norPractitioner', { event: 'refuse' });
    expect([bare.statusCode, bare.json().error.issues[0].path]).toEqual([400, ['body', 'ground']]);
    const misplaced = await take(r.id, 'norPractitioner', { event: 'execute', ground: 'other' });
    expect([misplaced.statusCode, misplaced.json().error.issues[0].path]).toEqual([400, ['body', 'ground']]);
    const unknown = await take(r.id, 'norPractitioner', { event: 'refuse', ground: 'because' });
    expect([unknown.statusCode, unknown.json().error.issues[0].path]).toEqual([400, ['body', 'ground']]);
    const refused = await take(r.id, 'norPractitioner', { event: 'refuse', ground: 'dual-criminality' });
    expect(refused.json().data).toMatchObject({ status: 'refused', refusalGround: 'dual-criminality' });
    const told = (await notificationsAbout(db(), r.id)).filter((n) => n.userId === users.fraPractitioner.id);
    expect(told[0]!.params).toMatchObject({ status: 'refused', reason: 'dual-criminality' });
  });

  it('lets the people named on the request act for the requesting authority', async () => {
    const r = await newRequest({ status: 'further-information-requested', statusChangedAt: TEST_NOW });
    const res = await take(r.id, 'named', { event: 'provide-information' });
    expect([res.statusCode, res.json().data.status]).toEqual([200, 'received']);
  });

  it('needs the version it was made on: 428 without, 412 with the record as it is now', async () => {
    const r = await newRequest({ status: 'sent' });
    const none = await send('POST', `/api/v1/cooperation/requests/${r.id}/transitions`, 'norPractitioner', { event: 'receive' });
    expect(none.statusCode).toBe(428);
    const stale = await send('POST', `/api/v1/cooperation/requests/${r.id}/transitions`, 'norPractitioner', { event: 'receive', version: 7 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ data: { id: r.id, status: 'sent', version: 1 }, error: { code: 'PRECONDITION_FAILED' } });
  });
});

describe('who is told nothing', () => {
  const strangers = ['deuPractitioner', 'fraFocal', 'donor', 'admin', 'anonymous'] as const;

  it.each(strangers)('answers 404 to %s for every route of a sent request, as for an id nobody has', async (who) => {
    const r = await newRequest({ status: 'received' });
    for (const [method, path, body] of [
      ['POST', 'transitions', { event: 'execute', version: 1 }],
      ['GET', 'messages', undefined],
      ['POST', 'messages', { body: 'Hello' }],
    ] as const) {
      const res = await send(method, `/api/v1/cooperation/requests/${r.id}/${path}`, who, body);
      const guessed = await send(method, `/api/v1/cooperation/requests/${randomUUID()}/${path}`, who, body);
      expect([res.statusCode, method, path]).toEqual([404, method, path]);
      expect(res.json().error.code).toBe(guessed.json().error.code);
    }
    expect((await auditOf(db(), 'cooperation-request', r.id)).length).toBe(0);
  });

  it('does not show a draft to the requested State', async () => {
    const r = await newRequest();
    expect((await take(r.id, 'norPractitioner', { event: 'receive' })).statusCode).toBe(404);
    expect((await send('GET', `/api/v1/cooperation/requests/${r.id}/messages`, 'norPractitioner')).statusCode).toBe(404);
  });
});

describe('the conversation', () => {
  it('has none for a draft (409)', async () => {
    const r = await newRequest();
    expect((await send('GET', `/api/v1/cooperation/requests/${r.id}/messages`, 'fraPractitioner')).statusCode).toBe(409);
    expect((await send('POST', `/api/v1/cooperation/requests/${r.id}/messages`, 'fraPractitioner', { body: 'x' })).statusCode).toBe(409);
  });

  it('keeps the messages as written, tells the other people of both sides, and audits reads and writes', async () => {
    const r = await newRequest({ status: 'under-execution' });
    const body = '  Les relevés de 2024 sont-ils aussi disponibles ?\nMerci.  ';
    const posted = await send('POST', `/api/v1/cooperation/requests/${r.id}/messages`, 'fraPractitioner', { body });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json().data).toMatchObject({ side: 'requesting', body: body.trim(), author: 'Claire Martin' });
    expect((await send('POST', `/api/v1/cooperation/requests/${r.id}/messages`, 'norPractitioner', { body: 'Yes.' })).statusCode).toBe(201);
    expect((await send('POST', `/api/v1/cooperation/requests/${r.id}/messages`, 'norPractitioner', { body: '   ' })).statusCode).toBe(400);

    const read = await send('GET', `/api/v1/cooperation/requests/${r.id}/messages`, 'norPractitioner');
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().data.map((m: { side: string; author: string | null; body: string }) => [m.side, m.author, m.body])).toEqual([
      ['requesting', null, body.trim()],
      ['requested', 'Ola Nordmann', 'Yes.'],
    ]);
    const told = (await notificationsAbout(db(), r.id)).filter((n) => n.kind === 'cooperation-request-message');
    expect(told.map((n) => n.userId).sort()).toEqual(
      [users.norPractitioner.id, users.fraColleague.id, users.named.id, users.fraColleague.id, users.named.id, users.fraPractitioner.id].sort(),
    );
    expect(told.every((n) => !JSON.stringify(n.params).includes('relevés'))).toBe(true);
    const audit = await auditOf(db(), 'cooperation-request', r.id);
    expect(audit.map((a) => a.action)).toEqual(['cooperation-request:message', 'cooperation-request:message', 'cooperation-request:read-messages']);
    expect(JSON.stringify(audit)).not.toContain('relevés');
  });
});

describe('feeds per authority', () => {
  it('shows the requesting authority its requests’ events, and a stranger following Norway’s incoming requests nothing', async () => {
    const follow = async (who: Person, kind: string, value: string) => {
      const res = await send('POST', '/api/v1/me/subscriptions', who, { kind, value });
      expect(res.statusCode, res.body).toBe(201);
      return new URL(res.json().data.feedUrl).pathname;
    };
    const ownFeed = await follow('fraColleague', 'cooperation-requests-sent', fraAuthority);
    const norFeed = await follow('norPractitioner', 'cooperation-requests-received', 'NOR');
    const strangerFeed = await follow('deuPractitioner', 'cooperation-requests-received', 'NOR');
    expect((await send('POST', '/api/v1/me/subscriptions', 'donor', { kind: 'cooperation-requests-sent', value: users.named.id })).statusCode).toBe(400);

    const r = await newRequest();
    await take(r.id, 'fraPractitioner', { event: 'send' });
    await take(r.id, 'norPractitioner', { event: 'receive', reference: 'RA-1' });

    const read = async (path: string) => (await t.app.inject({ method: 'GET', url: path })).body;
    const own = await read(ownFeed);
    expect(own).toContain(`/en/cooperation/requests/${r.id}`);
    expect(own).toContain('Cooperation request PNAT-2026-17 (FRA → NOR): received');
    expect(own).toContain('<title>Accord — following cooperation requests sent by Bureau de l’entraide pénale</title>');
    expect(own).not.toContain('Financing of terrorism');
    // Norway's practitioner acted on receipt: told of the sending only.
    const nor = await read(norFeed);
    expect(nor).toContain(': sent');
    expect(nor).not.toContain(': received');
    const stranger = await read(strangerFeed);
    expect(stranger).not.toContain(r.id);
    expect(stranger).not.toContain('<entry>');
  });
});

describe('figures for the report', () => {
  it('are public, count sent requests of the year and kind only, and suppress small cells', async () => {
    const at = new Date('2024-05-01T00:00:00Z');
    const executed = { status: 'executed' as const, closedAt: new Date('2024-06-10T00:00:00Z') };
    for (let i = 0; i < 6; i++) await newRequest({ at, ...executed });
    for (let i = 0; i < 5; i++) await newRequest({ at, status: 'sent', requestedStateCode: 'AFG' });
    for (let i = 0; i < 2; i++) await newRequest({ at, status: 'refused', refusalGround: 'dual-criminality', requestedStateCode: 'BRA' });
    for (let i = 0; i < 9; i++) await newRequest({ at });
    await newRequest({ at, status: 'sent', kind: 'extradition' });

    const res = await send('GET', '/api/v1/cooperation/requests/statistics?year=2024&kind=mla', 'anonymous');
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data;
    expect(data).toMatchObject({ year: 2024, kind: 'mla', minimumCell: 5, total: 13, medianDaysToExecution: 40, executed: 6 });
    // FRA → NOR 6, FRA → AFG 5, FRA → BRA 2: the last alone is small, so the smallest other (5) goes with it.
    expect(data.byRegionPair).toEqual([
      { requestingRegion: 'Western European and other States', requestedRegion: 'Western European and other States', requests: 6 },
    ]);
    expect(data.refusalsByGround.every((g: { refusals: number | null }) => g.refusals === null)).toBe(true);
    expect((await send('GET', '/api/v1/cooperation/requests/statistics?year=2024', 'anonymous')).statusCode).toBe(400);
    const extradition = await send('GET', '/api/v1/cooperation/requests/statistics?year=2024&kind=extradition', 'anonymous');
    expect(extradition.json().data).toMatchObject({ total: null, byRegionPair: [], executed: null, medianDaysToExecution: null });
  });
});
