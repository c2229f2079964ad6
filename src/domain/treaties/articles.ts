// Treaty articles, addressable by number (issue 11 §1): the shipped authentic texts (data/reference/treaty-texts/)
// are split into articles, and a provision's article ("11(2)", "3(1)-(2)", "2bis") points at one of them. Pure.

/**
 * Instruments whose text Accord holds, by instrument id. Where a text is consolidated as amended (SUA and Fixed
 * Platforms as amended in 2005), only the amending instrument points at it.
 */
export const TREATY_TEXTS_HELD: ReadonlySet<string> = new Set([
  'tokyo1963',
  'hague1970',
  'montreal1971',
  'ipp1973',
  'hostages1979',
  'cppnm1980',
  'airports1988',
  'plastic1991',
  'bombings1997',
  'financing1999',
  'icsant2005',
  'beijing2010convention',
  'beijing2010protocol',
  'sua2005',
  'fixedplatforms2005',
  'untoc2000',
  'uncac2003',
]);

/**
 * The article a citation points at: "11(2)" → "11", "3(1)-(2)" → "3", "2bis" → "2bis", "none" → null; and, for the
 * protocols numbered in Roman numerals, "XI (Hague 8(1))" → "XI" (upper case only, so words are not read as numbers).
 */
export function articleNumberOf(citation: string): string | null {
  const m = /^\s*(\d+\s*(?:bis|ter|quater|quinquies)?)/i.exec(citation);
  if (m) return m[1]!.replace(/\s+/g, '').toLowerCase();
  const roman = /^\s*([IVXLC]+)(?![A-Za-z])/.exec(citation);
  return roman ? roman[1]! : null;
}

/** The API path of the cited article's text, or null when Accord does not hold the text or the citation names none. */
export function articlePath(instrumentId: string, citation: string): string | null {
  if (!TREATY_TEXTS_HELD.has(instrumentId)) return null;
  const n = articleNumberOf(citation);
  return n ? `/api/v1/instruments/${instrumentId}/articles/${n}` : null;
}

/** The shipped text file (data/reference/treaty-texts/) of each instrument in TREATY_TEXTS_HELD. */
export const TREATY_TEXT_FILES: Readonly<Record<string, string>> = {
  tokyo1963: 'tokyo1963.md',
  hague1970: 'hague1970.md',
  montreal1971: 'montreal1971.md',
  ipp1973: 'ipp1973.md',
  hostages1979: 'hostages1979.md',
  cppnm1980: 'cppnm1980.md',
  airports1988: 'airports1988.md',
  plastic1991: 'plastic1991.md',
  bombings1997: 'bombings1997.md',
  financing1999: 'financing1999.md',
  icsant2005: 'icsant2005.md',
  beijing2010convention: 'beijing2010convention.md',
  beijing2010protocol: 'beijing2010protocol.md',
  sua2005: 'sua1988_as_amended_2005.md',
  fixedplatforms2005: 'fixedplatforms1988_as_amended_2005.md',
  untoc2000: 'untoc2000.md',
  uncac2003: 'uncac2003.md',
};

export interface TreatyArticle {
  /** As the treaty numbers it, normalised: "1", "2bis", "XXI" (Roman numerals upper case). */
  number: string;
  /** The article's own heading where the text gives one ("Extradition"), else null. */
  heading: string | null;
  /**
   * The English text, paragraphs separated by a blank line; links and emphasis reduced to their words. Null where the
   * source gives no words for the article: the Beijing Protocol 2010's amending articles (II–XVII), which the Dutch
   * database replaces with its note that they amend the Hague Convention.
   */
  text: string | null;
}

/**
 * The Dutch database's editorial notes inside the English text: "enters into force at a date to be fixed" (about the
 * Netherlands) and "amends the Convention for the Suppression of Unlawful Seizure of Aircraft …". Not treaty text.
 */
const EDITORIAL_NOTE = /^\s*(?:Treedt in werking op een nader te bepalen tijdstip|Wijzigt het Verdrag\b.*)\s*$/;

const SUFFIX = 'bis|ter|quater|quinquies|sexies|septies|octies';
/** "### Article  11  ", "###Article 2bis ", "### Article  XIV  ", and the source's "###Artikel 24" in Tokyo's English. */
const ARTICLE_HEADING = new RegExp(`^###\\s*(?:Article|Artikel)\\s+(\\d+\\s*(?:${SUFFIX})?|[IVXLC]+)\\s*$`, 'i');

/**
 * An article number as typed or cited, normalised the way the parser numbers articles: "2 BIS" → "2bis",
 * "xiv" → "XIV"; null when it is neither.
 */
export function normaliseArticleNumber(input: string): string | null {
  const s = input.trim();
  const arabic = new RegExp(`^(\\d+)\\s*(${SUFFIX})?$`, 'i').exec(s);
  if (arabic) return `${String(Number(arabic[1]))}${(arabic[2] ?? '').toLowerCase()}`;
  if (/^[ivxlc]+$/i.test(s)) return s.toUpperCase();
  return null;
}

/** "[Charter of the United Nations](../../verdrag/…)" → "Charter of the United Nations"; "2*bis*" → "2bis". */
function plain(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/\*([^*\n]+)\*/g, '$1')
    .replace(/(\S)[ \t]{2,}/g, '$1 ')
    .replace(/[ \t]+$/g, '');
}

function squash(lines: string[]): string | null {
  const text = lines
    .filter((l) => !EDITORIAL_NOTE.test(l))
    .map(plain)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || null;
}

const lower = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Where the English ends: at the Dutch translation's title, a `####` line repeating the file's `##` (Dutch) title or
 * starting with "Verdrag " (the Bombings file's Dutch title differs from its `##` one).
 */
function englishLines(lines: string[]): string[] {
  const titleIndex = lines.findIndex((l) => /^##[^#]/.test(l));
  const dutchTitle = titleIndex >= 0 ? lower(lines[titleIndex]!.slice(2)) : null;
  const englishTitle = lines.findIndex((l, i) => i > titleIndex && l.startsWith('####'));
  const end = lines.findIndex((l, i) => {
    if (i <= englishTitle || !l.startsWith('####')) return false;
    const text = lower(l.slice(4));
    return text === dutchTitle || text.startsWith('verdrag ');
  });
  return lines.slice(0, end < 0 ? lines.length : end);
}

/**
 * Splits a treaty file of data/reference/treaty-texts/ into its English articles, in order. A `###` line that is not
 * an article (a chapter, an annex, an appended letter) ends the article before it, and so does a `####` line that is
 * not the article's own heading (a chapter's or an annex's title); a `####` line right after the article's number is
 * its heading.
 */
export function parseTreatyText(markdown: string): TreatyArticle[] {
  const lines = englishLines(markdown.replace(/\r\n?/g, '\n').split('\n'));
  const articles: TreatyArticle[] = [];
  let current: { number: string; heading: string | null; body: string[] } | null = null;
  let awaitingHeading = false;
  const close = () => {
    if (current) articles.push({ number: current.number, heading: current.heading, text: squash(current.body) });
    current = null;
  };
  for (const line of lines) {
    const article = ARTICLE_HEADING.exec(line);
    if (article) {
      close();
      current = { number: normaliseArticleNumber(article[1]!)!, heading: null, body: [] };
      awaitingHeading = true;
      continue;
    }
    if (line.startsWith('###') && !line.startsWith('####')) {
      close();
      continue;
    }
    if (line.startsWith('####')) {
      if (current && awaitingHeading) {
        current.heading = plain(line.slice(4)).trim() || null;
        awaitingHeading = false;
      } else close();
      continue;
    }
    if (line.trim() && awaitingHeading) awaitingHeading = false;
    current?.body.push(line);
  }
  close();
  return articles;
}

/** The article a citation or a typed number points at in a parsed text, or undefined. */
export function findArticle(articles: readonly TreatyArticle[], citation: string): TreatyArticle | undefined {
  const n = normaliseArticleNumber(citation) ?? articleNumberOf(citation);
  return n ? articles.find((a) => a.number === n) : undefined;
}
