// Text for search in six languages (issue 13 §3, ADR 23): segmentation and folding, the same for what is indexed and
// what is asked, and highlights placed in the ORIGINAL text. Pure.
//
// Folding, one character at a time (so that every folded character knows where it came from): NFKC (Arabic
// presentation forms, full-width Latin), lower case, diacritics removed (Latin accents; Arabic tashkil U+064B–U+065F,
// superscript alef U+0670, Quranic marks, tatweel U+0640; Cyrillic ё → е but й kept), Arabic letter forms unified
// (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian ی ک → ي ك), Arabic-Indic and Persian digits → ASCII, ß → ss.
//
// Segmentation: Intl.Segmenter (word granularity) over the folded text, then each word split on what is neither a
// letter nor a digit ("l'état" → l, état), as PostgreSQL's parser would split it anyway.
// - Arabic: a word is indexed with its forms without clitics: a leading و or ف (when ≥ 3 letters remain), then ب, ك
//   or ل (≥ 3 remain), then the article ال (≥ 2 remain), or لل (li + al, ≥ 2 remain). A query word matches any of its
//   own forms, so "الإرهاب", "والإرهاب", "بالإرهاب" and "إرهاب" find one another.
// - Chinese (Han script): ICU splits Chinese into dictionary words, but a query segmented differently from the text
//   ("资助恐怖主义" vs "资助 / 恐怖主义") would then miss. So every Han run is indexed as its characters and their
//   bigrams, and a query run asks for all its bigrams (a single character: the character). Independent of the
//   dictionary, and with the Japanese kanji and traditional characters treated the same way.
// - Everything else: the folded word.

/** A term of a text and where it stands in the original text (UTF-16 offsets). */
export interface TermUnit {
  term: string;
  start: number;
  end: number;
}

/** A matched range in a snippet's text (UTF-16 offsets in `text`). */
export interface MatchRange {
  start: number;
  end: number;
}

export interface Snippet {
  /** A slice of the original text. */
  text: string;
  /** Where it starts in the original text. */
  start: number;
  matches: MatchRange[];
  /** Text was cut before / after it. */
  leading: boolean;
  trailing: boolean;
}

/** Beyond this many terms a text's rest is not indexed (PostgreSQL's tsvector holds at most 1 MB). */
export const MAX_TERMS = 60_000;

const ARABIC_LETTERS: Record<string, string> = {
  'ٱ': 'ا',
  'ى': 'ي',
  'ی': 'ي',
  'ة': 'ه',
  'ک': 'ك',
  'ß': 'ss',
};
// Combining marks to drop after NFD: Latin/Greek/Cyrillic accents, Arabic tashkil and hamza marks, superscript alef,
// Quranic annotation marks, tatweel.
const MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const foldCache = new Map<string, string>();

/** The folded form of one character (one code point): '' for a mark. */
export function foldChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let s = ch.normalize('NFKC').toLowerCase();
  if (s !== 'й') {
    s = s.replace(/ё/g, 'е').normalize('NFD').replace(MARKS, '');
  }
  s = [...s]
    .map((c) => {
      const cp = c.codePointAt(0)!;
      if (cp >= 0x660 && cp <= 0x669) return String(cp - 0x660);
      if (cp >= 0x6f0 && cp <= 0x6f9) return String(cp - 0x6f0);
      return ARABIC_LETTERS[c] ?? c;
    })
    .join('')
    .normalize('NFC');
  if (foldCache.size < 50_000) foldCache.set(ch, s);
  return s;
}

interface Folded {
  text: string;
  /** Where the folded character at `pos` starts in the original text. */
  start: (pos: number) => number;
  /** Where the folded character at `pos` ends in the original text. */
  end: (pos: number) => number;
}

/** The folded text and the way back to the original: only the characters that fold to something else are noted. */
function foldWithMap(original: string): Folded {
  // Each replaced character: its place in the folded text (f) and in the original (o), and both lengths.
  const reps: { f: number; o: number; fl: number; ol: number }[] = [];
  let delta = 0;
  const text = original.replace(NOT_PLAIN, (ch: string, offset: number) => {
    const f = foldChar(ch);
    reps.push({ f: offset + delta, o: offset, fl: f.length, ol: ch.length });
    delta += f.length - ch.length;
    return f;
  });
  /** The last replacement at or before `pos` in the folded text. */
  const before = (pos: number) => {
    let lo = 0;
    let hi = reps.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (reps[mid]!.f <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? null : reps[found]!;
  };
  return {
    text,
    start: (pos) => {
      const r = before(pos);
      if (!r) return pos;
      return pos < r.f + r.fl ? r.o : r.o + r.ol + (pos - r.f - r.fl);
    },
    end: (pos) => {
      const r = before(pos);
      if (!r) return pos + 1;
      return pos < r.f + r.fl ? r.o + r.ol : r.o + r.ol + (pos - r.f - r.fl) + 1;
    },
  };
}

/** The folded text (what the index compares). */
export function fold(text: string): string {
  // The same as folding each character in turn (foldWithMap), without the map.
  return text.replace(NOT_PLAIN, foldChar);
}
/** Characters that fold to something else: upper-case ASCII, and everything beyond ASCII. */
const NOT_PLAIN = /[A-Z]|[^\0-\x7f]/gu;

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;
const WORD_PARTS = /[\p{L}\p{N}]+/gu;
const NON_HAN_PARTS = /[^\p{Script=Han}]+/gu;
const ARABIC = /[\u0621-\u064a]/;
const TRAILING_MARK = /[\p{M}\u0640]/u;

/** The forms of a folded Arabic word without its clitics (the word first). */
export function arabicForms(word: string): string[] {
  if (!ARABIC.test(word)) return [word];
  const forms = [word];
  const add = (f: string) => {
    if (!forms.includes(f)) forms.push(f);
  };
  if (/^[وف]/.test(word) && word.length - 1 >= 3) add(word.slice(1));
  for (const f of [...forms]) {
    if (f.startsWith('لل') && f.length - 2 >= 2) add(f.slice(2));
    if (/^[بكل]/.test(f) && f.length - 1 >= 3) add(f.slice(1));
  }
  for (const f of [...forms]) if (f.startsWith('ال') && f.length - 2 >= 2) add(f.slice(2));
  return forms;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string | null | undefined): Intl.Segmenter {
  const key = language ?? '';
  let s = segmenters.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(language ?? undefined, { granularity: 'word' });
    } catch {
      s = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(key, s);
  }
  return s;
}

interface Word {
  /** Alternatives: the forms of one word (Arabic), or one Han character or bigram. */
  forms: string[];
  /** Range in the folded text. */
  start: number;
  end: number;
  han: boolean;
}

/** Scripts written without spaces between words, but Han (indexed by bigrams): ICU's dictionaries split them. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function words(folded: string, language: string | null | undefined): Word[] {
  const out: Word[] = [];
  const push = (word: string, start: number) => out.push({ forms: arabicForms(word), start, end: start + word.length, han: false });
  // A word is a run of letters and digits (what ICU's word segmentation gives for the scripts written with spaces,
  // cut where PostgreSQL's parser would cut it anyway). Intl.Segmenter only where it is needed: segmenting costs
  // time in proportion to the whole string at every step in Node 20 (76 kB of treaty text took 7 s).
  for (const part of folded.matchAll(WORD_PARTS)) {
    const pieces = HAN.test(part[0])
      ? [...part[0].matchAll(NON_HAN_PARTS)].map((p) => ({ text: p[0], index: p.index }))
      : [{ text: part[0], index: 0 }];
    for (const piece of pieces) {
      const at = part.index + piece.index;
      if (!UNSPACED.test(piece.text)) {
        push(piece.text, at);
        continue;
      }
      for (const seg of segmenter(language).segment(piece.text)) {
        if (seg.isWordLike) for (const w of seg.segment.matchAll(WORD_PARTS)) push(w[0], at + seg.index + w.index);
      }
    }
  }
  for (const run of folded.matchAll(HAN_RUNS)) {
    const chars = [...run[0]];
    let at = run.index;
    for (let k = 0; k < chars.length; k++) {
      const c = chars[k]!;
      const next = chars[k + 1];
      out.push({ forms: [c], start: at, end: at + c.length, han: true });
      if (next !== undefined) out.push({ forms: [c + next], start: at, end: at + c.length + next.length, han: true });
      at += c.length;
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The folded search terms of a text, in order (each Arabic word with its forms without clitics). */
export function searchTerms(text: string, language?: string | null): string[] {
  const terms: string[] = [];
  for (const w of words(fold(text), language)) {
    for (const f of w.forms) terms.push(f);
    if (terms.length >= MAX_TERMS) break;
  }
  return terms;
}

/**
 * What a query asks for: every group must match, by any of its alternatives. A Chinese run asks for each of its
 * bigrams; an Arabic word for any of its forms.
 */
const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function queryGroups(query: string, language?: string | null): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  const push = (g: string[]) => {
    const key = g.join('|');
    if (seen.has(key)) return;
    seen.add(key);
    groups.push(g);
  };
  const folded = fold(query);
  const all = words(folded, language);
  for (const w of all.filter((x) => !x.han)) push(w.forms);
  // A Han run of the query is cut into words (ICU's dictionary: the query is short, so this is cheap), and each word
  // asks for its own bigrams (a one-character word for the character): "冻结资金" finds a text that writes 冻结 and 资金
  // apart, which the run's bigram across the two words ("结资") would miss.
  for (const run of folded.matchAll(HAN_RUNS)) {
    for (const { segment } of zhSegmenter.segment(run[0])) {
      const chars = [...segment];
      if (chars.length === 1) push([chars[0]!]);
      for (let k = 0; k + 1 < chars.length; k++) push([chars[k]! + chars[k + 1]!]);
    }
  }
  return groups;
}

/** A to_tsquery expression of the groups ('' when the query has no terms). Terms are letters and digits only. */
export function toTsQuery(groups: readonly string[][]): string {
  const quote = (t: string) => `'${t.replace(/'/g, "''")}'`;
  return groups.map((g) => (g.length === 1 ? quote(g[0]!) : `(${g.map(quote).join(' | ')})`)).join(' & ');
}

/** A to_tsquery expression asking for all the groups but any one of them ('' when there are none). */
export function allButOne(groups: readonly string[][]): string {
  if (groups.length < 2) return toTsQuery(groups);
  return groups.map((_, skip) => `(${toTsQuery(groups.filter((__, i) => i !== skip))})`).join(' | ');
}

interface Match extends MatchRange {
  group: number;
}

/** Ranges of the original text that match the query, in order, merged where they overlap. */
function findMatches(text: string, groups: readonly string[][], language: string | null | undefined): Match[] {
  if (groups.length === 0) return [];
  const wanted = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((t) => wanted.set(t, i)));
  const folded = foldWithMap(text);
  const found: Match[] = [];
  for (const w of words(folded.text, language)) {
    // A Han unigram matters only when the query asks for the single character.
    const hit = w.forms.find((f) => wanted.has(f));
    if (hit === undefined) continue;
    const start = folded.start(w.start);
    let end = folded.end(w.end - 1);
    // The word's last marks (a final fatha, a tatweel) fold to nothing: they belong to it.
    while (end < text.length && TRAILING_MARK.test(text[end]!)) end++;
    found.push({ start, end, group: wanted.get(hit)! });
  }
  const merged: Match[] = [];
  for (const m of found.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged;
}

/** The ranges of `text` that match `query` (for a title, highlighted whole). */
export function matchRanges(text: string, query: string, language?: string | null): MatchRange[] {
  return findMatches(text, queryGroups(query, language), language).map(({ start, end }) => ({ start, end }));
}

/** Moves a snippet's edge to the nearest space (within 20 characters, outwards), so no word is cut in two. */
function snap(text: string, at: number, direction: -1 | 1): number {
  for (let k = 0; k <= 20; k++) {
    const i = at + k * direction;
    if (i <= 0) return 0;
    if (i >= text.length) return text.length;
    if (/\s/.test(text[i]!)) return direction < 0 ? i + 1 : i;
  }
  return at;
}

/** Moves an offset off the second half of a surrogate pair. */
function safe(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

/**
 * Up to `count` snippets of `text` around its best matches for `query` (the windows holding the most distinct query
 * terms), in the order of the text, each with its match ranges. Without a match: the text's beginning.
 */
export function highlight(
  text: string,
  query: string,
  language?: string | null,
  options: { count?: number; radius?: number } = {},
): Snippet[] {
  const count = options.count ?? 3;
  const radius = options.radius ?? 80;
  const matches = findMatches(text, queryGroups(query, language), language);
  if (matches.length === 0) {
    if (text.length === 0) return [];
    const end = text.length > radius * 2 ? safe(text, radius * 2) : text.length;
    return [{ text: text.slice(0, end), start: 0, matches: [], leading: false, trailing: end < text.length }];
  }
  const windows: { start: number; end: number }[] = [];
  let left = matches;
  while (windows.length < count && left.length > 0) {
    let best: { start: number; end: number; score: number } | null = null;
    for (const m of left) {
      const start = Math.max(0, m.start - radius);
      const end = Math.min(text.length, m.start + radius);
      const inside = left.filter((x) => x.start >= start && x.end <= end);
      const score = new Set(inside.map((x) => x.group)).size * 100 + inside.length;
      if (!best || score > best.score) best = { start, end: Math.max(end, m.end), score };
    }
    windows.push({ start: best!.start, end: best!.end });
    left = left.filter((x) => x.end <= best!.start || x.start >= best!.end);
  }
  windows.sort((a, b) => a.start - b.start);
  // Overlapping windows become one.
  const joined: { start: number; end: number }[] = [];
  for (const w of windows) {
    const last = joined[joined.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else joined.push({ ...w });
  }
  return joined.map((w) => {
    const start = safe(text, snap(text, w.start, -1));
    const end = w.end < text.length ? safe(text, snap(text, w.end, 1)) : text.length;
    return {
      text: text.slice(start, end),
      start,
      matches: matches
        .filter((m) => m.start >= start && m.end <= end)
        .map((m) => ({ start: m.start - start, end: m.end - start })),
      leading: start > 0,
      trailing: end < text.length,
    };
  });
}

const names = new Map<string, { groups: string[][]; terms: Set<string> }>();
function analysedName(name: string): { groups: string[][]; terms: Set<string> } {
  let a = names.get(name);
  if (!a) {
    a = { groups: queryGroups(name), terms: new Set(searchTerms(name)) };
    if (names.size < 10_000) names.set(name, a);
  }
  return a;
}

/**
 * The candidates (instruments) the query names: those one of whose names the query holds whole ("Terrorist
 * Financing Convention", "制止核恐怖主义行为国际公约"), or, for a query of at least two terms, the one candidate
 * whose names alone hold all of the query's terms. Used to find entries tagged with an instrument in any language.
 */
export function namedIn(query: string, candidates: readonly { id: string; names: readonly string[] }[], language?: string | null): string[] {
  const groups = queryGroups(query, language);
  if (groups.length === 0) return [];
  const asked = new Set(groups.flat());
  const whole: string[] = [];
  const holding: string[] = [];
  for (const c of candidates) {
    let named = false;
    let holds = false;
    for (const name of c.names) {
      const { groups: nameGroups, terms } = analysedName(name);
      if (nameGroups.length === 0) continue;
      if (nameGroups.every((g) => g.some((t) => asked.has(t)))) named = true;
      if (groups.length >= 2 && groups.every((g) => g.some((t) => terms.has(t)))) holds = true;
    }
    if (named) whole.push(c.id);
    else if (holds) holding.push(c.id);
  }
  return holding.length === 1 ? [...whole, ...holding] : whole;
}
