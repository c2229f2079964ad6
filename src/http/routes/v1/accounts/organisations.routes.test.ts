// API tests: the organisation directory. Anonymous 401, signed-in people read, only administrators write; every
// change is audited with before and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '#app/accounts/list-audit-log.ts';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
let admin: { headers: Record<string, string> };
let officer: { headers: Record<string, string> };
let focal: { headers: Record<string, string> };
const ADMIN = { kind: 'user', userId: '', platformAdmin: true, memberships: [] } as const;

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  const a = await buildUser(db, { platformAdmin: true });
  admin = await signedIn(db, a.user.id, TEST_NOW);
  officer = await signedIn(db, (await buildUser(db, { role: 'entity-officer' })).user.id, TEST_NOW);
  focal = await signedIn(db, (await buildUser(db, { role: 'focal-point', stateCode: 'AFG' })).user.id, TEST_NOW);
  Object.assign(ADMIN, { userId: a.user.id });
});
afterAll(() => t.close());

function call(method: 'GET' | 'POST' | 'PATCH', url: string, who?: { headers: Record<string, string> }, payload?: object) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });
}

async function lastAudit(action: string) {
  const page = await listAuditLog(t.database.db, ADMIN, { action, page: 1, pageSize: 1 });
  return page.data[0];
}

describe('organisations', () => {
  it('answers anonymous callers 401 on every route', async () => {
    const org = await buildOrganisation(t.database.db);
    for (const [method, url] of [
      ['GET', '/organisations'],
      ['POST', '/organisations'],
      ['GET', `/organisations/${org.id}`],
      ['PATCH', `/organisations/${org.id}`],
    ] as const) {
      // A valid body: validation comes before the access check.
      const body = method === 'POST' ? { kind: 'donor', names: { en: 'X' } } : method === 'PATCH' ? {} : undefined;
      const res = await call(method, url, undefined, body);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lets every signed-in person read the directory, with what they may do', async () => {
    await buildOrganisation(t.database.db, { kind: 'donor', name: 'Directory Donor Fund', acronym: 'DDF' });
    const res = await call('GET', '/organisations?q=directory%20donor', officer);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.abilities).toEqual({ create: false, update: false });
    expect(body.total).toBe(1);
    expect(body.data[0]).toMatchObject({ kind: 'donor', name: 'Directory Donor Fund', acronym: 'DDF', stateCode: null, archived: false, memberCount: 0 });
    expect((await call('GET', '/organisations?q=ddf', focal)).json().total).toBe(1);
    expect((await call('GET', '/organisations', admin)).json().abilities).toEqual({ create: true, update: true });
  });

  it('creates an organisation for administrators only, audited', async () => {
    const payload = {
      kind: 'state-authority',
      names: { en: ' Ministry of Justice ', fr: 'Ministère de la Justice', ar: '' },
      acronym: 'MoJ',
      stateCode: 'fra',
    };
    expect((await call('POST', '/organisations', officer, payload)).statusCode).toBe(403);
    expect((await call('POST', '/organisations', focal, payload)).statusCode).toBe(403);
    const res = await call('POST', '/organisations?lang=fr', admin, payload);
    expect(res.statusCode).toBe(201);
    const { data } = res.json();
    expect(data).toMatchObject({
      kind: 'state-authority',
      names: { en: 'Ministry of Justice', fr: 'Ministère de la Justice' },
      name: 'Ministère de la Justice',
      stateCode: 'FRA',
      archived: false,
      memberCount: 0,
    });
    expect(data.names).not.toHaveProperty('ar');
    const entry = await lastAudit('organisation:create');
    expect(entry).toMatchObject({
      actor: `user:${ADMIN.userId}`,
      targetType: 'organisation',
      targetId: data.id,
      before: null,
      after: { kind: 'state-authority', stateCode: 'FRA', acronym: 'MoJ', names: { en: 'Ministry of Justice', fr: 'Ministère de la Justice' } },
    });
    const read = await call('GET', `/organisations/${data.id}`, officer);
    expect(read.statusCode).toBe(200);
    expect(read.json().data.name).toBe('Ministry of Justice');
  });

  it('refuses an organisation that breaks the State rules, naming each problem', async () => {
    const issues = async (payload: object) => {
      const res = await call('POST', '/organisations', admin, payload);
      expect(res.statusCode).toBe(400);
      return res.json().error.issues.map((i: { path: string[]; code: string }) => `${i.path.join('.')}:${i.code}`);
    };
    expect(await issues({ kind: 'state-authority', names: { fr: 'Ministère' } })).toEqual([
      'body.names.en:required',
      'body.stateCode:required',
    ]);
    expect(await issues({ kind: 'state-authority', names: { en: 'X' }, stateCode: 'XYZ' })).toEqual(['body.stateCode:unknown_state']);
    expect(await issues({ kind: 'un-entity', names: { en: 'UNODC' }, stateCode: 'AFG' })).toEqual(['body.stateCode:not_allowed']);
    const unknown = await call('POST', '/organisations', admin, { kind: 'club', names: { en: 'X', de: 'Y' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual(['body.kind', 'body.names.de']);
  });

  it('renames and archives for administrators; archived organisations are hidden from others', async () => {
    const org = await buildOrganisation(t.database.db, { kind: 'un-entity', name: 'Office Before' });
    const url = `/organisations/${org.id}`;
    expect((await call('PATCH', url, focal, { archived: true })).statusCode).toBe(403);
    const renamed = await call('PATCH', url, admin, { names: { en: 'Office After', es: 'Oficina' }, acronym: 'OA' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().data).toMatchObject({ name: 'Office After', acronym: 'OA' });
    expect(await lastAudit('organisation:update')).toMatchObject({
      targetId: org.id,
      before: { names: { en: 'Office Before' }, acronym: null, archived: false },
      after: { names: { en: 'Office After', es: 'Oficina' }, acronym: 'OA', archived: false },
    });
    // A State cannot be given to a UN entity; the kind cannot change.
    expect((await call('PATCH', url, admin, { stateCode: 'AFG' })).statusCode).toBe(400);
    expect((await call('PATCH', url, admin, { kind: 'donor' })).statusCode).toBe(400);

    const archived = await call('PATCH', url, admin, { archived: true });
    expect(archived.json().data.archived).toBe(true);
    expect((await call('GET', url, officer)).statusCode).toBe(404);
    expect((await call('GET', url, admin)).statusCode).toBe(200);
    expect((await call('GET', '/organisations?q=office%20after', admin)).json().total).toBe(0);
    expect((await call('GET', '/organisations?q=office%20after&includeArchived=true', admin)).json().total).toBe(1);
    expect((await call('GET', '/organisations?q=office%20after&includeArchived=true', officer)).json().total).toBe(0);

    // An unchanged PATCH writes no audit entry.
    const before = (await listAuditLog(t.database.db, ADMIN, { page: 1, pageSize: 1 })).total;
    expect((await call('PATCH', url, admin, { archived: true })).statusCode).toBe(200);
    expect((await listAuditLog(t.database.db, ADMIN, { page: 1, pageSize: 1 })).total).toBe(before);
  });

  it('answers 404 for an unknown organisation and 400 for a malformed id', async () => {
    expect((await call('GET', '/organisations/00000000-0000-4000-8000-000000000000', officer)).statusCode).toBe(404);
    expect((await call('PATCH', '/organisations/00000000-0000-4000-8000-000000000000', admin, { archived: true })).statusCode).toBe(404);
    expect((await call('GET', '/organisations/not-a-uuid', officer)).statusCode).toBe(400);
  });
});
