// The parser on hostile input (security review of issue 14): texts of 200,000 characters built to make a regex
// backtrack (long runs of spaces and tabs, of digits and slashes, of commas, of short lines ending in footnote
// markers, of dates and "adopted by") are read or refused in well under a second each. The bound asserted is 2 s
// so the test is not flaky on a loaded machine; each case takes some 5–150 ms here (it took up to 114 s before).
import { describe, expect, it } from 'vitest';
import { parseResolution, ResolutionParseError } from './resolution-parser.ts';

const N = 200_000;
const HEAD = 'A/RES/51/210\n\n51/210. Measures to eliminate international terrorism\n\nThe General Assembly,\n\nRecalling its resolution 49/60,\n';
const OP = '\n1. Requests the Secretary-General to report to the General Assembly at its fifty-second session ';
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

const CASES: Record<string, string> = {
  'spaces and tabs in a paragraph': HEAD + OP + fill(' \t') + 'x.',
  'spaces and tabs in the preamble': HEAD + 'Noting' + fill(' \t') + 'x,\n' + OP + '.',
  'unicode spaces after a number': HEAD + OP + '1' + fill('\u2000') + 'x.',
  'digits and slashes': HEAD + OP + fill('1/') + 'x.',
  'digits and slashes in the preamble': HEAD + 'Noting ' + fill('1/') + ',\n' + OP + '.',
  'commas before the end': HEAD + OP + fill(',') + 'x.',
  'commas in the preamble': HEAD + fill(', ') + '\n' + OP + '.',
  'short lines with footnote markers': HEAD + fill('x 1/\n') + OP + '.',
  'preambular paragraphs': HEAD + fill('Noting x,\n') + OP + '.',
  'dates and "adopted by" in the colophon': HEAD + OP + 'y.\n' + fill('adopted by 1 January 2000 '),
  'resolutions cited': HEAD + OP + fill('resolution 49/60 ') + '.',
  'symbols cited': HEAD + OP + fill('A/52/855 ') + '.',
  'footnotes': HEAD + OP + 'x.\n' + fill('1/ A/52/855\n'),
};

const timed = (f: () => unknown) => {
  const start = performance.now();
  try {
    f();
  } catch (err) {
    if (!(err instanceof ResolutionParseError)) throw err;
  }
  return performance.now() - start;
};

describe('parseResolution on hostile input', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`reads ${name} (${text.length} characters) in well under a second`, () => {
      expect(text.length).toBeGreaterThanOrEqual(N);
      expect(timed(() => parseResolution(text, 'en'))).toBeLessThan(2000);
    });
  }

  it('reads a Chinese text of commas in well under a second', () => {
    const text = HEAD.replace('The General Assembly,', '大会，') + fill('，') + OP;
    expect(timed(() => parseResolution(text, 'zh'))).toBeLessThan(2000);
  });
});
