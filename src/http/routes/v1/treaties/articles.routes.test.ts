// API tests: treaty texts by article and an instrument's cooperation provisions. Public data: anyone reads it, a
// signed-in person too, and the answers are cacheable like the other treaty routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
let member: Record<string, string>;
beforeAll(async () => {
  t = await buildTestServer([]);
  const { user } = await buildUser(t.database.db, { role: 'focal-point' }, TEST_NOW);
  member = (await signedIn(t.database.db, user.id, TEST_NOW)).headers;
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('GET /api/v1/instruments/{id}/articles', () => {
  it('lists the articles of a held text with their headings, and where the text comes from', async () => {
    const res = await get('/api/v1/instruments/untoc2000/articles');
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data.instrument).toMatchObject({ id: 'untoc2000', category: 'related' });
    expect(data.source).toMatchObject({ repository: 'github:statengeneraal/laws-markdown', file: 'untoc2000.md', language: 'en' });
    expect(data.articles).toHaveLength(41);
    expect(data.articles[15]).toEqual({ number: '16', heading: 'Extradition', textHeld: true });
    expect(data.articles[17]).toEqual({ number: '18', heading: 'Mutual legal assistance', textHeld: true });
  });

  it('lists the consolidated SUA text under the 2005 Protocol, and says which Beijing articles have no words', async () => {
    const sua = (await get('/api/v1/instruments/sua2005/articles')).json().data;
    expect(sua.articles.map((a: { number: string }) => a.number)).toContain('3bis');
    const beijing = (await get('/api/v1/instruments/beijing2010protocol/articles')).json().data;
    expect(beijing.articles.find((a: { number: string }) => a.number === 'XI').textHeld).toBe(false);
    expect(beijing.articles.find((a: { number: string }) => a.number === 'I').textHeld).toBe(true);
  });

  it('answers 404 with a clear message for an unknown instrument or one whose text is not held', async () => {
    const unknown = await get('/api/v1/instruments/nosuchtreaty/articles');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'No instrument with id nosuchtreaty.' });
    // The unamended SUA 1988 is an instrument, but Accord holds only the text as amended in 2005.
    const notHeld = await get('/api/v1/instruments/sua1988/articles');
    expect(notHeld.statusCode).toBe(404);
    expect(notHeld.json().error.message).toBe('Accord holds no text of sua1988: its articles cannot be shown.');
  });
});

describe('GET /api/v1/instruments/{id}/articles/{article}', () => {
  it('gives the Financing Convention art. 11 and 12 in English, with their neighbours', async () => {
    const res = await get('/api/v1/instruments/financing1999/articles/11');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/public/);
    expect(res.headers.etag).toBeTruthy();
    const { data } = res.json();
    expect(data.article.number).toBe('11');
    expect(data.article.text).toMatch(/^1\. The offences set forth in article 2 shall be deemed to be included as extraditable offences/);
    expect([data.previous, data.next]).toEqual(['10', '12']);
    const twelve = (await get('/api/v1/instruments/financing1999/articles/12')).json().data;
    expect(twelve.article.text).toMatch(/^1\. States Parties shall afford one another the greatest measure of assistance/);
    const first = (await get('/api/v1/instruments/financing1999/articles/1')).json().data;
    expect(first.previous).toBeNull();
    const last = (await get('/api/v1/instruments/financing1999/articles/28')).json().data;
    expect(last.next).toBeNull();
  });

  it('reads "bis" articles and Roman numerals in any case', async () => {
    const bis = (await get('/api/v1/instruments/sua2005/articles/3BIS')).json().data;
    expect(bis.article.number).toBe('3bis');
    expect([bis.previous, bis.next]).toEqual(['3', '3ter']);
    const roman = (await get('/api/v1/instruments/airports1988/articles/ii')).json().data;
    expect(roman.article.number).toBe('II');
    const untoc = (await get('/api/v1/instruments/untoc2000/articles/18')).json().data;
    expect(untoc.article.heading).toBe('Mutual legal assistance');
    expect(untoc.article.text).toContain('13. Each State Party shall designate a central authority');
  });

  it('gives an article the source has no words for with a null text', async () => {
    const res = await get('/api/v1/instruments/beijing2010protocol/articles/XI');
    expect(res.statusCode).toBe(200);
    expect(res.json().data.article).toEqual({ number: 'XI', heading: null, text: null });
  });

  it('answers 404 for an article the text does not have, and 400 for what is not an article number', async () => {
    const missing = await get('/api/v1/instruments/financing1999/articles/29');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('The text of financing1999 held by Accord has no article 29.');
    expect((await get('/api/v1/instruments/financing1999/articles/2bis')).statusCode).toBe(404);
    expect((await get('/api/v1/instruments/montreal2014protocol/articles/1')).statusCode).toBe(404);
    expect((await get('/api/v1/instruments/financing1999/articles/11(2)')).statusCode).toBe(400);
    expect((await get('/api/v1/instruments/financing1999/articles/%27%20or%201%3D1')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/instruments/{id}/provisions', () => {
  it("gives the instrument's provisions in file order, with the path of each cited article held", async () => {
    const res = await get('/api/v1/instruments/financing1999/provisions');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.instrumentId).toBe('financing1999');
    expect(body.data).toHaveLength(23);
    const basis = body.data.find((p: { kind: string }) => p.kind === 'legal_basis_no_treaty');
    expect(basis).toMatchObject({ article: '11(2)', verified: true, articlePath: '/api/v1/instruments/financing1999/articles/11' });
    const mla = body.data.find((p: { kind: string }) => p.kind === 'mla_obligation');
    expect(mla.articlePath).toBe('/api/v1/instruments/financing1999/articles/12');
    // Every path given leads to an article.
    for (const p of body.data.filter((x: { articlePath: string | null }) => x.articlePath)) {
      expect((await get(p.articlePath)).statusCode, p.articlePath).toBe(200);
    }
  });

  it('shows unverified rows as such, and no path where the text is not held or no article is cited', async () => {
    const sua = (await get('/api/v1/instruments/sua1988/provisions')).json().data;
    expect(sua.length).toBeGreaterThan(0);
    expect(sua.every((p: { articlePath: string | null }) => p.articlePath === null)).toBe(true);
    const all = await Promise.all(
      ['untoc2000', 'uncac2003', 'tokyo1963', 'montreal2014protocol'].map(async (id) => (await get(`/api/v1/instruments/${id}/provisions`)).json().data),
    );
    const rows = all.flat() as { verified: boolean; article: string; articlePath: string | null }[];
    expect(rows.some((p) => !p.verified)).toBe(true);
    expect(rows.filter((p) => p.article === 'none').every((p) => p.articlePath === null)).toBe(true);
  });

  it('answers 404 for an unknown instrument, and an empty list for one with no provisions recorded', async () => {
    expect((await get('/api/v1/instruments/nosuchtreaty/provisions')).statusCode).toBe(404);
  });
});

describe('access: public data for everyone', () => {
  it.each(['/api/v1/instruments/financing1999/articles', '/api/v1/instruments/financing1999/articles/11', '/api/v1/instruments/financing1999/provisions'])(
    '%s answers anonymous and signed-in callers alike',
    async (url) => {
      const anonymous = await get(url);
      const signed = await get(url, member);
      expect([anonymous.statusCode, signed.statusCode]).toEqual([200, 200]);
      expect(signed.json().data).toEqual(anonymous.json().data);
    },
  );
});
