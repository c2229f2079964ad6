import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { listReference, readReference } from '../../../test/reference-files.ts';
import {
  articleNumberOf,
  articlePath,
  findArticle,
  normaliseArticleNumber,
  parseTreatyText,
  TREATY_TEXT_FILES,
  TREATY_TEXTS_HELD,
} from './articles.ts';

const articles = (id: string) => parseTreatyText(readReference(`treaty-texts/${TREATY_TEXT_FILES[id]}`));
const article = (id: string, n: string) => findArticle(articles(id), n);

// Articles in each authentic English text, counted from the treaties' final clauses (the last article's number).
const EXPECTED_LAST: Record<string, [count: number, last: string]> = {
  tokyo1963: [26, '26'],
  hague1970: [14, '14'],
  montreal1971: [16, '16'],
  ipp1973: [20, '20'],
  hostages1979: [20, '20'],
  cppnm1980: [23, '23'],
  airports1988: [9, 'IX'],
  plastic1991: [15, 'XV'],
  bombings1997: [24, '24'],
  financing1999: [28, '28'],
  icsant2005: [28, '28'],
  beijing2010convention: [25, '25'],
  beijing2010protocol: [25, 'XXV'],
  // Consolidated as amended: the 1988 numbering with the 2005 "bis" articles, final clauses to 22 (SUA) and 10.
  sua2005: [32, '22'],
  fixedplatforms2005: [13, '10'],
  untoc2000: [41, '41'],
  uncac2003: [71, '71'],
};

// The Beijing Protocol's articles that amend the Hague Convention: the source gives no English words for them.
const BEIJING_PROTOCOL_AMENDING = ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];

describe('the shipped treaty texts', () => {
  it('are exactly the texts Accord says it holds, one file each', () => {
    expect(new Set(Object.keys(TREATY_TEXT_FILES))).toEqual(TREATY_TEXTS_HELD);
    const files = listReference('treaty-texts').filter((f) => f.endsWith('.md') && !f.endsWith('SOURCES.md'));
    expect(files.map((f) => f.slice('treaty-texts/'.length)).sort()).toEqual(Object.values(TREATY_TEXT_FILES).sort());
    expect(TREATY_TEXT_FILES.sua2005).toBe('sua1988_as_amended_2005.md');
    expect(TREATY_TEXT_FILES.fixedplatforms2005).toBe('fixedplatforms1988_as_amended_2005.md');
  });

  it.each(Object.entries(EXPECTED_LAST))('%s splits into its English articles, each once, none empty', (id, [count, last]) => {
    const list = articles(id);
    expect(list).toHaveLength(count);
    expect(list.at(-1)!.number).toBe(last);
    expect(new Set(list.map((a) => a.number)).size).toBe(count);
    for (const a of list) {
      // Only the English: neither the Dutch translation nor the Dutch database's notes.
      if (a.text !== null) expect(a.text.length, `${id} art. ${a.number}`).toBeGreaterThan(20);
      if (a.text !== null) expect(a.text, `${id} art. ${a.number}`).not.toMatch(/\b(Verdragsluitende|Staten die Partij|Verdrag|Treedt)\b/);
    }
    const withoutText = list.filter((a) => a.text === null).map((a) => a.number);
    expect(withoutText).toEqual(id === 'beijing2010protocol' ? BEIJING_PROTOCOL_AMENDING : []);
  });

  it('finds the Financing Convention 1999 art. 11 and 12 with their real first words', () => {
    expect(article('financing1999', '11')!.text).toMatch(
      /^1\. The offences set forth in article 2 shall be deemed to be included as extraditable offences in any extradition treaty/,
    );
    expect(article('financing1999', '11(2)')!.number).toBe('11');
    expect(article('financing1999', '12')!.text).toMatch(/^1\. States Parties shall afford one another the greatest measure of assistance/);
  });

  it('reads UNTOC art. 16 and 18 with their headings, to their last paragraph', () => {
    const extradition = article('untoc2000', '16')!;
    expect(extradition.heading).toBe('Extradition');
    expect(extradition.text).toMatch(/^1\. This article shall apply to the offences covered by this Convention/);
    expect(extradition.text).toMatch(/17\. States Parties shall seek to conclude bilateral and multilateral agreements/);
    const mla = article('untoc2000', '18(13)')!;
    expect(mla.number).toBe('18');
    expect(mla.heading).toBe('Mutual legal assistance');
    expect(mla.text).toMatch(/^1\. States Parties shall afford one another the widest measure of mutual legal assistance/);
    expect(mla.text).toContain('13. Each State Party shall designate a central authority');
    expect(article('uncac2003', '46')!.heading).toBe('Mutual legal assistance');
  });

  it('numbers the consolidated SUA and Fixed Platforms texts with their bis, ter and quater articles', () => {
    const sua = articles('sua2005').map((a) => a.number);
    expect(sua.slice(0, 7)).toEqual(['1', '2', '2bis', '3', '3bis', '3ter', '3quater']);
    expect(sua).toContain('8bis');
    expect(sua).toContain('16bis');
    expect(article('sua2005', '3bis')!.text).toMatch(/^1\. Any person commits an offence within the meaning of this Convention/);
    expect(article('sua2005', '3 BIS')!.number).toBe('3bis');
    expect(articles('fixedplatforms2005').map((a) => a.number).slice(0, 7)).toEqual(['1', '2', '2bis', '2ter', '3', '4', '4bis']);
    // The heading right after the number is the article's own, even where it names the final clauses.
    expect(article('fixedplatforms2005', '4bis')!.heading).toMatch(/^Final clauses of the Protocol/);
  });

  it('numbers the protocols in Roman numerals as they do, and leaves out what is not an article', () => {
    expect(articles('airports1988').map((a) => a.number)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    expect(article('beijing2010protocol', 'xi')!.number).toBe('XI');
    // The Hague file appends the host-country letter; the Plastic Explosives file its technical annex.
    expect(article('hague1970', '14')!.text).not.toContain('MINISTRY OF FOREIGN AFFAIRS');
    expect(article('hague1970', '14')!.text).not.toContain('Conference Rooms');
    expect(article('plastic1991', 'XV')!.text).not.toContain('Technical annex');
    // Chapter titles are not article headings (Tokyo groups its articles in chapters).
    expect(article('tokyo1963', '1')!.heading).toBeNull();
    expect(articles('tokyo1963').some((a) => a.text?.includes('Scope of the Convention'))).toBe(false);
    // Tokyo's source heads its English art. 24 "Artikel 24": still the English article 24.
    expect(article('tokyo1963', '24')!.text).toMatch(/^1\. Any dispute between two or more Contracting States/);
  });

  it('keeps the words of links and emphasis, not their markup', () => {
    const preamble = readReference('treaty-texts/financing1999.md');
    expect(preamble).toContain('](../');
    for (const a of articles('financing1999')) expect(a.text ?? '').not.toMatch(/\]\(|\*\w/);
    expect(article('fixedplatforms2005', '3')!.text).toContain('2bis');
  });
});

describe('article numbers and citations', () => {
  it.each([
    ['11', '11'],
    ['011', '11'],
    ['2bis', '2bis'],
    ['2 BIS', '2bis'],
    ['3quater', '3quater'],
    ['xiv', 'XIV'],
    ['XXI', 'XXI'],
    ['11(2)', null],
    ['none', null],
    ['', null],
    ['1; 2', null],
  ])('normaliseArticleNumber(%j) = %j', (input, expected) => {
    expect(normaliseArticleNumber(input)).toBe(expected);
  });

  it.each([
    ['11(2)', '11'],
    ['3(1)-(2)', '3'],
    ['2bis', '2bis'],
    ['3; 3bis; 3ter', '3'],
    ['none', null],
    ['none; II-IV', null],
    ['XI (Hague 8(1))', 'XI'],
    ['I; XIX; XXI(2)', 'I'],
    ['Montreal 7', null],
    ['Hague 4(1) as amended', null],
  ])('articleNumberOf(%j) = %j', (citation, expected) => {
    expect(articleNumberOf(citation)).toBe(expected);
  });

  it('points at the API path only for texts Accord holds', () => {
    expect(articlePath('financing1999', '11(2)')).toBe('/api/v1/instruments/financing1999/articles/11');
    expect(articlePath('beijing2010protocol', 'XI (Hague 8(1))')).toBe('/api/v1/instruments/beijing2010protocol/articles/XI');
    expect(articlePath('sua1988', '10(1)')).toBeNull();
    expect(articlePath('montreal2014protocol', 'XI (Tokyo 16(1))')).toBeNull();
    expect(articlePath('financing1999', 'none')).toBeNull();
  });

  it('every provision citing an article of a held text finds it in the text', () => {
    const rows = parse(readReference('cooperation/provisions.csv'), { columns: true }) as Record<string, string>[];
    const missing: string[] = [];
    for (const { treaty_id: id, article: citation } of rows) {
      if (!TREATY_TEXTS_HELD.has(id!) || !articleNumberOf(citation!)) continue;
      if (!findArticle(articles(id!), citation!)) missing.push(`${id} ${citation}`);
    }
    expect(missing).toEqual([]);
  });
});
