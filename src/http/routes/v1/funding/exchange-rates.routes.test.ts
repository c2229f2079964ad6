// API tests of exchange-rate tables: importing the real ECB table shipped in data/reference (JSON) and a small table
// as text/csv, the file's SHA-256 kept with each rate, a bad table refused whole with each problem by line, who may
// import, and a contribution valued at an imported rate of its date.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../../../test/accounts.ts';
import { buildFundingPeople, buildRates } from '../../../../../test/funding.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { readReference } from '../../../../../test/reference-files.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
const h = {} as Record<'officer' | 'coordinator' | 'donorRep', Record<string, string>>;
let people: Awaited<ReturnType<typeof buildFundingPeople>>;
const ECB = readReference('funding/rates/eurofxref-hist-2013-2014.csv');

beforeAll(async () => {
  t = await buildTestServer([]);
  people = await buildFundingPeople(t.database.db, TEST_NOW);
  for (const k of ['officer', 'coordinator', 'donorRep'] as const) h[k] = (await signedIn(t.database.db, people[k].user.id, TEST_NOW)).headers;
});

afterAll(async () => {
  await t?.close();
});

describe('importing a rate table', () => {
  it('imports the ECB table as units per dollar, keeping the file’s name and SHA-256', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/funding/exchange-rates',
      headers: h.officer,
      payload: { source: 'ECB euro reference rates', fileName: 'eurofxref-hist-2013-2014.csv', content: ECB },
    });
    expect(res.statusCode, res.body).toBe(201);
    const sha = createHash('sha256').update(ECB, 'utf8').digest('hex');
    expect(res.json().data).toMatchObject({ format: 'ecb', rates: 15810, from: '2013-01-02', to: '2014-12-31', fileSha256: sha });
    const list = await t.app.inject({ url: '/api/v1/funding/exchange-rates?currency=eur&from=2014-07-09&to=2014-07-09', headers: h.donorRep });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().data).toEqual([expect.objectContaining({ currency: 'EUR', date: '2014-07-09', unitsPerUsd: '0.735132', fileSha256: sha })]);
    expect(list.json().sources).toContain('ECB euro reference rates');
  });

  it('values a contribution at the imported rate of its date (a Saturday takes Friday’s)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/funding/contributions',
      headers: h.officer,
      payload: { kind: 'contribution', form: 'cash', donorOrganisationId: people.donor.id, date: '2014-07-12', amount: '735565', currency: 'EUR', rateSource: 'ECB euro reference rates' },
    });
    expect(res.statusCode, res.body).toBe(201);
    // 2014-07-11: 1.3595 USD per euro → 1 ÷ 1.3595 = 0.735565 EUR per USD.
    expect(res.json().data).toMatchObject({ rate: { unitsPerUsd: '0.735565', rateDate: '2014-07-11', source: 'ECB euro reference rates' }, amountUsd: '1000000' });
  });

  it('takes text/csv with the source and file name in the query', async () => {
    const csv = 'currency,date,units_per_usd\nCHF,2014-01-02,0.9\n';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/funding/exchange-rates?source=UN%20operational%20rates&fileName=un-2014-01.csv',
      headers: { ...h.officer, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ format: 'accord', rates: 1, currencies: ['CHF'], fileName: 'un-2014-01.csv' });
    const noSource = await t.app.inject({ method: 'POST', url: '/api/v1/funding/exchange-rates', headers: { ...h.officer, 'content-type': 'text/csv' }, payload: csv });
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['query.source', 'query.fileName']);
  });

  it('refuses a table with a bad row whole, naming each line', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/funding/exchange-rates',
      headers: h.officer,
      payload: { source: 'Bad', fileName: 'bad.csv', content: 'currency,date,units_per_usd\nSEK,2014-01-02,6.5\nXXQ,2014-01-02,1\nNOK,2014-13-01,6\n' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: (string | number)[] }) => i.path)).toEqual([
      ['body', 'content', 3],
      ['body', 'content', 4],
    ]);
    const sek = await t.app.inject({ url: '/api/v1/funding/exchange-rates?source=Bad', headers: h.officer });
    expect(sek.json().total).toBe(0);
  });

  it('never changes a rate held: the same value is unchanged, a different one refuses the whole file', async () => {
    const post = (content: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/funding/exchange-rates', headers: h.officer, payload: { source: 'Held rates', fileName: 'held.csv', content } });
    const first = await post('currency,date,units_per_usd\nGBP,2030-01-02,0.8\n');
    expect(first.statusCode, first.body).toBe(201);
    const again = await post('currency,date,units_per_usd\nGBP,2030-01-02,0.800\nGBP,2030-01-03,0.81\n');
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().data).toMatchObject({ rates: 2, unchanged: 1 });
    const changed = await post('currency,date,units_per_usd\nGBP,2030-01-04,0.82\nGBP,2030-01-02,0.9\n');
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.issues[0]).toMatchObject({ path: ['body', 'content'], code: 'rate_changed' });
    expect(changed.json().error.issues[0].message).toContain('GBP');
    expect(changed.json().error.issues[0].message).toContain('2030-01-02');
    expect(changed.json().error.issues[0].message).toContain('Held rates');
    const held = await t.app.inject({ url: '/api/v1/funding/exchange-rates?currency=GBP&from=2030-01-01&to=2030-01-31', headers: h.officer });
    expect(held.json().data.map((r: { date: string; unitsPerUsd: string }) => [r.date, r.unitsPerUsd]).sort()).toEqual([['2030-01-02', '0.8'], ['2030-01-03', '0.81']]);
  });

  it('with no source named, takes the most recently imported table among those of the latest day', async () => {
    await buildRates(t.database.db, [{ currency: 'KES', date: '2014-02-01', unitsPerUsd: '90' }], 'A older table', new Date('2014-02-02T00:00:00Z'));
    await buildRates(t.database.db, [{ currency: 'KES', date: '2014-02-01', unitsPerUsd: '95' }], 'Z newer table', new Date('2014-02-03T00:00:00Z'));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/funding/contributions',
      headers: h.officer,
      payload: { kind: 'contribution', form: 'cash', donorOrganisationId: people.donor.id, date: '2014-02-10', amount: '950', currency: 'KES' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.rate).toEqual({ unitsPerUsd: '95', rateDate: '2014-02-01', source: 'Z newer table' });
  });

  it('is for the entities’ officers', async () => {
    for (const who of ['coordinator', 'donorRep'] as const) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/funding/exchange-rates', headers: h[who], payload: { source: 'x', fileName: 'x.csv', content: 'currency,date,units_per_usd\nEUR,2014-01-02,0.7\n' } });
      expect(res.statusCode, who).toBe(403);
    }
  });
});
