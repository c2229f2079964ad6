// API tests: instruments, one instrument with its participants, and its parties over time (UNTC XVIII-11, 2014).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestServer } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
beforeAll(async () => {
  t = await buildTestServer();
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/v1/instruments', () => {
  it('lists the 19 universal instruments first, with party counts as of a date', async () => {
    const body = (await get('/api/v1/instruments')).json();
    const universal = body.data.filter((i: { category: string }) => i.category === 'universal');
    expect(universal).toHaveLength(19);
    expect(body.data.slice(0, 19).every((i: { category: string }) => i.category === 'universal')).toBe(true);
    const financing = body.data.find((i: { id: string }) => i.id === 'financing1999');
    expect(financing).toMatchObject({ partyCount: 186, signatoryCount: 2, entryIntoForce: '2002-04-10' });
    const early = (await get('/api/v1/instruments?asOf=2001-12-31')).json();
    expect(early.data.find((i: { id: string }) => i.id === 'financing1999').partyCount).toBeLessThan(30);
    const related = (await get('/api/v1/instruments?category=related')).json();
    expect(related.data.length).toBeGreaterThan(0);
    expect(related.data.every((i: { category: string }) => i.category === 'related')).toBe(true);
  });

  it('lists the regional conventions only when asked for, with their sources and unknown dates as null', async () => {
    const all = (await get('/api/v1/instruments')).json();
    expect(all.data.some((i: { category: string }) => i.category === 'regional')).toBe(false);
    const regional = (await get('/api/v1/instruments?category=regional')).json();
    expect(regional.data.map((i: { id: string }) => i.id)).toEqual([
      'coe_ets024_1957', 'coe_ets086_1975', 'coe_ets030_1959', 'coe_ets090_1977', 'coe_cets196_2005', 'oas_a66_2002',
      'oau_1999', 'asean_acct_2007', 'arab_1998', 'oic_1999', 'saarc_1987', 'sco_2001',
    ]);
    const ets24 = regional.data.find((i: { id: string }) => i.id === 'coe_ets024_1957');
    expect(ets24).toMatchObject({ titles: { en: 'European Convention on Extradition' }, adoptedDate: '1957-12-13', entryIntoForce: '1960-04-18' });
    // The Arab Convention was adopted in April 1998: the day is not in the source, so the date is unknown.
    expect(regional.data.find((i: { id: string }) => i.id === 'arab_1998').adoptedDate).toBeNull();
    // No status list is held for the Council of Europe conventions: every participant is unknown, none a party.
    const view = (await get('/api/v1/instruments/coe_ets090_1977')).json().data;
    expect(view.instrument.statusListAsOf).toBeNull();
    expect(new Set(view.participants.map((p: { status: string }) => p.status))).toEqual(new Set(['unknown']));
  });
});

describe('GET /api/v1/instruments/{id}', () => {
  it('counts parties and signatories and lists every participant with its status', async () => {
    const res = await get('/api/v1/instruments/financing1999?asOf=2014-07-10');
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data.instrument).toMatchObject({ id: 'financing1999', untcRef: 'XVIII-11', category: 'universal' });
    expect(data.counts).toEqual({ parties: 186, signatories: 2, withdrawn: 0 });
    // The whole UNTC list is held (as of 2014-07-10): everyone else is known not to take part.
    expect(data.instrument.statusListAsOf).toBe('2014-07-10');
    const byStatus = (s: string) => data.participants.filter((p: { status: string }) => p.status === s).length;
    expect([byStatus('party'), byStatus('signatory'), byStatus('unknown')]).toEqual([186, 2, 0]);
    expect(data.participants).toHaveLength(188 + byStatus('none'));
    const afg = data.participants.find((p: { participantCode: string }) => p.participantCode === 'AFG');
    expect(afg).toMatchObject({ status: 'party', consentKind: 'accession', consentDate: '2003-09-24' });
    expect(afg.participant.names.en).toBe('Afghanistan');
    // In force for a State 30 days after its deposit (art. 26(2)).
    expect(afg.inForceFrom).toBe('2003-10-24');
  });

  it('lists nobody before the convention was adopted', async () => {
    const { data } = (await get('/api/v1/instruments/financing1999?asOf=1999-01-01')).json();
    expect(data.counts).toEqual({ parties: 0, signatories: 0, withdrawn: 0 });
    // Adopted on 9 December 1999: before that day nobody can be a party, and every cell says why.
    expect(data.participants.every((p: { status: string }) => p.status === 'not_adopted')).toBe(true);
    const after = (await get('/api/v1/instruments/financing1999?asOf=1999-12-09')).json().data;
    expect(after.participants.some((p: { status: string }) => p.status === 'not_adopted')).toBe(false);
  });

  it('shows participants as unknown where no complete status list is held (tokyo1963)', async () => {
    const { data } = (await get('/api/v1/instruments/tokyo1963')).json();
    expect(data.instrument.statusListAsOf).toBeNull();
    expect(new Set(data.participants.map((p: { status: string }) => p.status))).toEqual(new Set(['unknown']));
  });

  it('answers 404 for an unknown instrument', async () => {
    const res = await get('/api/v1/instruments/nosuch1999');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', params: { id: 'nosuch1999' } });
    expect((await get('/api/v1/instruments/nosuch1999/party-counts')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/instruments/{id}/party-counts', () => {
  it('gives a point per date the count changed, agreeing with the instrument view on any date', async () => {
    const res = await get('/api/v1/instruments/financing1999/party-counts');
    expect(res.statusCode).toBe(200);
    const { data: points, instrumentId } = res.json();
    expect(instrumentId).toBe('financing1999');
    expect(points.at(-1).parties).toBe(186);
    for (let i = 1; i < points.length; i++) {
      expect(points[i].date > points[i - 1].date).toBe(true);
      expect(points[i].parties).not.toBe(points[i - 1].parties);
    }
    for (const date of ['2001-11-30', '2002-04-10', '2005-06-01', '2010-12-31']) {
      const view = (await get(`/api/v1/instruments/financing1999?asOf=${date}`)).json().data;
      const point = points.filter((p: { date: string }) => p.date <= date).at(-1);
      expect(point?.parties ?? 0, date).toBe(view.counts.parties);
    }
    const capped = (await get('/api/v1/instruments/financing1999/party-counts?asOf=2002-04-10')).json();
    expect(capped.data.at(-1).date <= '2002-04-10').toBe(true);
  });

  it('is empty for an instrument without events', async () => {
    const { data } = (await get('/api/v1/instruments/tokyo1963/party-counts')).json();
    expect(data).toEqual([]);
  });
});
