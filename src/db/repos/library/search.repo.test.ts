// The search index: the reader's scope inside the query (hits, total and facet counts give exactly what isInScope
// admits), facets, the cross-language match through instruments, Arabic and Chinese queries, highlights. Also on
// PostgreSQL when TEST_DATABASE_URL is set (the same assertions: the same results on both).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { PUBLIC_SCOPE, isInScope, scopeFor, type Scope } from '#domain/accounts/confidentiality.ts';
import { CONFIDENTIALITY_LEVELS, type Membership, type OrganisationKind, type Role } from '#domain/accounts/types.ts';
import { buildOrganisation, buildUser } from '../../../../test/accounts.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { entry } from '../../../../test/search.ts';
import { createSearchRepo, type SearchEntryInput, type SearchQuery } from './search.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let repo: ReturnType<typeof createSearchRepo>;
const org = { unodc: '', cted: '', afg: '' };
const person = { one: '', two: '', three: '' };
const T0 = new Date('2026-01-01T00:00:00Z');
const REGION: Record<string, string> = { AFG: 'Asia-Pacific States', NGA: 'African States' };
const EVERYTHING: Scope = { unInternal: true, allStateRestricted: true, stateCodes: [], organisations: [], userId: null };
const grid: SearchEntryInput[] = [];

const query = (q: string, facets: SearchQuery['facets'] = {}, more: Partial<SearchQuery> = {}): SearchQuery => ({
  q,
  facets,
  limit: 1000,
  offset: 0,
  ...more,
});

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  repo = createSearchRepo(db);
  org.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id;
  org.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  org.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  person.one = (await buildUser(db)).user.id;
  person.two = (await buildUser(db)).user.id;
  person.three = (await buildUser(db)).user.id;

  // Every combination of level, State, holder, sharing and naming; all hold the word "gridword".
  let i = 0;
  for (const confidentiality of CONFIDENTIALITY_LEVELS)
    for (const stateCode of ['AFG', 'NGA', null])
      for (const owner of [org.unodc, org.afg])
        for (const shared of [[], [org.cted]])
          for (const named of [[], [person.one]]) {
            const e = entry({
              sourceId: `grid-${i}`,
              title: `Grid entry ${i}`,
              body: `gridword ${confidentiality}`,
              year: 2000 + (i % 3),
              kind: i % 2 === 0 ? 'publication' : 'model-law',
              stateCodes: stateCode ? [stateCode] : [],
              stateCode,
              themes: [`theme-${i % 4}`],
              confidentiality,
              ownerOrganisationId: owner,
              sharedOrganisationIds: shared,
              namedUserIds: named,
            });
            grid.push(e);
            await repo.put(e, T0);
            i++;
          }

  // Real titles of instruments (data/reference/instrument-titles.csv) and words of the six languages.
  const texts: SearchEntryInput[] = [
    entry({
      sourceId: 'ar-vocalised',
      title: 'نص بالعربية',
      body: 'وَتُجَرِّمُ الدُّوَلُ تَمْوِيلَ الإِرْهَابِ',
      language: 'ar',
      kind: 'national-legislation',
    }),
    entry({ sourceId: 'ar-plain', title: 'قانون مكافحة الإرهاب', body: 'يعاقب كل من قام بتمويل الإرهاب', language: 'ar' }),
    entry({ sourceId: 'zh', title: '中文文本', body: '各国应将资助恐怖主义定为刑事罪。', language: 'zh', kind: 'case-law' }),
    entry({
      sourceId: 'fr-financing',
      title: 'Guide législatif',
      body: 'Incrimination du financement, article 2',
      language: 'fr',
      instrumentIds: ['financing1999'],
    }),
    entry({
      sourceId: 'ru-bombings',
      title: 'Руководство',
      body: 'Уголовная ответственность',
      language: 'ru',
      instrumentIds: ['bombings1997'],
    }),
    entry({
      sourceId: 'zh-financing-text',
      title: '制止向恐怖主义提供资助的国际公约',
      body: '',
      language: 'zh',
      instrumentIds: ['financing1999'],
    }),
    entry({
      sourceId: 'secret-financing',
      title: 'Secret',
      body: 'financement',
      language: 'fr',
      instrumentIds: ['financing1999'],
      confidentiality: 'named-people',
      namedUserIds: [person.two],
    }),
  ];
  for (const e of texts) await repo.put(e, T0);
});

afterAll(() => database.dispose());

function m(organisationId: string, organisationKind: OrganisationKind, role: Role, extra: Partial<Membership> = {}): Membership {
  return { id: randomUUID(), organisationId, organisationKind, stateCode: null, role, regions: null, themes: null, ...extra };
}

function scopes(): [string, Scope][] {
  const actor = (userId: string, memberships: Membership[]): Actor => ({ kind: 'user', userId, platformAdmin: false, memberships });
  const actors: [string, Actor][] = [
    ['anonymous', ANONYMOUS],
    ['person named', actor(person.one, [])],
    ['person named on none', actor(person.three, [])],
    ['UNODC officer', actor(person.three, [m(org.unodc, 'un-entity', 'entity-officer')])],
    ['UNODC officer limited to Africa', actor(person.two, [m(org.unodc, 'un-entity', 'entity-officer', { regions: ['African States'] })])],
    ['CTED officer (shared)', actor(person.two, [m(org.cted, 'un-entity', 'entity-officer')])],
    ['coordinator', actor(person.three, [m(org.cted, 'un-entity', 'coordinator')])],
    ['AFG focal point', actor(person.one, [m(org.afg, 'state-authority', 'focal-point', { stateCode: 'AFG' })])],
  ];
  return actors.map(([name, a]): [string, Scope] => [name, scopeFor(a)]);
}

describe('search within the scope', () => {
  it('returns and counts exactly what isInScope admits, for every reader', async () => {
    for (const [name, scope] of scopes()) {
      const result = await repo.search(query('gridword'), scope);
      const expected = grid
        .filter((e) =>
          isInScope(scope, {
            confidentiality: e.confidentiality,
            stateCode: e.stateCode,
            stateRegion: e.stateCode ? REGION[e.stateCode]! : null,
            ownerOrganisationId: e.ownerOrganisationId!,
            sharedOrganisationIds: e.sharedOrganisationIds,
            namedUserIds: e.namedUserIds,
            createdBy: null,
          }),
        )
        .map((e) => e.sourceId)
        .sort();
      expect(result.hits.map((h) => h.sourceId).sort(), name).toEqual(expected);
      expect(result.total, name).toBe(expected.length);
      const kinds = result.facets.kinds.reduce((n, f) => n + f.count, 0);
      expect(kinds, name).toBe(expected.length);
    }
  });

  it('never returns nor counts a named-people entry for someone not named', async () => {
    const others = await repo.search(query('financement'), scopeFor({ kind: 'user', userId: person.three, platformAdmin: false, memberships: [] }));
    expect(others.hits.map((h) => h.sourceId)).not.toContain('secret-financing');
    expect(others.total).toBe(others.hits.length);
    expect(others.facets.languages).toEqual([{ value: 'fr', count: others.total }]);
    const named = await repo.search(query('financement'), { ...PUBLIC_SCOPE, userId: person.two });
    expect(named.hits.map((h) => h.sourceId)).toContain('secret-financing');
    expect(named.total).toBe(others.total + 1);
  });

  it('keeps assistance requests from anonymous readers, public or not', async () => {
    await repo.put(entry({ sourceId: 'request-1', sourceKind: 'assistance-request', kind: 'assistance-request', title: 'requestword' }), T0);
    expect((await repo.search(query('requestword'), PUBLIC_SCOPE)).total).toBe(0);
    expect((await repo.search(query('requestword'), { ...PUBLIC_SCOPE, userId: person.three })).total).toBe(1);
    await repo.remove('assistance-request', 'request-1');
    expect((await repo.search(query('requestword'), { ...PUBLIC_SCOPE, userId: person.three })).total).toBe(0);
  });
});

describe('facets', () => {
  it('filters by each facet and counts within the filters', async () => {
    const all = await repo.search(query('gridword'), EVERYTHING);
    const visible = grid.filter((e) => e.confidentiality !== 'named-people');
    expect(all.total).toBe(visible.length);
    expect(all.facets.years.map((y) => y.value).sort()).toEqual(['2000', '2001', '2002']);
    expect(all.facets.stateCodes).toEqual([
      { value: 'AFG', count: visible.filter((e) => e.stateCode === 'AFG').length },
      { value: 'NGA', count: visible.filter((e) => e.stateCode === 'NGA').length },
    ]);

    const afg = await repo.search(query('gridword', { stateCodes: ['AFG'], kinds: ['model-law'], years: [2001, 2002] }), EVERYTHING);
    const expected = visible.filter((e) => e.stateCode === 'AFG' && e.kind === 'model-law' && [2001, 2002].includes(e.year!));
    expect(afg.total).toBe(expected.length);
    expect(afg.hits.every((h) => h.stateCodes[0] === 'AFG' && h.kind === 'model-law')).toBe(true);
    expect(afg.facets.stateCodes).toEqual([{ value: 'AFG', count: expected.length }]);

    const themed = await repo.search(query('gridword', { themes: ['theme-1'], languages: ['en'] }), EVERYTHING);
    expect(themed.total).toBe(visible.filter((e) => e.themes.includes('theme-1')).length);
    expect((await repo.search(query('gridword', { languages: ['zh'] }), EVERYTHING)).total).toBe(0);
  });

  it('pages', async () => {
    const first = await repo.search(query('gridword', {}, { limit: 5, offset: 0 }), EVERYTHING);
    const second = await repo.search(query('gridword', {}, { limit: 5, offset: 5 }), EVERYTHING);
    expect(first.hits).toHaveLength(5);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.sourceId)).size).toBe(10);
    expect(second.total).toBe(first.total);
  });
});

describe('languages', () => {
  it('Arabic: with or without tashkil, with clitics, finds the same', async () => {
    const ids = async (q: string) => (await repo.search(query(q), PUBLIC_SCOPE)).hits.map((h) => h.sourceId).sort();
    const expected = ['ar-plain', 'ar-vocalised'];
    for (const q of ['الإرهاب', 'الارهاب', 'إرهاب', 'الإِرْهَابِ', 'والإرهاب', 'بالإرهاب', 'للإرهاب']) expect(await ids(q), q).toEqual(expected);
    // "بتمويل" is "تمويل" with the preposition.
    expect(await ids('تمويل الإرهاب')).toEqual(expected);
    // Only the vocalised text holds both words: it comes first; with less than a page, the one holding one word follows.
    const ranked = (await repo.search(query('الدول الإرهاب'), PUBLIC_SCOPE)).hits.map((h) => h.sourceId);
    expect(ranked).toEqual(['ar-vocalised', 'ar-plain']);
  });

  it('Chinese: a query finds a Chinese text however it is segmented, with highlights', async () => {
    const result = await repo.search(query('恐怖主义 刑事罪', {}, { language: 'zh' }), PUBLIC_SCOPE);
    const hit = result.hits.find((h) => h.sourceId === 'zh')!;
    expect(hit).toBeDefined();
    const [snippet] = hit.snippets;
    expect(snippet!.matches.map((r) => snippet!.text.slice(r.start, r.end))).toEqual(['恐怖主义', '刑事罪']);
  });

  it('highlights Arabic in the original text, tashkil included', async () => {
    const result = await repo.search(query('تمويل'), PUBLIC_SCOPE);
    const hit = result.hits.find((h) => h.sourceId === 'ar-vocalised')!;
    const [snippet] = hit.snippets;
    expect(snippet!.matches.map((r) => snippet!.text.slice(r.start, r.end))).toEqual(['تَمْوِيلَ']);
  });

  it('a query naming an instrument in one language finds entries tagged with it in any other, after the direct matches', async () => {
    // The Chinese title of the Financing Convention (data/reference/instrument-titles.csv).
    const result = await repo.search(query('制止向恐怖主义提供资助的国际公约'), PUBLIC_SCOPE);
    expect(result.instrumentIds).toEqual(['financing1999']);
    const ids = result.hits.map((h) => h.sourceId);
    expect(ids[0]).toBe('zh-financing-text');
    expect(ids).toContain('fr-financing');
    expect(ids).not.toContain('ru-bombings');
    expect(ids).not.toContain('secret-financing');
    expect(result.hits[0]!.score).toBeGreaterThanOrEqual(1);
    expect(result.hits.find((h) => h.sourceId === 'fr-financing')!.score).toBeLessThan(1);
    expect(result.facets.instrumentIds).toEqual([{ value: 'financing1999', count: 2 }]);

    // Its English title and the French one (the titles shown: instrument-titles.csv).
    const en = await repo.search(query('International Convention for the Suppression of the Financing of Terrorism'), PUBLIC_SCOPE);
    expect(en.hits.map((h) => h.sourceId)).toEqual(expect.arrayContaining(['fr-financing', 'zh-financing-text']));
    const fr = await repo.search(query('Convention internationale pour la répression du financement du terrorisme'), PUBLIC_SCOPE);
    expect(fr.hits.map((h) => h.sourceId)).toEqual(expect.arrayContaining(['fr-financing', 'zh-financing-text']));
    // One common word names no instrument.
    expect((await repo.search(query('terrorism'), PUBLIC_SCOPE)).instrumentIds).toEqual([]);
  });

  it('a query of nothing searchable finds nothing', async () => {
    const result = await repo.search(query('!!! 。'), EVERYTHING);
    expect(result).toMatchObject({ total: 0, hits: [] });
  });
});
