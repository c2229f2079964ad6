// API tests of coordination: "who does what, where" counts against inserted activities (and its export), the
// overlap queue's confidentiality (another entity's name and dates, never the title of an activity the reader may not
// read), resolving and resolving twice, the gaps of real States from real status lists, the exports of the queue and
// the ranking (the same filters, and the same confidentiality, as the views), and bad input.
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { insertActivity, insertNeed, insertOverlap, insertRequest } from '../../../../../test/coordination.ts';
import { FINANCING_2014, buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
const db = () => t.database.db;

const PEOPLE = ['coordinator', 'unodc', 'unoct', 'osce', 'ngo', 'somFocal', 'afgFocal', 'donor'] as const;
type Person = (typeof PEOPLE)[number];
const headers = {} as Record<Person | 'anonymous', Record<string, string>>;
const userIds = {} as Record<Person, string>;
const orgs = {} as Record<'unodc' | 'unoct' | 'osce' | 'cted' | 'ngo' | 'som' | 'afg' | 'donor', string>;
const ids = {} as Record<'a1' | 'b1' | 'overlap' | 'overlap2', string>;

beforeAll(async () => {
  // Real UNTC lists of 2014: terrorist bombings, financing of terrorism, nuclear terrorism.
  t = await buildTestServer([
    { file: 'untc/XVIII-9.csv', asOf: '2014-03-19' },
    FINANCING_2014,
    { file: 'untc/XVIII-15.csv', asOf: '2014-07-10' },
  ]);
  orgs.unodc = (await buildOrganisation(db(), { kind: 'un-entity', name: 'UN Office on Drugs and Crime', acronym: 'UNODC' })).id;
  orgs.unoct = (await buildOrganisation(db(), { kind: 'un-entity', name: 'UN Office of Counter-Terrorism', acronym: 'UNOCT' })).id;
  orgs.osce = (await buildOrganisation(db(), { kind: 'regional-organisation', name: 'OSCE', acronym: 'OSCE' })).id;
  orgs.cted = (await buildOrganisation(db(), { kind: 'un-entity', name: 'CTED', acronym: 'CTED' })).id;
  orgs.ngo = (await buildOrganisation(db(), { kind: 'civil-society', name: 'An NGO' })).id;
  orgs.som = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'SOM', name: 'SOM Justice' })).id;
  orgs.afg = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'AFG', name: 'AFG Interior' })).id;
  orgs.donor = (await buildOrganisation(db(), { kind: 'donor', name: 'Donor' })).id;
  const inputs: Record<Person, Parameters<typeof buildUser>[1]> = {
    coordinator: { role: 'coordinator', organisation: { id: orgs.cted } },
    unodc: { role: 'entity-officer', organisation: { id: orgs.unodc } },
    unoct: { role: 'entity-officer', organisation: { id: orgs.unoct } },
    osce: { role: 'entity-officer', organisation: { id: orgs.osce } },
    ngo: { role: 'entity-officer', organisation: { id: orgs.ngo } },
    somFocal: { role: 'focal-point', organisation: { id: orgs.som } },
    afgFocal: { role: 'focal-point', organisation: { id: orgs.afg } },
    donor: { role: 'donor-representative', organisation: { id: orgs.donor } },
  };
  headers.anonymous = {};
  for (const who of PEOPLE) {
    const { user } = await buildUser(db(), inputs[who], TEST_NOW);
    userIds[who] = user.id;
    headers[who] = (await signedIn(db(), user.id, TEST_NOW)).headers;
  }

  // Who does what where (default period: 2025-03-01 to 2027-03-01).
  ids.a1 = await insertActivity(db(), {
    organisationId: orgs.unodc, stateCodes: ['AFG'], themes: ['victims', 'cbrn'], startDate: '2026-01-10', endDate: '2026-01-12',
    title: 'UNODC confidential workshop', createdBy: userIds.unodc,
  });
  await insertActivity(db(), { organisationId: orgs.unodc, stateCodes: ['AFG', 'PAK'], themes: ['victims'], startDate: '2026-02-01', endDate: '2026-02-03' });
  await insertActivity(db(), { organisationId: orgs.unodc, stateCodes: ['AFG'], themes: ['victims'], startDate: '2026-02-05', endDate: '2026-02-05', status: 'cancelled' });
  await insertActivity(db(), { organisationId: orgs.unodc, stateCodes: ['AFG'], themes: ['victims'], startDate: '2020-01-01', endDate: '2020-01-02', status: 'completed' });
  ids.b1 = await insertActivity(db(), {
    organisationId: orgs.osce, stateCodes: ['AFG'], themes: ['victims'], startDate: '2026-01-11', endDate: '2026-01-11',
    title: 'OSCE named-people mission', confidentiality: 'named-people', namedUserIds: [userIds.osce],
  });
  await insertActivity(db(), { organisationId: orgs.osce, stateCodes: ['FRA'], themes: ['internet-use'], startDate: '2026-01-11', endDate: '2026-01-11' });
  ids.overlap = await insertOverlap(db(), {
    activityId: ids.b1, otherActivityId: ids.a1, stateCodes: ['AFG'], themes: ['victims'], fromDate: '2026-01-11', toDate: '2026-01-11',
  });
  // One row per pair: a second pair to resolve is the same two activities found the other way round.
  ids.overlap2 = await insertOverlap(db(), {
    activityId: ids.a1, otherActivityId: ids.b1, stateCodes: ['AFG'], themes: ['victims'], fromDate: '2026-01-11', toDate: '2026-01-11',
  });
});

afterAll(() => t?.close());

const get = (who: Person | 'anonymous', url: string) => t.app.inject({ method: 'GET', url, headers: headers[who] });
const post = (who: Person | 'anonymous', url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, headers: headers[who], payload });

type Cell = { stateCode: string; theme: string; organisationName: string; organisationAcronym: string | null; activities: number; firstDate: string; lastDate: string };
const brief = (c: Cell) => `${c.stateCode} ${c.theme} ${c.organisationAcronym} ${c.activities} ${c.firstDate}..${c.lastDate}`;
/** A CSV export's lines, without the byte-order mark. */
const csvLines = (body: string) => body.replace(/^\uFEFF/, '').trim().split('\r\n');

describe('GET /coordination/who-does-what-where', () => {
  it('counts activities per State × theme × entity over the default period, leaving out cancelled and older ones', async () => {
    const res = await get('coordinator', '/api/v1/coordination/who-does-what-where?stateCode=afg');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.period).toEqual({ from: '2025-03-01', to: '2027-03-01' });
    expect(body.data.map(brief)).toEqual([
      'AFG cbrn UNODC 1 2026-01-10..2026-01-12',
      'AFG victims OSCE 1 2026-01-11..2026-01-11',
      'AFG victims UNODC 2 2026-01-10..2026-02-03',
    ]);
    expect(body.total).toBe(3);
    expect(res.headers['cache-control']).toBe('private, no-store');
    // Names, counts, dates: never a title.
    expect(res.body).not.toContain('confidential workshop');
    expect(res.body).not.toContain('named-people mission');
  });

  it('filters by period and theme', async () => {
    const res = await get('unodc', '/api/v1/coordination/who-does-what-where?stateCode=AFG&theme=victims&from=2019-01-01&to=2026-01-31');
    expect(res.json().data.map(brief)).toEqual([
      'AFG victims OSCE 1 2026-01-11..2026-01-11',
      'AFG victims UNODC 2 2020-01-01..2026-01-12',
    ]);
  });

  it('filters by regional group (a regional activity counts for each of its States there)', async () => {
    const res = await get('osce', '/api/v1/coordination/who-does-what-where?regionalGroup=Asia-Pacific%20States');
    const cells = res.json().data.map(brief);
    expect(cells).toContain('PAK victims UNODC 1 2026-02-01..2026-02-03');
    expect(cells.some((c: string) => c.startsWith('FRA'))).toBe(false);
    const western = await get('osce', '/api/v1/coordination/who-does-what-where?regionalGroup=Western%20European%20and%20other%20States');
    expect(western.json().data.map(brief)).toEqual(['FRA internet-use OSCE 1 2026-01-11..2026-01-11']);
  });

  it('pages', async () => {
    const res = await get('coordinator', '/api/v1/coordination/who-does-what-where?stateCode=AFG&pageSize=2&page=2');
    expect(res.json()).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(res.json().data.map(brief)).toEqual(['AFG victims UNODC 2 2026-01-10..2026-02-03']);
  });

  it('exports the same cells as CSV and XLSX', async () => {
    const csv = await get('coordinator', '/api/v1/coordination/who-does-what-where/export?stateCode=AFG&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('accord-who-does-what-where-2025-03-01-2027-03-01.csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('state_code,theme,organisation,organisation_acronym,activities,first_date,last_date');
    expect(lines.slice(1)).toEqual([
      'AFG,cbrn,UN Office on Drugs and Crime,UNODC,1,2026-01-10,2026-01-12',
      'AFG,victims,OSCE,OSCE,1,2026-01-11,2026-01-11',
      'AFG,victims,UN Office on Drugs and Crime,UNODC,2,2026-01-10,2026-02-03',
    ]);
    const xlsx = await get('coordinator', '/api/v1/coordination/who-does-what-where/export?stateCode=AFG&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    ['anonymous', 401],
    ['ngo', 403],
    ['somFocal', 403],
    ['donor', 403],
  ] as const)('%s → %i', async (who, status) => {
    expect((await get(who, '/api/v1/coordination/who-does-what-where')).statusCode).toBe(status);
  });

  it.each([
    ['from=2026-13-01', 'from'],
    ['from=2026-02-01&to=2026-01-01', 'to'],
    ['theme=poetry', 'theme'],
    ['stateCode=AF', 'stateCode'],
    ['colour=blue', 'colour'],
    ['pageSize=100000', 'pageSize'],
  ])('bad input %s → 400 naming %s', async (query, field) => {
    const res = await get('coordinator', `/api/v1/coordination/who-does-what-where?${query}`);
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.stringify(res.json().error.issues)).toContain(field);
  });
});

describe('the overlap queue', () => {
  type Side = { organisationName: string; title: string | null; startDate: string; endDate: string };
  const find = async (who: Person) => {
    const res = await get(who, '/api/v1/coordination/overlaps?status=open&stateCode=AFG');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data.find((o: { id: string }) => o.id === ids.overlap) as { activity: Side; other: Side; abilities: { resolve: boolean } };
  };

  it('shows both entities and their dates to every coordination reader, a title only to those who may read the activity', async () => {
    // activity = the OSCE named-people mission (names the OSCE officer); other = the UNODC State-restricted workshop.
    const seen: Record<string, [string | null, string | null, boolean]> = {};
    for (const who of ['coordinator', 'unodc', 'osce', 'unoct'] as const) {
      const o = await find(who);
      expect(o.activity).toMatchObject({ organisationName: 'OSCE', startDate: '2026-01-11', endDate: '2026-01-11' });
      expect(o.other).toMatchObject({ organisationName: 'UNODC', startDate: '2026-01-10', endDate: '2026-01-12' });
      seen[who] = [o.activity.title, o.other.title, o.abilities.resolve];
    }
    expect(seen).toEqual({
      coordinator: [null, 'UNODC confidential workshop', true],
      unodc: [null, 'UNODC confidential workshop', true],
      osce: ['OSCE named-people mission', null, true],
      unoct: [null, null, false],
    });
  });

  it('exports the queue with its filters as CSV and XLSX: both entities and dates, a title only to those who may read it', async () => {
    const url = '/api/v1/coordination/overlaps/export?status=open&stateCode=afg';
    const csv = await get('coordinator', `${url}&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="accord-overlaps-open-2026-03-01.csv"');
    expect(csv.headers['cache-control']).toBe('private, no-store');
    const lines = csvLines(csv.body);
    expect(lines[0]).toBe(
      'id,status,state_codes,themes,from,to,activity_id,activity_organisation,activity_title,activity_status,activity_start_date,' +
        'activity_end_date,other_activity_id,other_organisation,other_title,other_status,other_start_date,other_end_date,' +
        'detected_at,resolution,resolution_comment,resolved_by,resolved_at',
    );
    const detected = '2026-01-01T00:00:00.000Z';
    // The OSCE mission names its people: the coordinator does not read its title; UNODC's workshop, they do.
    expect(lines.filter((l) => l.startsWith(ids.overlap))).toEqual([
      `${ids.overlap},open,AFG,victims,2026-01-11,2026-01-11,${ids.b1},OSCE,,planned,2026-01-11,2026-01-11,` +
        `${ids.a1},UNODC,UNODC confidential workshop,planned,2026-01-10,2026-01-12,${detected},,,,`,
    ]);
    expect(csv.body).not.toContain('named-people mission');
    // A third entity's officer gets every pair, and neither title.
    const unoct = await get('unoct', `${url}&format=csv`);
    expect(csvLines(unoct.body).map((l) => l.split(',')[0])).toEqual(lines.map((l) => l.split(',')[0]));
    expect(unoct.body).not.toContain('confidential workshop');
    expect(unoct.body).not.toContain('named-people mission');
    // The filters: no open pair in France, nothing resolved yet.
    expect(csvLines((await get('coordinator', '/api/v1/coordination/overlaps/export?stateCode=FRA')).body)).toEqual([lines[0]]);
    const resolved = await get('coordinator', '/api/v1/coordination/overlaps/export?status=resolved');
    expect(resolved.headers['content-disposition']).toBe('attachment; filename="accord-overlaps-resolved-2026-03-01.csv"');
    expect(csvLines(resolved.body)).toEqual([lines[0]]);
    const xlsx = await get('osce', `${url}&format=xlsx`);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    ['anonymous', 401],
    ['ngo', 403],
    ['afgFocal', 403],
    ['donor', 403],
  ] as const)('%s may not read the queue → %i', async (who, status) => {
    expect((await get(who, '/api/v1/coordination/overlaps')).statusCode).toBe(status);
    expect((await get(who, '/api/v1/coordination/overlaps/export')).statusCode).toBe(status);
  });

  it('resolves once (audited), then answers 409 with nothing changed', async () => {
    const url = `/api/v1/coordination/overlaps/${ids.overlap2}/resolution`;
    // A donor representative of one of the two entities: never notified (they may not read it when notified either).
    const { user: unodcDonor } = await buildUser(db(), { role: 'donor-representative', organisation: { id: orgs.unodc } }, TEST_NOW);
    // A third entity reads the queue but may not settle another pair: 403. Someone outside coordination: 404.
    expect((await post('unoct', url, { resolution: 'coordinated', comment: 'not mine' })).statusCode).toBe(403);
    const outsider = await post('ngo', url, { resolution: 'coordinated', comment: 'not mine' });
    expect(outsider.statusCode).toBe(404);
    const guessed = await post('ngo', `/api/v1/coordination/overlaps/${randomUUID()}/resolution`, { resolution: 'coordinated', comment: 'x' });
    expect(guessed.json().error.message).toBe(outsider.json().error.message);

    const first = await post('unodc', url, { resolution: 'rescheduled', comment: 'UNODC moves to March.' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toMatchObject({
      status: 'resolved',
      resolution: 'rescheduled',
      resolutionComment: 'UNODC moves to March.',
      resolvedByName: 'Test Person',
      abilities: { resolve: false },
    });
    const second = await post('coordinator', url, { resolution: 'merged', comment: 'Again' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('CONFLICT');
    const audit = await db().execute(sql`select actor, after from audit_log where action = 'overlap:resolve' and target_id = ${ids.overlap2}`);
    const rows = (audit as unknown as { rows: { actor: string; after: unknown }[] }).rows;
    expect(rows).toEqual([{ actor: `user:${userIds.unodc}`, after: { status: 'resolved', resolution: 'rescheduled', comment: 'UNODC moves to March.' } }]);
    const sent = await db().execute(sql`select user_id from notifications where kind = 'overlap-resolved' and record_id = ${ids.overlap2}`);
    const recipients = (sent as unknown as { rows: { user_id: string }[] }).rows.map((r) => r.user_id);
    expect(recipients).toContain(userIds.osce);
    expect(recipients).not.toContain(unodcDonor.id);

    const resolved = await get('coordinator', '/api/v1/coordination/overlaps?status=resolved');
    expect(resolved.json().data.map((o: { id: string }) => o.id)).toContain(ids.overlap2);
    const open = await get('coordinator', '/api/v1/coordination/overlaps?status=open');
    expect(open.json().data.map((o: { id: string }) => o.id)).not.toContain(ids.overlap2);
  });

  it('shows the resolution comment only to readers of both activities, coordinators and officers of either entity', async () => {
    // overlap2 was resolved above by UNODC with a comment; the OSCE mission names its people, so a third entity's
    // officer (UNOCT) reads neither title, and not the comment that may describe them either: in the queue and the export.
    const comment = 'UNODC moves to March.';
    const commentOf = async (who: Person) => {
      const res = await get(who, '/api/v1/coordination/overlaps?status=resolved');
      expect(res.statusCode, res.body).toBe(200);
      const o = res.json().data.find((x: { id: string }) => x.id === ids.overlap2) as { resolution: string; resolutionComment: string | null };
      expect(o.resolution).toBe('rescheduled');
      return o.resolutionComment;
    };
    expect(await commentOf('coordinator')).toBe(comment);
    expect(await commentOf('unodc')).toBe(comment);
    expect(await commentOf('osce')).toBe(comment);
    expect(await commentOf('unoct')).toBeNull();
    const exported = async (who: Person) => (await get(who, '/api/v1/coordination/overlaps/export?status=resolved&format=csv')).body;
    expect(await exported('coordinator')).toContain(comment);
    const unoct = await exported('unoct');
    expect(unoct).toContain(ids.overlap2);
    expect(unoct).not.toContain(comment);
  });

  it.each([
    [{ resolution: 'ignored', comment: 'x' }, 'resolution'],
    [{ resolution: 'merged', comment: '   ' }, 'comment'],
    [{ resolution: 'merged' }, 'comment'],
    [{ resolution: 'merged', comment: 'x', extra: 1 }, 'extra'],
  ])('bad resolution %j → 400 naming %s, nothing changed', async (body, field) => {
    const res = await post('coordinator', `/api/v1/coordination/overlaps/${ids.overlap}/resolution`, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.stringify(res.json().error.issues)).toContain(field);
    expect((await find('coordinator')).abilities.resolve).toBe(true);
  });

  it('a donor may never resolve (403); anonymous 401', async () => {
    const url = `/api/v1/coordination/overlaps/${ids.overlap}/resolution`;
    expect((await post('donor', url, { resolution: 'merged', comment: 'x' })).statusCode).toBe(403);
    expect((await post('anonymous', url, { resolution: 'merged', comment: 'x' })).statusCode).toBe(401);
  });
});

describe('gaps', () => {
  it("a real State's gaps: instruments not joined from the treaty record, unknown apart, legislation not known", async () => {
    // Somalia in the 2014 lists: signed the financing convention without ratifying; no act on bombings or nuclear.
    const res = await get('coordinator', '/api/v1/participants/som/gaps');
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json().data;
    expect(g.asOf).toBe('2026-03-01');
    expect(g.participant.code).toBe('SOM');
    expect(g.instrumentsNotJoined.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual([
      'bombings1997:none',
      'financing1999:signatory',
      'icsant2005:none',
    ]);
    // The 16 other universal instruments: no complete list held, so unknown, not gaps.
    expect(g.instrumentsUnknown).toHaveLength(16);
    expect(g.legislation).toEqual({ known: false });
    expect(g).toMatchObject({ openRequests: 0, recentActivities: 0, withoutAssistance: true, openGaps: 3, assistanceSince: '2024-03-01' });
  });

  it('Afghanistan joined all three: no instrument gap', async () => {
    const g = (await get('afgFocal', '/api/v1/participants/AFG/gaps')).json().data;
    expect(g.instrumentsNotJoined).toEqual([]);
    expect(g.withoutAssistance).toBe(false);
    expect(g.recentActivities).toBeGreaterThan(0);
  });

  it('counts needs without an open request; lists them to whoever may read them', async () => {
    const need = await insertNeed(db(), { stateCode: 'SOM', themes: ['cbrn'], assessedOn: '2025-01-01', ownerOrganisationId: orgs.som });
    const covered = await insertNeed(db(), { stateCode: 'SOM', themes: ['victims'], assessedOn: '2025-01-01', ownerOrganisationId: orgs.som });
    await insertRequest(db(), { stateCode: 'SOM', addressedToOrganisationId: orgs.unodc, themes: ['victims'], status: 'under-review' });
    const focal = (await get('somFocal', '/api/v1/participants/SOM/gaps')).json().data;
    expect(focal.needsWithoutOpenRequest.total).toBe(1);
    expect(focal.needsWithoutOpenRequest.items.map((n: { id: string }) => n.id)).toEqual([need]);
    expect(focal).toMatchObject({ openRequests: 1, withoutAssistance: false, openGaps: 4 });
    // A UN officer coordinates (counts) but may not read the Somali authority's restricted need.
    const officer = (await get('unoct', '/api/v1/participants/SOM/gaps')).json().data;
    expect(officer.needsWithoutOpenRequest).toEqual({ total: 1, items: [] });
    expect(covered).toBeTruthy();
  });

  it.each([
    ['anonymous', 'SOM', 401],
    ['afgFocal', 'SOM', 403],
    ['donor', 'SOM', 403],
    ['ngo', 'SOM', 403],
    ['coordinator', 'ZZZ', 404],
    ['coordinator', 'SO', 400],
  ] as const)('%s GET /participants/%s/gaps → %i', async (who, code, status) => {
    expect((await get(who, `/api/v1/participants/${code}/gaps`)).statusCode).toBe(status);
  });

  it('ranks States by open gaps, without assistance only by default, ties by code', async () => {
    const res = await get('coordinator', '/api/v1/coordination/gaps?pageSize=500');
    expect(res.statusCode, res.body).toBe(200);
    const rows: { stateCode: string; openGaps: number; withoutAssistance: boolean }[] = res.json().data;
    expect(rows.every((r) => r.withoutAssistance)).toBe(true);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.openGaps > b.openGaps || (a.openGaps === b.openGaps && a.stateCode < b.stateCode), `${a.stateCode} before ${b.stateCode}`).toBe(true);
    }
    // Assisted: AFG (activities), SOM (an open request). Tuvalu: joined none of the three, no assistance.
    const codes = rows.map((r) => r.stateCode);
    expect(codes).not.toContain('AFG');
    expect(codes).not.toContain('SOM');
    expect(rows.find((r) => r.stateCode === 'TUV')).toMatchObject({ openGaps: 3, instrumentsNotJoined: 3, instrumentsUnknown: 16, legislation: { known: false } });
    // No organisation (the EU joins some instruments) is ranked as a State.
    expect(codes).not.toContain('XEU');

    const all = (await get('coordinator', '/api/v1/coordination/gaps?include=all&pageSize=500')).json().data;
    expect(all.find((r: { stateCode: string }) => r.stateCode === 'SOM')).toMatchObject({ openGaps: 4, withoutAssistance: false, openRequests: 1 });
    const african = (await get('coordinator', '/api/v1/coordination/gaps?include=all&regionalGroup=African%20States&pageSize=500')).json();
    expect(african.data.every((r: { regionalGroup: string }) => r.regionalGroup === 'African States')).toBe(true);
    expect(african.data.map((r: { stateCode: string }) => r.stateCode)).toContain('SOM');
  });

  it('exports the ranking with its filters as CSV and XLSX: every State ranked, counts only', async () => {
    const url = '/api/v1/coordination/gaps/export?include=all&regionalGroup=African%20States';
    const csv = await get('coordinator', `${url}&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="accord-gaps-2026-03-01.csv"');
    expect(csv.headers['cache-control']).toBe('private, no-store');
    const lines = csvLines(csv.body);
    expect(lines[0]).toBe(
      'rank,state_code,state,regional_group,open_gaps,instruments_not_joined,instruments_unknown,needs_without_open_request,' +
        'legislation,open_requests,recent_activities,planned_activities,without_assistance',
    );
    // The same States in the same order as the view, each with its rank.
    const view = (await get('coordinator', '/api/v1/coordination/gaps?include=all&regionalGroup=African%20States&pageSize=500')).json().data;
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' '))).toEqual(view.map((r: { stateCode: string }, i: number) => `${i + 1} ${r.stateCode}`));
    const som = lines.find((l) => l.split(',')[1] === 'SOM')!;
    expect(som.split(',').slice(1)).toEqual(['SOM', 'Somalia', 'African States', '4', '3', '16', '1', 'unknown', '1', '0', '0', 'no']);
    // Counts of needs, never a need: the Somali authority's restricted need is not in the file.
    expect(csv.body).not.toMatch(/Need [0-9a-f]{8}/);
    // The default keeps only States without assistance.
    const without = csvLines((await get('coordinator', '/api/v1/coordination/gaps/export')).body);
    expect(without.some((l) => l.split(',')[1] === 'SOM' || l.split(',')[1] === 'AFG')).toBe(false);
    expect(without.find((l) => l.split(',')[1] === 'TUV')).toMatch(/^\d+,TUV,Tuvalu,Asia-Pacific States,3,3,16,0,unknown,0,0,0,yes$/);
    const xlsx = await get('unodc', `${url}&format=xlsx`);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('coordinator', '/api/v1/coordination/gaps/export?format=pdf')).statusCode).toBe(400);
  });

  it.each([
    ['anonymous', 401],
    ['somFocal', 403],
    ['ngo', 403],
  ] as const)('%s GET /coordination/gaps → %i', async (who, status) => {
    expect((await get(who, '/api/v1/coordination/gaps')).statusCode).toBe(status);
    expect((await get(who, '/api/v1/coordination/gaps/export')).statusCode).toBe(status);
  });

  it('bad input → 400', async () => {
    expect((await get('coordinator', '/api/v1/coordination/gaps?include=some')).statusCode).toBe(400);
    expect((await get('coordinator', '/api/v1/coordination/gaps?pageSize=0')).statusCode).toBe(400);
  });
});
