// Shared shapes of the status-list parsers. Pure: a parser turns a file's text into facts and problems, no I/O.
import type { EventKind } from '../types.ts';

/** One fact as a publisher printed it, before the participant name is resolved to a code. */
export interface ParsedFact {
  nameAsWritten: string;
  kind: EventKind;
  date: string | null;
  effectiveDate?: string | null;
  text?: string | null;
  /** What the publisher printed beside the fact that has no column of its own (footnote marks, raw codes). */
  note?: string | null;
  /** 1-based line in the file, for problem reports. */
  line?: number;
}

/**
 * Something in the file that could not be read as a fact. `error`: a row (or the file) was skipped; `warning`: the
 * row was read but something beside it was odd. `code` is a stable key for translation.
 */
export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  line?: number;
  value?: string;
}

export interface ParseResult {
  rows: ParsedFact[];
  problems: Problem[];
  /** The list's own date, where the file states it (a Fedlex table's heading). */
  asOf?: string | null;
}

export type StatusListParser = (content: string) => ParseResult;

export function problem(
  code: string,
  message: string,
  at: { line?: number; value?: string } = {},
  severity: Problem['severity'] = 'error',
): Problem {
  return { severity, code, message, ...at };
}

/** 1-based line of any offset in `content`: the line starts are found once, each look-up is a binary search. */
export function lineLocator(content: string): (offset: number) => number {
  const starts = [0];
  for (let i = content.indexOf('\n'); i !== -1; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
