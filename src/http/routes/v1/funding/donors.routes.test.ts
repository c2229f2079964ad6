// API tests of a donor's page and the funding exports: the totals and balances on a day in exact decimals, where the
// money went (programmes, activities, States, themes, participants by sex, results with their records), a funded
// record named only when the reader may read it (else counted and summed), and another donor's page a 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { signedIn } from '../../../../../test/accounts.ts';
import { buildActivity, buildProgramme } from '../../../../../test/activities.ts';
import { buildAllocation, buildContribution, buildExpenditure, buildFundingPeople } from '../../../../../test/funding.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
const db = () => t.database.db;
let people: Awaited<ReturnType<typeof buildFundingPeople>>;
const headers = {} as Record<'officer' | 'donorRep' | 'otherDonorRep' | 'focalPoint', Record<string, string>>;
const ids = {} as Record<'shown' | 'hidden' | 'named' | 'programme' | 'result' | 'contribution', string>;

beforeAll(async () => {
  t = await buildTestServer([]);
  people = await buildFundingPeople(db(), TEST_NOW);
  for (const who of ['officer', 'donorRep', 'otherDonorRep', 'focalPoint'] as const) headers[who] = (await signedIn(db(), people[who].user.id, TEST_NOW)).headers;
  const entity = people.entity.id;
  const programme = await buildProgramme(db(), { organisationId: entity, code: 'GLOU61', names: { en: 'Global Programme' }, confidentiality: 'public' }, TEST_NOW);
  const shown = await buildActivity(
    db(),
    { organisationId: entity, title: 'Public workshop in Niamey', confidentiality: 'public', stateCodes: ['NER'], themes: ['ratification-legislation'], participantsTotal: 25, participantsFemale: 10, participantsMale: 14, participantsOther: 1 },
    TEST_NOW,
  );
  const hidden = await buildActivity(
    db(),
    { organisationId: entity, title: 'Restricted mentoring in Bamako', confidentiality: 'state-restricted', stateCodes: ['MLI', 'NER'], themes: ['criminal-justice-response'], participantsTotal: 8, participantsFemale: 3, participantsMale: 5 },
    TEST_NOW,
  );
  const named = await buildActivity(db(), { organisationId: entity, title: 'Named-people course', confidentiality: 'named-people', namedUserIds: [people.officer.user.id], stateCodes: ['NER'] }, TEST_NOW);
  Object.assign(ids, { shown: shown.id, hidden: hidden.id, named: named.id, programme: programme.id });
  const inserted = await db().execute<{ id: string }>(sql`
    insert into assistance_results (kind, activity_id, state_code, date, description, created_at) values
      ('legislation-adopted', ${shown.id}, 'NER', '2014-06-01', 'Law amended', ${TEST_NOW}),
      ('legislation-adopted', ${hidden.id}, 'MLI', '2014-07-01', '', ${TEST_NOW})
    returning id`);
  ids.result = (inserted as unknown as { rows: { id: string }[] }).rows[0]!.id;
  const eur = await buildContribution(db(), { donorOrganisationId: people.donor.id, recipientOrganisationId: entity, currency: 'EUR', amount: '1000.30', unitsPerUsd: '0.75', date: '2014-01-10' }, TEST_NOW);
  await buildContribution(db(), { donorOrganisationId: people.donor.id, recipientOrganisationId: entity, kind: 'pledge', amount: '500', date: '2014-01-05' }, TEST_NOW);
  await buildContribution(db(), { donorOrganisationId: people.otherDonor.id, recipientOrganisationId: entity, amount: '999', date: '2014-01-05' }, TEST_NOW);
  for (const date of ['2014-01-06', '2014-01-07']) {
    await buildContribution(db(), { donorOrganisationId: people.otherDonor.id, recipientOrganisationId: entity, amount: '999999999999999999.99', date }, TEST_NOW);
  }
  const a1 = await buildAllocation(db(), { contributionId: eur.id, activityId: shown.id, amount: '300.10', date: '2014-02-01' }, TEST_NOW);
  ids.contribution = eur.id;
  const a2 = await buildAllocation(db(), { contributionId: eur.id, activityId: hidden.id, amount: '200.10', date: '2014-03-01', notes: 'For the Bamako mentoring' }, TEST_NOW);
  await buildExpenditure(db(), { allocationId: a2.id, amount: '1', date: '2014-03-02', description: 'Mentors in Bamako' }, TEST_NOW);
  await buildAllocation(db(), { contributionId: eur.id, activityId: named.id, amount: '0.10', date: '2014-03-01' }, TEST_NOW);
  await buildAllocation(db(), { contributionId: eur.id, programmeId: programme.id, amount: '100', date: '2014-09-01' }, TEST_NOW);
  await buildExpenditure(db(), { allocationId: a1.id, amount: '0.1', date: '2014-02-10' }, TEST_NOW);
  await buildExpenditure(db(), { allocationId: a1.id, amount: '0.2', date: '2014-02-11' }, TEST_NOW);
}, 120_000);
afterAll(() => t.close());

const page = (who: keyof typeof headers, donorId: string, asOf = '2014-06-30') =>
  t.app.inject({ method: 'GET', url: `/api/v1/funding/donors/${donorId}?asOf=${asOf}`, headers: headers[who] });

describe('GET /api/v1/funding/donors/:id', () => {
  it('gives the totals and balances on a day in exact decimals, per currency and in US dollars', async () => {
    const res = await page('donorRep', people.donor.id);
    expect(res.statusCode).toBe(200);
    const d = res.json().data;
    expect(d.donor).toMatchObject({ id: people.donor.id, name: 'First Donor' });
    expect(d.totals).toEqual([
      { currency: 'EUR', pledged: '0', received: '1000.3', allocated: '500.3', spent: '1.3', balance: '500' },
      { currency: 'USD', pledged: '500', received: '0', allocated: '0', spent: '0', balance: '0' },
    ]);
    // 1000.30 EUR at 0.75 per dollar = 1333.7333… → 1333.73; the September allocation is after the day.
    expect(d.totalsUsd).toMatchObject({ received: '1333.73', allocated: '667.07', pledged: '500.00' });
  });

  it('sums beyond 20 significant digits exactly', async () => {
    const d = (await page('otherDonorRep', people.otherDonor.id)).json().data;
    expect(d.totals).toEqual([{ currency: 'USD', pledged: '0', received: '2000000000000000998.98', allocated: '0', spent: '0', balance: '2000000000000000998.98' }]);
    expect(d.totalsUsd.received).toBe('2000000000000000998.98');
  });

  it('names the activities the reader may read, with participants and results, and only counts the others', async () => {
    const d = (await page('donorRep', people.donor.id)).json().data;
    expect(d.activities.map((a: { title: string }) => a.title)).toEqual(['Public workshop in Niamey']);
    const [shown] = d.activities;
    expect(shown.participants).toEqual({ total: 25, female: 10, male: 14, other: 1 });
    expect(shown.allocated).toEqual([{ currency: 'EUR', amount: '300.1', usd: '400.13' }]);
    expect(shown.spent).toEqual([{ currency: 'EUR', amount: '0.3', usd: '0.40' }]);
    expect(shown.results).toEqual([expect.objectContaining({ id: ids.result, kind: 'legislation-adopted', stateCode: 'NER' })]);
    expect(d.undisclosed).toMatchObject({ activities: 2, programmes: 0, participants: { total: 8, female: 3, male: 5, other: 0 }, resultsByKind: { 'legislation-adopted': 1 } });
    expect(d.undisclosed.allocated).toEqual([{ currency: 'EUR', amount: '200.2', usd: '266.93' }]);
    expect(d.participants).toEqual({ total: 33, female: 13, male: 19, other: 1 });
    // Only the disclosed activity has a State and a theme: the restricted one (MLI, NER) and the named-people one are
    // in `undisclosed` alone, or their State codes and amounts would show through.
    expect(d.byState).toEqual([{ stateCode: 'NER', activities: 1, allocatedUsd: '400.13' }]);
    expect(d.byTheme).toEqual([{ theme: 'ratification-legislation', activities: 1, allocatedUsd: '400.13' }]);
    const body = JSON.stringify(d);
    expect(body).not.toContain('Restricted mentoring');
    expect(body).not.toContain('Named-people course');
    expect(body).not.toContain(ids.hidden);
    expect(body).not.toContain(ids.named);
  });

  it('names a restricted activity to an entity officer who may read it, but never a named-people one', async () => {
    const d = (await page('officer', people.donor.id, '2014-12-31')).json().data;
    expect(d.activities.map((a: { title: string }) => a.title).sort()).toEqual(['Public workshop in Niamey', 'Restricted mentoring in Bamako']);
    expect(d.programmes).toEqual([expect.objectContaining({ id: ids.programme, code: 'GLOU61', allocated: [{ currency: 'EUR', amount: '100', usd: '133.33' }] })]);
    expect(d.undisclosed.activities).toBe(1);
    expect(JSON.stringify(d)).not.toContain('Named-people course');
  });

  it('answers 404 for another donor’s page, a non-donor and a wrong id; 403 to a focal point; 400 for a bad day', async () => {
    expect((await page('otherDonorRep', people.donor.id)).statusCode).toBe(404);
    expect((await page('officer', people.entity.id)).statusCode).toBe(404);
    expect((await page('officer', 'not-an-id')).statusCode).toBe(404);
    expect((await page('focalPoint', people.donor.id)).statusCode).toBe(403);
    const bad = await page('officer', people.donor.id, '2014-13-40');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toEqual(['query', 'asOf']);
  });
});

describe('GET /api/v1/funding/contributions/:id', () => {
  const detail = (who: keyof typeof headers) => t.app.inject({ method: 'GET', url: `/api/v1/funding/contributions/${ids.contribution}?asOf=2014-06-30`, headers: headers[who] });

  it('gives a donor’s representative no id, notes or expenditure description of a record it may not read', async () => {
    const res = await detail('donorRep');
    expect(res.statusCode).toBe(200);
    const allocations = res.json().data.allocations as { activityId: string | null; amount: string; notes: string }[];
    expect(allocations.map((a) => a.activityId ?? 'none').sort()).toEqual([ids.shown, 'none', 'none', 'none'].sort());
    expect(allocations.find((a) => a.amount === '200.1')).toMatchObject({ activityId: null, notes: '' });
    expect(res.body).not.toContain(ids.hidden);
    expect(res.body).not.toContain(ids.named);
    expect(res.body).not.toContain('Bamako');
  });

  it('shows the receiving entity’s officer every target it may read, with its notes', async () => {
    const res = await detail('officer');
    expect(res.body).toContain(ids.hidden);
    expect(res.body).toContain(ids.named);
    expect(res.body).toContain('For the Bamako mentoring');
    expect(res.body).toContain('Mentors in Bamako');
  });
});

describe('GET /api/v1/funding/exports', () => {
  it('sends the contributions as CSV with the balances on the day, a donor getting only its own', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/funding/exports/contributions?format=csv&asOf=2014-06-30', headers: headers.otherDonorRep });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="accord-contributions-2014-06-30.csv"');
    expect(res.body).toContain('Second Donor');
    expect(res.body).not.toContain('First Donor');
  });

  it('sends the IATI file of what the reader may read', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/funding/exports/iati?asOf=2014-12-31&donorOrganisationId=${people.donor.id}`, headers: headers.donorRep });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(res.body).toContain('Public workshop in Niamey');
    expect(res.body).not.toContain('Restricted mentoring');
    expect(res.body).toContain('<value currency="EUR" value-date="2014-02-01">300.1</value>');
  });
});

describe('the contributions export', () => {
  it('keeps the amount of an allocation to a record the reader may not read, without its id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/funding/exports/contributions?format=csv&asOf=2014-06-30', headers: headers.donorRep });
    expect(res.body).toContain(ids.shown);
    expect(res.body).toContain('200.1');
    expect(res.body).not.toContain(ids.hidden);
    expect(res.body).not.toContain(ids.named);
    expect(res.body).not.toContain('Bamako');
  });
});
