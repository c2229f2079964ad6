// The parser on the real texts shipped in data/reference/reporting/resolutions (English and Chinese), and its
// per-language pieces (session ordinals, dates, citations) on phrases of those texts and of the six languages' forms.
import { describe, expect, it } from 'vitest';
import { datesIn } from './resolution-lexicon.ts';
import { citedSymbols, joinLines, normalizeResolutionText, parseResolution, resolutionKey, ResolutionParseError } from './resolution-parser.ts';
import { chineseNumber, sessionNumber } from './resolution-ordinals.ts';

// Verbatim copies of three of the shipped texts (the domain reads no files; app/reporting's import test reads them).
const TEXTS: Record<string, string> = {
  'A-RES-51-241.en.txt': "A/RES/51/241\n105th plenary meeting\n31 July 1997\n51/241. Strengthening of the United Nations system\nThe General Assembly,\nRecalling its resolution 49/252 of 14 September 1995, by which it\nestablished the Open-ended High-level Working Group on the Strengthening of\nthe United Nations System,\nRecalling in particular paragraph 2 of resolution 49/252,\nTaking note of the report of the Open-ended High-level Working Group on\nthe Strengthening of the United Nations System,\n1. Adopts the text contained in the annex to the present resolution\nfor implementation effective from 1 January 1998;\n2. Calls upon the relevant intergovernmental bodies to implement\nfully the measures specified in the text to strengthen the work of the United\nNations system, in particular of the General Assembly and the Secretariat;\n3. Requests the Secretary-General, as part of his ongoing efforts to\nimprove the functioning of the Organization, to implement fully those measures\nspecified in the text that are within his competence;\n4. Also requests the Secretary-General to report to the General\nAssembly at its fifty-second session on the implementation of the present\nresolution;\n5. Invites other principal organs, the specialized agencies and other\nbodies of the United Nations system to implement the measures for\nstrengthening the system that are specified in the text and that are within\ntheir respective areas of competence, as appropriate;\n6. Decides that the Open-ended High-level Working Group on the\nStrengthening of the United Nations System has completed its work as mandated\nin resolution 49/252.\n|\n",
  'A-RES-52-7.zh.txt': "大会决议\n\n52/7. 联合国同各国议会联盟的合作\n\n  大会,\n\n  回顾1996年10月25日第51/7号决议,其中欢迎联合国同各国议会联盟\n缔结合作协定,这是这两个组织之间增加和加强合作的一个重要步骤,\n\n  审议了秘书长的报告1/并就按协定开展合作的初步方面进行了辩论,\n\n  1. 赞赏地注意到联合国同各国议会联盟之间的合作有所增加;\n\n  2. 建议在联合国正准备迎接二十一世纪的挑战之时,进一步加强这一合作;\n\n  3. 请秘书长向大会第五十三届会议再提交一份关于联合国同各国议会联盟在实施合作协定时开展合作的各个方面的报告;\n\n  4. 决定把题为“联合国同各国议会联盟的合作”的项目列入大会第五十三届会议临时议程。\n\n \n\n1997年10月28日\n第37次全体会议\n\n \n\n \n\n1/ A/52/456。\n",
  'A-RES-52-232.zh.txt': "52/232. 加强联合国系统 大会, 审议了秘书长关于大会第51/241号决议执行情况的报告1/中有关其常会工作安排的各方面, 回顾其1997年7月31日第51/241号决议,其中通过了决议附件中关于加强联合国系统不限成员名额高级别工作组的各项建议, 注意到其1981年11月30日第36/67号决议,其中宣布,将大会常会开幕之日,即9月的第三个星期二,正式定为国际和平日,以资纪念,并应以这一天纪念和加强所有各国和各国人民中以及国际上和各国人民之间的和平理想, 1. 决定大会第五十二届会议于1998年9月8日星期二闭会,大会第五十三届会议于1998年9月9日星期三开幕; 2. 还决定继续在常会开幕之日纪念国际和平日; 3. 又决定将题为“加强联合国系统”的项目列入第五十三届会议的临时议程。\n1998年6月4日\n1/ A/52/855。 |\n",
};
const shipped = (file: string) => TEXTS[file]!;
const op = (r: ReturnType<typeof parseResolution>, n: number) => r.paragraphs.find((p) => p.kind === 'operative' && p.number === n)!;
const count = (r: ReturnType<typeof parseResolution>, kind: string) => r.paragraphs.filter((p) => p.kind === kind).length;

describe('English: A/RES/51/241 (wrapped lines, no blank lines)', () => {
  const r = parseResolution(shipped('A-RES-51-241.en.txt'), 'en');

  it('reads the symbol, key, body, date (next to "plenary meeting") and title', () => {
    expect(r).toMatchObject({ symbol: 'A/RES/51/241', key: '51/241', body: 'ga', adoptedOn: '1997-07-31', title: 'Strengthening of the United Nations system' });
  });

  it('splits the wrapped preamble at its openers and numbers the operative paragraphs as printed', () => {
    expect(r.paragraphs.filter((p) => p.kind === 'preambular').map((p) => p.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'Recalling its resolution',
      'Recalling in particular',
      'Taking note of',
    ]);
    expect(r.paragraphs.filter((p) => p.kind === 'operative').map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    // The colophon ("|" of the page) is not part of the last paragraph.
    expect(op(r, 6).text).toBe('Decides that the Open-ended High-level Working Group on the Strengthening of the United Nations System has completed its work as mandated in resolution 49/252.');
  });

  it('reads verbs (with "Also"), addressees from the verb phrase, what is asked, and the reporting request', () => {
    expect(op(r, 2)).toMatchObject({ verb: 'calls upon', addressees: ['intergovernmental-bodies'] });
    expect(op(r, 3)).toMatchObject({ verb: 'requests', addressees: ['secretary-general'], reporting: null });
    expect(op(r, 4)).toMatchObject({
      verb: 'requests',
      addressees: ['secretary-general'],
      reporting: { to: 'general-assembly', session: 52 },
      asks: 'the Secretary-General to report to the General Assembly at its fifty-second session on the implementation of the present resolution',
    });
    // "other principal organs, the specialized agencies and other bodies of the United Nations system"
    expect(op(r, 5).addressees).toEqual(['un-entities', 'specialized-agencies']);
    expect(op(r, 6)).toMatchObject({ verb: 'decides', addressees: [], reporting: null, cites: ['A/RES/49/252'] });
  });

  it('links the resolution it recalls, once', () => {
    expect(r.links).toEqual([{ relation: 'recalls', toSymbol: 'A/RES/49/252', kind: 'preambular', number: 1 }]);
  });
});

describe('Chinese: A/RES/52/7 (indented, a line wrapped inside a paragraph, footnote)', () => {
  const r = parseResolution(shipped('A-RES-52-7.zh.txt'), 'zh');

  it('derives the symbol from the title number, and reads the date of the colophon', () => {
    expect(r).toMatchObject({ symbol: 'A/RES/52/7', key: '52/7', adoptedOn: '1997-10-28', title: '联合国同各国议会联盟的合作' });
  });

  it('joins the wrapped line without a space and resolves the footnote marker to its symbol', () => {
    const pp = r.paragraphs.filter((p) => p.kind === 'preambular');
    expect(pp).toHaveLength(2);
    expect(pp[0]!.text).toContain('各国议会联盟缔结合作协定');
    expect(pp[1]!.cites).toEqual(['A/52/456']);
  });

  it('reads 请 as a request to the Secretary-General, reporting at the fifty-third session', () => {
    expect(op(r, 3)).toMatchObject({ verb: 'requests', addressees: ['secretary-general'], reporting: { to: 'general-assembly', session: 53 } });
    expect(op(r, 1).verb).toBe('takes note');
    expect(op(r, 4)).toMatchObject({ verb: 'decides', reporting: null });
    expect(r.links).toEqual([{ relation: 'recalls', toSymbol: 'A/RES/51/7', kind: 'preambular', number: 1 }]);
  });
});

describe('Chinese: A/RES/52/232 (the whole resolution flattened onto one line)', () => {
  const r = parseResolution(shipped('A-RES-52-232.zh.txt'), 'zh');

  it('finds three preambular and three operative paragraphs in the one line', () => {
    expect([count(r, 'preambular'), count(r, 'operative')]).toEqual([3, 3]);
    expect(op(r, 2).text).toBe('还决定继续在常会开幕之日纪念国际和平日;');
    expect(op(r, 2).verb).toBe('decides');
  });

  it('takes the adoption date after the paragraphs, not a date inside them', () => {
    expect(r.adoptedOn).toBe('1998-06-04');
  });

  it('recalls 51/241 (stronger than the preamble’s first mention of it) and notes 36/67', () => {
    expect(r.links.map((l) => [l.relation, l.toSymbol])).toEqual([
      ['recalls', 'A/RES/51/241'],
      ['takes-note', 'A/RES/36/67'],
    ]);
    expect(r.paragraphs[0]!.cites).toEqual(['A/RES/51/241', 'A/52/855']);
  });
});

describe('refusals', () => {
  it('refuses a text without an opening or without operative paragraphs', () => {
    expect(() => parseResolution('Strengthening of the United Nations system', 'en')).toThrow(ResolutionParseError);
    expect(() => parseResolution('The General Assembly,\nRecalling its resolution 49/252,', 'en')).toThrow(/operative/);
  });
});

describe('session ordinals in the six languages', () => {
  it.each([
    ['en', 'at its fifty-second session', 52],
    ['en', 'at its seventy-second session', 72],
    ['en', 'at its sixtieth session', 60],
    ['en', 'at its 69th session', 69],
    ['fr', 'à sa soixante-douzième session', 72],
    ['fr', 'à sa cinquante et unième session', 51],
    ['fr', 'à sa soixante et onzième session', 71],
    ['fr', 'à sa quatre-vingtième session', 80],
    ['es', 'en su septuagésimo segundo período de sesiones', 72],
    ['es', 'en su quincuagésimo tercer período de sesiones', 53],
    ['ru', 'на своей семьдесят второй сессии', 72],
    ['ru', 'на ее семидесятой сессии', 70],
    ['ru', 'на своей пятьдесят третьей сессии', 53],
    ['zh', '向大会第五十三届会议', 53],
    ['zh', '第七十二届会议', 72],
    ['zh', '第十届会议', 10],
    ['ar', 'في دورتها الثانية والسبعين', 72],
    ['ar', 'في دورتها السبعين', 70],
    ['ar', 'في دورتها الحادية عشرة', 11],
  ] as const)('%s: %s → %i', (language, text, n) => {
    expect(sessionNumber(text, language)).toBe(n);
  });

  it('reads Chinese numerals', () => {
    expect([chineseNumber('五十三'), chineseNumber('十一'), chineseNumber('七十'), chineseNumber('九')]).toEqual([53, 11, 70, 9]);
  });
});

describe('citations, keys, dates and text normalization', () => {
  it('reads symbols and resolutions named by number, not decisions', () => {
    // From the shipped texts and the 52/232 footnote.
    expect(citedSymbols('[without reference to a Main Committee (A/50/L.20 and Add.1)]')).toEqual(['A/50/L.20']);
    expect(citedSymbols('回顾其1997年7月31日第51/241号决议,其中通过了')).toEqual(['A/RES/51/241']);
    expect(citedSymbols('resolutions 50/53 of 11 December 1995 and 51/210 of 17 December 1996')).toEqual(['A/RES/50/53', 'A/RES/51/210']);
    expect(citedSymbols('resolution 1373 (2001) and resolution 1514 (XV)')).toEqual(['S/RES/1373 (2001)', 'A/RES/1514 (XV)']);
    expect(citedSymbols('decision 48/411 and 第48/264号决定')).toEqual([]);
    expect(citedSymbols('Secretary-General (A/RES/60/288) and S/RES/2178 (2014)')).toEqual(['A/RES/60/288', 'S/RES/2178 (2014)']);
  });

  it('keys symbols', () => {
    expect([resolutionKey('A/RES/70/177'), resolutionKey('S/RES/2178 (2014)'), resolutionKey('E/RES/2019/19'), resolutionKey('A/52/855')]).toEqual([
      '70/177',
      'S/2178',
      'E/2019/19',
      null,
    ]);
  });

  it('reads dates written in each language', () => {
    expect(datesIn('31 July 1997').map((d) => d.iso)).toEqual(['1997-07-31']);
    expect(datesIn('1998年6月4日').map((d) => d.iso)).toEqual(['1998-06-04']);
    expect(datesIn('le 1er décembre 2014').map((d) => d.iso)).toEqual(['2014-12-01']);
    expect(datesIn('el 18 de diciembre de 2013').map((d) => d.iso)).toEqual(['2013-12-18']);
    expect(datesIn('18 декабря 2013 года').map((d) => d.iso)).toEqual(['2013-12-18']);
    expect(datesIn('18 كانون الأول/ديسمبر 2013').map((d) => d.iso)).toEqual(['2013-12-18']);
  });

  it('turns full-width and Arabic-Indic digits into ASCII, and joins Chinese lines without spaces', () => {
    expect(normalizeResolutionText('１．请 ٣ ۴')).toBe('1.请 3 4');
    expect(joinLines('联合国同各国议会联盟\n缔结合作协定')).toBe('联合国同各国议会联盟缔结合作协定');
    expect(joinLines('its fifty-\nfirst session')).toBe('its fifty-first session');
  });
});
