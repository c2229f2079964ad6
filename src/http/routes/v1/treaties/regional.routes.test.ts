// API tests: a regional convention with its partial party list (the ASEAN Convention on Counter Terrorism 2007, from
// the research file's rows), as the instrument view and the States' profiles show it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestServer } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
beforeAll(async () => {
  t = await buildTestServer([
    { file: 'regional/asean_acct_2007.csv', format: 'regional-csv', asOf: '2013-01-11', instrumentId: 'asean_acct_2007', publisher: 'ASEAN' },
  ]);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
type Row = { participantCode: string; status: string; consentDate: string | null; signatureDate: string | null };

describe('a regional convention with a partial list', () => {
  it('shows dated parties as parties, parties named without a date as unknown, and no one as "not a party"', async () => {
    const { data } = (await get('/api/v1/instruments/asean_acct_2007?asOf=2014-01-01')).json();
    expect(data.instrument).toMatchObject({ category: 'regional', statusListAsOf: null, adoptedDate: '2007-01-13' });
    const byCode = new Map<string, Row>(data.participants.map((p: Row) => [p.participantCode, p]));
    expect(byCode.get('MYS')).toMatchObject({ status: 'party', consentDate: '2013-01-11', signatureDate: '2007-01-13' });
    expect(byCode.get('BRN')).toMatchObject({ status: 'party', consentDate: '2011-04-28' });
    // Thailand ratified (asean.org: all ten did) on a date the sources do not give: listed, status unknown.
    expect(byCode.get('THA')!.status).toBe('unknown');
    expect(byCode.get('MMR')!.status).toBe('unknown');
    expect(byCode.get('FRA')!.status).toBe('unknown');
    expect(data.participants.some((p: Row) => p.status === 'none')).toBe(false);
    expect(data.counts.parties).toBe(2);
  });

  it('shows the convention on the profile of a State that acted under it, tagged regional, and not on the others', async () => {
    const mys = (await get('/api/v1/participants/MYS?asOf=2014-01-01')).json().data;
    const row = mys.participation.find((p: { instrument: { id: string } }) => p.instrument.id === 'asean_acct_2007');
    expect(row).toMatchObject({ status: 'party', instrument: { category: 'regional' } });
    // Not a gap: gaps are universal instruments only.
    expect(mys.gaps.some((g: { id: string }) => g.id === 'asean_acct_2007')).toBe(false);
    const fra = (await get('/api/v1/participants/FRA?asOf=2014-01-01')).json().data;
    expect(fra.participation.some((p: { instrument: { category: string } }) => p.instrument.category === 'regional')).toBe(false);
  });

  it('keeps the default matrix and instrument list to the universal and related instruments', async () => {
    const matrix = (await get('/api/v1/matrix?asOf=2014-01-01')).json().data;
    expect(matrix.instruments.map((i: { id: string }) => i.id)).not.toContain('asean_acct_2007');
    const regional = (await get('/api/v1/matrix?asOf=2014-01-01&category=regional')).json().data;
    const mys = regional.participants.find((p: { code: string }) => p.code === 'MYS');
    expect(mys.cells.asean_acct_2007.s).toBe('party');
    const list = (await get('/api/v1/instruments?category=regional&asOf=2014-01-01')).json().data;
    // The eight parties named without a date signed in 2007 but are not counted as mere signatories.
    expect(list.find((i: { id: string }) => i.id === 'asean_acct_2007')).toMatchObject({ partyCount: 2, signatoryCount: 0 });
  });
});
