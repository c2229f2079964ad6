// The labelled corpus of the search quality benchmark (issue 13 §3): real published texts in the six UN languages,
// split into passages (an article of a treaty or a law, an abstract of a chapter, an instrument's title). Where each
// text comes from, as of when and under which licence: bench/search-corpus/README.md. Nothing here is invented or
// machine-translated; the instrument, State and theme tags on the national laws are the benchmark's own labels,
// given by hand (as an officer would map a provision), and listed in LAW_TAGS below.
import fs from 'node:fs';
import path from 'node:path';
import { parseTreatyText, TREATY_TEXT_FILES } from '#domain/treaties/articles.ts';

export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Passage {
  /** Stable: queries.json names passages by it. */
  id: string;
  language: Language;
  title: string;
  body: string;
  /** treaty-text | national-legislation | publication-or-tool (library record kinds). */
  kind: string;
  year: number | null;
  stateCodes: string[];
  instrumentIds: string[];
  themes: string[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = path.join(import.meta.dirname, 'sources');

/** The instruments whose articles are in the corpus, in English and in French, with the year each was adopted. */
export const TREATIES: Readonly<Record<string, { year: number; fedlex: string }>> = {
  hague1970: { year: 1970, fedlex: 'hague1970_fr_20250324.html' },
  ipp1973: { year: 1973, fedlex: 'ipp1973_fr_20260608.html' },
  hostages1979: { year: 1979, fedlex: 'hostages1979_fr_20190219.html' },
  bombings1997: { year: 1997, fedlex: 'bombings1997_fr_20200226.html' },
  financing1999: { year: 1999, fedlex: 'financing1999_fr_20240607.html' },
  icsant2005: { year: 2005, fedlex: 'icsant2005_fr_20240229.html' },
};

/** The instruments a national law's article implements, and its themes: the benchmark's labels, by article number. */
const LAW_TAGS: Readonly<Record<string, Readonly<Record<string, { instrumentIds?: string[]; themes?: string[] }>>>> = {
  'cn-ctl': {
    '3': { themes: ['definition'] },
    '11': { themes: ['jurisdiction'] },
    '14': { instrumentIds: ['financing1999'], themes: ['financing'] },
    '24': { instrumentIds: ['financing1999'], themes: ['financing'] },
    '25': { instrumentIds: ['financing1999'], themes: ['financing'] },
    '26': { instrumentIds: ['financing1999'], themes: ['financing'] },
    '37': { instrumentIds: ['hague1970'], themes: ['aviation'] },
    '19': { themes: ['internet'] },
    '60': { themes: ['victims'] },
    '65': { themes: ['victims'] },
    '70': { themes: ['extradition', 'mutual-legal-assistance'] },
    '83': { instrumentIds: ['financing1999'], themes: ['financing'] },
  },
  'cl-21732': {
    '5': { instrumentIds: ['hague1970'], themes: ['aviation'] },
    '7': { instrumentIds: ['ipp1973'] },
    '8': { instrumentIds: ['bombings1997'] },
    '10': { instrumentIds: ['financing1999'], themes: ['financing'] },
    '21': { themes: ['victims'] },
  },
};

const CHINESE_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number ("第九十七条" → 97). */
export function chineseNumber(text: string): number {
  const [tens, units] = text.includes('十') ? text.split('十') : ['', text];
  const t = text.includes('十') ? (tens ? CHINESE_NUMERALS[tens]! : 1) : 0;
  return t * 10 + (units ? CHINESE_NUMERALS[units]! : 0);
}

function lawPassage(law: string, number: string, language: Language, title: string, body: string, year: number, state: string): Passage {
  const tags = LAW_TAGS[law]?.[number] ?? {};
  return {
    id: `${language}:${law}:${number}`,
    language,
    title,
    body,
    kind: 'national-legislation',
    year,
    stateCodes: [state],
    instrumentIds: tags.instrumentIds ?? [],
    themes: tags.themes ?? [],
  };
}

function treatyPassage(language: Language, instrumentId: string, number: string, title: string, body: string): Passage {
  return {
    id: `${language}:${instrumentId}:${number}`,
    language,
    title,
    body,
    kind: 'treaty-text',
    year: TREATIES[instrumentId]!.year,
    stateCodes: [],
    instrumentIds: [instrumentId],
    themes: [],
  };
}

function englishArticles(): Passage[] {
  return Object.keys(TREATIES).flatMap((id) => {
    const md = fs.readFileSync(path.join(ROOT, 'data/reference/treaty-texts', TREATY_TEXT_FILES[id]!), 'utf8');
    return parseTreatyText(md)
      .filter((a) => a.text)
      .map((a) => treatyPassage('en', id, a.number, `Article ${a.number}${a.heading ? ` — ${a.heading}` : ''}`, a.text!));
  });
}

/** The articles of a Fedlex HTML text: `<article id="art_2_bis">`, footnote calls and the "Art. 2 bis" heading left out. */
function frenchArticles(): Passage[] {
  return Object.entries(TREATIES).flatMap(([id, { fedlex }]) => {
    const html = fs.readFileSync(path.join(ROOT, 'data/reference/fedlex', fedlex), 'utf8');
    return [...html.matchAll(/<article id="art_([^"]+)">([\s\S]*?)<\/article>/g)].map((m) => {
      const number = m[1]!.replace(/_/g, '');
      const text = m[2]!
        .replace(/<sup>[\s\S]*?<\/sup>/g, '')
        .replace(/<h6[\s\S]*?<\/h6>/, '')
        .replace(/<\/(p|dd|dt|div)>/g, '$&\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .replace(/\n\s*/g, '\n')
        .trim();
      return treatyPassage('fr', id, number, `Art. ${m[1]!.replace(/_/g, ' ')}`, text);
    });
  });
}

function chineseLaw(): Passage[] {
  const text = fs.readFileSync(path.join(SOURCES, 'zh-cn-counter-terrorism-law.md'), 'utf8');
  return [...text.matchAll(/^第([一二三四五六七八九十]+)条 ([\s\S]*?)(?=^第[一二三四五六七八九十]+条 |^## |(?![\s\S]))/gm)].map((m) => {
    const n = String(chineseNumber(m[1]!));
    return lawPassage('cn-ctl', n, 'zh', `中华人民共和国反恐怖主义法 第${m[1]}条`, m[2]!.trim(), 2018, 'CHN');
  });
}

function chileanLaw(): Passage[] {
  const text = fs.readFileSync(path.join(SOURCES, 'es-cl-ley-21732.md'), 'utf8');
  return [...text.matchAll(/^### Artículo (\d+)º?\.-\n([\s\S]*?)(?=^### |(?![\s\S]))/gm)].map((m) =>
    lawPassage('cl-21732', m[1]!, 'es', `Ley Nº 21.732, artículo ${m[1]}`, m[2]!.trim(), 2025, 'CHL'),
  );
}

/** Each chapter's key idea and abstract, two passages, titled with the chapter's title. */
function gettyAbstracts(language: 'ar' | 'ru' | 'es'): Passage[] {
  const text = fs.readFileSync(path.join(SOURCES, `${language}-getty-abstracts.md`), 'utf8');
  return [...text.matchAll(/^## (\S+)\n# (.+)\n(.+)\n### key\n([\s\S]*?)\n### abstract\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)].flatMap((m) => {
    const [, chapter, title, author, key, abstract] = m as unknown as [string, string, string, string, string, string];
    const base = { language, kind: 'publication-or-tool', year: 2022, stateCodes: [], instrumentIds: [], themes: ['cultural-heritage'] };
    return [
      { ...base, id: `${language}:getty:${chapter}:key`, title: `${title} — ${author}`, body: key.trim() },
      { ...base, id: `${language}:getty:${chapter}:abstract`, title, body: abstract.trim() },
    ];
  });
}

/** An instrument's title as a publisher prints it (data/reference/instrument-titles.csv), one passage per row. */
function instrumentTitles(): Passage[] {
  const csv = fs.readFileSync(path.join(ROOT, 'data/reference/instrument-titles.csv'), 'utf8');
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((c) => c[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')));
  const seen = new Map<string, number>();
  return rows.map(([instrumentId, lang, , title]) => {
    const key = `${lang}:${instrumentId}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      id: `${lang}:title:${instrumentId}:${n}`,
      language: lang as Language,
      title: title!,
      body: title!,
      kind: 'treaty-text',
      year: null,
      stateCodes: [],
      instrumentIds: [instrumentId!],
      themes: [],
    };
  });
}

/** Every passage of the corpus. */
export function loadCorpus(): Passage[] {
  const passages = [
    ...englishArticles(),
    ...frenchArticles(),
    ...chineseLaw(),
    ...chileanLaw(),
    ...gettyAbstracts('ar'),
    ...gettyAbstracts('ru'),
    ...gettyAbstracts('es'),
    ...instrumentTitles(),
  ];
  const ids = new Set<string>();
  for (const p of passages) {
    if (ids.has(p.id)) throw new Error(`two passages ${p.id}`);
    ids.add(p.id);
  }
  return passages;
}
