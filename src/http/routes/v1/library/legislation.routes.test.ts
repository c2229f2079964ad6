// API tests of legislation: the checklists; recording assessments (bad input 400 with its path, who may by source,
// superseding, disagreement, withdrawal) and the State's legislation view and matrix they change.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { insertActivity } from '../../../../../test/coordination.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { insertLaw } from '../../../../../test/legislation.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
type Headers = Record<string, string>;
const PEOPLE = ['officer', 'regionOfficer', 'coordinator', 'afgFocal', 'fraFocal', 'donor'] as const;
const headers = { anonymous: {} } as Record<(typeof PEOPLE)[number] | 'anonymous', Headers>;
const orgs = {} as Record<'unodc' | 'cted' | 'afg' | 'fra' | 'donor', string>;
let afgLaw: { documentId: string; provisionIds: string[] };
let restrictedLaw: { provisionIds: string[] };
let fraLaw: { provisionIds: string[] };
let publication: { provisionIds: string[] };
let legislationActivity: string;
let otherActivity: string;

beforeAll(async () => {
  t = await buildTestServer();
  const db = t.database.db;
  orgs.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' })).id;
  orgs.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED', acronym: 'CTED' })).id;
  orgs.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  orgs.fra = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA' })).id;
  orgs.donor = (await buildOrganisation(db, { kind: 'donor', name: 'Donor' })).id;
  const people: Record<(typeof PEOPLE)[number], Parameters<typeof buildUser>[1]> = {
    officer: { role: 'entity-officer', organisation: { id: orgs.unodc } },
    regionOfficer: { role: 'entity-officer', organisation: { id: orgs.unodc }, regions: ['African States'] },
    coordinator: { role: 'coordinator', organisation: { id: orgs.cted } },
    afgFocal: { role: 'focal-point', organisation: { id: orgs.afg } },
    fraFocal: { role: 'focal-point', organisation: { id: orgs.fra } },
    donor: { role: 'donor-representative', organisation: { id: orgs.donor } },
  };
  for (const name of PEOPLE) {
    const { user } = await buildUser(db, people[name], TEST_NOW);
    headers[name] = (await signedIn(db, user.id, TEST_NOW)).headers;
  }
  afgLaw = await insertLaw(db, {
    ownerOrganisationId: orgs.unodc,
    stateCode: 'AFG',
    title: 'Law on Combating the Financing of Terrorism',
    provisions: [{ label: 'Article 4' }, { label: 'Article 9' }],
  });
  restrictedLaw = await insertLaw(db, { ownerOrganisationId: orgs.unodc, stateCode: 'AFG', confidentiality: 'state-restricted' });
  fraLaw = await insertLaw(db, { ownerOrganisationId: orgs.unodc, stateCode: 'FRA' });
  publication = await insertLaw(db, { ownerOrganisationId: orgs.unodc, stateCode: 'AFG', kind: 'publication' });
  const dates = { startDate: '2025-01-10', endDate: '2025-01-12' };
  legislationActivity = await insertActivity(db, { organisationId: orgs.unodc, stateCodes: ['AFG'], themes: ['ratification-legislation'], ...dates });
  otherActivity = await insertActivity(db, { organisationId: orgs.unodc, stateCodes: ['AFG'], themes: ['terrorist-financing'], ...dates });
});

afterAll(async () => {
  await t?.close();
});

const post = (who: keyof typeof headers, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/legislation/assessments', headers: headers[who], payload: body });
const view = async (code = 'AFG', who: keyof typeof headers = 'anonymous') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/states/${code}/legislation`, headers: headers[who] });
  expect(res.statusCode).toBe(200);
  return res.json().data;
};
type ViewItem = { requirementId: string; status: string; disagreement: boolean; assessments: { id: string; status: string; evidence: { label: string } | null; abilities: { withdraw: boolean } }[] };
type ViewInstrument = { instrument: { id: string }; participation: string; summary: Record<string, unknown>; flags: Record<string, boolean>; items: ViewItem[] };
const itemOf = (data: { instruments: ViewInstrument[] }, requirementId: string) =>
  data.instruments.flatMap((i) => i.items).find((i) => i.requirementId === requirementId)!;
const issuePaths = (res: { json: () => { error: { issues: { path: (string | number)[] }[] } } }) =>
  res.json().error.issues.map((i) => i.path.join('.'));

const covered = (extra: Record<string, unknown> = {}) => ({
  stateCode: 'AFG',
  instrumentId: 'financing1999',
  requirementId: 'financing1999:offences',
  status: 'covered',
  source: 'state',
  provisionId: afgLaw.provisionIds[0],
  ...extra,
});

describe('checklists', () => {
  it('lists the 21 instruments, each item citing its article', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/legislation/checklists' });
    expect(res.statusCode).toBe(200);
    const data = res.json().data as { instrument: { id: string }; items: { article: string; articlePath: string | null }[] }[];
    expect(data).toHaveLength(21);
    for (const c of data) expect(c.items.length).toBeGreaterThan(0);
    const one = await t.app.inject({ method: 'GET', url: '/api/v1/legislation/checklists/financing1999' });
    const items = one.json().data[0].items as { requirementId: string; articlePath: string | null }[];
    expect(items.find((i) => i.requirementId === 'financing1999:preventive_measures')?.articlePath).toBe('/api/v1/instruments/financing1999/articles/18');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/legislation/checklists/nothing' })).statusCode).toBe(404);
  });
});

describe('recording an assessment', () => {
  it('refuses bad input with 400 naming each failing field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [covered({ provisionId: undefined }), 'body.provisionId'],
      [covered({ requirementId: 'financing1999:nothing' }), 'body.requirementId'],
      [covered({ instrumentId: 'unknown1999' }), 'body.instrumentId'],
      [covered({ stateCode: 'A1' }), 'body.stateCode'],
      [covered({ stateCode: 'XXZ' }), 'body.stateCode'],
      [covered({ status: 'mostly' }), 'body.status'],
      [covered({ provisionId: restrictedLaw.provisionIds[0] }), 'body.provisionId'],
      [covered({ provisionId: fraLaw.provisionIds[0] }), 'body.provisionId'],
      [covered({ provisionId: publication.provisionIds[0] }), 'body.provisionId'],
      [covered({ provisionId: randomUUID() }), 'body.provisionId'],
      [covered({ assessedOn: '2026-03-02' }), 'body.assessedOn'],
      [covered({ activityId: legislationActivity }), 'body.activityId'],
    ];
    for (const [body, path] of cases) {
      const res = await post('afgFocal', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(issuePaths(res), path).toContain(path);
    }
    const assisted = { source: 'assistance' };
    expect(issuePaths(await post('officer', covered(assisted)))).toContain('body.activityId');
    expect(issuePaths(await post('officer', covered({ ...assisted, activityId: otherActivity })))).toContain('body.activityId');
    expect(issuePaths(await post('officer', covered({ ...assisted, activityId: randomUUID() })))).toContain('body.activityId');
  });

  it('lets only those the source admits: 401 anonymous, 403 another State, a donor, a coordinator for assistance', async () => {
    expect((await post('anonymous', covered())).statusCode).toBe(401);
    expect((await post('fraFocal', covered())).statusCode).toBe(403);
    expect((await post('donor', covered())).statusCode).toBe(403);
    expect((await post('regionOfficer', covered({ source: 'review' }))).statusCode).toBe(403);
    expect((await post('coordinator', covered({ source: 'assistance', activityId: legislationActivity }))).statusCode).toBe(403);
    expect((await post('officer', covered({ source: 'state' }))).statusCode).toBe(403);
  });

  it("records the State's own assessment, with its evidence; a newer one by the same organisation supersedes it", async () => {
    const first = await post('afgFocal', covered());
    expect(first.statusCode).toBe(201);
    expect(first.json().data).toMatchObject({ status: 'covered', source: 'state', evidence: { label: 'Article 4', documentId: afgLaw.documentId } });
    let item = itemOf(await view(), 'financing1999:offences');
    expect(item).toMatchObject({ status: 'covered', disagreement: false });
    expect(item.assessments).toHaveLength(1);

    const second = await post('afgFocal', covered({ status: 'partly-covered', provisionId: afgLaw.provisionIds[1] }));
    expect(second.statusCode).toBe(201);
    item = itemOf(await view(), 'financing1999:offences');
    expect(item.assessments.map((a) => a.id)).toEqual([second.json().data.id]);
    expect(item).toMatchObject({ status: 'partly-covered', disagreement: false });
  });

  it('keeps different organisations’ assessments and shows their disagreement', async () => {
    const review = await post('coordinator', covered({ source: 'review' }));
    expect(review.statusCode).toBe(201);
    const item = itemOf(await view(), 'financing1999:offences');
    expect(item.assessments).toHaveLength(2);
    expect(item).toMatchObject({ status: 'partly-covered', disagreement: true });
  });

  it('accepts "not covered" without evidence, and counts assessments from assistance activities', async () => {
    const res = await post('officer', {
      stateCode: 'AFG',
      instrumentId: 'financing1999',
      requirementId: 'financing1999:legal_persons',
      status: 'not-covered',
      source: 'assistance',
      activityId: legislationActivity,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data.evidence).toBeNull();
    const data = await view();
    expect(data.assistedRequirements).toBe(1);
    const fin = data.instruments.find((i: ViewInstrument) => i.instrument.id === 'financing1999') as ViewInstrument;
    expect(fin.summary).toMatchObject({ partlyCovered: 1, notCovered: 1, disagreements: 1, incorporation: 'not-incorporated' });
    expect(fin.flags.ratifiedNotIncorporated).toBe(fin.participation === 'party');
  });

  it('flags "incorporated but not ratified" where every mandatory item is covered and the State is no party', async () => {
    for (const key of ['manufacture_prohibited', 'movement_prohibited', 'stocks_controlled']) {
      const res = await post('afgFocal', covered({ instrumentId: 'plastic1991', requirementId: `plastic1991:${key}` }));
      expect(res.statusCode).toBe(201);
    }
    const data = await view();
    const plastic = data.instruments.find((i: ViewInstrument) => i.instrument.id === 'plastic1991') as ViewInstrument;
    expect(plastic.participation).not.toBe('party');
    expect(plastic.summary.incorporation).toBe('incorporated');
    expect(data.incorporatedNotRatified).toEqual(['plastic1991']);

    const matrix = await t.app.inject({ method: 'GET', url: '/api/v1/legislation/matrix' });
    expect(matrix.statusCode).toBe(200);
    const afg = matrix.json().data.participants.find((p: { code: string }) => p.code === 'AFG');
    expect(afg.cells.plastic1991).toMatchObject({ covered: 3, incorporation: 'incorporated', incorporatedNotRatified: true });
    expect(matrix.json().data.participants.some((p: { code: string }) => p.code === 'FRA')).toBe(false);
    expect(matrix.json().data.assistedRequirements).toBe(1);

    // The gaps say so too (and "not known" for a State nobody assessed).
    const gaps = await t.app.inject({ method: 'GET', url: '/api/v1/participants/AFG/gaps', headers: headers.afgFocal });
    expect(gaps.json().data.legislation).toMatchObject({ known: true, incorporatedNotRatified: ['plastic1991'] });
    const fra = await t.app.inject({ method: 'GET', url: '/api/v1/participants/FRA/gaps', headers: headers.fraFocal });
    expect(fra.json().data.legislation).toEqual({ known: false });
  });
});

describe('withdrawing an assessment', () => {
  it('is for the organisation that made it: 403 for others, 404 for unknown ids, 204, then 409', async () => {
    const res = await post('afgFocal', covered({ requirementId: 'financing1999:no_justification' }));
    const id = res.json().data.id as string;
    const del = (who: keyof typeof headers, which = id) =>
      t.app.inject({ method: 'DELETE', url: `/api/v1/legislation/assessments/${which}`, headers: headers[who] });
    expect((await del('anonymous')).statusCode).toBe(401);
    expect((await del('fraFocal')).statusCode).toBe(403);
    expect((await del('officer')).statusCode).toBe(403);
    expect((await del('afgFocal', randomUUID())).statusCode).toBe(404);
    expect((await del('afgFocal', 'not-an-id')).statusCode).toBe(404);
    expect(itemOf(await view('AFG', 'afgFocal'), 'financing1999:no_justification').assessments[0]!.abilities.withdraw).toBe(true);
    expect(itemOf(await view('AFG', 'officer'), 'financing1999:no_justification').assessments[0]!.abilities.withdraw).toBe(false);
    expect((await del('afgFocal')).statusCode).toBe(204);
    expect(itemOf(await view(), 'financing1999:no_justification')).toMatchObject({ status: 'not-known', assessments: [] });
    expect((await del('afgFocal')).statusCode).toBe(409);
  });

  it('answers 404 for a State nobody knows', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/states/XXZ/legislation' })).statusCode).toBe(404);
  });
});
