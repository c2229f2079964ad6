// API tests of optimistic concurrency (ADR 19), one table row per record kind people update: a GET answers the
// record's ETag; a write without If-Match is refused (428) and changes nothing; a write naming the current version
// answers 200 with the next ETag; a write naming an older version answers 412 with the record as it is now, in the
// GET's shape, and changes nothing. This server does not add If-Match for the tests (the others' does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildActivity, buildProgramme, buildStrategy } from '../../../../../test/activities.ts';
import { insertDocument, insertNeed } from '../../../../../test/coordination.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { buildRequest } from '../../../../../test/requests.ts';

type Headers = Record<string, string>;
let t: Awaited<ReturnType<typeof buildTestServer>>;

interface Kind {
  name: string;
  who: Headers;
  read: string;
  write: { method: 'PATCH' | 'POST'; url: string };
  /** Two successive changes; `changed` reads what the first wrote from the GET's data. */
  first: Record<string, unknown>;
  second: Record<string, unknown>;
  changed: (data: Record<string, unknown>) => unknown;
  expected: unknown;
}
const kinds: Kind[] = [];

beforeAll(async () => {
  t = await buildTestServer([], () => TEST_NOW, { sendCurrentVersion: false });
  const db = t.database.db;
  const admin = await signedIn(db, (await buildUser(db, { platformAdmin: true })).user.id, TEST_NOW);
  const officerUser = await buildUser(db, { role: 'entity-officer' });
  const officer = await signedIn(db, officerUser.user.id, TEST_NOW);
  const entity = officerUser.organisation!.id;
  const focalUser = await buildUser(db, { role: 'focal-point', stateCode: 'AFG' });
  const focal = await signedIn(db, focalUser.user.id, TEST_NOW);
  const authority = focalUser.organisation!.id;
  const someone = await buildUser(db, { role: 'entity-officer' });

  const org = await buildOrganisation(db, { kind: 'donor', name: 'Versioned Fund' });
  const draft = await buildRequest(db, { status: 'draft', requestingOrganisationId: authority, addressedToOrganisationId: entity, createdBy: focalUser.user.id });
  const submitted = await buildRequest(db, { status: 'submitted', requestingOrganisationId: authority, addressedToOrganisationId: entity });
  const activity = await buildActivity(db, { organisationId: entity }, TEST_NOW);
  const programme = await buildProgramme(db, { organisationId: entity }, TEST_NOW);
  const strategy = await buildStrategy(db, { ownerOrganisationId: authority }, TEST_NOW);
  const need = await insertNeed(db, { stateCode: 'AFG', themes: ['terrorist-financing'], assessedOn: '2025-06-01', ownerOrganisationId: entity });
  const document = await insertDocument(db, { ownerOrganisationId: entity, confidentiality: 'state-restricted', stateCode: 'AFG' });
  const subscription = await t.app.inject({ method: 'POST', url: '/api/v1/me/subscriptions', headers: officer.headers, payload: { kind: 'state', value: 'AFG' } });
  const subscriptionId = subscription.json().data.id as string;

  const treaty = (await call('POST', '/cooperation/bilateral-treaties', admin.headers, { kind: 'mla', title: 'Versioned MLA treaty', stateA: 'AFG', stateB: 'PAK', source: 'Gazette' })).json().data.id as string;
  const declaration = (await call('POST', '/cooperation/declarations', admin.headers, { stateCode: 'AFG', instrumentId: 'untoc2000', kind: 'other', source: 'UNTC' })).json().data.id as string;

  const patch = (url: string) => ({ method: 'PATCH' as const, url });
  kinds.push(
    { name: 'organisation', who: admin.headers, read: `/organisations/${org.id}`, write: patch(`/organisations/${org.id}`), first: { acronym: 'VF1' }, second: { acronym: 'VF2' }, changed: (d) => d.acronym, expected: 'VF1' },
    { name: 'person (by an administrator)', who: admin.headers, read: `/people/${someone.user.id}`, write: patch(`/people/${someone.user.id}`), first: { disabled: true }, second: { disabled: false }, changed: (d) => d.disabled, expected: true },
    { name: 'own account', who: focal.headers, read: '/me', write: patch('/me'), first: { displayName: 'First Name' }, second: { displayName: 'Second Name' }, changed: (d) => d.displayName, expected: 'First Name' },
    { name: 'request draft', who: focal.headers, read: `/assistance-requests/${draft.id}`, write: patch(`/assistance-requests/${draft.id}`), first: { title: 'Drafted once' }, second: { title: 'Drafted twice' }, changed: (d) => d.title, expected: 'Drafted once' },
    { name: 'request transition', who: officer.headers, read: `/assistance-requests/${submitted.id}`, write: { method: 'POST', url: `/assistance-requests/${submitted.id}/transitions` }, first: { event: 'start-review' }, second: { event: 'accept' }, changed: (d) => d.status, expected: 'under-review' },
    { name: 'activity', who: officer.headers, read: `/activities/${activity.id}`, write: patch(`/activities/${activity.id}`), first: { title: 'Workshop, first' }, second: { title: 'Workshop, second' }, changed: (d) => d.title, expected: 'Workshop, first' },
    { name: 'programme', who: officer.headers, read: `/programmes/${programme.id}`, write: patch(`/programmes/${programme.id}`), first: { description: 'First plan' }, second: { description: 'Second plan' }, changed: (d) => d.description, expected: 'First plan' },
    { name: 'strategy', who: focal.headers, read: `/strategies/${strategy.id}`, write: patch(`/strategies/${strategy.id}`), first: { title: 'Strategy, first' }, second: { title: 'Strategy, second' }, changed: (d) => d.title, expected: 'Strategy, first' },
    { name: 'need', who: officer.headers, read: `/needs/${need}`, write: patch(`/needs/${need}`), first: { description: 'Need, first' }, second: { description: 'Need, second' }, changed: (d) => d.description, expected: 'Need, first' },
    { name: 'document metadata', who: officer.headers, read: `/documents/${document}`, write: patch(`/documents/${document}`), first: { title: 'Assessment, first' }, second: { title: 'Assessment, second' }, changed: (d) => d.title, expected: 'Assessment, first' },
    { name: 'subscription', who: officer.headers, read: '/me/subscriptions', write: patch(`/me/subscriptions/${subscriptionId}`), first: { email: true }, second: { email: false }, changed: (d) => d.email, expected: true },
  );
  // The cooperation register (issue 11).
  kinds.push(
    { name: 'bilateral treaty', who: focal.headers, read: `/cooperation/bilateral-treaties/${treaty}`, write: patch(`/cooperation/bilateral-treaties/${treaty}`), first: { notes: 'First note' }, second: { notes: 'Second note' }, changed: (d) => d.notes, expected: 'First note' },
    { name: 'declaration', who: focal.headers, read: `/cooperation/declarations/${declaration}`, write: patch(`/cooperation/declarations/${declaration}`), first: { text: 'First words' }, second: { text: 'Second words' }, changed: (d) => d.text, expected: 'First words' },
  );
});
afterAll(() => t.close());

function call(method: 'GET' | 'PATCH' | 'POST', url: string, who: Headers, payload?: object, ifMatch?: string) {
  const headers = { ...who, ...(ifMatch ? { 'if-match': ifMatch } : {}) };
  return t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
}

/** The record as its GET shows it, and the ETag (a subscription has no GET of its own: the list's row). */
async function read(k: Kind): Promise<{ body: { data: Record<string, unknown> }; etag: string }> {
  const res = await call('GET', k.read, k.who);
  expect(res.statusCode, `GET ${k.read}`).toBe(200);
  if (k.read === '/me/subscriptions') {
    const data = (res.json().data as { id: string; version: number }[]).find((s) => k.write.url.endsWith(s.id))!;
    return { body: { data: data as unknown as Record<string, unknown> }, etag: `"v${data.version}"` };
  }
  return { body: res.json() as { data: Record<string, unknown> }, etag: res.headers.etag as string };
}

describe('optimistic concurrency on every updatable record', () => {
  it('lists every kind', () => expect(kinds).toHaveLength(13));

  it.each([...Array(13).keys()])('kind %i: 428 without If-Match, 200 and the next ETag with it, 412 with the current state when stale', async (i) => {
    const k = kinds[i]!;
    const start = await read(k);
    expect(start.etag, k.name).toBe(`"v${start.body.data.version}"`);
    const v = start.body.data.version as number;

    const missing = await call(k.write.method, k.write.url, k.who, k.first);
    expect(missing.statusCode, k.name).toBe(428);
    expect(missing.json().error.code).toBe('PRECONDITION_REQUIRED');
    expect((await read(k)).body.data.version, `${k.name}: nothing written without If-Match`).toBe(v);

    const ok = await call(k.write.method, k.write.url, k.who, k.first, `"v${v}"`);
    expect(ok.statusCode, `${k.name}: ${ok.body}`).toBe(200);
    expect(ok.headers.etag).toBe(`"v${v + 1}"`);
    expect(ok.json().data.version).toBe(v + 1);
    const after = await read(k);
    expect(k.changed(after.body.data), k.name).toEqual(k.expected);

    const stale = await call(k.write.method, k.write.url, k.who, k.second, `"v${v}"`);
    expect(stale.statusCode, `${k.name}: ${stale.body}`).toBe(412);
    const body = stale.json();
    expect(body.error.code).toBe('PRECONDITION_FAILED');
    expect(body.error.params).toMatchObject({ expected: v, current: v + 1 });
    // The current state, in the GET's shape, with its ETag.
    expect({ ...body, error: undefined }).toEqual({ ...after.body, error: undefined });
    expect(stale.headers.etag).toBe(`"v${v + 1}"`);
    const unchanged = await read(k);
    expect(unchanged.body.data.version, `${k.name}: nothing written by the stale write`).toBe(v + 1);
    expect(k.changed(unchanged.body.data)).toEqual(k.expected);

    // A client that cannot set headers names the version in the body.
    const byBody = await call(k.write.method, k.write.url, k.who, { ...k.second, version: v + 1 });
    expect(byBody.statusCode, `${k.name}: ${byBody.body}`).toBe(200);
    expect(byBody.json().data.version).toBe(v + 2);
  });

  it('lets exactly one of two writes made on the same version win', async () => {
    const k = kinds[0]!;
    const { etag } = await read(k);
    const [a, b] = await Promise.all([
      call('PATCH', k.write.url, k.who, { acronym: 'RACE-A' }, etag),
      call('PATCH', k.write.url, k.who, { acronym: 'RACE-B' }, etag),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const winner = a.statusCode === 200 ? 'RACE-A' : 'RACE-B';
    expect((await read(k)).body.data.acronym).toBe(winner);
  });

  it('answers 412 with the current state for an If-Match that names no version of ours', async () => {
    const k = kinds[0]!;
    const res = await call('PATCH', k.write.url, k.who, { acronym: 'X' }, '"abc"');
    expect(res.statusCode).toBe(412);
    expect(res.json().data.id).toBeDefined();
  });

  it('changes only the languages sent of an organisation’s names, so a concurrent translation is kept', async () => {
    const k = kinds[0]!;
    const { etag } = await read(k);
    const fr = await call('PATCH', k.write.url, k.who, { names: { fr: 'Fonds versionné' } }, etag);
    expect(fr.statusCode).toBe(200);
    const es = await call('PATCH', k.write.url, k.who, { names: { es: 'Fondo versionado' } }, fr.headers.etag as string);
    expect(es.json().data.names).toEqual({ en: 'Versioned Fund', fr: 'Fonds versionné', es: 'Fondo versionado' });
    const removed = await call('PATCH', k.write.url, k.who, { names: { fr: '' } }, es.headers.etag as string);
    expect(removed.json().data.names).toEqual({ en: 'Versioned Fund', es: 'Fondo versionado' });
  });
});
