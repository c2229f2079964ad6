import { describe, expect, it } from 'vitest';
import { allButOne, arabicForms, fold, highlight, matchRanges, queryGroups, searchTerms, toTsQuery } from './text.ts';

/** True when every group of the query has an alternative among the text's terms (what to_tsquery would match). */
function finds(text: string, query: string, language?: string): boolean {
  const terms = new Set(searchTerms(text, language));
  const groups = queryGroups(query, language);
  return groups.length > 0 && groups.every((g) => g.some((t) => terms.has(t)));
}

/** The matched pieces of the original text. */
function marked(text: string, query: string, language?: string): string[] {
  return matchRanges(text, query, language).map((r) => text.slice(r.start, r.end));
}

describe('fold', () => {
  it.each([
    ['Convention INTERNATIONALE', 'convention internationale'],
    ['élaboration, façon, naïve, Übereinkommen', 'elaboration, facon, naive, ubereinkommen'],
    ['ﬁnancing ＵＮＯＤＣ', 'financing unodc'],
    ['Straße', 'strasse'],
    ['Ёлка и ёж', 'елка и еж'],
    ['Сотрудничество ЙОД', 'сотрудничество йод'],
    ['ﻻ ﺍﻹﺭﻫﺎﺏ', 'لا الارهاب'],
    ['الإِرْهَابُ', 'الارهاب'],
    ['أإآٱ', 'اااا'],
    ['مؤتمر رئيس مستشفى جريمة', 'موتمر رييس مستشفي جريمه'],
    ['تـــمويل', 'تمويل'],
    ['١٩٩٩ ۲۰۰۵', '1999 2005'],
    ['联合国 反恐', '联合国 反恐'],
  ])('%s → %s', (input, output) => {
    expect(fold(input)).toBe(output);
  });
});

describe('arabicForms', () => {
  it.each([
    ['والارهاب', ['والارهاب', 'الارهاب', 'ارهاب']],
    ['بالارهاب', ['بالارهاب', 'الارهاب', 'ارهاب']],
    ['للارهاب', ['للارهاب', 'ارهاب', 'لارهاب']],
    ['فالدول', ['فالدول', 'الدول', 'دول']],
    ['كالدول', ['كالدول', 'الدول', 'دول']],
    ['ارهاب', ['ارهاب']],
    // Too short to hold a clitic: kept whole.
    ['وطن', ['وطن']],
    ['بلد', ['بلد']],
    ['الم', ['الم']],
  ])('%s', (word, forms) => {
    expect(arabicForms(word)).toEqual(forms);
  });

  it('leaves other scripts alone', () => {
    expect(arabicForms('law')).toEqual(['law']);
  });
});

describe('searchTerms and queryGroups', () => {
  it('English: words, case and punctuation', () => {
    expect(searchTerms('The Financing of Terrorism (1999).', 'en')).toEqual(['the', 'financing', 'of', 'terrorism', '1999']);
    expect(finds('Suppression of the Financing of Terrorism', 'financing terrorism', 'en')).toBe(true);
    expect(finds('Suppression of the Financing of Terrorism', 'nuclear terrorism', 'en')).toBe(false);
  });

  it('French: accents and elision', () => {
    expect(searchTerms("l'État réprime le financement", 'fr')).toEqual(['l', 'etat', 'reprime', 'le', 'financement']);
    expect(finds("Convention internationale pour la répression du financement du terrorisme", 'repression financement', 'fr')).toBe(true);
    expect(finds("l'État partie", 'état', 'fr')).toBe(true);
  });

  it('Spanish: accents and ñ', () => {
    expect(finds('Convenio para la represión de la financiación del terrorismo', 'REPRESION financiacion', 'es')).toBe(true);
    expect(searchTerms('España', 'es')).toEqual(['espana']);
  });

  it('Russian: case and ё', () => {
    expect(finds('Международная конвенция о борьбе с финансированием терроризма', 'ФИНАНСИРОВАНИЕМ терроризма', 'ru')).toBe(true);
    expect(finds('Её решение', 'ее', 'ru')).toBe(true);
    expect(searchTerms('йод', 'ru')).toEqual(['йод']);
  });

  it('Arabic: with or without tashkil, with clitics, letter forms', () => {
    const text = 'الاتفاقية الدولية لقمع تمويل الإرهاب';
    const vocalised = 'وَتُجَرِّمُ الدُّوَلُ تَمْوِيلَ الإِرْهَابِ';
    for (const q of ['الإرهاب', 'الارهاب', 'إرهاب', 'ارهاب', 'والإرهاب', 'بالإرهاب', 'للإرهاب', 'الإِرْهَابِ']) {
      expect(finds(text, q, 'ar'), q).toBe(true);
      expect(finds(vocalised, q, 'ar'), q).toBe(true);
    }
    expect(finds(text, 'تمويل الإرهاب', 'ar')).toBe(true);
    expect(finds(text, 'تمويل الأسلحة', 'ar')).toBe(false);
    expect(finds('الجريمة المنظمة', 'جريمه', 'ar')).toBe(true);
    expect(finds('جرائم ضد المدنيين', 'المدنيين', 'ar')).toBe(true);
  });

  it('Chinese: found whatever the segmentation of the query', () => {
    const text = '各国应将资助恐怖主义定为刑事罪。';
    expect(finds(text, '恐怖主义', 'zh')).toBe(true);
    expect(finds(text, '资助恐怖主义', 'zh')).toBe(true);
    expect(finds(text, '资助 恐怖主义', 'zh')).toBe(true);
    expect(finds(text, '主义定', 'zh')).toBe(true);
    expect(finds(text, '罪', 'zh')).toBe(true);
    expect(finds(text, '核恐怖主义', 'zh')).toBe(false);
    // The query is cut into words, each asking for its own bigrams: none across two words.
    expect(queryGroups('恐怖主义', 'zh')).toEqual([['恐怖'], ['主义']]);
    // So words the text writes apart are found: the Counter-Terrorism Law of the PRC, art. 14 (bench/search-corpus/sources).
    const article14 = '恐怖活动组织和人员的资金或者其他资产，应当立即予以冻结';
    expect(finds(article14, '冻结资金', 'zh')).toBe(true);
    expect(finds(article14, '冻结账户', 'zh')).toBe(false);
  });

  it('Chinese mixed with Latin and digits', () => {
    expect(finds('安理会第1373(2001)号决议', '1373', 'zh')).toBe(true);
    expect(finds('联合国毒品和犯罪问题办公室（UNODC）', 'unodc', 'zh')).toBe(true);
  });

  it('a query of nothing searchable asks for nothing', () => {
    expect(queryGroups('  !!! — 。', 'en')).toEqual([]);
    expect(toTsQuery([])).toBe('');
  });
});

describe('toTsQuery', () => {
  it('ands the groups, ors the alternatives, quotes each term', () => {
    expect(toTsQuery(queryGroups('تمويل الإرهاب', 'ar'))).toBe("'تمويل' & ('الارهاب' | 'ارهاب')");
    expect(toTsQuery([['a'], ['b', 'c']])).toBe("'a' & ('b' | 'c')");
  });

  it('asks, in the second pass, for all the groups but any one', () => {
    expect(allButOne([['a'], ['b'], ['c']])).toBe("('b' & 'c') | ('a' & 'c') | ('a' & 'b')");
    expect(allButOne([['a'], ['b', 'c']])).toBe("(('b' | 'c')) | ('a')");
    expect(allButOne([['a']])).toBe("'a'");
  });
});

describe('highlight', () => {
  it('marks Arabic in the original text, tashkil included', () => {
    const text = 'وَتُجَرِّمُ تَمْوِيلَ الإِرْهَابِ';
    expect(marked(text, 'تمويل الارهاب', 'ar')).toEqual(['تَمْوِيلَ', 'الإِرْهَابِ']);
    expect(marked(text, 'إرهاب', 'ar')).toEqual(['الإِرْهَابِ']);
  });

  it('marks Arabic presentation forms and ligatures as written', () => {
    expect(marked('نص ﺍﻹﺭﻫﺎﺏ هنا', 'الإرهاب', 'ar')).toEqual(['ﺍﻹﺭﻫﺎﺏ']);
    expect(marked('ﻻ تمويل', 'لا', 'ar')).toEqual(['ﻻ']);
  });

  it('marks a Chinese word as one range', () => {
    expect(marked('各国应将资助恐怖主义定为刑事罪。', '恐怖主义', 'zh')).toEqual(['恐怖主义']);
    expect(marked('恐怖主义和资助恐怖主义', '恐怖主义', 'zh')).toEqual(['恐怖主义', '恐怖主义']);
  });

  it('marks accented and upper-case words as written', () => {
    expect(marked('La RÉPRESSION du financement', 'repression', 'fr')).toEqual(['RÉPRESSION']);
    expect(marked('Финансирование ТЕРРОРИЗМА', 'терроризма', 'ru')).toEqual(['ТЕРРОРИЗМА']);
    expect(marked('financiación del terrorismo', 'FINANCIACION', 'es')).toEqual(['financiación']);
  });

  it('keeps ranges right after characters outside the BMP', () => {
    const text = '𠀀 terrorism';
    expect(marked(text, 'terrorism', 'en')).toEqual(['terrorism']);
  });

  it('cuts snippets around the best matches of a long text, in text order', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20);
    const text = `${filler}financing alone ${filler}financing of terrorism ${filler}terrorism alone ${filler}`;
    const snippets = highlight(text, 'financing terrorism', 'en', { count: 2, radius: 40 });
    expect(snippets).toHaveLength(2);
    expect(snippets[0]!.start).toBeLessThan(snippets[1]!.start);
    // The window holding both terms is chosen.
    expect(snippets.some((s) => s.text.includes('financing of terrorism'))).toBe(true);
    for (const s of snippets) {
      expect(s.leading && s.trailing).toBe(true);
      expect(s.text).toBe(text.slice(s.start, s.start + s.text.length));
      for (const m of s.matches) expect(['financing', 'terrorism']).toContain(s.text.slice(m.start, m.end));
    }
  });

  it('cuts no word in two at the edges of a snippet', () => {
    const text = `${'word '.repeat(40)}financing ${'other '.repeat(40)}`;
    const [s] = highlight(text, 'financing', 'en', { radius: 42 });
    expect(s!.text.startsWith('word ')).toBe(true);
    expect(s!.text.endsWith('other') || s!.text.endsWith('other ')).toBe(true);
  });

  it('without a match: the beginning of the text', () => {
    const [s] = highlight('A text about something else entirely.', 'nuclear', 'en');
    expect(s).toMatchObject({ start: 0, matches: [], leading: false, trailing: false });
    expect(highlight('', 'x')).toEqual([]);
  });
});
