// API tests: participants list and profile, on the real UNTC list of the Terrorist Financing Convention 1999.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestServer } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
beforeAll(async () => {
  t = await buildTestServer();
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('GET /api/v1/participants', () => {
  it('pages every participant with abilities', async () => {
    const res = await get('/api/v1/participants?pageSize=10&page=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.page).toBe(2);
    expect(body.pageSize).toBe(10);
    expect(body.data).toHaveLength(10);
    expect(body.total).toBeGreaterThanOrEqual(195); // 193 Member States, 2 observers, and organisations
    expect(body.abilities).toEqual({ export: true, import: false });
  });

  it('filters by regional group, kind and a name in any language', async () => {
    const african = (await get('/api/v1/participants?regionalGroup=African%20States&pageSize=500')).json();
    expect(african.total).toBe(54);
    expect(african.data.every((p: { regionalGroup: string }) => p.regionalGroup === 'African States')).toBe(true);

    const observers = (await get('/api/v1/participants?kind=observer')).json();
    expect(observers.data.map((p: { code: string }) => p.code).sort()).toEqual(expect.arrayContaining(['PSE', 'VAT']));

    const byFrench = (await get(`/api/v1/participants?q=${encodeURIComponent('côte')}`)).json();
    expect(byFrench.data.map((p: { code: string }) => p.code)).toContain('CIV');
    const byChinese = (await get(`/api/v1/participants?q=${encodeURIComponent('阿富汗')}`)).json();
    expect(byChinese.data.map((p: { code: string }) => p.code)).toEqual(['AFG']);
    const byCode = (await get('/api/v1/participants?q=afg')).json();
    expect(byCode.data[0].code).toBe('AFG');
  });

  it('counts universal instruments joined as of a date', async () => {
    const now = (await get('/api/v1/participants?q=AFG')).json();
    expect(now.data[0].universalPartyCount).toBe(1);
    const before = (await get('/api/v1/participants?q=AFG&asOf=2003-09-23')).json();
    expect(before.data[0].universalPartyCount).toBe(0);
  });

  it('rejects unknown parameters and out-of-range paging, naming each', async () => {
    const res = await get('/api/v1/participants?pageSize=0&region=x');
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual([
      'query.pageSize',
      'query.region',
    ]);
  });
});

describe('GET /api/v1/participants/{code}', () => {
  it('shows status, dates and source per instrument (AFG acceded to financing1999 on 2003-09-24)', async () => {
    const res = await get('/api/v1/participants/AFG');
    expect(res.statusCode).toBe(200);
    const { data, abilities } = res.json();
    expect(abilities.export).toBe(true);
    expect(data.asOf).toBe('2026-03-01');
    expect(data.participant).toMatchObject({ code: 'AFG', officialNameEn: 'Islamic Republic of Afghanistan' });
    const financing = data.participation.find((p: { instrumentId: string }) => p.instrumentId === 'financing1999');
    expect(financing).toMatchObject({
      status: 'party',
      consentKind: 'accession',
      consentDate: '2003-09-24',
      signatureDate: null,
      source: { publisher: 'UN Treaty Collection', asOf: '2014-07-10' },
    });
    expect(financing.instrument.id).toBe('financing1999');
    // Every instrument is listed; the universal ones it has not joined are its gaps.
    expect(data.gaps.map((g: { id: string }) => g.id)).not.toContain('financing1999');
    // Gaps are the universal instruments known not to be joined; instruments without a complete list are unknown.
    const statusOf = (id: string) => data.participation.find((p: { instrumentId: string }) => p.instrumentId === id).status;
    expect(statusOf('tokyo1963')).toBe('unknown');
    expect(data.gaps.map((g: { id: string }) => g.id)).not.toContain('tokyo1963');
    expect(data.gaps.length).toBe(data.participation.filter((p: { instrument: { category: string }; status: string }) => p.instrument.category === 'universal' && p.status === 'none').length);
    expect(data.timeline).toEqual([
      expect.objectContaining({ instrumentId: 'financing1999', kind: 'accession', date: '2003-09-24', nameAsWritten: 'Afghanistan' }),
    ]);
  });

  it('shows a signatory before its ratification and nothing before its signature (Albania)', async () => {
    const at = async (asOf: string) =>
      (await get(`/api/v1/participants/alb?asOf=${asOf}`))
        .json()
        .data.participation.find((p: { instrumentId: string }) => p.instrumentId === 'financing1999');
    expect(await at('2002-04-10')).toMatchObject({ status: 'party', signatureDate: '2001-12-18', consentKind: 'ratification', consentDate: '2002-04-10' });
    expect(await at('2002-01-01')).toMatchObject({ status: 'signatory', signatureDate: '2001-12-18', consentDate: null });
    expect(await at('2001-12-17')).toMatchObject({ status: 'none', signatureDate: null, source: null });
    const early = (await get('/api/v1/participants/ALB?asOf=2001-12-17')).json().data;
    expect(early.timeline).toEqual([]);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const missing = await get('/api/v1/participants/QQQ');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'NOT_FOUND', params: { code: 'QQQ' } });
    const malformed = await get('/api/v1/participants/AF1');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.issues[0].path).toEqual(['params', 'code']);
  });

  it('refuses an asOf in the future or not a real date, naming the parameter', async () => {
    for (const asOf of ['2026-03-02', '2004-02-31', '2004-2-3', 'yesterday']) {
      const res = await get(`/api/v1/participants/AFG?asOf=${asOf}`);
      expect(res.statusCode, asOf).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.issues.map((i: { path: string[] }) => i.path)).toEqual([['query', 'asOf']]);
    }
    expect((await get('/api/v1/participants/AFG?asOf=2026-03-01')).statusCode).toBe(200);
  });
});
