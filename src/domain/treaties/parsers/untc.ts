// UN Treaty Collection status list as CSV: `Participant, Signature, <consent column>`, one row per participant.
// A date cell is `D Mon YYYY` plus an optional suffix whose meaning the column header spells out, e.g.
// "Approval(AA), Acceptance(A), Accession(a), Succession(d), Ratification": the unmarked kind is the one listed
// without a suffix. The order of that legend varies between scrapes, so it is read from the header, never assumed.
import { parse } from 'csv-parse/sync';
import { parseDayMonthYear } from '../dates.ts';
import type { EventKind } from '../types.ts';
import { problem, type ParsedFact, type ParseResult, type Problem } from './common.ts';

interface LegendEntry {
  kind: EventKind;
  note: string | null;
}
/** Suffix ('' = none) → meaning. */
type Legend = Map<string, LegendEntry>;

const LABELS: Record<string, LegendEntry> = {
  signature: { kind: 'signature', note: null },
  'succession to signature': { kind: 'signature', note: 'succession to signature' },
  ratification: { kind: 'ratification', note: null },
  accession: { kind: 'accession', note: null },
  succession: { kind: 'succession', note: null },
  acceptance: { kind: 'acceptance', note: null },
  approval: { kind: 'approval', note: null },
  // A signature that binds without ratification: a consent whose kind has no EventKind of its own.
  'definitive signature': { kind: 'consent', note: 'definitive signature' },
  'formal confirmation': { kind: 'consent', note: 'formal confirmation' },
};

/** Reads "Approval(AA), Acceptance(A), …, Ratification" into a legend; null when a label is not a known kind. */
export function parseLegend(header: string): Legend | null {
  const legend: Legend = new Map();
  for (const item of header.split(',')) {
    const m = /^\s*([A-Za-z ]+?)\s*(?:\(\s*([A-Za-z]{1,3})\s*\))?\s*$/.exec(item);
    if (!m) return null;
    const entry = LABELS[m[1]!.toLowerCase()];
    if (!entry) return null;
    legend.set(m[2] ?? '', entry);
  }
  return legend;
}

/**
 * Strips the footnote marks UNTC prints after a name ("Denmark4", "Denmark 4, 5", "Denmark (4)", "Denmark*"):
 * they are not part of the name and would stop it matching the alias table.
 */
export function splitFootnotes(name: string): { name: string; footnotes: string | null } {
  const marks: string[] = [];
  let rest = name.trim();
  for (;;) {
    const m = /(?:\s*\((\d+)\)|\s*([*†‡])|(?<=\D)\s*(\d+(?:\s*,\s*\d+)*))$/.exec(rest);
    if (!m || m.index === 0) break;
    marks.unshift((m[1] ?? m[2] ?? m[3])!.replace(/\s+/g, ''));
    rest = rest.slice(0, m.index).trimEnd();
  }
  return { name: rest, footnotes: marks.length ? marks.join(',') : null };
}

const CELL = /^(\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})\s*([A-Za-z]{1,3})?$/;

function readCell(
  cell: string,
  legend: Legend,
  column: string,
  line: number,
  name: string,
  problems: Problem[],
): { date: string; entry: LegendEntry } | null {
  const m = CELL.exec(cell);
  const date = m ? parseDayMonthYear(m[1]!) : null;
  if (!m || !date) {
    problems.push(problem('row.date_invalid', `Line ${line} (${name}): "${cell}" in column ${column} is not a date`, { line, value: cell }));
    return null;
  }
  const entry = legend.get(m[2] ?? '');
  if (!entry) {
    problems.push(
      problem('row.suffix_unknown', `Line ${line} (${name}): suffix "${m[2]}" in "${cell}" is not in the ${column} header`, {
        line,
        value: cell,
      }),
    );
    return null;
  }
  return { date, entry };
}

export function parseUntc(content: string): ParseResult {
  const problems: Problem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse's types ignore `info: true`, which wraps each record with its line.
    records = parse(content, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as { message: string; lines?: number };
    return { rows: [], problems: [problem('file.csv_malformed', `Malformed CSV: ${e.message}`, { line: e.lines })] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], problems };
  const [c0 = '', c1 = '', c2 = ''] = head.record;
  const signatureLegend = parseLegend(c1);
  const consentLegend = parseLegend(c2);
  if (
    !/^\s*participant\s*$/i.test(c0) ||
    !signatureLegend ||
    [...signatureLegend.values()].some((e) => e.kind !== 'signature') ||
    !consentLegend ||
    [...consentLegend.values()].some((e) => e.kind === 'signature')
  ) {
    const value = head.record.join(',');
    problems.push(
      problem('file.header_invalid', `Line 1: "${value}" is not a UNTC status-list header (Participant, Signature, <consent kinds>)`, {
        line: 1,
        value,
      }),
    );
    return { rows: [], problems };
  }

  const rows: ParsedFact[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== 3) {
      const value = record.join(',');
      problems.push(problem('row.columns', `Line ${line}: expected 3 columns, found ${record.length}`, { line, value }));
      continue;
    }
    const { name, footnotes } = splitFootnotes(record[0]!);
    if (!name) {
      problems.push(problem('row.name_missing', `Line ${line}: no participant name`, { line, value: record.join(',') }));
      continue;
    }
    const marks = footnotes ? `footnotes ${footnotes}` : null;
    const signature = record[1]!.trim();
    const consent = record[2]!.trim();
    if (!signature && !consent) {
      problems.push(problem('row.no_dates', `Line ${line}: "${name}" has neither signature nor consent`, { line, value: name }, 'warning'));
      continue;
    }
    for (const [cell, legend, column] of [
      [signature, signatureLegend, c1],
      [consent, consentLegend, c2],
    ] as const) {
      if (!cell) continue;
      const read = readCell(cell, legend, column, line, name, problems);
      if (!read) continue;
      const note = [read.entry.note, marks].filter(Boolean).join('; ') || null;
      rows.push({ nameAsWritten: name, kind: read.entry.kind, date: read.date, note, line });
    }
  }
  return { rows, problems };
}
