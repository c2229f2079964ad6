// API tests of the Secretary-General's report drafts (issue 14 §3): who may (coordinators of the holding
// organisation), bad input with its paths, If-Match, the figures of a small fixture counted by hand (a suppressed
// one among them), the records behind a figure respecting confidentiality, and the DOCX and XLSX read back.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildActivity } from '../../../../../test/activities.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { insertContributions } from '../../../../../test/report-figures.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
type Headers = Record<string, string>;
const PEOPLE = ['coordinator', 'otherCoordinator', 'officer', 'donor'] as const;
const headers = { anonymous: {} } as Record<(typeof PEOPLE)[number] | 'anonymous', Headers>;
const ids = {} as Record<'victims1' | 'victims2' | 'named' | 'donor', string>;
const NEW = { title: 'Report on 68/187, 2025', mandateSet: '68/187', periodFrom: '2025-01-01', periodTo: '2025-12-31', language: 'en' };

beforeAll(async () => {
  t = await buildTestServer();
  const db = t.database.db;
  const unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' })).id;
  const cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED', acronym: 'CTED' })).id;
  const ocT = (await buildOrganisation(db, { kind: 'un-entity', name: 'OCT', acronym: 'OCT' })).id;
  ids.donor = (await buildOrganisation(db, { kind: 'donor', name: 'Donor State Fund', acronym: 'DSF' })).id;
  const people: Record<(typeof PEOPLE)[number], Parameters<typeof buildUser>[1]> = {
    coordinator: { role: 'coordinator', organisation: { id: cted } },
    otherCoordinator: { role: 'coordinator', organisation: { id: ocT } },
    officer: { role: 'entity-officer', organisation: { id: unodc } },
    donor: { role: 'donor-representative', organisation: { id: ids.donor } },
  };
  const userIds: Record<string, string> = {};
  for (const name of PEOPLE) {
    const { user } = await buildUser(db, people[name], TEST_NOW);
    userIds[name] = user.id;
    headers[name] = (await signedIn(db, user.id, TEST_NOW)).headers;
  }
  const base = { organisationId: unodc, status: 'completed', startDate: '2025-03-01', endDate: '2025-03-03' };
  // In the period: two public activities on victims (one also on the Internet), one named-people on CBRN.
  ids.victims1 = (await buildActivity(db, { ...base, confidentiality: 'public', themes: ['victims'], kind: 'national-workshop', stateCodes: ['AFG'], participantsTotal: 10, participantsFemale: 4, participantsMale: 6 }, TEST_NOW)).id;
  ids.victims2 = (await buildActivity(db, { ...base, confidentiality: 'public', themes: ['victims', 'internet-use'], kind: 'training-course', stateCodes: ['FRA'], participantsTotal: 5, participantsFemale: 5, participantsByInstitution: { prosecution: 5 } }, TEST_NOW)).id;
  ids.named = (await buildActivity(db, { ...base, confidentiality: 'named-people', namedUserIds: [userIds.officer!], themes: ['cbrn'], kind: 'mentoring', stateCodes: ['AFG'] }, TEST_NOW)).id;
  // Not counted: before the period, and cancelled.
  await buildActivity(db, { ...base, confidentiality: 'public', themes: ['victims'], startDate: '2024-05-01', endDate: '2024-05-02' }, TEST_NOW);
  await buildActivity(db, { ...base, confidentiality: 'public', themes: ['victims'], status: 'cancelled' }, TEST_NOW);
  // Money: EUR 1,000 at 0.8 a dollar is USD 1,250.00; USD 500.25; a pledge is not received; one from 2024 is outside.
  const money = { donorOrganisationId: ids.donor, recipientOrganisationId: unodc, form: 'cash', rateDate: '2025-02-01', rateSource: 'UN operational rates', createdAt: TEST_NOW, updatedAt: TEST_NOW };
  await insertContributions(db, [
    { ...money, kind: 'contribution', date: '2025-02-01', amount: '1000', currency: 'EUR', unitsPerUsd: '0.8', earmarkKind: 'theme', earmarkValue: 'victims' },
    { ...money, kind: 'contribution', date: '2025-06-30', amount: '500.25', currency: 'USD', unitsPerUsd: '1' },
    { ...money, kind: 'pledge', date: '2025-07-01', amount: '9000', currency: 'USD', unitsPerUsd: '1' },
    { ...money, kind: 'contribution', date: '2024-12-31', amount: '7', currency: 'USD', unitsPerUsd: '1' },
  ]);
});

afterAll(async () => {
  await t?.close();
});

const create = (who: keyof typeof headers = 'coordinator', body: Record<string, unknown> = NEW) =>
  t.app.inject({ method: 'POST', url: '/api/v1/reports', headers: headers[who], payload: body });
type View = { id: string; version: number; narrative: Record<string, string>; figures: { groups: { id: string; mandateId: string | null; figures: { id: string; value: unknown; suppressed: boolean }[] }[] }; sections: { id: string; groupIds: string[] }[] };
const figureOf = (view: View, id: string) => view.figures.groups.flatMap((g) => g.figures).find((f) => f.id === id);

describe('report drafts', () => {
  let view: View;
  beforeAll(async () => {
    const res = await create();
    expect(res.statusCode, res.body).toBe(201);
    view = res.json().data;
  });

  it('are for coordinators: officers, donors and the public are refused; another organisation’s coordinator finds nothing', async () => {
    expect((await create('officer')).statusCode).toBe(403);
    expect((await create('donor')).statusCode).toBe(403);
    expect((await create('anonymous')).statusCode).toBe(401);
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/reports/${view.id}`, headers: headers.otherCoordinator });
    expect(other.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/reports', headers: headers.otherCoordinator });
    expect(list.json().data).toEqual([]);
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/reports', headers: headers.coordinator });
    expect(own.json().data.map((r: { id: string }) => r.id)).toContain(view.id);
  });

  it('refuses bad input with the paths at fault', async () => {
    const res = await create('coordinator', { ...NEW, periodFrom: 'last year', language: 'xx' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.periodFrom', 'body.language']));
    const reversed = await create('coordinator', { ...NEW, periodFrom: '2025-12-31', periodTo: '2025-01-01' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['body.periodTo']);
    const unknown = await create('coordinator', { ...NEW, mandateSet: '99/999' });
    expect(unknown.json().error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['body.mandateSet']);
  });

  it('counts the fixture as counted by hand', () => {
    // Three activities in the period (two public, one named-people): the total rests on one confidential record.
    expect(figureOf(view, 'activities.total.all')).toMatchObject({ value: null, suppressed: true });
    expect(figureOf(view, 'activities.by-theme.victims')).toMatchObject({ value: 2, suppressed: false });
    // cbrn alone suppressed would be the total minus the others: the smallest other cell is suppressed with it.
    expect(figureOf(view, 'activities.by-theme.internet-use')).toMatchObject({ value: null, suppressed: true });
    expect(figureOf(view, 'activities.by-theme.cbrn')).toMatchObject({ value: null, suppressed: true });
    expect(figureOf(view, 'activities.by-kind.training-course')).toMatchObject({ value: 1 });
    expect(figureOf(view, 'officials-trained.by-sex.female')).toMatchObject({ value: 9, suppressed: false });
    expect(figureOf(view, 'officials-trained.by-sex.total')).toMatchObject({ value: 15 });
    expect(figureOf(view, 'officials-trained.by-institution.prosecution')).toMatchObject({ value: 5 });
    expect(figureOf(view, 'funding.received.total')).toMatchObject({ value: '1750.25', suppressed: false });
    expect(figureOf(view, `funding.received.by-donor.${ids.donor}`)).toMatchObject({ value: '1750.25' });
    expect(figureOf(view, 'funding.received.by-earmark.theme')).toMatchObject({ value: '1250.00' });
    expect(figureOf(view, 'funding.received.by-earmark.none')).toMatchObject({ value: '500.25' });
    // The skeleton: groups under the paragraphs they serve.
    expect(view.sections.find((s) => s.id === '68/187/OP6')!.groupIds).toContain('activities.by-theme');
    expect(view.sections.find((s) => s.id === '68/187/OP13')!.groupIds).toContain('funding.received');
  });

  it('lists the records behind a figure that the reader may open, and counts the rest as hidden', async () => {
    const records = (figure: string) => t.app.inject({ method: 'GET', url: `/api/v1/reports/${view.id}/figures/${figure}/records`, headers: headers.coordinator });
    const victims = (await records('activities.by-theme.victims')).json();
    expect(victims.total).toBe(2);
    expect(victims.hidden).toBe(0);
    expect(victims.records.map((r: { href: string }) => r.href).sort()).toEqual([`/activities/${ids.victims1}`, `/activities/${ids.victims2}`].sort());
    const cbrn = (await records('activities.by-theme.cbrn')).json();
    expect(cbrn).toMatchObject({ total: 1, hidden: 1, records: [] });
    const money = (await records('funding.received.total')).json();
    expect(money.total).toBe(2);
    expect((await records('no.such.figure')).statusCode).toBe(404);
  });

  it('writes the narrative under If-Match: 428 without it, 412 with a stale version', async () => {
    const url = `/api/v1/reports/${view.id}`;
    const patch = (h: Headers, body: Record<string, unknown>) => t.app.inject({ method: 'PATCH', url, headers: { ...headers.coordinator, ...h }, payload: body });
    expect((await patch({}, { narrative: { '68/187/OP6': 'Text' } })).statusCode).toBe(428);
    const ok = await patch({ 'if-match': `"v${view.version}"` }, { narrative: { '68/187/OP6': 'States were assisted.' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe(`"v${view.version + 1}"`);
    const stale = await patch({ 'if-match': `"v${view.version}"` }, { title: 'Lost' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().data.narrative['68/187/OP6']).toBe('States were assisted.');
    // A refresh keeps the narrative.
    const refreshed = await t.app.inject({ method: 'POST', url: `${url}/refresh`, headers: { ...headers.coordinator, 'if-match': ok.headers.etag as string } });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json().data.narrative['68/187/OP6']).toBe('States were assisted.');
    view = refreshed.json().data;
  });

  it('writes a DOCX with the figures and a footnote naming their records, and an XLSX with the figure ids', async () => {
    const docx = await t.app.inject({ method: 'GET', url: `/api/v1/reports/${view.id}/report.docx?lang=en`, headers: headers.coordinator });
    expect(docx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const document = await zip.file('word/document.xml')!.async('string');
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    expect(document).toContain('1750.25');
    expect(document).toContain('States were assisted.');
    expect(document).toContain('suppressed');
    expect(footnotes).toContain('2025-01-01 – 2025-12-31, Victims of terrorism: 2 records (figure activities.by-theme.victims)');

    const xlsx = await t.app.inject({ method: 'GET', url: `/api/v1/reports/${view.id}/report.xlsx`, headers: headers.coordinator });
    expect(xlsx.statusCode).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets.flatMap((s) => s.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1)));
    expect(rows.find((r) => r[2] === 'activities.by-theme.victims')?.[3]).toBe(2);
    expect(rows.find((r) => r[2] === 'funding.received.total')?.[3]).toBe('1750.25');
    expect(rows.find((r) => r[2] === 'activities.by-theme.cbrn')?.[5]).toBe('suppressed');
  });

  it('counts the deposits of consent in the period from the treaty records', async () => {
    // data/reference/untc/XVIII-11.csv (the Financing Convention, imported by the test server), 1 July 2013 –
    // 30 June 2014: PRK ratified 25 Jul 2013; Kuwait 11 Jul 2013, Suriname 19 Jul 2013, Timor-Leste 27 May 2014
    // acceded. No assistance result links any of them.
    const res = await create('coordinator', { ...NEW, periodFrom: '2013-07-01', periodTo: '2014-06-30' });
    const year: View = res.json().data;
    expect(figureOf(year, 'ratifications.total')).toMatchObject({ value: 4, suppressed: false });
    expect(figureOf(year, 'ratifications.followed-assistance')).toMatchObject({ value: 0 });
    expect(figureOf(year, 'ratifications.without-assistance')).toMatchObject({ value: 4 });
    const records = await t.app.inject({ method: 'GET', url: `/api/v1/reports/${year.id}/figures/ratifications.total/records`, headers: headers.coordinator });
    expect(records.json().records.map((r: { href: string }) => r.href)).toEqual(['/states/KWT', '/states/SUR', '/states/PRK', '/states/TLS']);
  });
});
