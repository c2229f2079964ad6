// The directory as files, through the API: each reader's download holds what they may read (reads of contact details
// audited), a dry run writes nothing, an import is all or nothing and only for the importer's own States.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_COLUMNS } from '#domain/cooperation/directory-file.ts';
import { authorityCounts, authorityRepo, insertAuthority } from '../../../../../test/authorities.ts';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { multipart } from '../../../../../test/documents.ts';
import { readFixture } from '../../../../../test/fixtures.ts';
import { auditSince, lastAuditId } from '../../../../../test/named-people.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

type Headers = Record<string, string>;
let t: Awaited<ReturnType<typeof buildTestServer>>;
const db = () => t.database.db;
const h: Record<'practitionerFra' | 'practitionerDeu' | 'focalFra' | 'officer' | 'donor', Headers> = {} as never;
const ids: Record<string, string> = {};

const HEADER = DIRECTORY_COLUMNS.join(',');
const SECRET_EMAIL = 'duty-fra@example.org';

async function person(role: 'central-authority-practitioner' | 'focal-point' | 'entity-officer' | 'donor-representative', stateCode?: string) {
  const organisation = stateCode ? await buildOrganisation(db(), { kind: 'state-authority', stateCode }) : undefined;
  const { user } = await buildUser(db(), { role, ...(organisation ? { organisation } : {}) }, TEST_NOW);
  return { id: user.id, headers: (await signedIn(db(), user.id, TEST_NOW)).headers };
}

const counts = () => authorityCounts(db());

function upload(csv: string, dryRun: boolean | null, headers: Headers) {
  const form = multipart({}, { name: 'directory.csv', content: Buffer.from(csv), type: 'text/csv' });
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/cooperation/authorities/import${dryRun === null ? '' : `?dryRun=${dryRun}`}`,
    payload: form.payload,
    headers: { ...headers, ...form.headers },
  });
}

beforeAll(async () => {
  t = await buildTestServer([]);
  h.practitionerFra = (await person('central-authority-practitioner', 'FRA')).headers;
  h.practitionerDeu = (await person('central-authority-practitioner', 'DEU')).headers;
  h.focalFra = (await person('focal-point', 'FRA')).headers;
  h.officer = (await person('entity-officer')).headers;
  h.donor = (await person('donor-representative')).headers;
  const at = new Date('2026-01-10T00:00:00Z');
  ids.fra = (
    await insertAuthority(
      db(),
      {
        stateCode: 'FRA',
        kind: 'mla',
        instrumentId: null,
        name: 'Bureau de test de l’entraide pénale',
        address: '1 rue de l’Exemple, Paris (fictional)',
        channels: ['direct', 'diplomatic'],
        languages: ['fr', 'en'],
        urgentProcedure: 'By e-mail (test data)',
        requirements: { dualCriminality: 'Required for coercive measures (test data)' },
        lawLinks: [{ title: 'Example law', url: 'https://example.org/law' }],
        contacts: [{ name: 'Duty officer (test)', role: 'Magistrate', email: SECRET_EMAIL, phone: '+33 1 00 00 00 00' }],
        publicFields: ['address'],
      },
      at,
    )
  ).id;
  ids.egy = (
    await insertAuthority(
      db(),
      {
        stateCode: 'EGY',
        kind: 'extradition',
        instrumentId: null,
        name: 'بيانات اختبار — هيئة وهمية أخرى',
        address: '',
        channels: ['diplomatic'],
        languages: ['ar'],
        urgentProcedure: '',
        requirements: {},
        lawLinks: [],
        contacts: [{ name: 'مسؤول تجريبي', role: 'Officer', email: 'egy@example.org', phone: '' }],
        publicFields: [],
      },
      at,
    )
  ).id;
});
afterAll(() => t?.close());

describe('GET /cooperation/authorities.csv', () => {
  it('gives the public what is public, names what is withheld, and audits nothing', async () => {
    const before = await lastAuditId(db());
    const res = await t.app.inject('/api/v1/cooperation/authorities.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body).not.toContain(SECRET_EMAIL);
    expect(res.body).not.toContain('egy@example.org');
    expect(res.body).toContain('1 rue de l’Exemple'); // made public by France
    expect(res.body).toContain('بيانات اختبار — هيئة وهمية أخرى');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.find((l) => l.startsWith('FRA'))!.endsWith('urgentProcedure;requirements;lawLinks;contacts')).toBe(true);
    expect(await auditSince(db(), before)).toEqual([]);
  });

  it('gives a practitioner the contacts, and records the read', async () => {
    const before = await lastAuditId(db());
    const res = await t.app.inject({ url: '/api/v1/cooperation/authorities.csv?state=FRA', headers: h.practitionerDeu });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(SECRET_EMAIL);
    expect(res.body).not.toContain('egy@example.org'); // filtered to France
    expect(res.headers['content-disposition']).toContain('accord-authorities-fra-2026-03-01.csv');
    const audit = await auditSince(db(), before);
    expect(audit.map((a) => [a.action, a.targetType, a.targetId])).toEqual([['authority-contacts:read', 'authority', ids.fra]]);
    expect(audit[0]!.after).toEqual({ via: 'authorities:export:csv', authority: [ids.fra] });
  });

  it('gives a State’s focal point their own State’s contacts only', async () => {
    const res = await t.app.inject({ url: '/api/v1/cooperation/authorities.csv', headers: h.focalFra });
    expect(res.body).toContain(SECRET_EMAIL);
    expect(res.body).not.toContain('egy@example.org');
  });

  it('refuses a filter that is not a State code or a kind', async () => {
    expect((await t.app.inject('/api/v1/cooperation/authorities.csv?state=fr')).statusCode).toBe(400);
    expect((await t.app.inject('/api/v1/cooperation/authorities.csv?kind=embassy')).statusCode).toBe(400);
  });
});

describe('GET /cooperation/authorities.html', () => {
  it('is a printable page in the language asked for, with Arabic names intact and nothing that runs', async () => {
    const res = await t.app.inject('/api/v1/cooperation/authorities.html?lang=ar');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(res.body).toContain('<html lang="ar" dir="rtl">');
    expect(res.body).toContain('دليل السلطات الوطنية المختصة');
    expect(res.body).toContain('<bdi dir="auto">بيانات اختبار — هيئة وهمية أخرى</bdi>');
    expect(res.body).not.toContain(SECRET_EMAIL);
    expect(res.body).toContain('لا يُعرض عليك');
    expect(res.body).not.toMatch(/<script/i);
  });

  it('shows an officer the contacts, with the confidentiality notice, and records the read', async () => {
    const before = await lastAuditId(db());
    const res = await t.app.inject({ url: '/api/v1/cooperation/authorities.html?lang=zh', headers: h.officer });
    expect(res.body).toContain(SECRET_EMAIL);
    expect(res.body).toContain('国家主管机关名录');
    expect(res.body).toContain('本文件包含非公开的联系方式');
    const audit = await auditSince(db(), before);
    expect(audit.map((a) => a.action)).toEqual(['authority-contacts:read']);
    expect((audit[0]!.after as { authority: string[] }).authority.sort()).toEqual([ids.fra, ids.egy].sort());
  });
});

describe('GET /cooperation/authorities/file-layout', () => {
  it('says who may import for the State asked about', async () => {
    const ask = async (headers: Headers) =>
      (await t.app.inject({ url: '/api/v1/cooperation/authorities/file-layout?state=FRA', headers })).json().abilities;
    expect(await ask({})).toEqual({ import: false, readContacts: false });
    expect(await ask(h.practitionerFra)).toEqual({ import: true, readContacts: true });
    expect(await ask(h.practitionerDeu)).toEqual({ import: false, readContacts: true });
    expect(await ask(h.donor)).toEqual({ import: false, readContacts: false });
  });
});

describe('POST /cooperation/authorities/import', () => {
  const fraRow = (name: string, languages = 'fr;en') => `FRA,mla,,${name},,direct,${languages},,,,,,,,,,,`;

  it('on a dry run (the default) shows the difference and writes nothing', async () => {
    const before = await counts();
    const csv = [HEADER, fraRow('Bureau de test de l’entraide pénale', 'fr'), fraRow('Nouveau bureau de test')].join('\n');
    const res = await upload(csv, null, h.practitionerFra);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json().data;
    expect([r.dryRun, r.applied, r.stateCodes]).toEqual([true, false, ['FRA']]);
    expect(r.counts).toEqual({ rows: 2, new: 1, changed: 1, unchanged: 0, absent: 0, problems: 0 });
    expect(r.new).toEqual([{ line: 3, stateCode: 'FRA', kind: 'mla', instrumentId: null, name: 'Nouveau bureau de test' }]);
    expect(r.changed[0].changes).toEqual([
      { field: 'address', from: '1 rue de l’Exemple, Paris (fictional)', to: '' },
      { field: 'channels', from: 'direct;diplomatic', to: 'direct' },
      { field: 'languages', from: 'fr;en', to: 'fr' },
      { field: 'urgentProcedure', from: 'By e-mail (test data)', to: '' },
      { field: 'requirements', from: 'dualCriminality=Required for coercive measures (test data)', to: '' },
      { field: 'lawLinks', from: 'Example law|https://example.org/law', to: '' },
      { field: 'contacts', from: `Duty officer (test)|Magistrate|${SECRET_EMAIL}|+33 1 00 00 00 00`, to: '' },
      { field: 'publicFields', from: 'address', to: '' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file with one bad row whole: nothing is written', async () => {
    const before = await counts();
    const csv = [HEADER, fraRow('Encore un bureau de test'), 'FRA,mla,,Bureau sans langue valide,,direct,french,,,,,,,,,,,'].join('\n');
    const dry = (await upload(csv, true, h.practitionerFra)).json().data;
    expect(dry.problems).toEqual([expect.objectContaining({ line: 3, column: 'languages', code: 'languages.invalid' })]);
    const res = await upload(csv, false, h.practitionerFra);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'file', 3, 'languages'], code: 'languages.invalid' })]);
    expect(await counts()).toEqual(before);
  });

  it("refuses another State's practitioner, naming the States", async () => {
    const before = await counts();
    const res = await upload([HEADER, fraRow('Bureau de test')].join('\n'), true, h.practitionerDeu);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.params.stateCodes).toEqual(['FRA']);
    expect(await counts()).toEqual(before);
    expect((await upload([HEADER, fraRow('Bureau de test')].join('\n'), true, {})).statusCode).toBe(401);
    expect((await upload([HEADER, fraRow('Bureau de test')].join('\n'), true, h.donor)).statusCode).toBe(403);
  });

  it('imports new and changed entries in one go, with revisions and audit entries, and keeps absent ones', async () => {
    const before = await lastAuditId(db());
    const csv = readFixture('authority-directory.sample.csv');
    const res = await upload(csv, false, h.officer);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json().data;
    expect([r.applied, r.stateCodes, r.counts]).toEqual([
      true,
      ['CHN', 'EGY', 'FRA'],
      { rows: 4, new: 4, changed: 0, unchanged: 0, absent: 2, problems: 0 },
    ]);
    // The entries held before and not in the file are kept.
    expect(r.absent.map((a: { id: string }) => a.id).sort()).toEqual([ids.fra, ids.egy].sort());
    const held = await authorityRepo(db()).list({ stateCodes: ['CHN'] });
    expect(held.map((a) => a.name)).toEqual(['测试数据——虚构的司法协助中心']);
    expect((await authorityRepo(db()).revisions(held[0]!.id)).map((v) => v.change)).toEqual(['imported']);
    const audit = await auditSince(db(), before);
    expect(audit.filter((a) => a.action === 'authority:import')).toHaveLength(4);

    // What the officer exports re-imports as unchanged.
    const exported = await t.app.inject({ url: '/api/v1/cooperation/authorities.csv', headers: h.officer });
    const again = (await upload(exported.body, true, h.officer)).json().data;
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 6, absent: 0, problems: 0 });
    // And so does the public's, withheld cells and all.
    const publicFile = await t.app.inject('/api/v1/cooperation/authorities.csv');
    const fromPublic = (await upload(publicFile.body, true, h.officer)).json().data;
    expect(fromPublic.counts).toMatchObject({ new: 0, changed: 0, unchanged: 6 });
  });

  it('applies a changed field through the repository, as an imported revision', async () => {
    // Only the columns it gives are compared: a renamed spelling and the languages.
    const res = await upload('state,kind,name,languages\nFRA,mla,bureau de test de l’entraide pénale,fr', false, h.focalFra);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.counts).toMatchObject({ changed: 1 });
    const entry = await authorityRepo(db()).findById(ids.fra!);
    expect(entry!.languages).toEqual(['fr']);
    expect(entry!.name).toBe('bureau de test de l’entraide pénale');
    expect(entry!.contacts).toHaveLength(1); // not in the file: untouched
    expect((await authorityRepo(db()).revisions(ids.fra!))[0]!.change).toBe('imported');
  });

  it('refuses a form without a file, a file that is not UTF-8, and an unknown dryRun', async () => {
    const empty = multipart({ note: 'x' });
    const noFile = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cooperation/authorities/import',
      payload: empty.payload,
      headers: { ...h.focalFra, ...empty.headers },
    });
    expect(noFile.statusCode).toBe(400);
    const latin1 = multipart({}, { name: 'd.csv', content: Buffer.from([0x73, 0x74, 0xe9, 0x0a]) });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cooperation/authorities/import',
      payload: latin1.payload,
      headers: { ...h.focalFra, ...latin1.headers },
    });
    expect(bad.statusCode).toBe(400);
    expect((await upload(HEADER, 'maybe' as never, h.focalFra)).statusCode).toBe(400);
  });
});
