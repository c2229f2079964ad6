// Reads a resolution's text, in any of the six languages, into what the mandate registry keeps (issue 14 §2): its
// symbol, adoption date and title; its preambular paragraphs in order and its operative paragraphs numbered as
// printed (sub-paragraphs (a), (b) … stay inside theirs); per operative paragraph the opening verb, whom it
// addresses, what it asks, and a reporting request (to which body, at which session); the documents each paragraph
// cites; and the earlier resolutions the preamble recalls, reaffirms, welcomes or notes. Pure.
//
// Texts come as the UN prints them and as web pages flatten them: wrapped lines, blank lines or none, a whole
// resolution on one line, footnote markers ("report 1/"), full-width or Arabic-Indic digits. What the parser gets
// wrong an editor corrects (app/reporting/correct-paragraph.ts); the parser never guesses a paragraph number.
import type { Language } from '#domain/treaties/types.ts';
import {
  ADDRESSEE_PATTERNS,
  foldTraditional,
  ADDRESSEES,
  ADOPTED,
  datesIn,
  DIRECTIVE_VERBS,
  OBJECT_END,
  OPENINGS,
  OPERATIVE_VERBS,
  PLENARY,
  PREAMBULAR_OPENERS,
  VERB_PREFIXES,
  VERB_SUFFIXES,
  type Addressee,
  type LinkRelation,
  type ResolutionBody,
} from './resolution-lexicon.ts';
import { sessionNumber } from './resolution-ordinals.ts';

export type ParagraphKind = 'preambular' | 'operative';

export interface ReportingRequest {
  /** general-assembly | security-council | ecosoc | commission */
  to: string;
  session: number | null;
}

export interface ParsedParagraph {
  kind: ParagraphKind;
  /** Operative: the number printed; preambular: its position. */
  number: number;
  text: string;
  verb: string | null;
  addressees: Addressee[];
  asks: string;
  reporting: ReportingRequest | null;
  cites: string[];
}

export interface ParsedLink {
  relation: LinkRelation;
  toSymbol: string;
  kind: ParagraphKind;
  number: number;
}

export interface ParsedResolution {
  symbol: string | null;
  key: string | null;
  body: ResolutionBody | null;
  adoptedOn: string | null;
  title: string;
  paragraphs: ParsedParagraph[];
  links: ParsedLink[];
}

export class ResolutionParseError extends Error {}

const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const ARABIC_DIGIT = /[\u0660-\u0669]/g;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/g;

/** Digits to ASCII, full-width ．（） to ASCII, line ends to \n, non-breaking spaces to spaces. */
export function normalizeResolutionText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u3000]/g, ' ')
    // Other spaces (\s but not collapsed as spaces and tabs are) to spaces: a run of them must not feed \s* \s+.
    .replace(/[\v\f\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\ufeff]/g, ' ')
    .replace(FULLWIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(ARABIC_DIGIT, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGIT, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/．/g, '.')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

const CJK = /[\u3400-\u9fff]/;

/** A paragraph's lines as one text: spaces collapsed, lines joined (without a space in Chinese, or after a hyphen). */
export function joinLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && l !== '|');
  // Pieces joined once at the end, each joint decided by the last characters alone: reading the end of a growing string
  // (`out.endsWith`) flattens it every time, quadratic on a paragraph of many short lines.
  const parts: string[] = [];
  let end = ''; // the last two characters joined so far
  for (const line of lines) {
    let piece: string;
    if (parts.length === 0) piece = line;
    else if (end.endsWith('-') && !end.endsWith(' -')) piece = line;
    else if (CJK.test(end.at(-1)!) || CJK.test(line[0]!)) piece = line;
    else piece = ` ${line}`;
    parts.push(piece);
    end = (end + piece).slice(-2);
  }
  return withoutTrailingBar(parts.join('').replace(/[ \t]+/g, ' ')).trim();
}

/** The text without a final table bar and the spaces before it (a loop: `/\s*\|$/` is quadratic on long space runs). */
function withoutTrailingBar(text: string): string {
  return text.endsWith('|') ? text.slice(0, -1).trimEnd() : text;
}

// Operative numbers: at a line's start ("1.", "1 -" in Arabic), or inside a flattened line after the previous
// paragraph's end ("…; 2. Also …"). Accepted only in sequence (1, 2, 3 …).
// Chinese may set the number against the text (`1.重申`), with no space after the point.
const LINE_NUMBER = /(^|\n)[ \t]*(\d{1,3})[ \t]*(?:\.|[-–—](?=[ \t]))(?:[ \t]+(?=\S)|(?=\p{Script=Han}))/gu;
const INLINE_NUMBER = /([;；,，:：。.])[ \t]+(\d{1,3})\.[ \t]+(?=\S)/g;

interface Marker {
  at: number;
  end: number;
  number: number;
}

function operativeMarkers(body: string): Marker[] {
  const candidates: Marker[] = [];
  for (const m of body.matchAll(LINE_NUMBER)) candidates.push({ at: m.index + m[1]!.length, end: m.index + m[0].length, number: Number(m[2]) });
  for (const m of body.matchAll(INLINE_NUMBER)) candidates.push({ at: m.index + m[1]!.length, end: m.index + m[0].length, number: Number(m[2]) });
  candidates.sort((a, b) => a.at - b.at);
  const markers: Marker[] = [];
  for (const c of candidates) {
    const expected = markers.length + 1;
    if (c.number === expected && (markers.length === 0 || c.at >= markers.at(-1)!.end)) markers.push(c);
  }
  return markers;
}

const FOOTNOTE_END = /(?:\s*(?:\d{1,2}\/|\(\d{1,2}\)|\[\d{1,2}\]))+\s*$/;
const PARAGRAPH_END = /[,，;；،؛]$/;
const EN_OPENER = /^(?:[A-Z][a-z]+(?:ing|ed)|Aware|Mindful|Convinced|Deeply|Gravely|Desirous|Conscious|Fully|Cognizant|Also|Further|Bearing|Keeping|Noting|Seized)\b/;

/** The last characters of the paragraph so far (its lines joined by spaces): all that decides where it ends. */
function tailOf(lines: readonly string[], length = 64): string {
  let tail = '';
  for (let i = lines.length - 1; i >= 0 && tail.length < length; i--) tail = tail === '' ? lines[i]! : `${lines[i]!} ${tail}`;
  return tail.slice(-length);
}

/** Does `line` start a new preambular paragraph after `previous` (the end of the paragraph so far, see tailOf)? */
function startsParagraph(previous: string, line: string, language: Language): boolean {
  const end = previous.replace(FOOTNOTE_END, '').trimEnd();
  if (!PARAGRAPH_END.test(end)) return false;
  if (language === 'en') return EN_OPENER.test(line);
  if (language === 'fr' || language === 'es') return /^\p{Lu}/u.test(line);
  return true;
}

function preambularParagraphs(text: string, language: Language): string[] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line === '|') {
      flush();
      continue;
    }
    // A page that flattened the preamble onto one line: in Chinese, paragraphs end with a comma and a space.
    const pieces = language === 'zh' ? line.split(/(?<=[,，])\s+(?=\S)/) : [line];
    for (const piece of pieces) {
      if (current.length > 0 && startsParagraph(tailOf(current), piece, language)) flush();
      current.push(piece);
    }
  }
  flush();
  return paragraphs.map((p) => joinLines(p.join('\n'))).filter((p) => p !== '');
}

/** Where the last operative paragraph ends: its final full stop at a line's end (what follows is the colophon). */
function lastParagraphEnd(text: string): number {
  const m = /[.。](?=[ \t]*(?:\n|\||$))/.exec(text);
  if (m) return m.index + 1;
  const blank = /\n[ \t]*\n/.exec(text);
  return blank ? blank.index : text.length;
}

// Document symbols (A/RES/51/241, S/RES/2178 (2014), A/52/855, A/C.3/78/L.41, E/CN.4/1995/2) and resolutions named by
// number only ("resolution 49/252", "第51/241号决议", "resolution 1373 (2001)", "1514 (XV)", ECOSOC "1997/66").
const SYMBOL = /(?<![\w/])([ASE])\/((?:[A-Z0-9.]+\/)*[A-Z0-9.]*\d[A-Z0-9.]*)(?:\s?\((\d{4})\))?/g;
const GA_NUMBER = /(?<![\w/.-])(\d{1,2})\/(\d{1,3})(?:\s?([A-H])(?![\w]))?(?![\d/])/g;
const SC_NUMBER = /(?<![\w/])(\d{2,4})\s?\((\d{4}|[IVXL]{1,6})\)/g;
const ECOSOC_NUMBER = /(?<![\w/])((?:19|20)\d{2})\/(\d{1,3})(?![\d/])/g;
const RESOLUTION_WORD = /resolutions?|résolutions?|resoluci[oó]n(?:es)?|резолюци\S*|قرار\S*/i;
const DECISION_WORD = /decisions?|décisions?|decisi[oó]n(?:es)?|решени\S*|مقرر\S*/i;

/** Is the number at `at` a resolution (not a decision)? The nearest such word before it (or, in Chinese, after it). */
function namesResolution(text: string, at: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  const zhRes = after.search(/决议/);
  const zhDec = after.search(/决定/);
  if (zhRes >= 0 && (zhDec < 0 || zhRes < zhDec)) return true;
  if (zhDec >= 0 && zhRes < 0) return false;
  const before = text.slice(Math.max(0, at - 90), at);
  const res = lastIndexOf(before, RESOLUTION_WORD);
  const dec = lastIndexOf(before, DECISION_WORD);
  return res >= 0 && res > dec;
}

function lastIndexOf(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) last = m.index;
  return last;
}

/** The documents a text cites, as symbols, in order, once each. */
export function citedSymbols(text: string): string[] {
  const found: { at: number; symbol: string }[] = [];
  // Positions inside a symbol already found (an array, not a scan of every match: many matches made that quadratic).
  const covered = new Uint8Array(text.length);
  const take = (a: number, b: number) => covered.fill(1, a, b);
  const free = (at: number) => covered[at] === 0;
  for (const m of text.matchAll(SYMBOL)) {
    const year = m[3] ? ` (${m[3]})` : '';
    found.push({ at: m.index, symbol: `${m[1]}/${m[2]!.replace(/\.$/, '')}${year}` });
    take(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(ECOSOC_NUMBER)) {
    if (free(m.index) && namesResolution(text, m.index, m.index + m[0].length)) {
      found.push({ at: m.index, symbol: `E/RES/${m[1]}/${m[2]}` });
      take(m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(GA_NUMBER)) {
    if (free(m.index) && namesResolution(text, m.index, m.index + m[0].length)) {
      found.push({ at: m.index, symbol: `A/RES/${m[1]}/${m[2]}${m[3] ? ` ${m[3]}` : ''}` });
    }
  }
  for (const m of text.matchAll(SC_NUMBER)) {
    if (!free(m.index) || !namesResolution(text, m.index, m.index + m[0].length)) continue;
    const roman = /^[IVXL]+$/.test(m[2]!);
    found.push({ at: m.index, symbol: roman ? `A/RES/${m[1]} (${m[2]})` : `S/RES/${m[1]} (${m[2]})` });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.symbol))];
}

/** The registry key of a symbol: `70/177` for A/RES/70/177, `S/2178` for S/RES/2178 (2014), `E/2019/19`. */
export function resolutionKey(symbol: string): string | null {
  const ga = /^A\/RES\/(\d{1,3}\/\d{1,4}(?: [A-H])?)$/.exec(symbol);
  if (ga) return ga[1]!.replace(' ', '');
  const sc = /^S\/RES\/(\d{1,5})/.exec(symbol);
  if (sc) return `S/${sc[1]}`;
  const ecosoc = /^E\/RES\/(\d{4}\/\d{1,3})$/.exec(symbol);
  if (ecosoc) return `E/${ecosoc[1]}`;
  return null;
}

function bodyOfSymbol(symbol: string | null): ResolutionBody | null {
  if (!symbol) return null;
  return symbol.startsWith('A/') ? 'ga' : symbol.startsWith('S/') ? 'sc' : symbol.startsWith('E/') ? 'ecosoc' : null;
}

const TITLE_NUMBER = /(?:^|\s)(\d{1,3})\/(\d{1,4})(?:\s?([A-H]))?\.\s+/g;
const SC_TITLE = /(?:Resolution|Résolution|Resolución|Резолюция|第)\s*(\d{3,5})\s*\((\d{4})\)/i;

function headerFacts(header: string): { symbol: string | null; title: string } {
  const symbolMatch = /(?<![\w/])([ASE])\/RES\/[\w/.]+(?:\s?\(\d{4}\))?/.exec(header);
  let symbol = symbolMatch ? symbolMatch[0].replace(/\s?\(/, ' (') : null;
  let title: string;
  const numbered = [...header.matchAll(TITLE_NUMBER)].at(-1);
  if (numbered) {
    symbol ??= `A/RES/${numbered[1]}/${numbered[2]}${numbered[3] ? ` ${numbered[3]}` : ''}`;
    title = joinLines(header.slice(numbered.index + numbered[0].length));
  } else {
    const sc = SC_TITLE.exec(header);
    if (sc) symbol ??= `S/RES/${sc[1]} (${sc[2]})`;
    const lines = header.split('\n').map((l) => l.trim()).filter(Boolean);
    title = lines.at(-1) ?? '';
  }
  return { symbol, title: withoutTrailingBar(title) };
}

/**
 * The adoption date, read in the header and the colophon only (dates in the paragraphs are of other things): next to
 * "adopted by", else next to "plenary meeting", else the first date after the last paragraph.
 */
function adoptionDate(text: string, headerTo: number, trailerFrom: number): string | null {
  const dates = datesIn(text).filter((d) => d.at < headerTo || d.at >= trailerFrom);
  if (dates.length === 0) return null;
  // The dates by offset, each with its rank in `dates` (ties go to the earlier one, as before), found by bisection:
  // filtering every date for every match was quadratic on a text of many dates and many "adopted by".
  const byOffset = dates.map((d, rank) => ({ ...d, rank })).sort((a, b) => a.at - b.at);
  const firstFrom = (at: number) => {
    let lo = 0;
    let hi = byOffset.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byOffset[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const near = (re: RegExp, reach: number, ahead: boolean) => {
    for (const m of text.matchAll(re)) {
      const candidates = [];
      for (let i = firstFrom(ahead ? m.index : m.index - reach); i < byOffset.length && byOffset[i]!.at <= m.index + reach; i++) candidates.push(byOffset[i]!);
      if (candidates.length > 0) return candidates.sort((a, b) => Math.abs(a.at - m.index) - Math.abs(b.at - m.index) || a.rank - b.rank)[0]!.iso;
    }
    return null;
  };
  return near(ADOPTED, 120, true) ?? near(PLENARY, 60, false) ?? dates.find((d) => d.at >= trailerFrom)?.iso ?? null;
}

/** What the lexicon is matched against: for Chinese, traditional characters folded (same length, same offsets). */
function probe(text: string, language: Language): string {
  return language === 'zh' ? foldTraditional(text) : text;
}

interface VerbReading {
  verb: string | null;
  rest: string;
}

/** The paragraph's opening verb (canonical, English) and the text after it. */
function readVerb(text: string, language: Language): VerbReading {
  const prefix = VERB_PREFIXES[language].exec(probe(text, language));
  const afterPrefix = prefix ? text.slice(prefix[0].length).trimStart() : text;
  for (const [re, verb] of OPERATIVE_VERBS[language]) {
    const m = re.exec(probe(afterPrefix, language));
    if (!m) continue;
    let rest = afterPrefix.slice(m[0].length);
    const suffix = VERB_SUFFIXES[language].exec(probe(rest, language));
    if (suffix && suffix[0] !== '') rest = rest.slice(suffix[0].length);
    return { verb, rest: rest.trim() };
  }
  return { verb: null, rest: text };
}

function addresseesOf(rest: string, verb: string | null, language: Language): Addressee[] {
  if (!verb || !DIRECTIVE_VERBS.has(verb)) return [];
  const folded = probe(rest, language);
  const end = OBJECT_END[language].exec(folded);
  const object = folded.slice(0, Math.min(end ? end.index : rest.length, language === 'zh' ? 24 : 250));
  return ADDRESSEES.filter((a) => ADDRESSEE_PATTERNS[a][language].test(object));
}

const REPORT_WORD: Record<Language, RegExp> = {
  en: /\breport/i,
  fr: /rapport/i,
  es: /informe/i,
  ru: /доклад/i,
  zh: /报告/,
  ar: /تقرير/,
};

const BODY_NAMES: [RegExp, string][] = [
  [/General Assembly|Assemblée générale|Asamblea General|Генеральн\S* Ассамбле|الجمعية العامة|大会/, 'general-assembly'],
  [/Security Council|Conseil de sécurité|Consejo de Seguridad|Совет\S* Безопасности|مجلس الأمن|安全理事会|安理会/, 'security-council'],
  [/Economic and Social Council|Conseil économique et social|Consejo Económico y Social|Экономическ\S* и Социальн\S* Совет|المجلس الاقتصادي والاجتماعي|经济及社会理事会/, 'ecosoc'],
  [/Commission|Comisión|Комисси|اللجنة|委员会/, 'commission'],
];
const SELF: Record<ResolutionBody, string> = { ga: 'general-assembly', sc: 'security-council', ecosoc: 'ecosoc', commission: 'commission' };

function reportingOf(original: string, verb: string | null, language: Language, body: ResolutionBody | null): ReportingRequest | null {
  const rest = probe(original, language);
  if (!verb || !DIRECTIVE_VERBS.has(verb) || !REPORT_WORD[language].test(rest)) return null;
  const session = sessionNumber(rest, language);
  const named = BODY_NAMES.find(([re]) => re.test(rest));
  const to = named ? named[1] : body ? SELF[body] : 'general-assembly';
  return { to, session };
}

const END_PUNCTUATION = new Set([';', '；', ',', '，', '.', '。', '،', '؛', ':']);

/** The text without its final punctuation and spaces (a loop: the regex was quadratic on long runs of commas). */
function stripEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (END_PUNCTUATION.has(text[end - 1]!) || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/**
 * Parses a resolution's text. Throws ResolutionParseError when it finds no opening ("The General Assembly,") or no
 * operative paragraph: a text that is not a resolution is refused rather than half-read.
 */
export function parseResolution(input: string, language: Language): ParsedResolution {
  const text = normalizeResolutionText(input);
  const opening = OPENINGS.map((o) => ({ body: o.body, m: o.re.exec(text) }))
    .filter((o) => o.m !== null)
    .sort((a, b) => a.m!.index - b.m!.index)[0];
  if (!opening) throw new ResolutionParseError('no opening such as "The General Assembly," was found');
  const header = text.slice(0, opening.m!.index);
  const bodyStart = opening.m!.index + opening.m![0].length;
  const body = text.slice(bodyStart);
  const markers = operativeMarkers(body);
  if (markers.length === 0) throw new ResolutionParseError('no numbered operative paragraph was found');

  const facts = headerFacts(header);
  const resolutionBody = bodyOfSymbol(facts.symbol) ?? opening.body;

  const operativeTexts = markers.map((m, i) => body.slice(m.end, i + 1 < markers.length ? markers[i + 1]!.at : undefined));
  const last = operativeTexts.at(-1)!;
  const lastEnd = lastParagraphEnd(last);
  operativeTexts[operativeTexts.length - 1] = last.slice(0, lastEnd);
  const trailer = last.slice(lastEnd);
  const trailerFrom = bodyStart + markers.at(-1)!.end + lastEnd;

  // Footnotes ("1/ A/52/855.") resolve the markers in the paragraphs ("report 1/").
  const footnotes = new Map<string, string[]>();
  for (const m of trailer.matchAll(/(?:^|\n|\s)(\d{1,2})\/\s+([^\n]+)/g)) footnotes.set(m[1]!, citedSymbols(m[2]!));
  const citesOf = (paragraph: string) => {
    const cites = citedSymbols(paragraph);
    for (const m of paragraph.matchAll(/(?<![\d/])(\d{1,2})\/(?!\d)/g)) cites.push(...(footnotes.get(m[1]!) ?? []));
    return [...new Set(cites)];
  };

  const paragraphs: ParsedParagraph[] = [];
  const links: ParsedLink[] = [];
  const link = (relation: LinkRelation, toSymbol: string, kind: ParagraphKind, number: number) => {
    if (!toSymbol.includes('/RES/') || toSymbol === facts.symbol) return;
    const existing = links.find((l) => l.toSymbol === toSymbol);
    if (existing?.relation === relation) return;
    if (existing && relation === 'cites') return;
    if (existing?.relation === 'cites') links.splice(links.indexOf(existing), 1);
    links.push({ relation, toSymbol, kind, number });
  };

  preambularParagraphs(body.slice(0, markers[0]!.at), language).forEach((paragraph, i) => {
    const opener = PREAMBULAR_OPENERS[language].find(([re]) => re.test(paragraph));
    const cites = citesOf(paragraph);
    paragraphs.push({
      kind: 'preambular',
      number: i + 1,
      text: paragraph,
      verb: opener ? opener[2] : null,
      addressees: [],
      asks: '',
      reporting: null,
      cites,
    });
    for (const symbol of cites) link(opener ? opener[1] : 'cites', symbol, 'preambular', i + 1);
  });

  operativeTexts.forEach((raw, i) => {
    const paragraph = joinLines(raw);
    const { verb, rest } = readVerb(paragraph, language);
    const cites = citesOf(paragraph);
    paragraphs.push({
      kind: 'operative',
      number: markers[i]!.number,
      text: paragraph,
      verb,
      addressees: addresseesOf(rest, verb, language),
      asks: stripEnd(rest),
      reporting: reportingOf(rest, verb, language, resolutionBody),
      cites,
    });
    for (const symbol of cites) link('cites', symbol, 'operative', markers[i]!.number);
  });

  return {
    symbol: facts.symbol,
    key: facts.symbol ? resolutionKey(facts.symbol) : null,
    body: resolutionBody,
    adoptedOn: adoptionDate(text, opening.m!.index, trailerFrom),
    title: facts.title,
    paragraphs,
    links,
  };
}
