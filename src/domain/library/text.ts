// Text for search in six languages (issue 13 §3): segmentation (Intl.Segmenter: Chinese has no spaces) and folding
// (case, diacritics, Arabic letter forms and tashkil), the same for what is indexed and what is asked. Pure.
// SKELETON: issue 13's search work replaces this with the real rules and their tests.

/** The folded search terms of a text, in order. */
export function searchTerms(text: string, language?: string | null): string[] {
  const segmenter = new Intl.Segmenter(language ?? undefined, { granularity: 'word' });
  return [...segmenter.segment(text.normalize('NFKC').toLowerCase())]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
}
