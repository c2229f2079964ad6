// API tests of the mandate registry: import (201, then 200 unchanged; who may), the list and the detail with its
// ETag, corrections with If-Match (200, 412 with the resolution as it is now, 428), the vocabularies.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
const headers: Record<'officer' | 'donor' | 'anonymous', Record<string, string>> = { officer: {}, donor: {}, anonymous: {} };
const EN_51_241 = fs.readFileSync(new URL('../../../../../data/reference/reporting/resolutions/A-RES-51-241.en.txt', import.meta.url), 'utf8');

beforeAll(async () => {
  t = await buildTestServer();
  const db = t.database.db;
  const unodc = await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' });
  const donor = await buildOrganisation(db, { kind: 'donor', name: 'Donor' });
  headers.officer = (await signedIn(db, (await buildUser(db, { role: 'entity-officer', organisation: { id: unodc.id } }, TEST_NOW)).user.id, TEST_NOW)).headers;
  headers.donor = (await signedIn(db, (await buildUser(db, { role: 'donor-representative', organisation: { id: donor.id } }, TEST_NOW)).user.id, TEST_NOW)).headers;
});
afterAll(async () => {
  await t?.close();
});

const importAs = (who: keyof typeof headers, content = EN_51_241) =>
  t.app.inject({ method: 'POST', url: '/api/v1/mandates/resolutions', headers: headers[who], payload: { content, language: 'en', source: 'un.org' } });

describe('mandate registry API', () => {
  let id = '';

  it('imports (201), then answers the same text with 200 unchanged; donors and the public may not', async () => {
    expect((await importAs('anonymous')).statusCode).toBe(401);
    expect((await importAs('donor')).statusCode).toBe(403);
    const created = await importAs('officer');
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"v1"');
    id = created.json().data.id;
    const again = await importAs('officer');
    expect(again.statusCode).toBe(200);
    expect(again.json().outcome).toBe('unchanged');
    const bad = await importAs('officer', 'Not a resolution');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0]).toMatchObject({ path: ['body', 'content'], code: 'not_a_resolution' });
  });

  it('lists and shows it to anyone, with its ETag and abilities', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/mandates/resolutions' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, abilities: { import: false }, data: [{ key: '51/241', preambular: 3, operative: 6 }] });
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/mandates/resolutions/${id}`, headers: headers.officer });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe('"v1"');
    expect(one.json().abilities).toEqual({ import: true, correct: true });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/mandates/resolutions/nope' })).statusCode).toBe(404);
  });

  it('corrects a paragraph with If-Match: 200 and a new ETag; 412 with the resolution as it is now; 428 without', async () => {
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/mandates/resolutions/${id}` })).json().data;
    const p5 = detail.paragraphs.find((p: { kind: string; number: number }) => p.kind === 'operative' && p.number === 5);
    const url = `/api/v1/mandates/resolutions/${id}/paragraphs/${p5.id}`;
    const patch = (ifMatch: string | null, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'PATCH', url, headers: { ...headers.officer, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, payload });
    const ok = await patch('"v1"', { addressees: ['un-entities', 'specialized-agencies', 'intergovernmental-bodies'], note: 'other bodies' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json().data.corrections[0]).toMatchObject({ field: 'addressees', after: ['un-entities', 'specialized-agencies', 'intergovernmental-bodies'], note: 'other bodies' });
    const stale = await patch('"v1"', { asks: 'changed' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ error: { code: 'PRECONDITION_FAILED' }, data: { version: 2 } });
    expect((await patch(null, { asks: 'changed' })).statusCode).toBe(428);
    expect((await t.app.inject({ method: 'PATCH', url, headers: { ...headers.donor, 'if-match': '"v2"' }, payload: { asks: 'x' } })).statusCode).toBe(403);
  });

  it('serves the vocabularies: 68/187 first, then 51/241', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/mandates/vocabularies' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((v: { resolution: string }) => v.resolution)).toEqual(['68/187', '51/241']);
  });
});
