// Text read from a PDF holds what was drawn, not always what was written: Arabic printed by many tools (Chromium
// among them) comes back as presentation forms (ﺔﻨﺴﻟ) in visual order, right to left. This restores the logical
// order of such lines and folds the forms to letters (NFKC), so that search and reading see "لسنة". Pure.

/** Arabic presentation forms A and B: their presence marks a line drawn in visual order. */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Runs that stay left to right inside a right-to-left line: digits, Latin words, their inner punctuation. */
const LTR_RUN = /[0-9A-Za-z][0-9A-Za-z.,:/\-]*[0-9A-Za-z]|[0-9A-Za-z]/g;
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };

export function logicalOrder(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!PRESENTATION_FORMS.test(line)) return line;
      const reversed = [...line].reverse().map((c) => MIRRORED[c] ?? c).join('');
      return reversed.replace(LTR_RUN, (run) => [...run].reverse().join('')).normalize('NFKC');
    })
    .join('\n');
}
