// Text read from a PDF holds what was drawn, not always what was written: Arabic printed by many tools (Chromium
// among them) comes back as presentation forms (ﺔﻨﺴﻟ) in visual order, right to left. This restores the logical
// order of such lines and folds the forms to letters (NFKC), so that search and reading see "لسنة"; and CJK radicals
// back to the characters written. Pure.

/** Arabic presentation forms A and B: their presence marks a line drawn in visual order. */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Runs that stay left to right inside a right-to-left line: digits, Latin words, their inner punctuation. */
const LTR_RUN = /[0-9A-Za-z][0-9A-Za-z.,:/-]*[0-9A-Za-z]|[0-9A-Za-z]/g;
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

/**
 * Chinese read from a PDF may come back as Kangxi radicals (⼒ U+2F12 for 力) or radicals-supplement forms (⺠ for 民)
 * where the font maps those glyphs: NFKC folds the first; the common second ones are mapped here.
 */
const RADICALS_SUPPLEMENT: Record<string, string> = {
  '\u2EA0': '民', '\u2EA7': '牛', '\u2EA9': '王', '\u2EB6': '羊', '\u2EBC': '月', '\u2EC4': '西', '\u2EC5': '见',
  '\u2EC6': '角', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED3': '长', '\u2ED4': '门', '\u2ED8': '青', '\u2EDA': '页',
  '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE5': '鱼', '\u2EE8': '麦',
  '\u2EE9': '黄', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙', '\u2EF2': '龟',
};

export function foldCjkRadicals(text: string): string {
  if (!/[\u2E80-\u2FDF]/.test(text)) return text;
  return text.replace(/[\u2E80-\u2FDF]/g, (c) => RADICALS_SUPPLEMENT[c] ?? c.normalize('NFKC'));
}
