// A request's template and documents, through the API: the DOCX read back with mammoth and the printable page carry
// the template's words in the document's language, the legal basis, the requested authority and what the user wrote
// as written; only the requesting authority (and those it shares the content with) get them, everyone else a 404;
// each download is audited.
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestTemplate } from '#app/cooperation/request-template.ts';
import { emptyContent, type RequestContent, type RequestStatus, type TemplateLanguage } from '#domain/cooperation/requests.ts';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { auditSince, lastAuditId } from '../../../../../test/named-people.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { insertCooperationRequest } from '../../../../../test/cooperation-requests.ts';

type Headers = Record<string, string>;
let t: Awaited<ReturnType<typeof buildTestServer>>;
const db = () => t.database.db;
const h: Record<'drafter' | 'otherState' | 'requestedSide' | 'donor', Headers> = {} as never;
let drafterId = '';
let fraOrganisation = '';

// A French summary in a request whose document may be asked for in English: it must stay French.
const FRENCH_SUMMARY = 'Le 3 mars 2025, des fonds ont été virés depuis un compte ouvert à Lyon vers une société écran.';
const ARABIC_NAME = 'وزارة العدل — بيانات اختبار';

function content(patch: (c: RequestContent) => void): RequestContent {
  const c = emptyContent();
  c.requesting = { ...c.requesting, authorityName: 'Bureau de l’entraide pénale internationale (test)', reference: 'BEPI/2026/17 é', contactName: 'Claire Test', contactEmail: 'claire@example.org' };
  c.requested = { authorityId: null, authorityName: 'Central Authority of Germany (test data)', address: 'Adenauerallee 99\n53113 Bonn', channel: 'direct', language: 'fr' };
  c.legalBasis = { instrumentId: 'financing1999', bilateralTreatyId: null, articles: '12', reciprocity: false, note: '' };
  c.facts = { subject: 'Financement du terrorisme (enquête préliminaire)', conductingAuthority: 'Parquet national antiterroriste', summary: FRENCH_SUMMARY, purpose: '' };
  c.offences = [{ name: 'Financement d’une entreprise terroriste', lawReference: 'Code pénal, art. 421-2-2', lawText: '', penalty: 'Dix ans d’emprisonnement' }];
  c.assistance = { measures: ['bank-records'], details: { 'bank-records': 'Relevés du compte DE00 0000 0000 (2024–2025).' }, personsConcerned: '', transferConsent: '' };
  patch(c);
  return c;
}

async function insertRequest(options: { status?: RequestStatus; contentShared?: boolean; content?: RequestContent } = {}): Promise<string> {
  return insertCooperationRequest(db(), {
    status: options.status,
    requestingOrganisationId: fraOrganisation,
    requestingStateCode: 'FRA',
    requestedStateCode: 'DEU',
    content: options.content ?? content(() => {}),
    contentShared: options.contentShared,
    createdBy: drafterId,
    at: TEST_NOW,
  }).then((r) => r.id);
}

async function practitioner(stateCode: string, organisation?: { id: string }) {
  const { user } = await buildUser(db(), { role: 'central-authority-practitioner', stateCode, ...(organisation ? { organisation } : {}) }, TEST_NOW);
  return { id: user.id, headers: (await signedIn(db(), user.id, TEST_NOW)).headers };
}

/** One file of a zip archive (a DOCX), read through its central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength] = [zip.readUInt16LE(p + 10), zip.readUInt32LE(p + 20), zip.readUInt16LE(p + 28)];
    const local = zip.readUInt32LE(p + 42);
    if (zip.toString('utf8', p + 46, p + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  throw new Error(`${name} is not in the archive`);
}

const get = (url: string, headers: Headers = {}) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

async function docxText(id: string, language: TemplateLanguage): Promise<string> {
  const res = await get(`/cooperation/requests/${id}/document.docx?language=${language}`, h.drafter);
  expect(res.statusCode).toBe(200);
  return (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
}

beforeAll(async () => {
  t = await buildTestServer([]);
  fraOrganisation = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'FRA' }, TEST_NOW)).id;
  const drafter = await practitioner('FRA', { id: fraOrganisation });
  drafterId = drafter.id;
  h.drafter = drafter.headers;
  h.otherState = (await practitioner('ESP')).headers;
  h.requestedSide = (await practitioner('DEU')).headers;
  h.donor = (await signedIn(db(), (await buildUser(db(), { role: 'donor-representative' }, TEST_NOW)).user.id, TEST_NOW)).headers;
});
afterAll(() => t.close());

describe('GET /cooperation/request-templates/:kind', () => {
  it('answers the template in the language asked for, to anyone', async () => {
    const res = await get('/cooperation/request-templates/extradition?lang=ru');
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data).toMatchObject({ kind: 'extradition', language: 'ru', title: 'Просьба о выдаче' });
    expect(data.steps.person.heading).toBe('Разыскиваемое лицо');
    expect(data.essentials).toContainEqual({ item: 'warrant', level: 'required' });
  });

  it('refuses a kind or language it does not have, naming the parameter', async () => {
    const kind = await get('/cooperation/request-templates/rogatory?lang=en');
    expect(kind.statusCode).toBe(400);
    expect(JSON.stringify(kind.json().error.issues)).toContain('kind');
    const lang = await get('/cooperation/request-templates/mla?lang=de');
    expect(lang.statusCode).toBe(400);
    expect(lang.json().error.issues[0].path).toEqual(['query', 'lang']);
  });
});

describe('GET /cooperation/requests/:id/document.docx', () => {
  it('writes an English document with the English template, the legal basis and the user’s French text as written', async () => {
    const id = await insertRequest();
    const text = await docxText(id, 'en');
    const en = requestTemplate('mla', 'en');
    expect(text).toContain(en.title);
    expect(text).toContain(en.steps['legal-basis'].heading);
    expect(text).toContain(`${en.fields['facts.summary']}: ${FRENCH_SUMMARY}`);
    expect(text).toContain('International Convention for the Suppression of the Financing of Terrorism, article(s) 12');
    expect(text).toContain('Central Authority of Germany (test data)');
    // Left empty: the purpose and the offence's text of law print "not stated", never a guess.
    expect(text).toContain(`${en.fields['facts.purpose']}: ${en.fixedText.notStated}`);
    expect(text).toContain(`${en.measures['bank-records']}`);
    expect(text).toContain('Relevés du compte DE00 0000 0000 (2024–2025).');
  });

  it('writes French, Arabic and Chinese documents with that language’s words and treaty title', async () => {
    const id = await insertRequest();
    const fr = await docxText(id, 'fr');
    expect(fr).toContain('Demande d’entraide judiciaire en matière pénale');
    expect(fr).toContain('Convention internationale pour la répression du financement du terrorisme, article(s) 12');
    expect(fr).toContain('Exposé des faits: ' + FRENCH_SUMMARY);

    const zh = await docxText(id, 'zh');
    expect(zh).toContain('刑事司法协助请求');
    expect(zh).toContain('制止向恐怖主义提供资助的国际公约，第12条');
    expect(zh).toContain(requestTemplate('mla', 'zh').steps.facts.heading);
    expect(zh).toContain(FRENCH_SUMMARY);

    const ar = await docxText(id, 'ar');
    expect(ar).toContain('طلب مساعدة قانونية متبادلة في المسائل الجنائية');
    expect(ar).toContain(requestTemplate('mla', 'ar').fields['requested.authorityName']);
    // No Arabic title of the Convention is sourced: the English authentic title stands in, never an invented one.
    expect(ar).toContain('International Convention for the Suppression of the Financing of Terrorism، المواد 12');
    expect(ar).toContain('Central Authority of Germany (test data)');
  });

  it('marks the Arabic document right-to-left and names fonts with Arabic and Chinese glyphs', async () => {
    const id = await insertRequest({ content: content((c) => (c.requesting.authorityName = ARABIC_NAME)) });
    const ar = await get(`/cooperation/requests/${id}/document.docx?language=ar`, h.drafter);
    const xml = zipEntry(ar.rawPayload, 'word/document.xml');
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    expect(xml).toContain(ARABIC_NAME);
    const styles = zipEntry(ar.rawPayload, 'word/styles.xml');
    expect(styles).toContain('w:cs="Noto Naskh Arabic"');
    expect(styles).toContain('w:eastAsia="Noto Sans CJK SC"');
    // An English document of the same request runs left to right.
    const en = await get(`/cooperation/requests/${id}/document.docx?language=en`, h.drafter);
    expect(zipEntry(en.rawPayload, 'word/document.xml')).not.toContain('<w:bidi/>');
  });

  it('defaults to the request’s language, and refuses one outside the six (400 naming language)', async () => {
    const id = await insertRequest();
    const res = await get(`/cooperation/requests/${id}/document.docx`, h.drafter);
    expect(res.statusCode).toBe(200);
    expect((await mammoth.extractRawText({ buffer: res.rawPayload })).value).toContain('Demande d’entraide judiciaire en matière pénale');
    expect(res.headers['content-disposition']).toBe('attachment; filename="mla-request-BEPI-2026-17-e-fr.docx"');
    expect(res.headers['cache-control']).toBe('private, no-store');

    const de = await get(`/cooperation/requests/${id}/document.docx?language=de`, h.drafter);
    expect(de.statusCode).toBe(400);
    expect(de.json().error.issues[0].path).toEqual(['query', 'language']);
    const unset = await insertRequest({ content: content((c) => (c.requested.language = '')) });
    const none = await get(`/cooperation/requests/${unset}/document.docx`, h.drafter);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.issues[0].path).toEqual(['query', 'language']);
    const malformed = await get(`/cooperation/requests/${id}/document.docx?language=english`, h.drafter);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.issues[0].path).toEqual(['query', 'language']);
  });

  it('answers 404 to everyone who may not read the content, as for a request that does not exist', async () => {
    const draft = await insertRequest();
    const sent = await insertRequest({ status: 'sent' });
    const shared = await insertRequest({ status: 'sent', contentShared: true });
    const nobody = await get('/cooperation/requests/00000000-0000-4000-8000-000000000000/document.docx', h.drafter);
    expect(nobody.statusCode).toBe(404);
    for (const [id, headers] of [
      [draft, {}],
      [draft, h.otherState],
      [draft, h.donor],
      [draft, h.requestedSide],
      [sent, h.requestedSide],
      [sent, h.otherState],
    ] as const) {
      const res = await get(`/cooperation/requests/${id}/document.docx`, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(404);
      expect(res.json().error).toEqual({ ...nobody.json().error, params: { ...nobody.json().error.params, id } });
    }
    expect((await get(`/cooperation/requests/${shared}/document.docx`, h.requestedSide)).statusCode).toBe(200);
  });

  it('audits each download with its format and language', async () => {
    const id = await insertRequest();
    const before = await lastAuditId(db());
    await get(`/cooperation/requests/${id}/document.docx?language=en`, h.drafter);
    await get(`/cooperation/requests/${id}/document.html?language=ar`, h.drafter);
    const rows = (await auditSince(db(), before)).filter((r) => r.action === 'cooperation-request:document');
    expect(rows.map((r) => [r.targetId, r.after])).toEqual([
      [id, { format: 'docx', language: 'en', status: 'draft' }],
      [id, { format: 'html', language: 'ar', status: 'draft' }],
    ]);
  });
});

describe('GET /cooperation/requests/:id/document.html', () => {
  it('serves an Arabic page right-to-left, the user’s words isolated in their own direction, under a CSP without scripts', async () => {
    const id = await insertRequest({ content: content((c) => (c.facts.summary = 'Summary <script>alert(1)</script>')) });
    const res = await get(`/cooperation/requests/${id}/document.html?language=ar`, h.drafter);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('inline; filename="mla-request-BEPI-2026-17-e-ar.html"');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const html = res.body;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`<h1>${requestTemplate('mla', 'ar').title}</h1>`);
    expect(html).toContain('<span class="user" dir="auto">Summary &lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('size: A4');
    // The page's own style is the one the CSP allows, by its hash: the print layout applies under the policy.
    const css = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });
});
