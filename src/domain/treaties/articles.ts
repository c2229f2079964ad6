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

/** The article a citation points at: "11(2)" → "11", "3(1)-(2)" → "3", "2bis" → "2bis", "none" → null. */
export function articleNumberOf(citation: string): string | null {
  const m = /^\s*(\d+\s*(?:bis|ter|quater|quinquies)?)/i.exec(citation);
  return m ? m[1]!.replace(/\s+/g, '').toLowerCase() : null;
}

/** The API path of the cited article's text, or null when Accord does not hold the text or the citation names none. */
export function articlePath(instrumentId: string, citation: string): string | null {
  if (!TREATY_TEXTS_HELD.has(instrumentId)) return null;
  const n = articleNumberOf(citation);
  return n ? `/api/v1/instruments/${instrumentId}/articles/${n}` : null;
}
