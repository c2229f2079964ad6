// API tests of the legal-basis finder and the pair view, on the shipped status lists (PGlite by default; PostgreSQL
// with TEST_DATABASE_URL). Held-out pairs: every expectation below was read by hand from the file it names.
//   data/reference/untc/XVIII-11.csv (Financing 1999, UNTC as of 2014-07-10):
//     France    "10 Jan 2000, 7 Jan 2002"   → ratified 2002-01-07; in force from 2002-04-10 (general entry into force,
//                                              instruments.csv; 30 days after deposit, art. 26(2), is earlier)
//     Germany   "20 Jul 2000, 17 Jun 2004"  → ratified 2004-06-17; in force from 2004-07-17 (art. 26(2))
//     Pakistan  ", 17 Jun 2009 a"           → acceded 2009-06-17; in force from 2009-07-17
//   data/reference/untc/XVIII-12.csv (UNTOC, UNTC as of 2014-01-27):
//     France    "12 Dec 2000, 29 Oct 2002"  → in force from 2003-09-29 (general entry into force, instrument-additions.csv)
//     Germany   "12 Dec 2000, 14 Jun 2006"  → in force from 2006-07-14 (art. 38(2): the 30th day after deposit)
//     Albania   "12 Dec 2000, 21 Aug 2002"  → in force from 2003-09-29
//   data/reference/partial/hague1970_partial_icao_docslib.csv (Hague 1970, ICAO, partial: Afghanistan to DR Congo):
//     Albania   accession 1997-10-21        → in force from 1997-11-20 (art. 13(4)); France is not in the excerpt.
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestServer, FINANCING_2014, TEST_NOW } from '../../../../../test/http.ts';
import { insertAuthorities, insertBilateralTreaties, insertDeclarations } from '../../../../../test/legal-basis.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
beforeAll(async () => {
  t = await buildTestServer([
    FINANCING_2014,
    { file: 'untc/XVIII-12.csv', asOf: '2014-01-27' },
    { file: 'partial/hague1970_partial_icao_docslib.csv', format: 'accord-csv', asOf: '2016-04-06', publisher: 'ICAO', instrumentId: 'hague1970' },
  ]);
}, 120_000);
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

interface Answer {
  asOf: string;
  applicable: {
    instrument: { id: string };
    inForceForBothFrom: string | null;
    provisions: { kind: string; article: string; articlePath: string | null; verified: boolean }[];
    evidence: Record<'requesting' | 'requested', { state: string; status: string; inForceFrom: string | null; inForce: boolean | null; consent: { date: string; source: { publisher: string } } | null }>;
    caveats: { code: string; article: string | null }[];
  }[];
  bilateral: { id: string; title: string }[];
  nearMisses: { instrument: { id: string }; state: string; reason: string; date: string | null }[];
  caveats: { code: string; instrumentId: string | null }[];
  undetermined: string[];
  noTreatyBasis: boolean;
  authorities: Record<string, unknown>[];
}

async function answer(query: string): Promise<Answer> {
  const res = await get(`/api/v1/cooperation/legal-basis?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as Answer;
}

describe('GET /api/v1/cooperation/legal-basis: held-out pairs', () => {
  it('France → Germany, Financing 1999, 2005-01-01: art. 11 for extradition, art. 12 for assistance, with evidence', async () => {
    const ex = await answer('from=FRA&to=DEU&kind=extradition&conduct=terrorist-financing&asOf=2005-01-01');
    const fin = ex.applicable.find((a) => a.instrument.id === 'financing1999')!;
    expect(fin).toBeDefined();
    expect(fin.inForceForBothFrom).toBe('2004-07-17');
    expect(fin.provisions.map((p) => p.article)).toEqual(expect.arrayContaining(['11(1)', '11(2)']));
    expect(fin.provisions.find((p) => p.article === '11(2)')!.articlePath).toBe('/api/v1/instruments/financing1999/articles/11');
    expect(fin.evidence.requesting).toMatchObject({ state: 'FRA', status: 'party', inForceFrom: '2002-04-10', inForce: true });
    expect(fin.evidence.requesting.consent).toMatchObject({ date: '2002-01-07', source: { publisher: 'UN Treaty Collection' } });
    expect(fin.evidence.requested).toMatchObject({ state: 'DEU', status: 'party', inForceFrom: '2004-07-17', inForce: true });
    expect(fin.caveats.map((c) => [c.code, c.article])).toEqual(
      expect.arrayContaining([
        ['political-offence-excluded', '14'],
        ['aut-dedere-aut-judicare', '10(1)'],
        ['convention-basis-not-known', '11(2)'],
      ]),
    );
    expect(ex.noTreatyBasis).toBe(false);

    const mla = await answer('from=FRA&to=DEU&kind=mla&conduct=terrorist-financing&asOf=2005-01-01');
    const fin2 = mla.applicable.find((a) => a.instrument.id === 'financing1999')!;
    expect(fin2.provisions.map((p) => p.article)).toEqual(expect.arrayContaining(['12(1)-(3)']));
    expect(fin2.provisions.map((p) => p.article)).not.toContain('11(2)');
  });

  it('France → Pakistan, Financing 1999, 2005-01-01: Pakistan acceded after the date (2009-06-17)', async () => {
    const a = await answer('from=FRA&to=PAK&kind=extradition&conduct=terrorist-financing&asOf=2005-01-01');
    expect(a.applicable.map((x) => x.instrument.id)).not.toContain('financing1999');
    expect(a.nearMisses).toContainEqual(expect.objectContaining({ instrument: expect.objectContaining({ id: 'financing1999' }), state: 'PAK', reason: 'joined-after-date', date: '2009-06-17' }));
    // Between its accession and its entry into force (30 days later): not yet in force.
    const b = await answer('from=FRA&to=PAK&kind=extradition&conduct=terrorist-financing&asOf=2009-07-01');
    expect(b.nearMisses).toContainEqual(expect.objectContaining({ state: 'PAK', reason: 'not-yet-in-force', date: '2009-07-17' }));
    const c = await answer('from=FRA&to=PAK&kind=extradition&conduct=terrorist-financing&asOf=2009-07-17');
    expect(c.applicable.map((x) => x.instrument.id)).toContain('financing1999');
  });

  it('France → Germany, other serious crime, 2010-01-01: UNTOC only, with its organized-crime caveat', async () => {
    const a = await answer('from=FRA&to=DEU&kind=mla&conduct=other-serious-crime&asOf=2010-01-01');
    expect(a.applicable.map((x) => x.instrument.id)).toEqual(['untoc2000']);
    const untoc = a.applicable[0]!;
    expect(untoc.inForceForBothFrom).toBe('2006-07-14');
    expect(untoc.evidence.requesting.inForceFrom).toBe('2003-09-29');
    expect(untoc.caveats.map((c) => c.code)).toContain('untoc-organized-crime');
    expect(untoc.provisions.map((p) => p.article)).toContain('18(1)-(3)');
    // Before Germany's ratification took effect: no basis at all, and the answer says so.
    const early = await answer('from=FRA&to=DEU&kind=mla&conduct=other-serious-crime&asOf=2006-07-13');
    expect(early.applicable).toEqual([]);
    expect(early.noTreatyBasis).toBe(true);
    expect(early.nearMisses).toContainEqual(expect.objectContaining({ state: 'DEU', reason: 'not-yet-in-force', date: '2006-07-14' }));
  });

  it('Albania → France, hijacking, 2010-01-01: France’s Hague status is unknown (partial list), and the answer says so', async () => {
    const a = await answer('from=ALB&to=FRA&kind=extradition&conduct=aircraft-hijacking&asOf=2010-01-01');
    expect(a.applicable.map((x) => x.instrument.id)).toEqual(['untoc2000']);
    expect(a.undetermined).toContain('hague1970');
    expect(a.nearMisses).toContainEqual(expect.objectContaining({ instrument: expect.objectContaining({ id: 'hague1970' }), state: 'FRA', reason: 'status-unknown' }));
    expect(a.nearMisses.some((m) => m.instrument.id === 'hague1970' && m.state === 'ALB')).toBe(false);
  });
});

describe('GET /api/v1/cooperation/legal-basis: input', () => {
  const base = 'kind=extradition&conduct=terrorist-financing';
  const issues = async (q: string) => {
    const res = await get(`/api/v1/cooperation/legal-basis?${q}`);
    expect(res.statusCode).toBe(400);
    return res.json().error.issues.map((i: { path: string[] }) => i.path.join('.'));
  };
  it('names the field of an unknown State, and refuses the same State twice', async () => {
    expect(await issues(`from=XXX&to=DEU&${base}`)).toEqual(['query.from']);
    expect(await issues(`from=FRA&to=QQQ&${base}`)).toEqual(['query.to']);
    expect(await issues(`from=FRA&to=FRA&${base}`)).toEqual(['query.to']);
  });
  it('refuses malformed codes, unknown conducts and kinds, future dates and unknown parameters', async () => {
    expect(await issues(`from=fra&to=DEU&${base}`)).toEqual(['query.from']);
    expect((await issues('from=FRA&to=DEU&kind=surrender&conduct=piracy')).sort()).toEqual(['query.conduct', 'query.kind']);
    expect(await issues(`from=FRA&to=DEU&${base}&asOf=2026-03-02`)).toEqual(['query.asOf']);
    expect(await issues(`from=FRA&to=DEU&${base}&asof=2010-01-01`)).toEqual(['query.asof']);
  });
  it('defaults the date to today', async () => {
    expect((await answer(`from=FRA&to=DEU&${base}`)).asOf).toBe('2026-03-01');
  });
});

describe('user records: bilateral treaties and authorities', () => {
  it('adds a bilateral treaty in force, and links the requested State’s authorities (public fields, stale mark)', async () => {
    const db = t.database.db;
    const now = TEST_NOW;
    const id = randomUUID();
    await insertBilateralTreaties(db, [
      { id, kind: 'extradition-and-mla', title: 'Test treaty ALB–PAK', stateA: 'ALB', stateB: 'PAK', signedOn: '1999-01-01', inForceFrom: '2000-01-01', source: 'test gazette', createdAt: now, updatedAt: now },
      { kind: 'extradition', title: 'Ended', stateA: 'ALB', stateB: 'PAK', inForceFrom: '2000-01-01', terminatedOn: '2001-01-01', source: 'test', createdAt: now, updatedAt: now },
    ]);
    const old = new Date(now.getTime() - 400 * 86400_000);
    await insertAuthorities(db, [
      { stateCode: 'PAK', kind: 'extradition', name: 'Ministry of Interior', channels: ['diplomatic'], languages: ['en'], contacts: [{ name: 'Secret Person', role: 'x', email: 'secret@example.org', phone: '1' }], confirmedAt: old, createdAt: old, updatedAt: old },
      { stateCode: 'PAK', kind: 'central-authority', name: 'Central Authority', channels: ['direct'], languages: ['en', 'ur'], confirmedAt: now, createdAt: now, updatedAt: now },
      { stateCode: 'PAK', kind: 'mla', name: 'MLA desk', confirmedAt: now, createdAt: now, updatedAt: now },
    ]);
    const res = await get('/api/v1/cooperation/legal-basis?from=ALB&to=PAK&kind=extradition&conduct=other-serious-crime&asOf=2005-01-01');
    const a = res.json().data as Answer;
    expect(a.bilateral.map((b) => b.id)).toEqual([id]);
    expect(a.noTreatyBasis).toBe(false);
    expect(a.authorities.map((x) => [x.name, x.kind, x.stale])).toEqual([
      ['Central Authority', 'central-authority', false],
      ['Ministry of Interior', 'extradition', true],
    ]);
    expect(res.body).not.toContain('secret@example.org');
    expect(res.body).not.toContain('Secret Person');

    // The pair view counts it in both directions.
    const view = (await get('/api/v1/cooperation/pairs?kind=mla&conduct=other-serious-crime&asOf=2005-01-01')).json().data;
    const codes = view.states.map((s: { code: string }) => s.code);
    const n = codes.length;
    const [alb, pak] = [codes.indexOf('ALB'), codes.indexOf('PAK')];
    expect(Number(view.cells[alb * n + pak])).toBeGreaterThanOrEqual(1);
    expect(view.cells[alb * n + pak]).toBe(view.cells[pak * n + alb]);
  });
});

describe('user records: declarations', () => {
  it('says the requested State declined the convention as a legal basis, where a declaration records it', async () => {
    const q = 'kind=extradition&conduct=other-serious-crime&asOf=2010-01-01';
    const before = await answer(`from=DEU&to=FRA&${q}`);
    expect(before.applicable[0]!.caveats).toContainEqual(expect.objectContaining({ code: 'convention-basis-not-known', article: '16(4)-(5)' }));
    const now = TEST_NOW;
    await insertDeclarations(t.database.db, [
      { stateCode: 'FRA', instrumentId: 'untoc2000', kind: 'no-convention-basis-for-extradition', article: '16(5)', text: 'Test words', declaredOn: '2002-10-29', source: 'test source', createdAt: now, updatedAt: now },
    ]);
    const after = await answer(`from=DEU&to=FRA&${q}`);
    expect(after.applicable[0]!.caveats).toContainEqual(expect.objectContaining({ code: 'convention-basis-declined', article: '16(5)' }));
    expect((after as unknown as { declarations: { state: string }[] }).declarations.map((d) => d.state)).toEqual(['FRA']);
    // France's declaration does not bind Germany as the requested State.
    const reverse = await answer(`from=FRA&to=DEU&${q}`);
    expect(reverse.applicable[0]!.caveats.map((c) => c.code)).toContain('convention-basis-not-known');
  });
});

describe('GET /api/v1/cooperation/pairs', () => {
  it('has one cell per ordered pair and agrees with the finder on sampled pairs', async () => {
    const res = await get('/api/v1/cooperation/pairs?kind=extradition&conduct=terrorist-financing&asOf=2010-01-01');
    expect(res.statusCode).toBe(200);
    const view = res.json().data;
    const codes: string[] = view.states.map((s: { code: string }) => s.code);
    const n = codes.length;
    expect(n).toBeGreaterThan(190);
    expect(view.cells).toHaveLength(n * n);
    expect(view.instrumentIds).toEqual(expect.arrayContaining(['financing1999', 'untoc2000']));
    for (let i = 0; i < n; i++) expect(view.cells[i * n + i]).toBe('-');
    expect(view.blindSpots).toBe([...view.cells].filter((c) => c === '0').length);
    const sample = ['FRA', 'DEU', 'PAK', 'ALB', 'SOM', 'AFG', 'JPN', 'TUV', 'USA', 'CHN'].filter((c) => codes.includes(c));
    for (const from of sample) {
      for (const to of sample) {
        if (from === to) continue;
        const a = await answer(`from=${from}&to=${to}&kind=extradition&conduct=terrorist-financing&asOf=2010-01-01`);
        const count = a.applicable.length + a.bilateral.length;
        const expected = count ? String(Math.min(9, count)) : a.undetermined.length ? '?' : '0';
        expect(view.cells[codes.indexOf(from) * n + codes.indexOf(to)], `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('answers 304 to a client that holds the answer, and a new body when a user record changes it', async () => {
    const url = '/api/v1/cooperation/pairs?kind=mla&conduct=ships&asOf=2012-01-01';
    const first = await get(url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"c-/);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect((await get(url, { 'if-none-match': etag })).statusCode).toBe(304);
    const now = TEST_NOW;
    await insertBilateralTreaties(t.database.db, [{ kind: 'mla', title: 'New MLA treaty', stateA: 'AFG', stateB: 'TUV', inForceFrom: '2011-01-01', source: 'test', createdAt: now, updatedAt: now }]);
    const after = await get(url, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('is compressed for clients that accept gzip', async () => {
    const res = await get('/api/v1/cooperation/pairs?kind=mla&conduct=terrorist-bombing&asOf=2012-01-01', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    const data = JSON.parse(gunzipSync(res.rawPayload).toString()).data;
    expect(data.conduct).toBe('terrorist-bombing');
  });
});

describe('exports', () => {
  it('CSV: one row per requesting State, its blind spots listed', async () => {
    const res = await get('/api/v1/cooperation/pairs.csv?kind=extradition&conduct=terrorist-financing&asOf=2010-01-01');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="accord-pairs-terrorist-financing-extradition-2010-01-01.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]!.startsWith('Requesting State,Name,')).toBe(true);
    expect(lines[0]!.endsWith(',No treaty basis with')).toBe(true);
    const view = (await get('/api/v1/cooperation/pairs?kind=extradition&conduct=terrorist-financing&asOf=2010-01-01')).json().data;
    expect(lines).toHaveLength(view.states.length + 1);
  });

  it('XLSX: the matrix, the blind spots one per row, and what the cells mean', async () => {
    const res = await get('/api/v1/cooperation/pairs.xlsx?kind=extradition&conduct=terrorist-financing&asOf=2010-01-01&lang=fr');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Pairs', 'Blind spots', 'About']);
    const view = (await get('/api/v1/cooperation/pairs?kind=extradition&conduct=terrorist-financing&asOf=2010-01-01')).json().data;
    expect(wb.getWorksheet('Blind spots')!.rowCount - 1).toBe(view.blindSpots);
  });
});

describe('GET /api/v1/cooperation/conducts', () => {
  it('lists every conduct with its instruments, UNTOC last', async () => {
    const data = (await get('/api/v1/cooperation/conducts')).json().data as { id: string; instrumentIds: string[]; regional: { id: string }[] }[];
    expect(data.find((c) => c.id === 'terrorist-financing')!.instrumentIds).toEqual(['financing1999', 'untoc2000']);
    expect(data.find((c) => c.id === 'other-serious-crime')!.instrumentIds).toEqual(['untoc2000']);
    expect(data.find((c) => c.id === 'other-serious-crime')!.regional.map((r) => r.id)).not.toContain('oas_a66_2002');
    expect(data.find((c) => c.id === 'hostage-taking')!.regional.map((r) => r.id)).toContain('oas_a66_2002');
  });
});
