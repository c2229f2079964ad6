// API tests of the library (issue 13 §2, §4): record metadata (validated with paths, shown, filtered, exported), text
// extraction and language detection on upload, duplicates named by hash, HTML served only as a sandboxed attachment,
// translations linked both ways, a law's provisions (CRUD, If-Match, requirement ids checked, 404 for outsiders, 403
// for readers, audited), the search entries written and removed with them, and the offline bundle.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { makePdf, multipart, type FormFile } from '../../../../../test/documents.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;
type Who = 'anonymous' | 'officer' | 'coordinator' | 'fraFocal' | 'afgFocal';
const headers = {} as Record<Who, Record<string, string>>;
let unodc = '';

// Code pénal (France), article 421-1 (Légifrance), in plain ASCII for the PDF's standard font.
const LAW_LINES = [
  'Code penal, article 421-1',
  'Constituent des actes de terrorisme, lorsqu elles sont intentionnellement en relation avec une',
  'entreprise individuelle ou collective ayant pour but de troubler gravement l ordre public par',
  'l intimidation ou la terreur, les infractions suivantes.',
];

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' })).id;
  const cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  const fra = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA' })).id;
  const afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  const people = {
    officer: { role: 'entity-officer', organisation: { id: unodc } },
    coordinator: { role: 'coordinator', organisation: { id: cted } },
    fraFocal: { role: 'focal-point', organisation: { id: fra } },
    afgFocal: { role: 'focal-point', organisation: { id: afg } },
  } as const;
  headers.anonymous = {};
  for (const [name, input] of Object.entries(people)) {
    const { user } = await buildUser(db, input, TEST_NOW);
    headers[name as Who] = (await signedIn(db, user.id, TEST_NOW)).headers;
  }
});

afterAll(() => t?.close());

function upload(who: Who, fields: Record<string, string | string[] | undefined>, file: FormFile = { name: 'law.pdf', content: makePdf(LAW_LINES) }) {
  const form = multipart(fields, file);
  return t.app.inject({ method: 'POST', url: '/api/v1/documents', payload: form.payload, headers: { ...headers[who], ...form.headers } });
}
const get = (who: Who, url: string) => t.app.inject({ method: 'GET', url, headers: headers[who] });
const send = (who: Who, method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, extra: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...headers[who], ...extra }, ...(body === undefined ? {} : { payload: body as object }) });

async function searchEntries(sourceId: string) {
  const result = await t.database.db.execute(sql`select source_kind, title, body, kind, language, year, state_codes, instrument_ids, requirement_ids, confidentiality from search_entries where source_id = ${sourceId}`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows;
}

const LAW = {
  title: 'Code pénal (France), livre IV, titre II',
  confidentiality: 'public',
  stateCode: 'FRA',
  kind: 'national-legislation',
  stateCodes: ['FRA'],
  languages: ['fr'],
  documentDate: '1992-07-22',
  versionLabel: 'consolidated 2024',
  source: 'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070719/LEGISCTA000006149845/',
  themes: ['ratification-legislation'],
  mandates: ['68/187/OP1'],
};

describe('record metadata', () => {
  it('stores, shows and filters the metadata, extracts the text and detects its language', async () => {
    const res = await upload('fraFocal', LAW);
    expect(res.statusCode, res.body).toBe(201);
    const { data, duplicates } = res.json();
    expect(data).toMatchObject({ kind: 'national-legislation', stateCodes: ['FRA'], languages: ['fr'], documentDate: '1992-07-22', detectedLanguage: 'fr', themes: ['ratification-legislation'], mandates: ['68/187/OP1'], translationOf: null });
    expect(duplicates).toEqual([]);
    const read = await get('anonymous', `/api/v1/documents/${data.id}`);
    expect(read.json().extractedText).toContain('actes de terrorisme');
    expect(read.json()).toMatchObject({ original: null, translations: [] });

    const list = (q: string) => get('anonymous', `/api/v1/documents?${q}`).then((r) => r.json().data.map((d: { id: string }) => d.id));
    expect(await list('kind=national-legislation')).toContain(data.id);
    expect(await list('kind=case-law')).not.toContain(data.id);
    expect(await list('language=fr')).toContain(data.id);
    expect(await list('theme=ratification-legislation')).toContain(data.id);
    expect(await list('theme=criminal-justice-capacity')).not.toContain(data.id);
    const csv = await get('anonymous', '/api/v1/documents/export?kind=national-legislation');
    expect(csv.body).toContain('national-legislation');
    expect(csv.body).toContain('1992-07-22');

    const entry = await searchEntries(data.id);
    expect(entry).toHaveLength(1);
    expect(entry[0]).toMatchObject({ source_kind: 'document', kind: 'national-legislation', language: 'fr', year: 1992, state_codes: ['FRA'], confidentiality: 'public' });
    expect(entry[0]!.body).toContain('actes de terrorisme');
  });

  it('refuses unknown kinds, States, instruments, themes, mandates, dates and originals, naming each path', async () => {
    const res = await upload('fraFocal', {
      title: 'Bad',
      confidentiality: 'public',
      kind: 'novel',
      stateCodes: ['FRA', 'QQQ'],
      instrumentIds: ['no-such-instrument'],
      themes: ['poetry'],
      mandates: ['68/187/OP99'],
      documentDate: '2024-02-30',
      translationOf: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.issues.map((i: { path: (string | number)[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.kind', 'body.themes.0', 'body.mandates.0', 'body.documentDate']));
    const semantic = await upload('fraFocal', {
      title: 'Bad',
      confidentiality: 'public',
      stateCodes: ['FRA', 'QQQ'],
      instrumentIds: ['no-such-instrument'],
      translationOf: '00000000-0000-4000-8000-000000000000',
    });
    expect(semantic.statusCode).toBe(400);
    const semanticPaths = semantic.json().error.issues.map((i: { path: (string | number)[] }) => i.path.join('.'));
    expect(semanticPaths).toEqual(expect.arrayContaining(['body.stateCodes.1', 'body.instrumentIds.0', 'body.translationOf']));
  });

  it('changes the metadata with If-Match and re-indexes the record', async () => {
    const created = (await upload('fraFocal', { ...LAW, title: 'To change' }, { name: 'c.txt', content: Buffer.from('Article 1. Texte de loi à modifier.') })).json().data;
    const res = await send('fraFocal', 'PATCH', `/api/v1/documents/${created.id}`, { kind: 'case-law', documentDate: '2001-01-01' }, { 'if-match': '"v1"' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ kind: 'case-law', documentDate: '2001-01-01' });
    expect((await searchEntries(created.id))[0]).toMatchObject({ kind: 'case-law', year: 2001 });
    const bad = await send('fraFocal', 'PATCH', `/api/v1/documents/${created.id}`, { themes: ['nope'] }, { 'if-match': '"v2"' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path.join('.')).toBe('body.themes.0');
  });

  it('links a translation to its original, both ways, for who may see them', async () => {
    const original = (await upload('fraFocal', { ...LAW, title: 'Original' }, { name: 'o.txt', content: Buffer.from('Texte original de la loi.') })).json().data;
    const tr = await upload('fraFocal', { ...LAW, title: 'Translation', languages: ['en'], translationOf: original.id }, { name: 't.txt', content: Buffer.from('English translation of the law.') });
    expect(tr.statusCode, tr.body).toBe(201);
    expect((await get('anonymous', `/api/v1/documents/${tr.json().data.id}`)).json().original).toMatchObject({ id: original.id, title: 'Original' });
    expect((await get('anonymous', `/api/v1/documents/${original.id}`)).json().translations).toEqual([
      expect.objectContaining({ id: tr.json().data.id, title: 'Translation' }),
    ]);
    // A record cannot translate its own translation.
    const circular = await send('fraFocal', 'PATCH', `/api/v1/documents/${original.id}`, { translationOf: tr.json().data.id }, { 'if-match': '"v1"' });
    expect(circular.statusCode).toBe(400);
    expect(circular.json().error.issues[0]).toMatchObject({ path: ['body', 'translationOf'], code: 'circular' });
  });
});

describe('files', () => {
  it('names the visible records that already hold the same file, and keeps the upload', async () => {
    const content = Buffer.from(`Duplicate law text ${Date.now()}`);
    const first = (await upload('fraFocal', { ...LAW, title: 'First copy' }, { name: 'd.txt', content })).json().data;
    // A restricted copy the FRA focal point cannot see is not named to them.
    const hidden = await upload('afgFocal', { title: 'Hidden copy', confidentiality: 'state-restricted', stateCode: 'AFG' }, { name: 'd.txt', content });
    expect(hidden.statusCode).toBe(201);
    expect(hidden.json().duplicates).toEqual([{ id: first.id, title: 'First copy' }]);
    const second = await upload('fraFocal', { ...LAW, title: 'Second copy' }, { name: 'd.txt', content });
    expect(second.statusCode).toBe(201);
    expect(second.json().duplicates).toEqual([{ id: first.id, title: 'First copy' }]);
  });

  it('takes HTML, reads its text and serves it only as a sandboxed attachment', async () => {
    const html = '<!DOCTYPE html><html><body><h1>Loi n° 2021-998</h1><p>Relative à la prévention d’actes de terrorisme et au renseignement.</p><script>alert(1)</script></body></html>';
    const res = await upload('fraFocal', { ...LAW, title: 'HTML law' }, { name: 'loi.html', content: Buffer.from(html), type: 'text/html' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.mediaType).toBe('text/html; charset=utf-8');
    const id = res.json().data.id;
    expect((await get('anonymous', `/api/v1/documents/${id}`)).json().extractedText).not.toContain('alert');
    const content = await get('anonymous', `/api/v1/documents/${id}/content`);
    expect(content.headers['content-disposition']).toMatch(/^attachment;/);
    expect(content.headers['content-security-policy']).toContain('sandbox');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    const bad = await upload('fraFocal', { ...LAW, title: 'Not HTML' }, { name: 'x.html', content: Buffer.from('alert(1)') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0]).toMatchObject({ path: ['body', 'file'], code: 'content_mismatch' });
  });
});

describe('provisions', () => {
  let lawId = '';
  let requirementId = '';
  let restrictedLaw = '';
  beforeAll(async () => {
    lawId = (await upload('fraFocal', { ...LAW, title: 'Law with provisions' }, { name: 'p.txt', content: Buffer.from('Article 421-1. Constituent des actes de terrorisme.') })).json().data.id;
    restrictedLaw = (await upload('fraFocal', { ...LAW, confidentiality: 'state-restricted', title: 'Restricted law' }, { name: 'r.txt', content: Buffer.from('Projet de loi.') })).json().data.id;
    const list = await get('fraFocal', `/api/v1/documents/${lawId}/provisions`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().abilities.create).toBe(true);
    requirementId = list.json().requirements[0]?.requirementId;
    expect(requirementId).toMatch(/^[a-z0-9]+:[a-z_]+$/);
  });

  it('adds, changes (If-Match) and deletes a provision, audited and indexed', async () => {
    const created = await send('fraFocal', 'POST', `/api/v1/documents/${lawId}/provisions`, { label: 'Article 421-1', text: 'Constituent des actes de terrorisme…', requirementIds: [requirementId] });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json().data;
    expect(p).toMatchObject({ label: 'Article 421-1', requirementIds: [requirementId], position: 0, version: 1 });
    const entry = (await searchEntries(p.id))[0]!;
    expect(entry).toMatchObject({ source_kind: 'provision', kind: 'provision', requirement_ids: [requirementId], state_codes: ['FRA'], confidentiality: 'public' });
    expect(entry.instrument_ids).toContain(requirementId.split(':')[0]);

    const url = `/api/v1/documents/${lawId}/provisions/${p.id}`;
    const changed = await send('fraFocal', 'PATCH', url, { label: 'Art. 421-1' }, { 'if-match': '"v1"' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().data).toMatchObject({ label: 'Art. 421-1', version: 2 });
    expect((await send('fraFocal', 'PATCH', url, { label: 'stale' }, { 'if-match': '"v1"' })).statusCode).toBe(412);
    expect((await searchEntries(p.id))[0]!.title).toContain('Art. 421-1');

    const audit = await t.database.db.execute(sql`select action from audit_log where target_id = ${p.id} order by id`);
    expect((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual(['provision:create', 'provision:update']);
    expect((await send('fraFocal', 'DELETE', url)).statusCode).toBe(204);
    expect(await searchEntries(p.id)).toEqual([]);
    expect((await get('fraFocal', url)).statusCode).toBe(404);
  });

  it('refuses unknown requirement ids with their path, and provisions on other kinds of record', async () => {
    const bad = await send('fraFocal', 'POST', `/api/v1/documents/${lawId}/provisions`, { label: 'Art. 1', requirementIds: [requirementId, 'nothing:here'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'requirementIds', 1], code: 'unknown_requirement' })]);
    const caseLaw = (await upload('fraFocal', { ...LAW, kind: 'case-law', title: 'A judgment' }, { name: 'j.txt', content: Buffer.from('Jugement.') })).json().data.id;
    expect((await send('fraFocal', 'POST', `/api/v1/documents/${caseLaw}/provisions`, { label: 'Art. 1' })).statusCode).toBe(409);
  });

  it('is read by readers of the law, changed by who may change it, and does not exist for others', async () => {
    const created = await send('fraFocal', 'POST', `/api/v1/documents/${restrictedLaw}/provisions`, { label: 'Article 1' });
    expect(created.statusCode).toBe(201);
    const url = `/api/v1/documents/${restrictedLaw}/provisions`;
    expect((await get('coordinator', url)).statusCode).toBe(200);
    expect((await get('afgFocal', url)).statusCode).toBe(404);
    expect((await get('anonymous', url)).statusCode).toBe(404);
    expect((await send('afgFocal', 'POST', url, { label: 'Intruder' })).statusCode).toBe(404);
    expect((await send('coordinator', 'POST', url, { label: 'Reader' })).statusCode).toBe(403);
    expect((await send('anonymous', 'POST', url, { label: 'Anonymous' })).statusCode).toBe(401);
  });

  it('deleting the law removes its entries and its provisions’', async () => {
    const id = (await upload('fraFocal', { ...LAW, title: 'Law to delete' }, { name: 'x.txt', content: Buffer.from('Article 2. Texte à supprimer.') })).json().data.id;
    const p = (await send('fraFocal', 'POST', `/api/v1/documents/${id}/provisions`, { label: 'Article 2' })).json().data;
    expect(await searchEntries(p.id)).toHaveLength(1);
    expect((await send('fraFocal', 'DELETE', `/api/v1/documents/${id}`)).statusCode).toBe(204);
    expect(await searchEntries(id)).toEqual([]);
    expect(await searchEntries(p.id)).toEqual([]);
  });
});

describe('offline bundle', () => {
  it('is one HTML attachment with the metadata, the text and the file inside, under the content rule', async () => {
    const id = (await upload('fraFocal', { ...LAW, title: 'Offline law' })).json().data.id;
    const res = await get('anonymous', `/api/v1/documents/${id}/offline?lang=ar`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.body).toContain('<html lang="ar" dir="rtl">');
    expect(res.body).toContain('Offline law');
    expect(res.body).toContain('<pre dir="auto">');
    expect(res.body).toContain('actes de terrorisme');
    expect(res.body).toContain('href="data:application/pdf;base64,JVBERi0');
    expect(res.body).not.toContain('<script');
    const restricted = (await upload('fraFocal', { ...LAW, confidentiality: 'state-restricted', title: 'Restricted offline' }, { name: 'ro.txt', content: Buffer.from('Texte restreint.') })).json().data.id;
    expect((await get('anonymous', `/api/v1/documents/${restricted}/offline`)).statusCode).toBe(404);
    expect((await get('afgFocal', `/api/v1/documents/${restricted}/offline`)).statusCode).toBe(404);
    expect((await get('coordinator', `/api/v1/documents/${restricted}/offline`)).statusCode).toBe(200);
  });
});
