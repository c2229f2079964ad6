// ICAO status list, flattened to text as PDF copies store it: after the column headings (ending "Effective date"),
// entries follow one another on one line: `State [footnote refs like (1)(37)] <signature date or -> <deposit date>
// <effective date>`, dates written `D Month YYYY`. ICAO does not say whether a deposit was a ratification, an
// accession or a succession, so the consent kind is `consent` (unknown) and the effective date is kept.
import { parseDayMonthYear } from '../dates.ts';
import { lineLocator, problem, type ParsedFact, type ParseResult, type Problem } from './common.ts';

const DATE = String.raw`\d{1,2}\s+[A-Z][a-z]+\s+\d{4}`;
// A name is words (no digits, not starting with "-", so the "-" of an empty signature column is never part of it)
// and parenthesised qualifiers without digits ("Bolivia (Plurinational State of)"); "(1)" are footnote refs.
const WORD = String.raw`(?:[^\s\d()\-][^\s\d()]*|\([^\d()]+\))`;
const ENTRY = new RegExp(
  String.raw`(\p{Lu}[^\s\d()]*(?:\s+${WORD})*?)((?:\s*\(\d+\))*)\s+(-|${DATE})\s+(${DATE})\s+(${DATE})(?=\s|$)`,
  'gu',
);

function snippet(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

export function parseIcao(content: string): ParseResult {
  const problems: Problem[] = [];
  const heading = [...content.matchAll(/effective\s+date/gi)].pop();
  if (!heading) {
    const value = snippet(content.split('\n', 1)[0] ?? '');
    return {
      rows: [],
      problems: [problem('file.header_invalid', `Not an ICAO status list: no "Effective date" column heading`, { line: 1, value })],
    };
  }
  const start = heading.index + heading[0].length;
  const body = content.slice(start);
  const rows: ParsedFact[] = [];
  const lineAt = lineLocator(content);
  let last = 0;
  const unparsed = (from: number, to: number, code: string, what: string) => {
    const text = body.slice(from, to);
    if (!text.trim()) return;
    const line = lineAt(start + from + (text.length - text.trimStart().length));
    problems.push(problem(code, `Line ${line}: ${what} "${snippet(text)}"`, { line, value: snippet(text) }));
  };
  for (const m of body.matchAll(ENTRY)) {
    unparsed(last, m.index, 'row.unparsed', 'text that is not a status entry:');
    last = m.index + m[0].length;
    const line = lineAt(start + m.index);
    const [, name, refs, signed, deposited, effective] = m as unknown as string[];
    const dates = [signed, deposited, effective].map((d) => (d === '-' ? null : parseDayMonthYear(d!)));
    const bad = [signed, deposited, effective].find((d, i) => d !== '-' && dates[i] === null);
    if (bad) {
      problems.push(problem('row.date_invalid', `Line ${line}: "${bad}" for ${name} is not a date`, { line, value: bad }));
      continue;
    }
    const footnotes = refs!.replace(/\s+/g, '');
    const note = footnotes ? `ICAO footnotes ${footnotes}` : null;
    if (dates[0]) rows.push({ nameAsWritten: name!, kind: 'signature', date: dates[0], note, line });
    rows.push({ nameAsWritten: name!, kind: 'consent', date: dates[1]!, effectiveDate: dates[2]!, note, line });
  }
  // A copy cut off mid-entry ends with a fragment such as "C": report it rather than guess a State.
  unparsed(last, body.length, 'row.truncated', 'incomplete entry at the end of the list:');
  return { rows, problems };
}
