// API tests of the books: recording contributions (rate of the date looked up, or given; missing rate → 400 naming
// it; earmarks checked), who reads whose money, allocations and expenditure with their balances, the overspend
// refused with 409 naming what is available, two allocations at once (one wins, on PGlite and PostgreSQL), corrections
// under If-Match, and the balances per donor at a date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, signedIn } from '../../../../../test/accounts.ts';
import { buildProgramme } from '../../../../../test/activities.ts';
import { auditEntriesOf, buildContribution, buildFundingPeople, buildRates } from '../../../../../test/funding.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
type Headers = Record<string, string>;
const h = {} as Record<'officer' | 'coordinator' | 'donorRep' | 'otherDonorRep' | 'focalPoint', Headers>;
let people: Awaited<ReturnType<typeof buildFundingPeople>>;
let programmeId: string;

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  people = await buildFundingPeople(db, TEST_NOW);
  for (const k of ['officer', 'coordinator', 'donorRep', 'otherDonorRep', 'focalPoint'] as const) {
    h[k] = (await signedIn(db, people[k].user.id, TEST_NOW)).headers;
  }
  programmeId = (await buildProgramme(db, { organisationId: people.entity.id }, TEST_NOW)).id;
  await buildRates(db, [
    { currency: 'EUR', date: '2014-01-02', unitsPerUsd: '0.733' },
    { currency: 'EUR', date: '2014-02-03', unitsPerUsd: '0.74' },
  ], 'ECB test', TEST_NOW);
});

afterAll(async () => {
  await t?.close();
});

const send = (method: 'GET' | 'POST' | 'PATCH', url: string, who: keyof typeof h, payload?: unknown, extra: Headers = {}) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { ...h[who], ...extra }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

const contribution = (over: Record<string, unknown> = {}) => ({
  kind: 'contribution',
  form: 'cash',
  donorOrganisationId: people.donor.id,
  date: '2014-01-20',
  amount: '100000.10',
  currency: 'EUR',
  ...over,
});

async function record(over: Record<string, unknown> = {}) {
  const res = await send('POST', '/funding/contributions', 'officer', contribution(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as { id: string; amount: string; amountUsd: string; version: number; rate: { unitsPerUsd: string; rateDate: string; source: string } };
}

describe('recording a contribution', () => {
  it('values cash at the latest imported rate on or before its date, exactly', async () => {
    const c = await record();
    expect(c.amount).toBe('100000.1');
    expect(c.rate).toEqual({ unitsPerUsd: '0.733', rateDate: '2014-01-02', source: 'ECB test' });
    // 100000.10 / 0.733 = 136425.784447…, rounded once to cents
    expect(c.amountUsd).toBe('136425.78');
  });

  it('refuses a currency without a rate on or before the date, naming it (never a silent 1)', async () => {
    const res = await send('POST', '/funding/contributions', 'officer', contribution({ currency: 'JPY', amount: '5000000' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues).toContainEqual(expect.objectContaining({ path: ['body', 'currency'], code: 'no_rate' }));
    const early = await send('POST', '/funding/contributions', 'officer', contribution({ date: '2013-12-31' }));
    expect(early.statusCode).toBe(400);
  });

  it('takes a rate given with its source', async () => {
    const c = await record({ currency: 'GBP', amount: '50000', rate: { unitsPerUsd: '0.6', source: 'UN operational rates 2014-01' } });
    expect(c.rate).toEqual({ unitsPerUsd: '0.6', rateDate: '2014-01-20', source: 'UN operational rates 2014-01' });
    expect(c.amountUsd).toBe('83333.33');
  });

  it('answers 400 with the failing path for bad input', async () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ amount: '1e5' }, ['body', 'amount']],
      [{ amount: '10.001', currency: 'USD' }, ['body', 'amount']],
      [{ amount: '100', currency: 'JPY' }, ['body', 'currency']],
      [{ currency: 'XXQ' }, ['body', 'currency']],
      [{ earmark: { kind: 'theme', value: 'not-a-theme' } }, ['body', 'earmark', 'value']],
      [{ earmark: { kind: 'mandate', value: '68/187/OP99' } }, ['body', 'earmark', 'value']],
      [{ earmark: { kind: 'state', value: 'ZZZ' } }, ['body', 'earmark', 'value']],
      [{ earmark: { kind: 'programme', value: '00000000-0000-4000-8000-000000000000' } }, ['body', 'earmark', 'value']],
      [{ form: 'in-kind' }, ['body', 'inKindDescription']],
      [{ date: '2026-03-02' }, ['body', 'date']],
    ];
    for (const [over, path] of cases) {
      const res = await send('POST', '/funding/contributions', 'officer', contribution(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      const paths = (res.json().error.issues as { path: (string | number)[] }[]).map((i) => i.path.join('.'));
      // JPY has no rate in this table: the amount is fine (0 decimals), the currency lacks a rate.
      expect(paths, JSON.stringify(over)).toContain(path.join('.'));
    }
  });

  it('earmarks to a programme, a theme, a mandate paragraph, a State; records in kind with its valuation', async () => {
    await record({ earmark: { kind: 'programme', value: programmeId } });
    await record({ earmark: { kind: 'theme', value: 'terrorist-financing' } });
    await record({ earmark: { kind: 'mandate', value: '68/187/OP13' } });
    const inKind = await record({ form: 'in-kind', currency: 'USD', amount: '24000', inKindDescription: 'Two trainers for ten days', valuationBasis: 'UN daily rates' });
    expect(inKind.amountUsd).toBe('24000');
  });

  it('fulfils a pledge of the same donor only', async () => {
    const pledge = await record({ kind: 'pledge', currency: 'USD', date: '2014-01-05' });
    const fulfils = await send('POST', '/funding/contributions', 'officer', contribution({ currency: 'USD', pledgeId: pledge.id }));
    expect(fulfils.statusCode, fulfils.body).toBe(201);
    expect(fulfils.json().data.pledgeId).toBe(pledge.id);
    const other = await send('POST', '/funding/contributions', 'officer', contribution({ currency: 'USD', pledgeId: pledge.id, donorOrganisationId: people.otherDonor.id }));
    expect(other.statusCode).toBe(400);
    expect(other.json().error.issues[0]).toMatchObject({ path: ['body', 'pledgeId'], code: 'other_donor' });
    const notPledge = await send('POST', '/funding/contributions', 'officer', contribution({ currency: 'USD', pledgeId: fulfils.json().data.id }));
    expect(notPledge.json().error.issues[0]).toMatchObject({ path: ['body', 'pledgeId'], code: 'not_found' });
  });

  it('fulfils a pledge made to the same entity, in the same currency, only', async () => {
    const otherEntity = await buildOrganisation(t.database.db, { kind: 'un-entity', name: 'Another entity' }, TEST_NOW);
    const elsewhere = await buildContribution(t.database.db, { kind: 'pledge', donorOrganisationId: people.donor.id, recipientOrganisationId: otherEntity.id, currency: 'USD', amount: '100', date: '2014-01-05' }, TEST_NOW);
    const toOther = await send('POST', '/funding/contributions', 'officer', contribution({ currency: 'USD', pledgeId: elsewhere.id }));
    expect(toOther.statusCode).toBe(400);
    expect(toOther.json().error.issues[0]).toMatchObject({ path: ['body', 'pledgeId'], code: 'other_recipient' });
    const pledge = await record({ kind: 'pledge', currency: 'USD', date: '2014-01-05' });
    const inEuros = await send('POST', '/funding/contributions', 'officer', contribution({ currency: 'EUR', pledgeId: pledge.id }));
    expect(inEuros.statusCode).toBe(400);
    expect(inEuros.json().error.issues[0]).toMatchObject({ path: ['body', 'pledgeId'], code: 'other_currency' });
  });

  it('is written by the receiving entity’s officers only', async () => {
    for (const who of ['coordinator', 'donorRep', 'focalPoint'] as const) {
      expect((await send('POST', '/funding/contributions', who, contribution())).statusCode, who).toBe(403);
    }
  });
});

describe('reading', () => {
  it('a donor’s representative reads its own donor’s contributions, another donor’s is a 404', async () => {
    const c = await record();
    expect((await send('GET', `/funding/contributions/${c.id}`, 'donorRep')).statusCode).toBe(200);
    expect((await send('GET', `/funding/contributions/${c.id}`, 'coordinator')).statusCode).toBe(200);
    expect((await send('GET', `/funding/contributions/${c.id}`, 'otherDonorRep')).statusCode).toBe(404);
    const list = await send('GET', '/funding/contributions', 'otherDonorRep');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(0);
    expect((await send('GET', '/funding/contributions', 'donorRep')).json().total).toBeGreaterThan(0);
  });

  it('filters by kind and earmark, and answers balances as of a date', async () => {
    const res = await send('GET', '/funding/contributions?earmarkKind=mandate&asOf=2014-12-31', 'officer');
    expect(res.statusCode).toBe(200);
    expect(res.json().data.every((c: { earmark: { kind: string } }) => c.earmark.kind === 'mandate')).toBe(true);
    expect((await send('GET', '/funding/contributions?asOf=2013-01-01', 'officer')).json().total).toBe(0);
    expect((await send('GET', '/funding/contributions?asOf=2027-01-01', 'officer')).statusCode).toBe(400);
  });
});

describe('allocations and expenditure', () => {
  it('allocates, spends, and keeps balances at every date', async () => {
    const c = await record({ currency: 'USD', amount: '1000.30' });
    const a1 = await send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { programmeId, date: '2014-02-01', amount: '0.10' });
    expect(a1.statusCode, a1.body).toBe(201);
    expect(a1.json().data.contributionBalance).toMatchObject({ received: '1000.3', allocated: '0.1', balance: '1000.2' });
    const a2 = await send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { programmeId, date: '2014-03-01', amount: '0.20' });
    expect(a2.statusCode).toBe(201);
    const spend = await send('POST', `/funding/allocations/${a2.json().data.id}/expenditures`, 'officer', { date: '2014-03-05', amount: '0.15' });
    expect(spend.statusCode, spend.body).toBe(201);
    expect(spend.json().data.allocation.balance).toMatchObject({ allocated: '0.2', spent: '0.15', balance: '0.05' });

    const feb = (await send('GET', `/funding/contributions/${c.id}?asOf=2014-02-15`, 'officer')).json().data;
    expect(feb.balance).toMatchObject({ received: '1000.3', allocated: '0.1', balance: '1000.2' });
    const mar = (await send('GET', `/funding/contributions/${c.id}?asOf=2014-03-31`, 'officer')).json().data;
    expect(mar.balance).toMatchObject({ allocated: '0.3', balance: '1000' });
    expect(mar.allocations[1].balance).toMatchObject({ spent: '0.15', balance: '0.05' });

    const over = await send('POST', `/funding/allocations/${a2.json().data.id}/expenditures`, 'officer', { date: '2014-03-06', amount: '0.06' });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toContain('0.05 USD');
  });

  it('refuses an overspend with 409 naming the available balance; nothing is written', async () => {
    const c = await record({ currency: 'USD', amount: '500' });
    expect((await send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { programmeId, date: '2014-02-01', amount: '400' })).statusCode).toBe(201);
    const res = await send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { programmeId, date: '2014-02-02', amount: '100.01' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', params: { available: '100', currency: 'USD' } });
    expect(res.json().error.message).toContain('100.00 USD available');
    expect((await send('GET', `/funding/contributions/${c.id}`, 'officer')).json().data.allocations).toHaveLength(1);
  });

  it('refuses allocating from a pledge, before the contribution, or to no target', async () => {
    const pledge = await record({ kind: 'pledge', currency: 'USD' });
    const fromPledge = await send('POST', `/funding/contributions/${pledge.id}/allocations`, 'officer', { programmeId, date: '2014-02-01', amount: '1' });
    expect(fromPledge.statusCode).toBe(400);
    const c = await record({ currency: 'USD' });
    const early = await send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { programmeId, date: '2014-01-19', amount: '1' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.issues[0].path).toEqual(['body', 'date']);
    const none = await send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { date: '2014-02-01', amount: '1' });
    expect(none.statusCode).toBe(400);
    // Donors' representatives read; they never keep the books (403 whoever's the contribution).
    expect((await send('POST', `/funding/contributions/${c.id}/allocations`, 'donorRep', { programmeId, date: '2014-02-01', amount: '1' })).statusCode).toBe(403);
    expect((await send('POST', `/funding/contributions/${c.id}/allocations`, 'coordinator', { programmeId, date: '2014-02-01', amount: '1' })).statusCode).toBe(403);
  });

  it('two allocations at once cannot overspend: one wins, the other answers 409', async () => {
    const c = await record({ currency: 'USD', amount: '1000' });
    const both = await Promise.all(
      [1, 2].map(() => send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { programmeId, date: '2014-02-01', amount: '600' })),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const detail = (await send('GET', `/funding/contributions/${c.id}`, 'officer')).json().data;
    expect(detail.balance).toMatchObject({ allocated: '600', balance: '400' });
  });

  it('two expenditures at once cannot overspend an allocation: one wins', async () => {
    const c = await record({ currency: 'USD', amount: '1000' });
    const a = (await send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { programmeId, date: '2014-02-01', amount: '100' })).json().data;
    const both = await Promise.all([1, 2].map(() => send('POST', `/funding/allocations/${a.id}/expenditures`, 'officer', { date: '2014-02-02', amount: '60' })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const detail = (await send('GET', `/funding/contributions/${c.id}`, 'officer')).json().data;
    expect(detail.allocations[0].balance).toMatchObject({ spent: '60', balance: '40' });
  });

  it('writes each change to the audit trail', async () => {
    const c = await record({ currency: 'USD', amount: '10' });
    const a = (await send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { programmeId, date: '2014-02-01', amount: '4' })).json().data;
    await send('POST', `/funding/allocations/${a.id}/expenditures`, 'officer', { date: '2014-02-02', amount: '1' });
    const entries = await auditEntriesOf(t.database.db, [c.id, a.id]);
    expect(entries.map((e) => e.action).sort()).toEqual(['allocation:create', 'contribution:create']);
    expect(entries.find((e) => e.action === 'contribution:create')!.after).toMatchObject({ amount: '10', currency: 'USD' });
  });
});

describe('corrections (If-Match)', () => {
  it('needs the version read, refuses a stale one (412) and an amount below what is allocated (409)', async () => {
    const c = await record({ currency: 'USD', amount: '1000' });
    await send('POST', `/funding/contributions/${c.id}/allocations`, 'officer', { programmeId, date: '2014-02-01', amount: '700' });
    const stale = await send('PATCH', `/funding/contributions/${c.id}`, 'officer', { notes: 'x' }, { 'if-match': '"v9"' });
    expect(stale.statusCode).toBe(412);
    const below = await send('PATCH', `/funding/contributions/${c.id}`, 'officer', { amount: '699.99' }, { 'if-match': '"v1"' });
    expect(below.statusCode).toBe(409);
    expect(below.json().error.message).toContain('700.00 USD');
    const later = await send('PATCH', `/funding/contributions/${c.id}`, 'officer', { date: '2014-02-02' }, { 'if-match': '"v1"' });
    expect(later.statusCode).toBe(400);
    const ok = await send('PATCH', `/funding/contributions/${c.id}`, 'officer', { amount: '700', reference: 'AGR-1' }, { 'if-match': '"v1"' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json().data.balance).toMatchObject({ balance: '0' });
  });

  it('revalues at the new date’s rate from the same source', async () => {
    const c = await record({ amount: '740', date: '2014-01-20' });
    const res = await send('PATCH', `/funding/contributions/${c.id}`, 'officer', { date: '2014-02-10' }, { 'if-match': '"v1"' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ rate: { unitsPerUsd: '0.74', rateDate: '2014-02-03', source: 'ECB test' }, amountUsd: '1000' });
  });
});

describe('balances per donor', () => {
  it('totals in each currency and in US dollars at a date; a donor sees only its own', async () => {
    const all = await send('GET', '/funding/balances?asOf=2014-12-31', 'officer');
    expect(all.statusCode).toBe(200);
    const donors = all.json().data as { donorOrganisationId: string; byCurrency: { currency: string; received: string }[]; usd: { received: string } }[];
    expect(donors.map((d) => d.donorOrganisationId)).toContain(people.donor.id);
    const own = await send('GET', '/funding/balances?asOf=2014-12-31', 'otherDonorRep');
    expect(own.json().data).toEqual([]);
    const before = await send('GET', '/funding/balances?asOf=2013-12-31', 'officer');
    expect(before.json().data.every((d: { usd: { received: string } }) => d.usd.received === '0')).toBe(true);
  });
});
