// The mandate registry on the real resolutions shipped in data/reference/reporting/resolutions: import (English and
// Chinese), paragraph counts, addressees, reporting requests, citations, links both ways, idempotence, a second
// language of the same resolution, a mismatch refused whole, HTML, corrections with their history, vocabularies.
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/actor.ts';
import { createAccountsRepo } from '#db/repos/accounts/accounts.repo.ts';
import { buildOrganisation, buildUser } from '../../../test/accounts.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { TEST_NOW } from '../../../test/http.ts';
import { correctParagraph } from './correct-paragraph.ts';
import { getResolution } from './get-resolution.ts';
import { importResolution } from './import-resolution.ts';
import { listMandateVocabularies } from './list-mandate-vocabularies.ts';
import { listResolutions } from './list-resolutions.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let editor: Actor;
let donor: Actor;
const anonymous: Actor = { kind: 'anonymous' };
const shipped = (file: string) => fs.readFileSync(new URL(`../../../data/reference/reporting/resolutions/${file}`, import.meta.url), 'utf8');
const EN_51_241 = shipped('A-RES-51-241.en.txt');
const ZH_52_232 = shipped('A-RES-52-232.zh.txt');
const ZH_52_7 = shipped('A-RES-52-7.zh.txt');
const EN_50_15 = shipped('A-RES-50-15.en.txt');
const EN_SC_440 = shipped('S-RES-440-1978.en.txt');
const ZH_SC_440 = shipped('S-RES-440-1978.zh.txt');
const source = 'data/reference/reporting/resolutions';

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const unodc = await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' });
  const donorOrg = await buildOrganisation(db, { kind: 'donor', name: 'Donor' });
  const e = await buildUser(db, { role: 'entity-officer', organisation: { id: unodc.id } }, TEST_NOW);
  const d = await buildUser(db, { role: 'donor-representative', organisation: { id: donorOrg.id } }, TEST_NOW);
  const accounts = createAccountsRepo(db);
  const actorOf = async (userId: string): Promise<Actor> => ({ kind: 'user', userId, platformAdmin: false, memberships: await accounts.membershipsOf(userId) });
  editor = await actorOf(e.user.id);
  donor = await actorOf(d.user.id);
});
afterAll(async () => {
  await database?.dispose();
});

const op = (data: { paragraphs: { kind: string; number: number }[] }, n: number) => data.paragraphs.find((p) => p.kind === 'operative' && p.number === n)! as never as {
  id: string;
  mandateId: string;
  verb: string;
  addressees: string[];
  asks: string;
  reporting: unknown;
  cites: string[];
  texts: Record<string, string>;
};
const countOf = (data: { paragraphs: { kind: string }[] }) => [data.paragraphs.filter((p) => p.kind === 'preambular').length, data.paragraphs.filter((p) => p.kind === 'operative').length];
const audits = async () => {
  const result = (await database.db.execute(sql`select count(*)::int as n from audit_log where action like 'resolution%'`)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]!.n);
};

describe('importing the real texts', () => {
  it('imports A/RES/51/241 in English: counts, addressees, the reporting request, mandate ids', async () => {
    const { data, outcome } = await importResolution(database.db, editor, { content: EN_51_241, format: 'text', language: 'en', source }, TEST_NOW);
    expect(outcome).toBe('created');
    expect(data).toMatchObject({ symbol: 'A/RES/51/241', key: '51/241', body: 'ga', adoptedOn: '1997-07-31', languages: ['en'] });
    expect(data.titles).toEqual({ en: 'Strengthening of the United Nations system' });
    // Counted in the text: three paragraphs between "The General Assembly," and "1." (Recalling …, Recalling in
    // particular …, Taking note …) and operative paragraphs numbered 1 to 6.
    expect(countOf(data)).toEqual([3, 6]);
    expect(op(data, 2).addressees).toEqual(['intergovernmental-bodies']);
    expect(op(data, 3).addressees).toEqual(['secretary-general']);
    expect(op(data, 5).addressees).toEqual(['un-entities', 'specialized-agencies']);
    expect(op(data, 4)).toMatchObject({
      mandateId: '51/241/OP4',
      verb: 'requests',
      addressees: ['secretary-general'],
      reporting: { to: 'general-assembly', session: 52 },
    });
    expect(op(data, 4).asks).toMatch(/^the Secretary-General to report to the General Assembly at its fifty-second session/);
    expect(op(data, 6).cites).toEqual(['A/RES/49/252']);
    expect(data.links).toEqual([{ relation: 'recalls', toSymbol: 'A/RES/49/252', toId: null, toKey: null, paragraphId: data.paragraphs[0]!.id }]);
  });

  it('imports A/RES/52/232 in Chinese and links it both ways to 51/241, which it recalls', async () => {
    const { data } = await importResolution(database.db, editor, { content: ZH_52_232, format: 'text', language: 'zh', source }, TEST_NOW);
    // Counted in the text (one line): 审议了…, 回顾…, 注意到… before "1.", then 1. 2. 3.
    expect(countOf(data)).toEqual([3, 3]);
    expect(data).toMatchObject({ symbol: 'A/RES/52/232', adoptedOn: '1998-06-04', titles: { zh: '加强联合国系统' } });
    const earlier = (await listResolutions(database.db, anonymous)).data.find((r) => r.key === '51/241')!;
    expect(data.links.find((l) => l.toSymbol === 'A/RES/51/241')).toMatchObject({ relation: 'recalls', toId: earlier.id, toKey: '51/241' });
    // The footnote of the first preambular paragraph ("报告1/" → "1/ A/52/855。") is cited.
    expect(data.paragraphs[0]!.cites).toEqual(['A/RES/51/241', 'A/52/855']);
    const { data: recalled } = await getResolution(database.db, anonymous, earlier.id);
    expect(recalled.recalledBy).toEqual([{ relation: 'recalls', fromId: data.id, fromSymbol: 'A/RES/52/232', fromKey: '52/232', fromTitles: { zh: '加强联合国系统' } }]);
  });

  it('imports A/RES/52/7 in Chinese: a request to the Secretary-General to report at the fifty-third session', async () => {
    const { data } = await importResolution(database.db, editor, { content: ZH_52_7, format: 'text', language: 'zh', source }, TEST_NOW);
    // Counted in the text: 回顾… and 审议了… before "1.", then 1. to 4.
    expect(countOf(data)).toEqual([2, 4]);
    expect(op(data, 3)).toMatchObject({ mandateId: '52/7/OP3', verb: 'requests', addressees: ['secretary-general'], reporting: { to: 'general-assembly', session: 53 } });
    expect(data.paragraphs[1]!.cites).toEqual(['A/52/456']);
    expect(data.links.map((l) => [l.relation, l.toSymbol])).toEqual([['recalls', 'A/RES/51/7']]);
  });

  it('imports A/RES/50/15 in English: the date of the plenary meeting, a report due at the fifty-first session', async () => {
    const { data } = await importResolution(database.db, editor, { content: EN_50_15, format: 'text', language: 'en', source }, TEST_NOW);
    // Counted in the text: Noting …, Considering …, Desirous … (blank lines between), then 1. and 2.
    expect(countOf(data)).toEqual([3, 2]);
    expect(data.adoptedOn).toBe('1995-11-15');
    expect(op(data, 1).reporting).toEqual({ to: 'general-assembly', session: 51 });
  });
});

describe('importing again', () => {
  it('changes nothing when the same text comes again', async () => {
    const before = await audits();
    const { outcome, data } = await importResolution(database.db, editor, { content: EN_51_241, format: 'text', language: 'en' }, TEST_NOW);
    expect(outcome).toBe('unchanged');
    expect(data.version).toBe(1);
    expect(await audits()).toBe(before);
  });

  it('adds a second language to the same paragraphs, matched by kind and number', async () => {
    // No real pair of languages of one resolution could be shipped (see the data README): this stands for a user
    // importing the French text; it is the English one labelled "fr", which is enough to test the matching.
    const { outcome, data } = await importResolution(database.db, editor, { content: EN_51_241, format: 'text', language: 'fr' }, TEST_NOW);
    expect(outcome).toBe('language-added');
    expect(data.languages).toEqual(['en', 'fr']);
    expect(countOf(data)).toEqual([3, 6]);
    expect(Object.keys(op(data, 4).texts).sort()).toEqual(['en', 'fr']);
    // The analysis stays as first read.
    expect(op(data, 4).reporting).toEqual({ to: 'general-assembly', session: 52 });
  });

  it('imports one real resolution in English and Chinese into the same paragraphs: S/RES/440 (1978)', async () => {
    // Counted by hand in both files: 4 preambular paragraphs ("Having considered", "Deeply concerned", "Noting",
    // "Recognizing"; 审议了, 深表关切, 注意到, 认识到) and operative paragraphs 1-5. The Chinese is in traditional script.
    const en = await importResolution(database.db, editor, { content: EN_SC_440, format: 'text', language: 'en', source }, TEST_NOW);
    expect(en.outcome).toBe('created');
    expect(en.data.symbol).toBe('S/RES/440 (1978)');
    expect(countOf(en.data)).toEqual([4, 5]);
    const zh = await importResolution(database.db, editor, { content: ZH_SC_440, format: 'text', language: 'zh', source }, TEST_NOW);
    expect(zh.outcome).toBe('language-added');
    expect(zh.data.id).toBe(en.data.id);
    expect(zh.data.languages).toEqual(['en', 'zh']);
    expect(countOf(zh.data)).toEqual([4, 5]);
    // 4. Requests the Secretary-General to report … / 4.請秘書長…提出報告: a report to the Council itself, by a date.
    expect(op(zh.data, 4).texts.zh).toMatch(/^請秘書長/);
    expect(op(zh.data, 4).addressees).toEqual(['secretary-general']);
    expect(op(zh.data, 4).reporting).toEqual({ to: 'security-council', session: null });
  });

  it('refuses a text whose paragraphs do not match, and writes nothing', async () => {
    const short = EN_51_241.slice(0, EN_51_241.indexOf('6. Decides')).replace(/;\s*$/, '.');
    const before = await audits();
    await expect(importResolution(database.db, editor, { content: short, format: 'text', language: 'es' }, TEST_NOW)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: ['body', 'content'], code: 'paragraph_mismatch' }],
      message: expect.stringContaining('has 3 preambular and 5 operative paragraphs (1, 2, 3, 4, 5); the registry holds 3 and 6'),
    });
    const held = (await listResolutions(database.db, anonymous)).data.find((r) => r.key === '51/241')!;
    expect(held.languages).toEqual(['en', 'fr']);
    expect(await audits()).toBe(before);
  });

  it('reads HTML, and replaces a language’s text when it changed', async () => {
    const html = `<html><head><style>p{}</style></head><body>${ZH_52_7.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const { outcome, data } = await importResolution(database.db, editor, { content: html, format: 'html', language: 'zh' }, TEST_NOW);
    expect(outcome).toBe('text-replaced');
    expect(countOf(data)).toEqual([2, 4]);
    expect(data.texts).toMatchObject([{ language: 'zh', format: 'html' }]);
  });

  it('refuses what is not a resolution, and people who may not edit', async () => {
    await expect(importResolution(database.db, editor, { content: 'Minutes of a meeting.', format: 'text', language: 'en' }, TEST_NOW)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ code: 'not_a_resolution' }],
    });
    await expect(importResolution(database.db, donor, { content: EN_51_241, format: 'text', language: 'en' }, TEST_NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importResolution(database.db, anonymous, { content: EN_51_241, format: 'text', language: 'en' }, TEST_NOW)).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|UNAUTHENTICATED/),
    });
  });
});

describe('corrections', () => {
  it('keeps each corrected field with before, after, who, when and the note; the version moves', async () => {
    const held = (await listResolutions(database.db, anonymous)).data.find((r) => r.key === '51/241')!;
    const { data: before } = await getResolution(database.db, anonymous, held.id);
    const p1 = op(before, 1);
    const later = new Date(TEST_NOW.getTime() + 60_000);
    const { data } = await correctParagraph(
      database.db,
      editor,
      held.id,
      p1.id,
      { addressees: ['member-states'], verb: 'adopts', note: 'Adopts the annex for all Members' },
      later,
      before.version,
    );
    expect(data.version).toBe(before.version + 1);
    expect(op(data, 1).addressees).toEqual(['member-states']);
    // The verb was already "adopts": only the addressees changed.
    expect(data.corrections).toEqual([
      expect.objectContaining({ paragraphId: p1.id, field: 'addressees', before: [], after: ['member-states'], note: 'Adopts the annex for all Members', correctedAt: later.toISOString() }),
    ]);
    expect(data.corrections[0]!.correctedBy).toBeTruthy();
  });

  it('refuses a stale version, a number already taken, nothing to change, and non-editors', async () => {
    const held = (await listResolutions(database.db, anonymous)).data.find((r) => r.key === '51/241')!;
    const { data } = await getResolution(database.db, anonymous, held.id);
    const p2 = op(data, 2);
    await expect(correctParagraph(database.db, editor, held.id, p2.id, { asks: 'x' }, TEST_NOW, data.version - 1)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await expect(correctParagraph(database.db, editor, held.id, p2.id, { number: 3 }, TEST_NOW, data.version)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: ['body', 'number'], code: 'taken' }],
    });
    await expect(correctParagraph(database.db, editor, held.id, p2.id, { verb: 'calls upon' }, TEST_NOW, data.version)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(correctParagraph(database.db, donor, held.id, p2.id, { verb: 'urges' }, TEST_NOW, data.version)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(correctParagraph(database.db, editor, held.id, 'not-an-id', { verb: 'urges' }, TEST_NOW, data.version)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('vocabularies', () => {
  it('lists 68/187 first (today’s vocabulary), then each imported resolution’s operative paragraphs', async () => {
    const { data } = await listMandateVocabularies(database.db, anonymous);
    expect(data[0]).toMatchObject({ resolution: '68/187', source: 'builtin' });
    expect(data[0]!.paragraphs.map((p) => p.id)).toContain('68/187/OP15');
    const v = data.find((x) => x.resolution === '51/241')!;
    expect(v.source).toBe('registry');
    expect(v.paragraphs.map((p) => p.id)).toEqual(['51/241/OP1', '51/241/OP2', '51/241/OP3', '51/241/OP4', '51/241/OP5', '51/241/OP6']);
    expect(data.find((x) => x.resolution === '52/232')!.links).toContainEqual({ relation: 'recalls', toSymbol: 'A/RES/51/241' });
  });
});
