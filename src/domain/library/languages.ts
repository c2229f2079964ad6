// The languages of library records: BCP 47 primary subtags (ISO 639-1 where one exists), and how franc's ISO 639-3
// answers map to them. A record may be in any language; the UI's six are only the most common. Pure.

/** franc (ISO 639-3) → the record's language code. Languages franc knows that have no entry here are not shown. */
export const ISO_639_3_TO_1: Readonly<Record<string, string>> = {
  arb: 'ar', ara: 'ar', cmn: 'zh', zho: 'zh', eng: 'en', fra: 'fr', rus: 'ru', spa: 'es',
  por: 'pt', deu: 'de', nld: 'nl', ita: 'it', tur: 'tr', pes: 'fa', fas: 'fa', urd: 'ur', hin: 'hi', ben: 'bn',
  ind: 'id', zlm: 'ms', msa: 'ms', swh: 'sw', swa: 'sw', hau: 'ha', amh: 'am', som: 'so', pol: 'pl', ukr: 'uk',
  ron: 'ro', ell: 'el', heb: 'he', jpn: 'ja', kor: 'ko', tha: 'th', vie: 'vi', uzn: 'uz', kaz: 'kk', azj: 'az',
  tgk: 'tg', kir: 'ky', tuk: 'tk', pbu: 'ps', prs: 'fa', tgl: 'tl', ces: 'cs', hun: 'hu', swe: 'sv', dan: 'da',
  nob: 'no', fin: 'fi', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', sqi: 'sq', mkd: 'mk', kat: 'ka', hye: 'hy',
};

/** A language code as records store it: two or three lower-case letters. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** The record language of a franc answer, or null ("und", or a language without a mapping). */
export function languageFromFranc(iso6393: string): string | null {
  return ISO_639_3_TO_1[iso6393] ?? null;
}
