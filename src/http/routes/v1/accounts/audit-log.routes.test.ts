// API tests: the audit trail for administrators: list with filters (newest first), export as CSV and JSON (audited),
// and the check of the hash chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

type Who = { headers: Record<string, string> };
let t: Awaited<ReturnType<typeof buildTestServer>>;
let admin: Who;
let adminId: string;
let focal: Who;

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  adminId = (await buildUser(db, { platformAdmin: true })).user.id;
  admin = await signedIn(db, adminId, TEST_NOW);
  focal = await signedIn(db, (await buildUser(db, { role: 'focal-point', stateCode: 'AFG' })).user.id, TEST_NOW);
  // Some history: two organisations created, one renamed.
  for (const name of ['First Office', 'Second Office']) {
    await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: admin.headers, payload: { kind: 'un-entity', names: { en: name } } });
  }
  const list = await t.app.inject({ url: '/api/v1/organisations?q=first%20office', headers: admin.headers });
  const id = list.json().data[0].id;
  await t.app.inject({ method: 'PATCH', url: `/api/v1/organisations/${id}`, headers: admin.headers, payload: { acronym: 'FO' } });
});
afterAll(() => t.close());

const get = (url: string, who?: Who) => t.app.inject({ url: `/api/v1${url}`, headers: who?.headers ?? {} });

describe('GET /audit-log', () => {
  it('answers anonymous callers 401 and everyone but administrators 403', async () => {
    for (const url of ['/audit-log', '/audit-log/export', '/audit-log/verification']) {
      expect((await get(url)).statusCode, url).toBe(401);
      expect((await get(url, focal)).statusCode, url).toBe(403);
    }
  });

  it('lists entries newest first, with filters, and does not audit reading', async () => {
    const res = await get('/audit-log?targetType=organisation', admin);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.abilities).toEqual({ export: true, verify: true });
    expect(body.total).toBe(3);
    expect(body.data.map((e: { action: string }) => e.action)).toEqual(['organisation:update', 'organisation:create', 'organisation:create']);
    expect(body.data[0]).toMatchObject({
      actor: `user:${adminId}`,
      at: TEST_NOW.toISOString(),
      before: { acronym: null },
      after: { acronym: 'FO' },
    });
    expect(body.data[0].id).toBeGreaterThan(body.data[1].id);

    expect((await get(`/audit-log?action=organisation:create&actor=user:${adminId}`, admin)).json().total).toBe(2);
    expect((await get(`/audit-log?targetId=${body.data[0].targetId}`, admin)).json().total).toBe(2);
    expect((await get('/audit-log?actor=user:nobody', admin)).json().total).toBe(0);
    expect((await get('/audit-log?targetType=organisation&from=2026-03-01&to=2026-03-01', admin)).json().total).toBe(3);
    expect((await get('/audit-log?targetType=organisation&from=2026-03-02', admin)).json().total).toBe(0);
    expect((await get('/audit-log?targetType=organisation&to=2026-03-01T12:00:00Z', admin)).json().total).toBe(0);
    expect((await get('/audit-log?targetType=organisation&pageSize=1&page=3', admin)).json().data[0].action).toBe('organisation:create');

    const bad = await get('/audit-log?from=yesterday&who=me', admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual(['query.from', 'query.who']);

    expect((await get('/audit-log?action=audit-log:export', admin)).json().total).toBe(0);
  });
});

describe('GET /audit-log/export', () => {
  it('downloads CSV with the same filters, and records the export', async () => {
    const res = await get('/audit-log/export?targetType=organisation', admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="accord-audit-log-20260301-120000\.csv"$/);
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actor,action,target_type,target_id,before,after,prev_hash,hash');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('organisation:update');
    expect(lines[1]).toContain('""acronym"":""FO""');

    const exports = (await get('/audit-log?action=audit-log:export', admin)).json();
    expect(exports.total).toBe(1);
    expect(exports.data[0]).toMatchObject({
      actor: `user:${adminId}`,
      targetType: 'audit-log',
      after: { format: 'csv', filters: { targetType: 'organisation' } },
    });
  });

  it('downloads JSON of the trail as it was before the export', async () => {
    const before = (await get('/audit-log', admin)).json().total;
    const res = await get('/audit-log/export?format=json', admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const file = res.json();
    expect(file.meta).toMatchObject({ exportedBy: `user:${adminId}`, filters: {} });
    expect(file.data).toHaveLength(before);
    expect(file.data[0].id).toBeGreaterThan(file.data.at(-1).id);
    expect(file.data[0]).toHaveProperty('hash');
    expect((await get('/audit-log', admin)).json().total).toBe(before + 1);
  });
});

describe('GET /audit-log/verification', () => {
  it('reports an intact chain', async () => {
    const res = await get('/audit-log/verification', admin);
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data.ok).toBe(true);
    expect(data.firstBad).toBeNull();
    // The server holds the secret key: the keyed hashes are checked; no anchor file is configured here.
    expect(data).toMatchObject({ keyed: true, keyedFrom: 1, firstId: 1, anchor: null });
    expect(data.checked).toBe((await get('/audit-log', admin)).json().total);
  });

  it('is limited to 20 a minute per person, counted separately for each person', async () => {
    const db = t.database.db;
    const first = await signedIn(db, (await buildUser(db, { platformAdmin: true })).user.id, TEST_NOW);
    const second = await signedIn(db, (await buildUser(db, { platformAdmin: true })).user.id, TEST_NOW);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await get('/audit-log/verification', first)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await get('/audit-log/verification', second)).statusCode).toBe(200);
  });
});
