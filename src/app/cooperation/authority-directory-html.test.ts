import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectAuthority } from '#domain/cooperation/authorities.ts';
import type { Authority } from '#domain/cooperation/types.ts';
import { renderDirectoryHtml, type DirectoryWords } from './authority-directory-html.ts';

const words = (lang: string) => (JSON.parse(fs.readFileSync(`i18n/${lang}.json`, 'utf8')) as { directory: { print: DirectoryWords } }).directory.print;

const entry = (over: Partial<Authority>): Authority => ({
  id: 'a',
  stateCode: 'CHN',
  kind: 'mla',
  instrumentId: null,
  name: '测试数据——虚构的司法协助中心',
  address: '虚构地址，北京',
  channels: ['diplomatic'],
  languages: ['zh', 'en'],
  urgentProcedure: '',
  requirements: {},
  requestItems: null,
  lawLinks: [],
  contacts: [{ name: '测试联系人', role: 'Officer', email: 'mla@example.org', phone: '' }],
  publicFields: [],
  confirmedAt: new Date('2026-02-01T00:00:00Z'),
  version: 1,
  ...over,
});

const page = (entries: Authority[], seesEverything: boolean, lang: 'en' | 'zh' | 'ar') =>
  renderDirectoryHtml({
    entries: entries.map((e) => projectAuthority(e, seesEverything)),
    lang,
    words: words(lang),
    date: '2026-03-01',
    stateName: (code) => ({ CHN: 'China', EGY: 'Egypt' })[code] ?? code,
    treatyName: (id) => id,
    filters: { stateCodes: [], kinds: [] },
  });

describe('renderDirectoryHtml', () => {
  const egy = entry({ id: 'b', stateCode: 'EGY', name: 'هيئة <script>alert(1)</script> تجريبية', languages: ['ar'], contacts: [] });

  it('groups by State, keeps Chinese and Arabic names intact, and escapes what people typed', () => {
    const html = page([entry({}), egy], true, 'en');
    expect(html.indexOf('China</bdi> (CHN)')).toBeGreaterThan(0);
    expect(html.indexOf('China</bdi> (CHN)')).toBeLessThan(html.indexOf('Egypt</bdi> (EGY)'));
    expect(html).toContain('<h3><bdi dir="auto">测试数据——虚构的司法协助中心</bdi></h3>');
    expect(html).toContain('هيئة &lt;script&gt;alert(1)&lt;/script&gt; تجريبية');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Chinese (zh), English (en)');
    expect(html).toContain('mla@example.org');
    expect(html).toContain('This document contains contact details that are not public.');
  });

  it('states what is withheld from the reader, in their language, right to left for Arabic', () => {
    const html = page([entry({})], false, 'ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).not.toContain('mla@example.org');
    const withheld = ['العنوان', 'الإجراء العاجل', 'المتطلبات', 'القوانين', 'جهات الاتصال'];
    expect(html).toContain(`لا يُعرض عليك: ${new Intl.ListFormat('ar', { style: 'narrow', type: 'conjunction' }).format(withheld)}`);
    expect(html).toContain('الصينية (zh)');
    expect(html).not.toContain('غير علنية');
  });

  it('says when nothing is recorded', () => {
    expect(page([], false, 'zh')).toContain('此选择下没有登记的主管机关。');
  });
});
