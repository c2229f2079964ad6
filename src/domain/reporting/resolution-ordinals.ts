// Session numbers as resolutions write them, in the six languages: "fifty-second session", "第五十三届会议",
// "soixante-douzième session", "septuagésimo segundo período de sesiones", "семьдесят второй сессии",
// "دورتها الثانية والسبعين", or in figures ("69th session", "第72届会议"). Pure. Sessions run from 1 to 99 here.
import type { Language } from '#domain/treaties/types.ts';

const EN_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const EN_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_TENS_ORD = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

function english(n: number): string {
  if (n < 10) return EN_UNITS[n]!;
  if (n < 20) return EN_TEENS[n - 10]!;
  const tens = Math.floor(n / 10);
  return n % 10 === 0 ? EN_TENS_ORD[tens]! : `${EN_TENS[tens]}-${EN_UNITS[n % 10]}`;
}

const FR_UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const FR_TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

function frenchCardinal(n: number): string {
  if (n < 10) return FR_UNITS[n]!;
  if (n < 20) return FR_TEENS[n - 10]!;
  if (n < 70) {
    const tens = FR_TENS[Math.floor(n / 10)]!;
    const u = n % 10;
    return u === 0 ? tens : u === 1 ? `${tens} et un` : `${tens}-${FR_UNITS[u]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${FR_TEENS[n - 70]}`;
  if (n === 80) return 'quatre-vingts';
  if (n < 90) return `quatre-vingt-${FR_UNITS[n - 80]}`;
  return `quatre-vingt-${FR_TEENS[n - 90]}`;
}

function french(n: number): string {
  if (n === 1) return 'premier';
  const cardinal = frenchCardinal(n);
  const cut = Math.max(cardinal.lastIndexOf(' '), cardinal.lastIndexOf('-')) + 1;
  const head = cardinal.slice(0, cut);
  const last = cardinal.slice(cut);
  const ord =
    last === 'cinq' ? 'cinquième' : last === 'neuf' ? 'neuvième' : last === 'vingts' ? 'vingtième' : last.endsWith('e') ? `${last.slice(0, -1)}ième` : `${last}ième`;
  return head + ord;
}

const ES_UNITS = [[''], ['primero', 'primer'], ['segundo'], ['tercero', 'tercer'], ['cuarto'], ['quinto'], ['sexto'], ['séptimo'], ['octavo'], ['noveno']];
const ES_TEENS = [
  ['décimo'],
  ['undécimo', 'decimoprimero', 'decimoprimer'],
  ['duodécimo', 'decimosegundo'],
  ['decimotercero', 'decimotercer'],
  ['decimocuarto'],
  ['decimoquinto'],
  ['decimosexto'],
  ['decimoséptimo'],
  ['decimoctavo'],
  ['decimonoveno', 'decimonono'],
];
const ES_TENS = ['', '', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo', 'octogésimo', 'nonagésimo'];

function spanish(n: number): string[] {
  if (n < 10) return ES_UNITS[n]!;
  if (n < 20) return ES_TEENS[n - 10]!;
  const tens = ES_TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? [tens] : ES_UNITS[n % 10]!.map((u) => `${tens} ${u}`);
}

/** Each language's written ordinals, n → forms (lower case, hyphens as spaces), longest first when matched. */
function table(forms: (n: number) => string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let n = 1; n < 100; n++) for (const f of forms(n)) map.set(f.replace(/-/g, ' '), n);
  return map;
}
const TABLES: Partial<Record<Language, Map<string, number>>> = {
  en: table((n) => [english(n)]),
  fr: table((n) => [french(n), ...(n === 2 ? ['second', 'seconde'] : [])]),
  es: table(spanish),
};

// Russian: the ordinal's stem, whatever its case ending (второй, вторая, второй сессии).
const RU_UNITS: [string, number][] = [
  ['перв', 1], ['втор', 2], ['треть', 3], ['четверт', 4], ['четвёрт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9],
  ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16],
  ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30], ['сороков', 40], ['пятидесят', 50],
  ['шестидесят', 60], ['семидесят', 70], ['восьмидесят', 80], ['девяност', 90],
];
RU_UNITS.sort((a, b) => b[0].length - a[0].length);
const RU_TENS: Record<string, number> = {
  двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60, семьдесят: 70, восемьдесят: 80, девяносто: 90,
};

function russianOrdinal(word: string): number | null {
  for (const [stem, n] of RU_UNITS) if (word.startsWith(stem) && word.length - stem.length <= 3) return n;
  return null;
}

// Arabic: feminine ordinals (الدورة), units before tens joined by و: "الثانية والسبعين".
const AR_UNITS: Record<string, number> = {
  الأولى: 1, الحادية: 1, الثانية: 2, الثالثة: 3, الرابعة: 4, الخامسة: 5, السادسة: 6, السابعة: 7, الثامنة: 8, التاسعة: 9, العاشرة: 10,
};
const AR_TENS: Record<string, number> = {
  العشرين: 20, الثلاثين: 30, الأربعين: 40, الخمسين: 50, الستين: 60, السبعين: 70, الثمانين: 80, التسعين: 90,
  العشرون: 20, الثلاثون: 30, الأربعون: 40, الخمسون: 50, الستون: 60, السبعون: 70, الثمانون: 80, التسعون: 90,
};

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 五十三 → 53, 十一 → 11, 七十 → 70; null when not a Chinese numeral below 100. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in ZH_DIGITS ? ZH_DIGITS[s]! : null;
  const before = s.slice(0, ten);
  const after = s.slice(ten + 1);
  const tens = before === '' ? 1 : before.length === 1 ? ZH_DIGITS[before] : undefined;
  const units = after === '' ? 0 : after.length === 1 ? ZH_DIGITS[after] : undefined;
  return tens === undefined || units === undefined ? null : tens * 10 + units;
}

const words = (s: string) => s.toLowerCase().replace(/[-‐‑]\s*/g, ' ').split(/\s+/).filter(Boolean);

/** The longest run of words ending at `end` (exclusive) that the table knows. */
function lastOrdinal(ws: string[], map: Map<string, number>): number | null {
  for (let len = Math.min(5, ws.length); len >= 1; len--) {
    const n = map.get(ws.slice(ws.length - len).join(' '));
    if (n !== undefined) return n;
  }
  return null;
}

/**
 * The session a text names ("at its fifty-second session"), in the language given: the first one found, or null.
 * Figures are read in every language ("69th session", "第72届会议", "72e session").
 */
export function sessionNumber(text: string, language: Language): number | null {
  const figures = /(\d{1,3})\s*(?:st|nd|rd|th|e|ème|º|°|-?я|-?й)?\s+(?:session|período de sesiones|сесси)|第\s*(\d{1,3})\s*届会议|الدورة\s+(\d{1,3})/i.exec(text);
  if (figures) return Number(figures[1] ?? figures[2] ?? figures[3]);
  switch (language) {
    case 'zh': {
      const m = /第([〇零一二两三四五六七八九十]+)届(?:常会|会议|特别会议)?/.exec(text);
      return m ? chineseNumber(m[1]!) : null;
    }
    case 'en':
    case 'fr': {
      const re = /([a-zà-ÿ][a-zà-ÿ\- ]{2,60}?)\s+session\b/gi;
      for (const m of text.matchAll(re)) {
        const n = lastOrdinal(words(m[1]!), TABLES[language]!);
        if (n !== null) return n;
      }
      return null;
    }
    case 'es': {
      for (const m of text.matchAll(/([a-zà-ÿ][a-zà-ÿ ]{2,60}?)\s+período de sesiones/gi)) {
        const n = lastOrdinal(words(m[1]!), TABLES.es!);
        if (n !== null) return n;
      }
      return null;
    }
    case 'ru': {
      for (const m of text.matchAll(/([а-яё ]{3,60}?)\s+сесси/gi)) {
        const ws = words(m[1]!);
        const unit = russianOrdinal(ws.at(-1) ?? '');
        if (unit === null) continue;
        const tens = unit < 10 ? (RU_TENS[ws.at(-2) ?? ''] ?? 0) : 0;
        return tens + unit;
      }
      return null;
    }
    case 'ar': {
      for (const m of text.matchAll(/(?:الدورة|دورتها|دورته|دورتيها)\s+((?:\S+\s*){1,3})/g)) {
        const ws = m[1]!.trim().split(/\s+/);
        const first = ws[0] ?? '';
        if (first in AR_TENS) return AR_TENS[first]!;
        const unit = AR_UNITS[first];
        if (unit === undefined) continue;
        const next = ws[1] ?? '';
        if (next === 'عشرة' || next === 'عشر') return 10 + unit;
        const tens = next.startsWith('و') ? AR_TENS[next.slice(1)] : undefined;
        return (tens ?? 0) + unit;
      }
      return null;
    }
  }
}
