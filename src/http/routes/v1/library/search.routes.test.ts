// API tests of the search route: anyone may search and each finds what they may read; bad facets and queries answer
// 400 with their path; hits carry snippets, match ranges and the link to their page; named-people hits are audited.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { entry, putEntries } from '../../../../../test/search.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
const headers: Record<'officer' | 'named' | 'other', Record<string, string>> = { officer: {}, named: {}, other: {} };

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  const unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id;
  const officer = (await buildUser(db, { role: 'entity-officer', organisation: { id: unodc } }, TEST_NOW)).user.id;
  const named = (await buildUser(db, {}, TEST_NOW)).user.id;
  const other = (await buildUser(db, {}, TEST_NOW)).user.id;
  headers.officer = (await signedIn(db, officer, TEST_NOW)).headers;
  headers.named = (await signedIn(db, named, TEST_NOW)).headers;
  headers.other = (await signedIn(db, other, TEST_NOW)).headers;
  await putEntries(db, [entry({ sourceId: '00000000-0000-4000-8000-000000000001', title: 'Public law', body: 'Offences of terrorist financing', year: 2010, stateCodes: ['AFG'], instrumentIds: ['financing1999'] })], TEST_NOW);
  await putEntries(db, [entry({ sourceId: '00000000-0000-4000-8000-000000000002', title: 'Internal note', body: 'Terrorist financing gaps', confidentiality: 'un-internal', ownerOrganisationId: unodc })], TEST_NOW);
  await putEntries(db, [entry({ sourceId: '00000000-0000-4000-8000-000000000003', title: 'Named note', body: 'Terrorist financing, named', confidentiality: 'named-people', namedUserIds: [named] })], TEST_NOW);
  await putEntries(db, [entry({ sourceId: 'financing1999/2', sourceKind: 'article', kind: 'treaty-article', title: 'Article 2', body: 'Any person commits an offence … financing', instrumentIds: ['financing1999'] })], TEST_NOW);
});

afterAll(() => t?.close());

const search = (query: string, who?: keyof typeof headers) =>
  t.app.inject({ method: 'GET', url: `/api/v1/search?${query}`, headers: who ? headers[who] : {} });

describe('GET /api/v1/search', () => {
  it('finds for each reader what they may read, with snippets and links', async () => {
    const anonymous = await search('q=financing');
    expect(anonymous.statusCode, anonymous.body).toBe(200);
    expect(anonymous.headers['cache-control']).toContain('no-store');
    const body = anonymous.json();
    expect(body.total).toBe(2);
    expect(body.data.map((h: { href: string }) => h.href).sort()).toEqual([
      '/documents/00000000-0000-4000-8000-000000000001',
      '/instruments/financing1999/articles/2',
    ]);
    const law = body.data.find((h: { title: string }) => h.title === 'Public law');
    const [snippet] = law.snippets;
    expect(snippet.matches.map((m: { start: number; end: number }) => snippet.text.slice(m.start, m.end))).toEqual(['financing']);
    expect(body.facets.instrument).toEqual([{ value: 'financing1999', count: 2 }]);

    expect((await search('q=financing', 'officer')).json().total).toBe(3);
    expect((await search('q=financing', 'other')).json().total).toBe(2);
    expect((await search('q=financing', 'named')).json().total).toBe(3);
  });

  it('audits the named-people records shown', async () => {
    const count = async () => {
      const result = await t.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'named-people:read' and after->>'via' = 'search'`);
      return Number((result as unknown as { rows: { n: number }[] }).rows[0]!.n);
    };
    const before = await count();
    await search('q=named', 'named');
    expect(await count()).toBe(before + 1);
    // Nothing named shown, nothing written.
    await search('q=public', 'named');
    expect(await count()).toBe(before + 1);
  });

  it('narrows by facets given as comma-separated lists', async () => {
    const res = await search('q=financing&state=AFG&year=2010,2011&kind=publication,treaty-article&instrument=financing1999');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().total).toBe(1);
    expect((await search('q=financing&kind=treaty-article')).json().data[0].sourceKind).toBe('article');
  });

  it.each([
    ['', 'q'],
    ['q=', 'q'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['q=a&state=afghanistan', 'state'],
    ['q=a&kind=poem', 'kind'],
    ['q=a&year=99', 'year'],
    ['q=a&theme=cooking', 'theme'],
    ['q=a&mandate=68/187/OP99', 'mandate'],
    ['q=a&requirement=financing', 'requirement'],
    ['q=a&page=0', 'page'],
  ])('answers 400 for %s, naming %s', async (query, path) => {
    const res = await search(query);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.issues)).toContain(path);
  });
});
