// API tests: one's notifications (unread first, read marks), subscriptions (validation, conflicts, another person's
// not found, audited) and each subscription's Atom feed (parsed back; visibility checked again when read; unknown
// secret 404). Notifications are made by notify() with a request-like event on a request row written here.
import { createHash, randomUUID } from 'node:crypto';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify, type AssistanceEvent } from '#app/accounts/support/notify.ts';
import { inTransaction } from '#app/shared/transaction.ts';
import { isMultiStateVisible, isRequestVisible } from '#domain/assistance/access.ts';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import {
  auditOf,
  insertActivity,
  insertOverlap,
  insertRequest,
  requestOf,
  subscriptionRow,
  updateActivity,
  updateRequest,
  updateUser,
} from '../../../../../test/notifications.ts';

type Headers = Record<string, string>;
let t: Awaited<ReturnType<typeof buildTestServer>>;
const db = () => t.database.db;
const orgs = { unodc: '', cted: '', afg: '' };
const ids = { afgFocal: '', unodcOfficer: '', fraFocal: '', coordinator: '' };
const as = {} as Record<keyof typeof ids, Headers>;

function send(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Headers, body?: unknown) {
  return t.app.inject({ method, url, headers, ...(body ? { payload: body as Record<string, unknown> } : {}) });
}

/** Parses strictly (saxes is a conforming XML parser): throws on anything not well-formed. */
function parseXml(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const elements: { name: string; attributes: Record<string, string>; text: string; parent: string | null }[] = [];
  const stack: (typeof elements)[number][] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = typeof v === 'string' ? v : v.value;
    const el = { name: tag.local, attributes, text: '', parent: stack.at(-1)?.name ?? null };
    elements.push(el);
    stack.push(el);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return elements;
}

const insert = (title: string) =>
  insertRequest(
    db(),
    { stateCode: 'AFG', requestingOrganisationId: orgs.afg, addressedToOrganisationId: orgs.unodc, createdBy: ids.afgFocal, title },
    TEST_NOW,
  );

/** What the requests module does when a request changes: notify in the same transaction. */
async function requestEvent(id: string, kind: AssistanceEvent['kind'], at: Date, actorUserId: string | null = ids.unodcOfficer) {
  const { record, reference, title } = await requestOf(db(), id);
  await inTransaction(db(), (tx) =>
    notify(
      tx,
      {
        kind,
        recordType: 'request',
        recordId: id,
        actorUserId,
        stateCodes: [record.stateCode],
        themes: record.themes,
        organisationIds: [record.addressedToOrganisationId],
        visibleTo: (actor) => isRequestVisible(actor, record),
        partyOrganisationIds: [record.addressedToOrganisationId, orgs.afg],
        partyStateCodes: [record.stateCode],
        params: { reference, title, status: record.status },
      },
      at,
    ),
  );
}

async function subscribe(who: keyof typeof ids, body: Record<string, unknown>) {
  const res = await send('POST', '/api/v1/me/subscriptions', as[who], body);
  if (res.statusCode !== 201) throw new Error(`subscribing: ${res.statusCode} ${res.body}`);
  return res.json().data as { id: string; feedUrl: string; label: string };
}

const feedPath = (feedUrl: string) => new URL(feedUrl).pathname;
const minutes = (n: number) => new Date(TEST_NOW.getTime() + n * 60_000);

beforeAll(async () => {
  t = await buildTestServer([]);
  orgs.unodc = (await buildOrganisation(db(), { kind: 'un-entity', name: 'UNODC' }, TEST_NOW)).id;
  orgs.cted = (await buildOrganisation(db(), { kind: 'un-entity', name: 'CTED' }, TEST_NOW)).id;
  orgs.afg = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'AFG', name: 'AFG Interior' }, TEST_NOW)).id;
  const fra = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'FRA', name: 'FRA Intérieur' }, TEST_NOW)).id;
  const person = async (key: keyof typeof ids, role: 'focal-point' | 'entity-officer' | 'coordinator', organisation: string) => {
    ids[key] = (await buildUser(db(), { role, organisation: { id: organisation } }, TEST_NOW)).user.id;
    as[key] = (await signedIn(db(), ids[key], TEST_NOW)).headers;
  };
  await person('afgFocal', 'focal-point', orgs.afg);
  await person('unodcOfficer', 'entity-officer', orgs.unodc);
  await person('fraFocal', 'focal-point', fra);
  await person('coordinator', 'coordinator', orgs.cted);
  await updateUser(db(), ids.coordinator, { languages: ['fr', 'en'] });
});
afterAll(() => t?.close());

describe('subscriptions', () => {
  it('follows a State, a theme or an entity, and returns the feed URL once, keeping only its hash', async () => {
    const created = await subscribe('afgFocal', { kind: 'state', value: 'afg', email: true });
    expect(created).toMatchObject({ value: 'AFG', label: 'Afghanistan', email: true });
    expect(created.feedUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/feeds\/[\w-]{40,}\.atom$/);
    const secret = feedPath(created.feedUrl).split('/').pop()!.replace(/\.atom$/, '');
    const row = await subscriptionRow(db(), created.id);
    expect(row!.feedTokenHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(secret);

    const theme = await send('POST', '/api/v1/me/subscriptions?lang=es', as.afgFocal, { kind: 'theme', value: 'victims' });
    expect(theme.statusCode).toBe(201);
    expect(theme.json().data).toMatchObject({ label: 'víctimas del terrorismo', email: false });
    const entity = await subscribe('afgFocal', { kind: 'entity', value: orgs.unodc });
    expect(entity.label).toBe('UNODC');

    const list = await send('GET', '/api/v1/me/subscriptions', as.afgFocal);
    expect(list.statusCode).toBe(200);
    // Made at the same instant (the test clock): no order among them.
    expect(list.json().data.map((s: { kind: string }) => s.kind).sort()).toEqual(['entity', 'state', 'theme']);
    expect(list.body).not.toContain('feed');
    // Another person's list does not hold them.
    expect((await send('GET', '/api/v1/me/subscriptions', as.fraFocal)).json().data).toEqual([]);
  });

  it('refuses what does not exist (400) and what is followed already (409)', async () => {
    const post = (body: Record<string, unknown>) => send('POST', '/api/v1/me/subscriptions', as.fraFocal, body);
    for (const [body, code] of [
      [{ kind: 'state', value: 'XYZ' }, 'unknown_state'],
      [{ kind: 'theme', value: 'knitting' }, 'unknown_theme'],
      [{ kind: 'entity', value: randomUUID() }, 'unknown_entity'],
      [{ kind: 'entity', value: 'not-an-id' }, 'unknown_entity'],
    ] as const) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'value'], code })]);
    }
    expect((await post({ kind: 'planet', value: 'Mars' })).statusCode).toBe(400);
    expect((await post({ kind: 'theme', value: 'cbrn' })).statusCode).toBe(201);
    const again = await post({ kind: 'theme', value: 'cbrn' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
    expect((await send('POST', '/api/v1/me/subscriptions', {}, { kind: 'theme', value: 'cbrn' })).statusCode).toBe(401);
  });

  it('deletes one’s own (audited, its feed gone); another person’s is not found', async () => {
    const created = await subscribe('fraFocal', { kind: 'state', value: 'FRA' });
    expect((await send('GET', feedPath(created.feedUrl), {})).statusCode).toBe(200);
    const other = await send('DELETE', `/api/v1/me/subscriptions/${created.id}`, as.afgFocal);
    expect(other.statusCode).toBe(404);
    const unknown = await send('DELETE', `/api/v1/me/subscriptions/${randomUUID()}`, as.afgFocal);
    expect([unknown.statusCode, unknown.json().error]).toEqual([404, other.json().error]);
    expect((await send('DELETE', `/api/v1/me/subscriptions/${created.id}`, as.fraFocal)).statusCode).toBe(204);
    expect((await send('GET', feedPath(created.feedUrl), {})).statusCode).toBe(404);

    const audit = await auditOf(db(), 'subscription', created.id);
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['subscription:create', `user:${ids.fraFocal}`],
      ['subscription:delete', `user:${ids.fraFocal}`],
    ]);
    expect(audit[1]!.before).toEqual({ kind: 'state', value: 'FRA', email: false });
  });
});

describe('a subscription’s e-mails', () => {
  it('turns on and off (audited when it changes); another person’s is not found; bad input is refused', async () => {
    const created = await subscribe('fraFocal', { kind: 'theme', value: 'terrorist-financing' });
    const patch = (who: keyof typeof as, id: string, body: unknown, query = '') =>
      send('PATCH', `/api/v1/me/subscriptions/${id}${query}`, as[who], body as Record<string, unknown>);
    const on = await patch('fraFocal', created.id, { email: true }, '?lang=fr');
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().data).toMatchObject({ id: created.id, email: true, label: expect.stringMatching(/^financement du terrorisme$/i) });
    expect(on.json().data.feedUrl).toBeUndefined();
    expect((await subscriptionRow(db(), created.id))!.email).toBe(true);
    // The same again changes nothing and is not audited twice.
    expect((await patch('fraFocal', created.id, { email: true })).statusCode).toBe(200);
    expect((await patch('fraFocal', created.id, { email: false })).json().data.email).toBe(false);
    const audit = await auditOf(db(), 'subscription', created.id);
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['subscription:create', null, expect.anything()],
      ['subscription:update', { email: false }, { email: true }],
      ['subscription:update', { email: true }, { email: false }],
    ]);
    const other = await patch('afgFocal', created.id, { email: true });
    expect(other.statusCode).toBe(404);
    expect((await subscriptionRow(db(), created.id))!.email).toBe(false);
    for (const body of [{}, { email: 'yes' }, { email: true, kind: 'state' }]) {
      const bad = await patch('fraFocal', created.id, body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await patch('fraFocal', 'not-an-id', { email: true })).statusCode).toBe(400);
    expect((await send('PATCH', `/api/v1/me/subscriptions/${created.id}`, {}, { email: true })).statusCode).toBe(401);
  });
});

describe('the feed of a subscription', () => {
  it('lists the subscriber’s notifications in their language, linked to the records, and drops what they may no longer see', async () => {
    const follow = await subscribe('coordinator', { kind: 'state', value: 'AFG' });
    const fra = await subscribe('fraFocal', { kind: 'theme', value: 'victims' });
    const first = await insert('Assistance to victims’ associations');
    const second = await insert('Drafting a law on <victims> & witnesses');
    await requestEvent(first, 'request-submitted', minutes(1));
    await requestEvent(second, 'request-submitted', minutes(2));

    const res = await send('GET', feedPath(follow.feedUrl), {});
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const elements = parseXml(res.body);
    expect(elements[0]).toMatchObject({ name: 'feed', attributes: { 'xml:lang': 'fr' } });
    expect(elements.find((e) => e.name === 'title' && e.parent === 'feed')!.text).toBe('Accord — suivi : Afghanistan');
    const entries = elements.filter((e) => e.parent === 'entry');
    const titles = entries.filter((e) => e.name === 'title').map((e) => e.text);
    const links = entries.filter((e) => e.name === 'link').map((e) => e.attributes.href);
    expect(titles).toEqual([
      expect.stringMatching(/^Demande [A-Z]{3}-2026-\w+ soumise — Drafting a law on <victims> & witnesses$/),
      expect.stringMatching(/^Demande [A-Z]{3}-2026-\w+ soumise — Assistance to victims’ associations$/),
    ]);
    expect(links).toEqual([`/fr/requests/${second}`, `/fr/requests/${first}`]);

    // France's focal point follows the theme but may not see an Afghan request: their feed is empty.
    const fraFeed = parseXml((await send('GET', feedPath(fra.feedUrl), {})).body);
    expect(fraFeed.filter((e) => e.name === 'entry')).toEqual([]);

    // The request becomes visible to the people named on it only: the coordinator's feed leaves it out now.
    await updateRequest(db(), second, { confidentiality: 'named-people' });
    const after = parseXml((await send('GET', feedPath(follow.feedUrl), {})).body);
    expect(after.filter((e) => e.name === 'link' && e.parent === 'entry').map((e) => e.attributes.href)).toEqual([
      `/fr/requests/${first}`,
    ]);
    // The in-app list keeps the notification but shows nothing of the record.
    const mine = (await send('GET', '/api/v1/me/notifications?lang=en', as.coordinator)).json();
    const hidden = mine.data.find((n: { recordId: string }) => n.recordId === second);
    expect(hidden).toMatchObject({ available: false, link: null, params: {} });
    expect(hidden.title).toBe('Record no longer available to you');
    expect(JSON.stringify(mine)).not.toContain('Drafting a law');
  });

  it('links activities and overlaps, and checks them again when read', async () => {
    const follow = await subscribe('unodcOfficer', { kind: 'theme', value: 'victims' });
    const ours = await insertActivity(db(), { organisationId: orgs.unodc, stateCodes: ['AFG'], title: 'Workshop in Kabul' }, TEST_NOW);
    const theirs = await insertActivity(db(), { organisationId: orgs.cted, stateCodes: ['AFG'], title: 'CTED visit' }, TEST_NOW);
    const overlap = await insertOverlap(db(), theirs, ours, TEST_NOW);
    const base = { actorUserId: null, stateCodes: ['AFG'], themes: ['victims'], partyStateCodes: [], partyOrganisationIds: [] };
    await inTransaction(db(), async (tx) => {
      await notify(
        tx,
        {
          ...base,
          kind: 'activity-planned',
          recordType: 'activity',
          recordId: ours,
          organisationIds: [orgs.unodc],
          visibleTo: (a) => isMultiStateVisible(a, { confidentiality: 'state-restricted', states: [{ code: 'AFG', region: null }], ownerOrganisationId: orgs.unodc, sharedOrganisationIds: [], namedUserIds: [], createdBy: null }),
          params: { title: 'Workshop in Kabul', startDate: '2026-04-01', endDate: '2026-04-03' },
        },
        minutes(20),
      );
      await notify(
        tx,
        {
          ...base,
          kind: 'overlap-found',
          recordType: 'overlap',
          recordId: overlap,
          organisationIds: [orgs.unodc, orgs.cted],
          visibleTo: () => true,
          params: { from: '2026-04-01', to: '2026-04-03', stateCodes: 'AFG', themes: 'victims' },
        },
        minutes(21),
      );
    });
    const read = async () => {
      const elements = parseXml((await send('GET', feedPath(follow.feedUrl), {})).body);
      return elements.filter((e) => e.parent === 'entry' && (e.name === 'link' || e.name === 'title')).map((e) => e.attributes.href ?? e.text);
    };
    expect(await read()).toEqual([
      'Possible overlap of activities in AFG (2026-04-01 – 2026-04-03) (victims of terrorism)',
      '/en/coordination/overlaps',
      'Activity planned (2026-04-01 – 2026-04-03) — Workshop in Kabul',
      `/en/activities/${ours}`,
    ]);
    // The activity is now for its named people only: it leaves the feed; the overlap (names and dates) stays.
    await updateActivity(db(), ours, { confidentiality: 'named-people' });
    expect(await read()).toEqual([
      'Possible overlap of activities in AFG (2026-04-01 – 2026-04-03) (victims of terrorism)',
      '/en/coordination/overlaps',
    ]);
  });

  it('answers 404 for an unknown secret, 400 for a malformed one, and is public', async () => {
    const unknown = await send('GET', `/api/v1/feeds/${'x'.repeat(43)}.atom`, {});
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    expect((await send('GET', '/api/v1/feeds/short.atom', {})).statusCode).toBe(400);
  });

  it('is gone when the subscriber’s account is disabled', async () => {
    const { user } = await buildUser(db(), { role: 'coordinator', organisation: { id: orgs.cted } }, TEST_NOW);
    const headers = (await signedIn(db(), user.id, TEST_NOW)).headers;
    const res = await send('POST', '/api/v1/me/subscriptions', headers, { kind: 'state', value: 'AFG' });
    const path = feedPath(res.json().data.feedUrl);
    expect((await send('GET', path, {})).statusCode).toBe(200);
    await updateUser(db(), user.id, { disabledAt: TEST_NOW });
    expect((await send('GET', path, {})).statusCode).toBe(404);
  });
});

describe('my notifications', () => {
  it('lists mine unread first, then newest, and marks them read', async () => {
    const a = await insert('First request');
    const b = await insert('Second request');
    const c = await insert('Third request');
    await requestEvent(a, 'request-transition', minutes(10));
    await requestEvent(b, 'request-transition', minutes(11));
    await requestEvent(c, 'request-transition', minutes(12));

    const list = async () => (await send('GET', '/api/v1/me/notifications?pageSize=100', as.afgFocal)).json();
    const before = await list();
    const ofThese = (body: { data: { recordId: string; id: string; readAt: string | null }[] }) =>
      body.data.filter((n) => [a, b, c].includes(n.recordId));
    expect(ofThese(before).map((n) => n.recordId)).toEqual([c, b, a]);
    expect(before.unread).toBe(before.total);
    const [nc, nb] = ofThese(before);

    const marked = await send('POST', '/api/v1/me/notifications/read', as.afgFocal, { ids: [nc!.id] });
    expect(marked.statusCode).toBe(200);
    expect(marked.json().data).toEqual({ updated: 1, unread: before.unread - 1 });
    // Unread first: the one just read goes after the older unread ones.
    const after = await list();
    expect(ofThese(after).map((n) => n.recordId)).toEqual([b, a, c]);
    expect(ofThese(after)[2]!.readAt).toBe(TEST_NOW.toISOString());
    const unreadOnly = (await send('GET', '/api/v1/me/notifications?unread=true&pageSize=100', as.afgFocal)).json();
    expect(ofThese(unreadOnly).map((n) => n.recordId)).toEqual([b, a]);
    expect([unreadOnly.total, unreadOnly.unread]).toEqual([before.unread - 1, before.unread - 1]);

    // Someone else's notification: nothing changes, nothing is revealed.
    const foreign = await send('POST', '/api/v1/me/notifications/read', as.unodcOfficer, { ids: [nb!.id] });
    expect(foreign.json().data.updated).toBe(0);
    expect(ofThese(await list())[0]!.readAt).toBeNull();
    // The actor of the changes was not notified of them.
    const officer = (await send('GET', '/api/v1/me/notifications?pageSize=100', as.unodcOfficer)).json();
    expect(officer.data.filter((n: { recordId: string }) => [a, b, c].includes(n.recordId))).toEqual([]);

    const all = await send('POST', '/api/v1/me/notifications/read', as.afgFocal, { all: true });
    expect(all.json().data.unread).toBe(0);
    expect((await list()).unread).toBe(0);

    expect((await send('POST', '/api/v1/me/notifications/read', as.afgFocal, {})).statusCode).toBe(400);
    expect((await send('POST', '/api/v1/me/notifications/read', as.afgFocal, { ids: [nb!.id], all: true })).statusCode).toBe(400);
    expect((await send('GET', '/api/v1/me/notifications', {})).statusCode).toBe(401);
  });

  it('renders titles in the language asked for', async () => {
    const body = (await send('GET', '/api/v1/me/notifications?lang=zh&pageSize=100', as.afgFocal)).json();
    const request = body.data.find((n: { recordType: string }) => n.recordType === 'request');
    expect(request.title).toMatch(/^请求 [A-Z]{3}-2026-\w+：已提交——/);
    expect(request.link).toMatch(/^\/zh\/requests\//);
    // The overlap the AFG focal point heard of is the entities' business: when read again, it shows nothing.
    const overlap = body.data.find((n: { recordType: string }) => n.recordType === 'overlap');
    expect(overlap).toMatchObject({ available: false, title: '您已无权查看的记录', link: null, params: {} });
    const one = (await send('GET', '/api/v1/me/notifications?pageSize=1&page=2', as.afgFocal)).json();
    expect([one.data.length, one.page, one.pageSize, one.total]).toEqual([1, 2, 1, body.total]);
  });
});

describe('the feed’s rate limit', () => {
  it('answers 429 past 60 reads a minute from one address', async () => {
    const url = `/api/v1/feeds/${'y'.repeat(43)}.atom`;
    const from = (remoteAddress: string) => t.app.inject({ method: 'GET', url, remoteAddress });
    const statuses = [];
    for (let i = 0; i < 61; i++) statuses.push((await from('192.0.2.7')).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect((await from('192.0.2.8')).statusCode).toBe(404);
  });
});
