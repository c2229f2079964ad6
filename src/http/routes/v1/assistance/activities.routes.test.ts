// API tests of delivery: planning an activity (bad input refused whole, nothing saved), the coordination warning on
// save (another entity, same State and theme, dates that meet — touching counts — with the other's name and dates,
// its title only when readable; one's own entity never), results linked to a real participation event (the 1999
// Financing Convention as UNTC listed it in 2014), the summary traced to its records, iCalendar parsed back,
// cross-State isolation in lists and exports (activities, results, programmes, strategies: the same filters and scope
// as the list), programmes, strategies and mandates.
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildActivity, buildProgramme, buildStrategy } from '../../../../../test/activities.ts';
import { insertDocument } from '../../../../../test/coordination.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
type Who = 'unodc' | 'unodc2' | 'unoct' | 'coordinator' | 'afgFocal' | 'fraFocal' | 'anonymous';
const headers = {} as Record<Who, Record<string, string>>;
const orgs = {} as Record<'unodc' | 'unoct' | 'cted' | 'afg' | 'fra', string>;
let afgAccession: { id: number; date: string };
let afgSignature: { id: number } | undefined;
let fraEvent: { id: number };

const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const countOf = async (table: string) => (await rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
/** A CSV export's lines, without the byte-order mark. */
const csvLines = (body: string) => body.replace(/^\uFEFF/, '').trim().split('\r\n');

beforeAll(async () => {
  t = await buildTestServer();
  const db = t.database.db;
  orgs.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' })).id;
  orgs.unoct = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNOCT', acronym: 'UNOCT' })).id;
  orgs.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  orgs.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  orgs.fra = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA' })).id;
  const people: Record<Exclude<Who, 'anonymous'>, Parameters<typeof buildUser>[1]> = {
    unodc: { role: 'entity-officer', organisation: { id: orgs.unodc } },
    unodc2: { role: 'entity-officer', organisation: { id: orgs.unodc } },
    unoct: { role: 'entity-officer', organisation: { id: orgs.unoct } },
    coordinator: { role: 'coordinator', organisation: { id: orgs.cted } },
    afgFocal: { role: 'focal-point', organisation: { id: orgs.afg } },
    fraFocal: { role: 'focal-point', organisation: { id: orgs.fra } },
  };
  headers.anonymous = {};
  for (const [who, input] of Object.entries(people) as [Exclude<Who, 'anonymous'>, Parameters<typeof buildUser>[1]][]) {
    const { user } = await buildUser(db, input, TEST_NOW);
    headers[who] = (await signedIn(db, user.id, TEST_NOW)).headers;
  }
  // A real deposit: Afghanistan's accession to the 1999 Financing Convention, as imported from UNTC.
  const events = await rows<{ id: number; kind: string; date: string; participant_code: string }>(
    sql`select id, kind, date::text as date, participant_code from participation_events where participant_code in ('AFG', 'FRA') order by id`,
  );
  const acc = events.find((e) => e.participant_code === 'AFG' && ['accession', 'ratification'].includes(e.kind))!;
  afgAccession = { id: Number(acc.id), date: acc.date };
  const sig = events.find((e) => e.participant_code === 'AFG' && e.kind === 'signature');
  afgSignature = sig ? { id: Number(sig.id) } : undefined;
  fraEvent = { id: Number(events.find((e) => e.participant_code === 'FRA')!.id) };
});
afterAll(() => t?.close());

const send = (who: Who, method: string, url: string, payload?: unknown) =>
  t.app.inject({ method: method as 'GET', url: `/api/v1${url}`, headers: headers[who], ...(payload ? { payload: payload as object } : {}) });

let serial = 0;
function activity(overrides: Record<string, unknown> = {}) {
  return {
    title: `Workshop ${++serial}, on ratification`,
    kind: 'national-workshop',
    stateCodes: ['AFG'],
    themes: ['ratification-legislation'],
    mandates: ['68/187/OP1'],
    startDate: '2026-05-01',
    endDate: '2026-05-05',
    place: { city: 'Kabul', countryCode: 'AFG' },
    languages: ['en', 'ar'],
    participants: { total: 30, bySex: { female: 12, male: 17, otherOrUndisclosed: 1 }, byInstitutionKind: { prosecution: 10, judiciary: 20 } },
    ...overrides,
  };
}

describe('planning an activity', () => {
  it('saves it with its counts (by sex in columns, by institution kind as a map), audited', async () => {
    const res = await send('unodc', 'POST', '/activities', activity({ title: 'Counts workshop', themes: ['victims'], stateCodes: ['NGA'], place: null, online: true }));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.data).toMatchObject({ title: 'Counts workshop', organisationId: orgs.unodc, status: 'planned', confidentiality: 'state-restricted' });
    expect(body.data.participants).toEqual({ total: 30, bySex: { female: 12, male: 17, otherOrUndisclosed: 1 }, byInstitutionKind: { prosecution: 10, judiciary: 20 } });
    expect(body.abilities).toEqual({ update: true, recordResult: true });
    expect(body.overlaps).toEqual([]);
    const [stored] = await rows<{ participants_female: number; participants_by_institution: unknown }>(
      sql`select participants_female, participants_by_institution from activities where id = ${body.data.id}`,
    );
    expect(stored).toEqual({ participants_female: 12, participants_by_institution: { prosecution: 10, judiciary: 20 } });
    const audit = await rows<{ action: string }>(sql`select action from audit_log where target_type = 'activity' and target_id = ${body.data.id}`);
    expect(audit.map((a) => a.action)).toEqual(['activity:create']);
  });

  it('refuses dates ending before they start and counts that do not add up, listing every issue, saving nothing', async () => {
    const before = await countOf('activities');
    const res = await send(
      'unodc',
      'POST',
      '/activities',
      activity({ startDate: '2026-05-05', endDate: '2026-05-01', participants: { total: 30, bySex: { female: 10, male: 10, otherOrUndisclosed: 0 } } }),
    );
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.issues as { path: (string | number)[]; code: string }[];
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['body', 'endDate'], code: 'end_before_start' }),
        expect.objectContaining({ path: ['body', 'participants', 'bySex'], code: 'counts_mismatch' }),
      ]),
    );
    expect(await countOf('activities')).toBe(before);
  });

  it('refuses an unknown kind, an unknown State and an unknown request (400, nothing saved)', async () => {
    const before = await countOf('activities');
    const kind = await send('unodc', 'POST', '/activities', activity({ kind: 'party' }));
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.issues[0].path).toEqual(['body', 'kind']);
    const state = await send('unodc', 'POST', '/activities', activity({ stateCodes: ['ZZZ'], requestId: '00000000-0000-4000-8000-000000000000' }));
    expect(state.statusCode).toBe(400);
    expect(state.json().error.issues.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['unknown_state', 'unknown_request']));
    expect(await countOf('activities')).toBe(before);
  });

  it('refuses a focal point (403) and anonymous callers (401)', async () => {
    expect((await send('afgFocal', 'POST', '/activities', activity())).statusCode).toBe(403);
    expect((await send('anonymous', 'POST', '/activities', activity())).statusCode).toBe(401);
  });

  it('changes it (PATCH), validated whole, audited before/after', async () => {
    const created = (await send('unodc', 'POST', '/activities', activity({ stateCodes: ['KEN'], place: { countryCode: 'KEN' }, themes: ['cbrn'] }))).json();
    const bad = await send('unodc', 'PATCH', `/activities/${created.data.id}`, { endDate: '2026-04-01' });
    expect(bad.statusCode).toBe(400);
    const ok = await send('unodc', 'PATCH', `/activities/${created.data.id}`, { status: 'completed', outputs: 'Draft law reviewed.' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data).toMatchObject({ status: 'completed', outputs: 'Draft law reviewed.', endDate: '2026-05-05' });
    const audit = await rows<{ before: { status: string }; after: { status: string } }>(
      sql`select before, after from audit_log where action = 'activity:update' and target_id = ${created.data.id}`,
    );
    expect(audit.map((a) => [a.before.status, a.after.status])).toEqual([['planned', 'completed']]);
    expect((await send('unoct', 'PATCH', `/activities/${created.data.id}`, { outputs: 'x' })).statusCode).toBe(404);
  });
});

describe('the coordination warning', () => {
  let unodcHidden: string;
  let unodcPublic: string;

  beforeAll(async () => {
    const db = t.database.db;
    unodcHidden = (
      await buildActivity(db, {
        organisationId: orgs.unodc, title: 'UNODC confidential mission', stateCodes: ['PAK'], themes: ['terrorist-financing'],
        startDate: '2026-06-01', endDate: '2026-06-10', confidentiality: 'state-restricted',
      })
    ).id;
    unodcPublic = (
      await buildActivity(db, {
        organisationId: orgs.unodc, title: 'UNODC public course', stateCodes: ['PAK', 'IND'], themes: ['terrorist-financing', 'victims'],
        startDate: '2026-06-20', endDate: '2026-06-25', confidentiality: 'public',
      })
    ).id;
  });

  const UNDISCLOSED = { disclosed: false, otherActivityId: null, organisationId: null, organisationName: null, from: null, to: null, stateCodes: [], themes: [], title: null };
  const plan = (overrides: Record<string, unknown>) =>
    activity({ stateCodes: ['PAK'], themes: ['terrorist-financing'], place: { countryCode: 'PAK' }, ...overrides });

  it('warns of another entity’s activity on the same State and theme, touching dates included; the title only when readable', async () => {
    const before = await countOf('activity_overlaps');
    const res = await send('unoct', 'POST', '/activities', plan({ startDate: '2026-06-10', endDate: '2026-06-20' }));
    expect(res.statusCode, res.body).toBe(201);
    const overlaps = res.json().overlaps;
    expect(overlaps).toEqual([
      UNDISCLOSED,
      { disclosed: true, otherActivityId: unodcPublic, organisationId: orgs.unodc, organisationName: 'UNODC', from: '2026-06-20', to: '2026-06-20', stateCodes: ['PAK'], themes: ['terrorist-financing'], title: 'UNODC public course' },
    ]);
    expect(JSON.stringify(overlaps)).not.toContain('confidential mission');
    expect(JSON.stringify(overlaps)).not.toContain(unodcHidden);
    // One row per new pair in the coordinators' queue.
    expect(await countOf('activity_overlaps')).toBe(before + 2);

    // Saving again (either side) adds no pair twice.
    const id = res.json().data.id;
    const again = await send('unoct', 'PATCH', `/activities/${id}`, { outputs: 'Agenda agreed with UNODC.' });
    expect(again.json().overlaps).toHaveLength(2);
    const otherSide = await send('unodc', 'PATCH', `/activities/${unodcHidden}`, { outputs: 'Agenda agreed with UNOCT.' });
    expect(otherSide.statusCode, otherSide.body).toBe(200);
    // UNODC may not read UNOCT's State-restricted plan: it learns only that one overlaps.
    expect(otherSide.json().overlaps).toEqual([UNDISCLOSED]);
    expect(await countOf('activity_overlaps')).toBe(before + 2);
  });

  it('tells each officer of an overlap only as much as they may read: named people only to those named (a grid of actors)', async () => {
    const db = t.database.db;
    const cso = (await buildOrganisation(db, { kind: 'civil-society', name: 'Civil society' })).id;
    const officerOf = async (organisationId: string) => {
      const { user } = await buildUser(db, { role: 'entity-officer', organisation: { id: organisationId } }, TEST_NOW);
      return { id: user.id, headers: (await signedIn(db, user.id, TEST_NOW)).headers };
    };
    const named = await officerOf(orgs.unoct);
    const people = { unoct: headers.unoct, named: named.headers, cso: (await officerOf(cso)).headers };
    const namedUserId = named.id;
    const at = { stateCodes: ['IRQ'], themes: ['cbrn'], startDate: '2027-01-01', endDate: '2027-01-10' };
    const built: Record<'public' | 'restricted' | 'internal' | 'named', string> = {
      public: (await buildActivity(db, { organisationId: orgs.unodc, title: 'IRQ public', ...at, confidentiality: 'public' })).id,
      restricted: (await buildActivity(db, { organisationId: orgs.unodc, title: 'IRQ restricted', ...at, confidentiality: 'state-restricted' })).id,
      internal: (await buildActivity(db, { organisationId: orgs.unodc, title: 'IRQ internal', ...at, confidentiality: 'un-internal' })).id,
      named: (await buildActivity(db, { organisationId: orgs.unodc, title: 'IRQ named', ...at, confidentiality: 'named-people', namedUserIds: [namedUserId] })).id,
    };
    // What each reader learns, per activity: its title (all of it) or '-' (only that one overlaps).
    const grid: [keyof typeof people, string, string[]][] = [
      ['unoct', orgs.unoct, ['-', '-', 'IRQ internal', 'IRQ public']],
      ['named', orgs.unoct, ['-', 'IRQ internal', 'IRQ named', 'IRQ public']],
      ['cso', cso, ['-', '-', '-', 'IRQ public']],
    ];
    for (const [who, organisationId, expected] of grid) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/activities/overlap-check',
        headers: people[who],
        payload: plan({ ...at, organisationId, place: { countryCode: 'IRQ' }, startDate: '2027-01-05', endDate: '2027-01-06' }),
      });
      expect(res.statusCode, `${who}: ${res.body}`).toBe(200);
      const data = res.json().data as { disclosed: boolean; title: string | null }[];
      expect(data.map((o) => (o.disclosed ? o.title : '-')).sort(), who).toEqual(expected);
      for (const o of data.filter((x) => !x.disclosed)) expect(o, who).toEqual(UNDISCLOSED);
      const hidden = Object.entries(built).filter(([, id]) => !data.some((o) => o.disclosed && (o as { otherActivityId?: string }).otherActivityId === id));
      for (const [, id] of hidden) expect(res.body, who).not.toContain(id);
    }
  });

  it('says nothing of one’s own entity’s activities, other themes, other States or dates that do not meet', async () => {
    for (const [who, overrides] of [
      ['unodc2', { startDate: '2026-06-01', endDate: '2026-06-09' }],
      ['unoct', { themes: ['cbrn'], startDate: '2026-06-01', endDate: '2026-06-30' }],
      ['unoct', { stateCodes: ['IRN'], place: { countryCode: 'IRN' }, startDate: '2026-06-01', endDate: '2026-06-05' }],
      ['unoct', { startDate: '2026-06-11', endDate: '2026-06-19' }],
    ] as const) {
      const res = await send(who, 'POST', '/activities/overlap-check', plan(overrides));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data, JSON.stringify(overrides)).toEqual([]);
    }
  });

  it('runs dry for the form, writing nothing', async () => {
    const before = [await countOf('activities'), await countOf('activity_overlaps')];
    const res = await send('unoct', 'POST', '/activities/overlap-check', plan({ startDate: '2026-05-25', endDate: '2026-06-01' }));
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([UNDISCLOSED]);
    expect([await countOf('activities'), await countOf('activity_overlaps')]).toEqual(before);
  });

  it('runs dry only where saving would be allowed: not outside the officer’s regions, not for another entity (403)', async () => {
    const db = t.database.db;
    const { user } = await buildUser(db, { role: 'entity-officer', organisation: { id: orgs.unoct }, regions: ['African States'] }, TEST_NOW);
    const africa = (await signedIn(db, user.id, TEST_NOW)).headers;
    const check = (h: Record<string, string>, payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/activities/overlap-check', headers: h, payload });
    // Pakistan is outside their regions: saving would be refused, so is the probe.
    const pak = await check(africa, plan({ startDate: '2026-05-25', endDate: '2026-06-01' }));
    expect(pak.statusCode, pak.body).toBe(403);
    expect((await send('unoct', 'POST', '/activities', plan({ startDate: '2026-05-25', endDate: '2026-06-01' }))).statusCode).toBe(201);
    const nga = await check(africa, plan({ stateCodes: ['NGA'], place: { countryCode: 'NGA' } }));
    expect(nga.statusCode, nga.body).toBe(200);
    // Another entity's plans are not theirs to check.
    const other = await send('unoct', 'POST', '/activities/overlap-check', plan({ organisationId: orgs.unodc, startDate: '2026-05-25', endDate: '2026-06-01' }));
    expect(other.statusCode, other.body).toBe(403);
  });
});

describe('results and ratifications following assistance', () => {
  let activityId: string;

  beforeAll(async () => {
    // An activity in Afghanistan ending before its deposit: the deposit followed it.
    const day = afgAccession.date;
    activityId = (
      await buildActivity(t.database.db, {
        organisationId: orgs.unodc, title: 'Legislative drafting, Financing Convention', stateCodes: ['AFG'],
        startDate: `${Number(day.slice(0, 4)) - 1}-01-10`, endDate: `${Number(day.slice(0, 4)) - 1}-01-12`,
      })
    ).id;
  });

  it('links a ratification deposited to the real participation event: its State and date are the event’s', async () => {
    const res = await send('unodc', 'POST', `/activities/${activityId}/results`, { kind: 'ratification-deposited', participationEventId: afgAccession.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({
      kind: 'ratification-deposited', stateCode: 'AFG', date: afgAccession.date, participationEventId: afgAccession.id,
      participationEvent: { id: afgAccession.id, instrumentId: expect.any(String) },
    });
    const detail = await send('afgFocal', 'GET', `/activities/${activityId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().data.results.map((r: { participationEventId: number }) => r.participationEventId)).toEqual([afgAccession.id]);
    const again = await send('unodc', 'POST', `/activities/${activityId}/results`, { kind: 'ratification-deposited', participationEventId: afgAccession.id });
    expect(again.statusCode).toBe(400);
  });

  it('refuses an event of another State, one that is no deposit, one before the activity, and an unknown kind', async () => {
    const before = await countOf('assistance_results');
    const fra = await send('unodc', 'POST', `/activities/${activityId}/results`, { kind: 'ratification-deposited', participationEventId: fraEvent.id });
    expect(fra.statusCode).toBe(400);
    expect(fra.json().error.issues.map((i: { code: string }) => i.code)).toContain('other_state');
    if (afgSignature) {
      const sig = await send('unodc', 'POST', `/activities/${activityId}/results`, { kind: 'ratification-deposited', participationEventId: afgSignature.id });
      expect(sig.json().error.issues.map((i: { code: string }) => i.code)).toContain('not_a_deposit');
    }
    const late = await buildActivity(t.database.db, { organisationId: orgs.unodc, stateCodes: ['AFG'], startDate: '2025-01-01', endDate: '2025-01-02' });
    const after = await send('unodc', 'POST', `/activities/${late.id}/results`, { kind: 'ratification-deposited', participationEventId: afgAccession.id });
    expect(after.json().error.issues.map((i: { code: string }) => i.code)).toContain('before_activity');
    const missing = await send('unodc', 'POST', `/activities/${activityId}/results`, { kind: 'ratification-deposited' });
    expect(missing.json().error.issues.map((i: { code: string }) => i.code)).toContain('required');
    expect((await send('unodc', 'POST', `/activities/${activityId}/results`, { kind: 'treaty-signed', date: '2020-01-01' })).statusCode).toBe(400);
    expect(await countOf('assistance_results')).toBe(before);
  });

  it('refuses a document or strategy the caller may not read exactly as one that does not exist (400), saving nothing', async () => {
    const db = t.database.db;
    const before = await countOf('assistance_results');
    const hiddenDoc = await insertDocument(db, { ownerOrganisationId: orgs.fra, confidentiality: 'named-people', stateCode: 'FRA' });
    const hiddenStrategy = (await buildStrategy(db, { ownerOrganisationId: orgs.afg, confidentiality: 'named-people', title: 'Hidden strategy' })).id;
    const issuesOf = async (body: object) => {
      const res = await send('unodc', 'POST', `/activities/${activityId}/results`, { kind: 'other', date: '2026-01-15', ...body });
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.issues;
    };
    const missingDoc = await issuesOf({ documentId: randomUUID() });
    expect(missingDoc).toEqual([expect.objectContaining({ path: ['body', 'documentId'], code: 'unknown_document' })]);
    expect(await issuesOf({ documentId: hiddenDoc })).toEqual(missingDoc);
    const missingStrategy = await issuesOf({ strategyId: randomUUID() });
    expect(missingStrategy).toEqual([expect.objectContaining({ path: ['body', 'strategyId'], code: 'unknown_strategy' })]);
    expect(await issuesOf({ strategyId: hiddenStrategy })).toEqual(missingStrategy);
    expect(await countOf('assistance_results')).toBe(before);
    // One they may read is linked.
    const visibleDoc = await insertDocument(db, { ownerOrganisationId: orgs.unodc, confidentiality: 'public', stateCode: 'AFG' });
    const ok = await send('unodc', 'POST', `/activities/${activityId}/results`, { kind: 'tool-published', date: '2026-01-16', documentId: visibleDoc });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().data.documentId).toBe(visibleDoc);
  });

  it('records other kinds with their own date', async () => {
    const res = await send('unodc', 'POST', `/activities/${activityId}/results`, { kind: 'officials-trained', date: '2026-01-15', description: '30 prosecutors' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ kind: 'officials-trained', stateCode: 'AFG', participationEventId: null });
    expect((await send('unoct', 'POST', `/activities/${activityId}/results`, { kind: 'other', date: '2026-01-15' })).statusCode).toBe(404);
  });

  it('counts ratifications from the events, each figure with the ids behind it, within the caller’s scope', async () => {
    const res = await send('afgFocal', 'GET', '/results/summary');
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data.total.ratifications).toBe(1);
    expect(data.total.eventIds).toEqual([afgAccession.id]);
    expect(data.total.resultIds).toHaveLength(1);
    expect(data.byYear).toEqual([{ year: Number(afgAccession.date.slice(0, 4)), ratifications: 1, eventIds: [afgAccession.id], resultIds: data.total.resultIds }]);
    expect(data.byState).toEqual([{ stateCode: 'AFG', ratifications: 1, eventIds: [afgAccession.id], resultIds: data.total.resultIds }]);
    expect(data.byInstrument[0]).toMatchObject({ ratifications: 1, eventIds: [afgAccession.id] });
    // Behind an activity France cannot open: not counted for France.
    expect((await send('fraFocal', 'GET', '/results/summary')).json().data.total.ratifications).toBe(0);
    const list = await send('afgFocal', 'GET', '/results?kind=ratification-deposited&stateCode=afg');
    expect(list.json().data.map((r: { id: string }) => r.id)).toEqual(data.total.resultIds);
    expect((await send('fraFocal', 'GET', '/results')).json().total).toBe(0);
  });

  it('exports the results with the list’s filters and scope, as CSV and XLSX; none behind an activity the caller may not open', async () => {
    const [trained] = (await send('afgFocal', 'GET', '/results?kind=officials-trained&stateCode=AFG')).json().data as { id: string; createdAt: string }[];
    const csv = await send('afgFocal', 'GET', '/results/export?format=csv&kind=officials-trained&stateCode=afg');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="accord-results-2026-03-01.csv"');
    expect(csv.headers['cache-control']).toBe('private, no-store');
    const lines = csvLines(csv.body);
    expect(lines[0]).toBe(
      'id,kind,date,state_code,activity_id,activity_title,request_id,participation_event_id,participation_event_kind,' +
        'participation_event_date,instrument_id,strategy_id,document_id,description,created_at',
    );
    expect(lines.slice(1)).toEqual([
      `${trained!.id},officials-trained,2026-01-15,AFG,${activityId},"Legislative drafting, Financing Convention",,,,,,,,30 prosecutors,${trained!.createdAt}`,
    ]);
    const deposit = csvLines((await send('afgFocal', 'GET', '/results/export?kind=ratification-deposited')).body);
    expect(deposit).toHaveLength(2);
    expect(deposit[1]).toContain(`,AFG,${activityId},`);
    expect(deposit[1]).toContain(`,${afgAccession.id},`);
    const xlsx = await send('coordinator', 'GET', '/results/export?format=xlsx');
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="accord-results-2026-03-01.xlsx"');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // France may not open the Afghan activity: its results are not in France's file, nor an anonymous caller's.
    for (const who of ['fraFocal', 'anonymous'] as const) {
      const other = await send(who, 'GET', '/results/export?format=csv');
      expect(other.statusCode).toBe(200);
      expect(csvLines(other.body), who).toEqual([lines[0]]);
      expect(other.body).not.toContain('Legislative drafting');
    }
    expect((await send('afgFocal', 'GET', '/results/export?format=pdf')).statusCode).toBe(400);
  });
});

describe('lists and exports', () => {
  let afgTitle: string;
  beforeAll(async () => {
    afgTitle = `Isolation; AFG, restricted ${Date.now()}`;
    await buildActivity(t.database.db, {
      organisationId: orgs.unodc, title: afgTitle, stateCodes: ['AFG'], themes: ['internet-use'], mandates: ['68/187/OP9'],
      startDate: '2014-03-30', endDate: '2014-04-02', confidentiality: 'state-restricted', updatedAt: TEST_NOW,
    });
  });

  it('keeps a State’s restricted activity from another State, in the list, CSV and iCalendar alike', async () => {
    const q = `/activities?q=${encodeURIComponent('Isolation;')}`;
    expect((await send('afgFocal', 'GET', q)).json().data.map((a: { title: string }) => a.title)).toEqual([afgTitle]);
    expect((await send('fraFocal', 'GET', q)).json().total).toBe(0);
    expect((await send('anonymous', 'GET', q)).json().total).toBe(0);
    for (const format of ['csv', 'ics']) {
      const exported = `/activities/export?format=${format}&q=${encodeURIComponent('Isolation;')}`;
      expect((await send('afgFocal', 'GET', exported)).body).toContain(format === 'csv' ? 'Isolation' : 'Isolation\\; AFG\\, restricted');
      expect((await send('fraFocal', 'GET', exported)).body).not.toContain('Isolation');
    }
  });

  it('answers "what was done under OP9 in 2014?"', async () => {
    const res = await send('coordinator', 'GET', '/activities?mandate=68/187/OP9&year=2014');
    expect(res.json().data.map((a: { title: string }) => a.title)).toEqual([afgTitle]);
    const mandates = (await send('coordinator', 'GET', '/mandates?year=2014')).json();
    expect(mandates.year).toBe(2014);
    expect(mandates.data.find((m: { id: string }) => m.id === '68/187/OP9').activities).toBe(1);
    expect((await send('fraFocal', 'GET', '/mandates?year=2014')).json().data.find((m: { id: string }) => m.id === '68/187/OP9').activities).toBe(0);
  });

  it('writes iCalendar that parses back: all-day dates with DTEND exclusive, a stable UID, escaped and folded text', async () => {
    const res = await send('afgFocal', 'GET', `/activities/export?format=ics&q=${encodeURIComponent('Isolation;')}`);
    expect(res.headers['content-type']).toContain('text/calendar');
    const text = res.body;
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT'));
    const prop = (name: string) => event.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))!;
    expect(prop('DTSTART')).toBe('DTSTART;VALUE=DATE:20140330');
    expect(prop('DTEND')).toBe('DTEND;VALUE=DATE:20140403');
    expect(prop('UID')).toMatch(/^UID:activity-[0-9a-f-]{36}@accord$/);
    const unescape = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([;,\\])/g, '$1');
    expect(unescape(prop('SUMMARY').slice('SUMMARY:'.length))).toBe(`${afgTitle} (UNODC)`);
    const again = await send('afgFocal', 'GET', `/activities/export?format=ics&q=${encodeURIComponent('Isolation;')}`);
    expect(again.body).toBe(text);
  });
});

describe('programmes, strategies and mandates', () => {
  it('creates a programme with objectives and indicators, changes its actuals, lists it', async () => {
    const body = {
      code: 'CASIA-CT', kind: 'regional', names: { en: 'Central Asia counter-terrorism', fr: 'Asie centrale' }, stateCodes: ['AFG', 'TJK'],
      themes: ['criminal-justice-capacity'], mandates: ['68/187/OP4'],
      objectives: [{ id: 'o1', text: 'Laws in force', indicators: [{ id: 'i1', name: 'Instruments ratified', unit: null, baseline: 10, target: 19, actual: null }] }],
      startDate: '2024-01-01', endDate: '2027-12-31',
    };
    const res = await send('unodc', 'POST', '/programmes', body);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().data.id;
    expect((await send('unodc', 'POST', '/programmes', body)).json().error.issues[0].code).toBe('taken');
    const objectives = [{ ...body.objectives[0]!, indicators: [{ ...body.objectives[0]!.indicators[0]!, actual: 14 }] }];
    const patched = await send('unodc', 'PATCH', `/programmes/${id}`, { objectives });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().data.objectives[0].indicators[0].actual).toBe(14);
    expect((await send('unoct', 'PATCH', `/programmes/${id}`, { description: 'x' })).statusCode).toBe(403);
    const act = await send('unodc', 'POST', '/activities', activity({ programmeId: id, confidentiality: 'public' }));
    expect(act.statusCode, act.body).toBe(201);
    const detail = (await send('anonymous', 'GET', `/programmes/${id}`)).json();
    expect(detail.data.activities.map((a: { id: string }) => a.id)).toEqual([act.json().data.id]);
    expect((await send('anonymous', 'GET', '/programmes?stateCode=TJK')).json().data.map((p: { code: string }) => p.code)).toEqual(['CASIA-CT']);
    const mandates = (await send('anonymous', 'GET', '/mandates')).json().data;
    expect(mandates.find((m: { id: string }) => m.id === '68/187/OP4').programmes).toBe(1);
  });

  it('lets a focal point record their State’s strategy, and shows the support given', async () => {
    const res = await send('afgFocal', 'POST', '/strategies', { scope: 'national', stateCodes: ['AFG'], title: 'AFG national strategy', stage: 'drafting' });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().data.id;
    expect((await send('fraFocal', 'POST', '/strategies', { scope: 'national', stateCodes: ['AFG'], title: 'Not theirs', stage: 'drafting' })).statusCode).toBe(403);
    const bad = await send('afgFocal', 'PATCH', `/strategies/${id}`, { stage: 'adopted' });
    expect(bad.json().error.issues[0].path).toEqual(['body', 'adoptedOn']);
    const adopted = await send('afgFocal', 'PATCH', `/strategies/${id}`, { stage: 'adopted', adoptedOn: '2026-02-01' });
    expect(adopted.json().data).toMatchObject({ stage: 'adopted', stageChangedOn: '2026-03-01' });
    const support = await send('unodc', 'POST', '/activities', activity({ strategyId: id, themes: ['strategies'] }));
    expect(support.statusCode, support.body).toBe(201);
    const detail = (await send('afgFocal', 'GET', `/strategies/${id}`)).json();
    expect(detail.data.support.map((a: { id: string }) => a.id)).toEqual([support.json().data.id]);
    const result = await send('unodc', 'POST', `/activities/${support.json().data.id}/results`, { kind: 'strategy-adopted', strategyId: id, date: '2026-05-10' });
    expect(result.statusCode, result.body).toBe(201);
  });

  it('refuses a strategy document the caller may not read exactly as one that does not exist (400)', async () => {
    const hiddenDoc = await insertDocument(t.database.db, { ownerOrganisationId: orgs.fra, confidentiality: 'named-people', stateCode: 'FRA' });
    const base = { scope: 'national', stateCodes: ['AFG'], title: 'AFG strategy with a document', stage: 'drafting' };
    const missing = await send('afgFocal', 'POST', '/strategies', { ...base, documentId: randomUUID() });
    expect(missing.statusCode, missing.body).toBe(400);
    expect(missing.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'documentId'], code: 'unknown_document' })]);
    const hidden = await send('afgFocal', 'POST', '/strategies', { ...base, documentId: hiddenDoc });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().error).toEqual(missing.json().error);
    const created = await send('afgFocal', 'POST', '/strategies', base);
    expect(created.statusCode, created.body).toBe(201);
    const patched = await send('afgFocal', 'PATCH', `/strategies/${created.json().data.id}`, { documentId: hiddenDoc });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.issues).toEqual(missing.json().error.issues);
  });

  it('names a linked programme or strategy in lists and exports only to those who may read it', async () => {
    const db = t.database.db;
    const strategy = await buildStrategy(db, { ownerOrganisationId: orgs.afg, confidentiality: 'named-people', title: 'Named-people strategy' });
    const programme = await buildProgramme(db, { organisationId: orgs.unoct, confidentiality: 'named-people' });
    const title = `Linked to hidden records ${Date.now()}`;
    const a = await buildActivity(db, {
      organisationId: orgs.unodc, title, stateCodes: ['AFG'], confidentiality: 'public', strategyId: strategy.id, programmeId: programme.id,
    });
    const q = `q=${encodeURIComponent(title)}`;
    const list = await send('unodc', 'GET', `/activities?${q}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().data).toEqual([expect.objectContaining({ id: a.id, strategyId: null, programmeId: null })]);
    const csv = await send('unodc', 'GET', `/activities/export?format=csv&${q}`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body).toContain(a.id);
    expect(csv.body).not.toContain(strategy.id);
    expect(csv.body).not.toContain(programme.id);
    expect((await send('unodc', 'GET', `/activities/${a.id}`)).json().data).toMatchObject({ strategyId: null, programmeId: null, strategy: null, programme: null });
    // A programme they may read stays named.
    const open = await buildProgramme(db, { organisationId: orgs.unoct, confidentiality: 'public' });
    const b = await buildActivity(db, { organisationId: orgs.unodc, title: `${title} (open)`, stateCodes: ['AFG'], confidentiality: 'public', programmeId: open.id });
    const both = (await send('unodc', 'GET', `/activities?${q}`)).json().data as { id: string; programmeId: string | null }[];
    expect(both.find((x) => x.id === b.id)?.programmeId).toBe(open.id);
  });

  it('names a strategy’s or a result’s document, and the links of the activities on a programme’s or strategy’s page, only to those who may read them', async () => {
    const db = t.database.db;
    const hiddenDoc = await insertDocument(db, { ownerOrganisationId: orgs.fra, confidentiality: 'named-people', stateCode: 'FRA' });
    const openDoc = await insertDocument(db, { ownerOrganisationId: orgs.unodc, confidentiality: 'public', stateCode: 'AFG' });
    const title = `Documents out of reach ${Date.now()}`;
    const hidden = await buildStrategy(db, { ownerOrganisationId: orgs.afg, title, documentId: hiddenDoc });
    const open = await buildStrategy(db, { ownerOrganisationId: orgs.afg, title: `${title} (open)`, documentId: openDoc });
    const detail = await send('afgFocal', 'GET', `/strategies/${hidden.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().data.documentId).toBeNull();
    expect((await send('afgFocal', 'GET', `/strategies/${open.id}`)).json().data.documentId).toBe(openDoc);
    const list = (await send('afgFocal', 'GET', '/strategies?pageSize=100')).json().data as { id: string; documentId: string | null }[];
    expect(list.find((x) => x.id === hidden.id)?.documentId).toBeNull();
    expect(list.find((x) => x.id === open.id)?.documentId).toBe(openDoc);
    const csv = await send('afgFocal', 'GET', '/strategies/export?format=csv');
    expect(csv.body).toContain(hidden.id);
    expect(csv.body).not.toContain(hiddenDoc);
    expect(csv.body).toContain(openDoc);
    // Changing the strategy keeps the link, without naming the document to the editor who may not read it.
    const patched = await send('afgFocal', 'PATCH', `/strategies/${hidden.id}`, { notes: 'Reviewed' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().data).toMatchObject({ notes: 'Reviewed', documentId: null });
    expect((await rows<{ document_id: string }>(sql`select document_id from strategies where id = ${hidden.id}`))[0]!.document_id).toBe(hiddenDoc);

    // A result naming a document its reader may not open (its recorder could): listed without it.
    const a = await buildActivity(db, { organisationId: orgs.unodc, title, stateCodes: ['AFG'], confidentiality: 'public' });
    await db.execute(sql`insert into assistance_results (kind, activity_id, state_code, date, document_id, description, created_at)
      values ('tool-published', ${a.id}, 'AFG', '2026-01-20', ${hiddenDoc}, 'Guide', now())`);
    const results = await send('afgFocal', 'GET', '/results?kind=tool-published&stateCode=AFG&pageSize=200');
    expect(results.statusCode, results.body).toBe(200);
    expect(results.json().data.filter((x: { activityId: string }) => x.activityId === a.id)).toEqual([expect.objectContaining({ documentId: null })]);
    expect((await send('afgFocal', 'GET', `/activities/${a.id}`)).json().data.results).toEqual([expect.objectContaining({ documentId: null })]);

    // On a strategy's and a programme's page, an activity's link to a record the reader may not open is not named.
    const secretProgramme = await buildProgramme(db, { organisationId: orgs.unoct, confidentiality: 'named-people' });
    const openProgramme = await buildProgramme(db, { organisationId: orgs.unoct, confidentiality: 'public' });
    const secretStrategy = await buildStrategy(db, { ownerOrganisationId: orgs.afg, confidentiality: 'named-people', title: 'Named-people strategy' });
    await buildActivity(db, { organisationId: orgs.unodc, title: `${title} (1)`, confidentiality: 'public', strategyId: open.id, programmeId: secretProgramme.id });
    await buildActivity(db, { organisationId: orgs.unodc, title: `${title} (2)`, confidentiality: 'public', programmeId: openProgramme.id, strategyId: secretStrategy.id });
    const support = (await send('unodc', 'GET', `/strategies/${open.id}`)).json().data.support;
    expect(support).toEqual([expect.objectContaining({ strategyId: open.id, programmeId: null })]);
    const under = (await send('unodc', 'GET', `/programmes/${openProgramme.id}`)).json().data.activities;
    expect(under).toEqual([expect.objectContaining({ programmeId: openProgramme.id, strategyId: null })]);
  });

  it('exports programmes with the list’s filters and scope; a State-restricted one stays with those who may see it', async () => {
    const db = t.database.db;
    const open = await buildProgramme(db, {
      code: 'EXPORT-OPEN', kind: 'thematic', names: { en: 'Export, open', fr: 'Export, ouvert' }, organisationId: orgs.unodc,
      partnerOrganisationIds: [orgs.unoct], regions: ['Asia-Pacific States'], stateCodes: ['AFG', 'PAK'], themes: ['victims'],
      mandates: ['68/187/OP4'], startDate: '2025-01-01', endDate: '2026-12-31', description: '=SUM(A1)',
      objectives: [{ id: 'o1', text: 'Victims heard', indicators: [{ id: 'i1', name: 'Hearings', unit: 'cases', baseline: 0, target: 10, actual: null }] }],
    }, TEST_NOW);
    await buildProgramme(db, {
      code: 'EXPORT-AFG', names: { en: 'Export, Afghan only' }, organisationId: orgs.unodc, stateCodes: ['AFG'], confidentiality: 'state-restricted',
    }, TEST_NOW);
    const csv = await send('afgFocal', 'GET', '/programmes/export?format=csv&q=EXPORT-');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="accord-programmes-2026-03-01.csv"');
    expect(csv.headers['cache-control']).toBe('private, no-store');
    const lines = csvLines(csv.body);
    expect(lines[0]).toBe(
      'id,code,kind,name,organisation,partner_organisation_ids,regions,state_codes,themes,mandates,start_date,end_date,' +
        'objectives,indicators,description,confidentiality,created_at,updated_at',
    );
    const stamp = TEST_NOW.toISOString();
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^[0-9a-f-]{36},EXPORT-AFG,regional,"Export, Afghan only",UNODC,,,AFG,,,,,,,,state-restricted,/),
      `${open.id},EXPORT-OPEN,thematic,"Export, open",UNODC,${orgs.unoct},Asia-Pacific States,AFG; PAK,victims,68/187/OP4,2025-01-01,2026-12-31,` +
        `o1 Victims heard,"o1/i1 Hearings (cases): baseline 0, target 10, actual -",'=SUM(A1),public,${stamp},${stamp}`,
    ]);
    // The list's filters, and its scope: France and the public see the open programme only.
    expect(csvLines((await send('afgFocal', 'GET', '/programmes/export?q=EXPORT-&kind=thematic')).body).slice(1)).toEqual([lines[2]]);
    for (const who of ['fraFocal', 'anonymous'] as const) {
      const other = await send(who, 'GET', '/programmes/export?format=csv&q=EXPORT-');
      expect(other.statusCode).toBe(200);
      expect(csvLines(other.body).slice(1), who).toEqual([lines[2]]);
      expect(other.body).not.toContain('Afghan only');
    }
    const xlsx = await send('fraFocal', 'GET', '/programmes/export?format=xlsx&q=EXPORT-');
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('exports strategies with the list’s filters and scope; a State-restricted one stays with those who may see it', async () => {
    const db = t.database.db;
    const open = await buildStrategy(db, {
      title: 'Exported open strategy', stateCodes: ['AFG'], stage: 'adopted', stageChangedOn: '2025-06-01', adoptedOn: '2025-06-01',
      ownerOrganisationId: orgs.afg, notes: 'Adopted by decree',
    }, TEST_NOW);
    await buildStrategy(db, { title: 'Exported restricted strategy', stateCodes: ['AFG'], ownerOrganisationId: orgs.afg, confidentiality: 'state-restricted' }, TEST_NOW);
    const csv = await send('afgFocal', 'GET', '/strategies/export?format=csv&q=Exported&stateCode=AFG');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="accord-strategies-2026-03-01.csv"');
    expect(csv.headers['cache-control']).toBe('private, no-store');
    const lines = csvLines(csv.body);
    expect(lines[0]).toBe('id,title,scope,state_codes,region,stage,stage_changed_on,adopted_on,document_id,organisation,notes,confidentiality,created_at,updated_at');
    const stamp = TEST_NOW.toISOString();
    const [afg] = await rows<{ name: string }>(sql`select names->>'en' as name from organisations where id = ${orgs.afg}`);
    const openLine = `${open.id},Exported open strategy,national,AFG,,adopted,2025-06-01,2025-06-01,,${afg!.name},Adopted by decree,public,${stamp},${stamp}`;
    expect(lines.slice(1)).toEqual([openLine, expect.stringMatching(/^[0-9a-f-]{36},Exported restricted strategy,national,AFG,,drafting,/)]);
    expect(csvLines((await send('afgFocal', 'GET', '/strategies/export?q=Exported&stage=adopted')).body).slice(1)).toEqual([openLine]);
    for (const who of ['fraFocal', 'anonymous'] as const) {
      const other = await send(who, 'GET', '/strategies/export?q=Exported');
      expect(other.statusCode).toBe(200);
      expect(csvLines(other.body).slice(1), who).toEqual([openLine]);
      expect(other.body).not.toContain('restricted strategy');
    }
    const xlsx = await send('coordinator', 'GET', '/strategies/export?format=xlsx&q=Exported');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
