// API tests of the cooperation register: bilateral treaties (create, read, filter, correct with If-Match, remove,
// import from CSV with a dry run) and States' declarations. Access: the public reads and cannot write; a State's
// people write what involves their State and nothing else; administrators and UN officers keep the whole register.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, signedIn } from '../../../../../test/accounts.ts';
import { multipart } from '../../../../../test/documents.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

type Headers = Record<string, string>;
let t: Awaited<ReturnType<typeof buildTestServer>>;
const who = {} as Record<'fraFocal' | 'afgPractitioner' | 'officer' | 'admin', Headers>;

const BASE = '/api/v1/cooperation/bilateral-treaties';
const DECLARATIONS = '/api/v1/cooperation/declarations';
const treaty = {
  kind: 'extradition',
  title: 'Extradition Treaty between France and the United States',
  stateA: 'USA',
  stateB: 'FRA',
  signedOn: '1996-04-23',
  inForceFrom: '2002-02-01',
  source: 'Journal officiel de la République française, décret no 2002-194',
  sourceUrl: 'https://www.legifrance.gouv.fr/',
};

const send = (method: string, url: string, headers: Headers = {}, payload?: unknown) =>
  t.app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
const auditCount = async (targetType: string) =>
  Number(((await t.database.db.execute(sql`select count(*)::int as n from audit_log where target_type = ${targetType}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  const person = async (input: Parameters<typeof buildUser>[1]) => (await signedIn(db, (await buildUser(db, input, TEST_NOW)).user.id, TEST_NOW)).headers;
  who.fraFocal = await person({ role: 'focal-point', stateCode: 'FRA' });
  who.afgPractitioner = await person({ role: 'central-authority-practitioner', stateCode: 'AFG' });
  who.officer = await person({ role: 'entity-officer' });
  who.admin = await person({ platformAdmin: true });
});
afterAll(() => t?.close());

describe('bilateral treaties', () => {
  let id = '';

  it('are recorded by a State of the pair, stored with the pair in code order, and audited', async () => {
    const before = await auditCount('bilateral-treaty');
    const res = await send('POST', BASE, who.fraFocal, treaty);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"v1"');
    const body = res.json();
    expect(body.data).toMatchObject({ stateA: 'FRA', stateB: 'USA', inForceFrom: '2002-02-01', terminatedOn: null, version: 1 });
    expect(body.abilities).toEqual({ update: true, delete: true });
    id = body.data.id;
    expect(await auditCount('bilateral-treaty')).toBe(before + 1);
  });

  it('are public to read, and the public cannot write', async () => {
    const list = await send('GET', BASE);
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((d: { id: string }) => d.id)).toContain(id);
    expect(list.json().abilities).toEqual({ create: false, import: false });
    const one = await send('GET', `${BASE}/${id}`);
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe('"v1"');
    expect(one.json().abilities).toEqual({ update: false, delete: false });
    expect((await send('POST', BASE, {}, treaty)).statusCode).toBe(401);
    expect((await send('DELETE', `${BASE}/${id}`)).statusCode).toBe(401);
  });

  it('cannot be written by another State’s practitioner for a pair without their State', async () => {
    const other = { ...treaty, title: 'Another treaty' };
    expect((await send('POST', BASE, who.afgPractitioner, other)).statusCode).toBe(403);
    expect((await send('PATCH', `${BASE}/${id}`, { ...who.afgPractitioner, 'if-match': '"v1"' }, { notes: 'mine' })).statusCode).toBe(403);
    expect((await send('DELETE', `${BASE}/${id}`, who.afgPractitioner)).statusCode).toBe(403);
    // …and may not move an entry of their own pair to a pair without their State.
    const own = await send('POST', BASE, who.afgPractitioner, { ...other, stateA: 'AFG', stateB: 'PAK', kind: 'mla' });
    expect(own.statusCode, own.body).toBe(201);
    const moved = await send('PATCH', `${BASE}/${own.json().data.id}`, { ...who.afgPractitioner, 'if-match': '"v1"' }, { stateA: 'IND' });
    expect(moved.statusCode).toBe(403);
    // A UN officer keeps the whole register.
    expect((await send('POST', BASE, who.officer, { ...other, stateA: 'DEU', stateB: 'ITA' })).statusCode).toBe(201);
  });

  it('answers 400 naming the field, and 409 for a duplicate', async () => {
    const unknown = await send('POST', BASE, who.admin, { ...treaty, stateB: 'XYZ' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'stateB'], code: 'unknown_state' })]);
    const order = await send('POST', BASE, who.admin, { ...treaty, title: 'Dates', inForceFrom: '1990-01-01' });
    expect(order.statusCode).toBe(400);
    expect(order.json().error.issues[0].path).toEqual(['body', 'inForceFrom']);
    const same = await send('POST', BASE, who.admin, { ...treaty, stateA: 'FRA', stateB: 'FRA', title: 'Self' });
    expect(same.json().error.issues[0]).toMatchObject({ code: 'same_state' });
    const url = await send('POST', BASE, who.admin, { ...treaty, title: 'Url', sourceUrl: 'javascript:alert(1)' });
    expect(url.json().error.issues[0]).toMatchObject({ path: ['body', 'sourceUrl'], code: 'invalid_url' });
    const duplicate = await send('POST', BASE, who.admin, { ...treaty, title: treaty.title.toUpperCase(), stateA: 'FRA', stateB: 'USA' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.params.existingId).toBe(id);
  });

  it('answer 404 for an unknown or malformed id', async () => {
    expect((await send('GET', `${BASE}/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect((await send('GET', `${BASE}/not-an-id`)).statusCode).toBe(404);
  });

  it('are corrected naming the version read (428 without, 412 when stale)', async () => {
    expect((await send('PATCH', `${BASE}/${id}`, who.fraFocal, { terminatedOn: '2030-01-01' })).statusCode).toBe(428);
    const ok = await send('PATCH', `${BASE}/${id}`, { ...who.fraFocal, 'if-match': '"v1"' }, { terminatedOn: '2025-12-31' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json().data.terminatedOn).toBe('2025-12-31');
    const stale = await send('PATCH', `${BASE}/${id}`, { ...who.fraFocal, 'if-match': '"v1"' }, { notes: 'late' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().data.version).toBe(2);
    expect((await send('PATCH', `${BASE}/${id}`, { ...who.fraFocal, 'if-match': '"v2"' }, { terminatedOn: '2001-01-01' })).statusCode).toBe(400);
  });

  it('are filtered by State, pair, kind and date in force', async () => {
    const ids = async (query: string) => (await send('GET', `${BASE}?${query}`)).json().data.map((d: { title: string }) => d.title);
    expect(await ids('stateCode=usa')).toEqual([treaty.title]);
    expect(await ids('stateCode=USA&otherStateCode=FRA')).toEqual([treaty.title]);
    expect(await ids('stateCode=FRA&otherStateCode=DEU')).toEqual([]);
    expect(await ids('stateCode=FRA&kind=mla')).toEqual([]);
    expect(await ids('stateCode=FRA&inForceOn=2010-01-01')).toEqual([treaty.title]);
    expect(await ids('stateCode=FRA&inForceOn=2001-01-01')).toEqual([]);
    // Terminated on 2025-12-31: no longer in force that day.
    expect(await ids('stateCode=FRA&inForceOn=2025-12-31')).toEqual([]);
  });

  it('are removed, with an audit entry keeping what was there', async () => {
    const created = await send('POST', BASE, who.fraFocal, { ...treaty, kind: 'mla', title: 'To remove' });
    const before = await auditCount('bilateral-treaty');
    expect((await send('DELETE', `${BASE}/${created.json().data.id}`, who.fraFocal)).statusCode).toBe(204);
    expect((await send('GET', `${BASE}/${created.json().data.id}`)).statusCode).toBe(404);
    expect(await auditCount('bilateral-treaty')).toBe(before + 1);
  });
});

describe('bilateral treaty import', () => {
  const HEADER = 'kind,state_a,state_b,title,signed_on,in_force_from,terminated_on,source,source_url,notes';
  const upload = (csv: string, headers: Headers, query = '', name = 'treaties.csv') => {
    const form = multipart({}, { name, content: Buffer.from(csv), type: 'text/csv' });
    return t.app.inject({ method: 'POST', url: `${BASE}/import${query}`, headers: { ...headers, ...form.headers }, payload: form.payload });
  };
  const count = async () => (await send('GET', `${BASE}?pageSize=200`)).json().total as number;

  const good = [
    HEADER,
    'mla,Spain,Morocco,Convention on mutual legal assistance in criminal matters,2009-09-24,2012-03-01,,BOE-A-2012-3014,https://www.boe.es/,',
    // Already recorded (the pair written the other way round, names instead of codes).
    `extradition,United States of America,France,"${treaty.title}",,,,JO,,`,
  ].join('\n');

  it('answers what a dry run would do, row by row, and writes nothing', async () => {
    const before = await count();
    const res = await upload(`${good}\nextradition,FRA,Atlantis,T,,,,JO,,\nmla,ESP,MAR,Other,2012-01-01,2011-01-01,,JO,,`, who.admin, '?dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json().data;
    expect(r).toMatchObject({ dryRun: true, written: false, rows: 4 });
    expect(r.created).toEqual([expect.objectContaining({ line: 2, stateA: 'ESP', stateB: 'MAR', id: null })]);
    expect(r.existing).toEqual([expect.objectContaining({ line: 3, stateA: 'FRA', stateB: 'USA' })]);
    expect(r.issues.map((i: { line: number; column: string; code: string }) => `${i.line}:${i.column}:${i.code}`)).toEqual([
      '4:state_b:unknown_state',
      '5:in_force_from:date_order',
    ]);
    expect(await count()).toBe(before);
  });

  it('imports nothing when a row has a problem', async () => {
    const before = await count();
    const res = await upload(`${good}\nextradition,FRA,Atlantis,T,,,,JO,,`, who.admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0]).toMatchObject({ path: ['file', 4, 'state_b'], code: 'unknown_state' });
    expect(await count()).toBe(before);
  });

  it('imports every new row at once, skipping those already recorded', async () => {
    const before = await count();
    const res = await upload(good, who.admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ written: true, existing: [expect.objectContaining({ line: 3 })] });
    expect(res.json().data.created[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await count()).toBe(before + 1);
    // Again: everything is there already.
    const again = await upload(good, who.admin);
    expect(again.json().data).toMatchObject({ created: [], written: true });
  });

  it('imports only the pairs the person may record', async () => {
    const res = await upload(`${HEADER}\nmla,AFG,IRN,Afghan MLA,,,,Gazette,,\nmla,DEU,FRA,Not theirs,,,,BGBl,,`, who.afgPractitioner, '?dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json().data.created.map((c: { title: string }) => c.title)).toEqual(['Afghan MLA']);
    expect(res.json().data.issues).toEqual([expect.objectContaining({ line: 3, code: 'forbidden_pair' })]);
    expect((await upload(good, {}, '?dryRun=true')).statusCode).toBe(401);
  });

  it('takes CSV text only, within the document upload’s limits', async () => {
    const exe = await upload('MZ\u0000\u0001binary', who.admin, '?dryRun=true', 'treaties.csv');
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.issues[0].path).toEqual(['body', 'file']);
    const pdf = await upload(good, who.admin, '?dryRun=true', 'treaties.pdf');
    expect(pdf.json().error.issues[0]).toMatchObject({ code: 'extension_not_allowed' });
    const header = await upload('kind,state_a\nmla,FRA', who.admin, '?dryRun=true');
    expect(header.json().data.issues.map((i: { column: string }) => i.column)).toEqual(['state_b', 'title', 'source']);
  });
});

describe('declarations', () => {
  const declaration = {
    stateCode: 'FRA',
    instrumentId: 'untoc2000',
    kind: 'accepted-languages',
    article: '18(14)',
    languages: ['fr', 'en'],
    declaredOn: '2002-10-29',
    source: 'UN Treaty Collection, chapter XVIII-12, declarations',
  };
  let id = '';

  it('are recorded by the State’s people, and read by anyone', async () => {
    const res = await send('POST', DECLARATIONS, who.fraFocal, declaration);
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().data.id;
    const list = await send('GET', `${DECLARATIONS}?stateCode=fra&instrumentId=untoc2000`);
    expect(list.json().data).toEqual([expect.objectContaining({ id, languages: ['fr', 'en'], abilities: { update: false, delete: false } })]);
    expect((await send('GET', `${DECLARATIONS}?stateCode=DEU`)).json().data).toEqual([]);
    expect((await send('GET', `${DECLARATIONS}/${id}`)).headers.etag).toBe('"v1"');
  });

  it('cannot be written by the public or another State’s practitioner', async () => {
    expect((await send('POST', DECLARATIONS, {}, declaration)).statusCode).toBe(401);
    expect((await send('POST', DECLARATIONS, who.afgPractitioner, { ...declaration, article: '16(5)' })).statusCode).toBe(403);
    expect((await send('PATCH', `${DECLARATIONS}/${id}`, { ...who.afgPractitioner, 'if-match': '"v1"' }, { text: 'x' })).statusCode).toBe(403);
    expect((await send('DELETE', `${DECLARATIONS}/${id}`, who.afgPractitioner)).statusCode).toBe(403);
  });

  it('answers 400 naming an unknown State or treaty, and 409 for a duplicate', async () => {
    const res = await send('POST', DECLARATIONS, who.admin, { ...declaration, stateCode: 'XYZ', instrumentId: 'nonesuch' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['body.stateCode', 'body.instrumentId']);
    expect((await send('POST', DECLARATIONS, who.admin, declaration)).statusCode).toBe(409);
  });

  it('are corrected with If-Match and removed', async () => {
    expect((await send('PATCH', `${DECLARATIONS}/${id}`, who.fraFocal, { text: 'French and English' })).statusCode).toBe(428);
    const ok = await send('PATCH', `${DECLARATIONS}/${id}`, { ...who.fraFocal, 'if-match': '"v1"' }, { text: 'French and English' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().data).toMatchObject({ text: 'French and English', version: 2 });
    expect((await send('PATCH', `${DECLARATIONS}/${id}`, { ...who.fraFocal, 'if-match': '"v1"' }, { text: 'x' })).statusCode).toBe(412);
    expect((await send('DELETE', `${DECLARATIONS}/${id}`, who.fraFocal)).statusCode).toBe(204);
    expect((await send('GET', `${DECLARATIONS}/${id}`)).statusCode).toBe(404);
  });
});
