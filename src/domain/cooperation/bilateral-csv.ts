// The CSV layout for importing bilateral treaties (issue 11 §1), one treaty a row:
//   kind, state_a, state_b, title, signed_on, in_force_from, terminated_on, source, source_url, notes
// States are ISO3 codes or names the alias table knows (the resolver is the caller's: the treaty imports' name
// resolution). Every row's problems are reported by line and column; a row with a problem is not among the rows.
// Pure.
import { parse } from 'csv-parse/sync';
import { checkBilateralTreaty, normalisePair, type BilateralTreatyFields } from './bilateral-treaties.ts';
import type { BilateralTreatyKind } from './types.ts';

export const BILATERAL_CSV_COLUMNS = [
  'kind',
  'state_a',
  'state_b',
  'title',
  'signed_on',
  'in_force_from',
  'terminated_on',
  'source',
  'source_url',
  'notes',
] as const;
export type BilateralCsvColumn = (typeof BILATERAL_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly BilateralCsvColumn[] = ['kind', 'state_a', 'state_b', 'title', 'source'];

/** One transaction writes every row: a bound on its size. */
export const MAX_IMPORT_ROWS = 5000;

const COLUMN_OF: Record<keyof BilateralTreatyFields, BilateralCsvColumn> = {
  kind: 'kind',
  stateA: 'state_a',
  stateB: 'state_b',
  title: 'title',
  signedOn: 'signed_on',
  inForceFrom: 'in_force_from',
  terminatedOn: 'terminated_on',
  source: 'source',
  sourceUrl: 'source_url',
  notes: 'notes',
};

export interface CsvIssue {
  /** The line in the file (1 is the header). */
  line: number;
  /** The column at fault; null for the whole row or file. */
  column: BilateralCsvColumn | null;
  code: string;
  message: string;
}

export interface BilateralCsvRow {
  line: number;
  fields: BilateralTreatyFields;
  /** The States as the file wrote them, in the pair's order after normalisation. */
  statesAsWritten: [string, string];
}

export interface BilateralCsvResult {
  rows: BilateralCsvRow[];
  issues: CsvIssue[];
  /** Data rows read (with or without problems). */
  rowCount: number;
}

/** A State as written (code or name) → its participant code, or null when nobody knows it. */
export type StateResolver = (asWritten: string) => string | null;

export function parseBilateralCsv(content: string, resolveState: StateResolver): BilateralCsvResult {
  const issues: CsvIssue[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, { info: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as { message: string; lines?: number };
    return { rows: [], rowCount: 0, issues: [{ line: e.lines ?? 1, column: null, code: 'csv_malformed', message: `not a readable CSV file: ${e.message}` }] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], rowCount: 0, issues: [{ line: 1, column: null, code: 'empty', message: 'the file has no header' }] };
  const columns = head.record.map((c) => c.trim().toLowerCase());
  const known = BILATERAL_CSV_COLUMNS as readonly string[];
  for (const c of columns.filter((c) => !known.includes(c))) {
    issues.push({ line: 1, column: null, code: 'unknown_column', message: `unknown column "${c}" (expected ${BILATERAL_CSV_COLUMNS.join(', ')})` });
  }
  for (const c of REQUIRED_COLUMNS.filter((c) => !columns.includes(c))) {
    issues.push({ line: 1, column: c, code: 'column_missing', message: `the header lacks the column ${c}` });
  }
  if (new Set(columns).size !== columns.length) issues.push({ line: 1, column: null, code: 'duplicate_column', message: 'a column is named twice' });
  if (issues.length > 0) return { rows: [], rowCount: body.length, issues };
  if (body.length > MAX_IMPORT_ROWS) {
    return { rows: [], rowCount: body.length, issues: [{ line: 1, column: null, code: 'too_many_rows', message: `at most ${MAX_IMPORT_ROWS} rows a file` }] };
  }

  const rows: BilateralCsvRow[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== columns.length) {
      issues.push({ line, column: null, code: 'column_count', message: `expected ${columns.length} columns, found ${record.length}` });
      continue;
    }
    const cell = (c: BilateralCsvColumn) => {
      const i = columns.indexOf(c);
      return i < 0 ? '' : record[i]!.trim();
    };
    const rowIssues: CsvIssue[] = [];
    const state = (c: 'state_a' | 'state_b') => {
      const written = cell(c);
      if (written === '') {
        rowIssues.push({ line, column: c, code: 'required', message: 'name the State (ISO3 code or name)' });
        return null;
      }
      const code = resolveState(written);
      if (code === null) rowIssues.push({ line, column: c, code: 'unknown_state', message: `no known State "${written}"` });
      return code;
    };
    const a = state('state_a');
    const b = state('state_b');
    const optional = (c: BilateralCsvColumn) => cell(c) || null;
    const [stateA, stateB] = a && b ? normalisePair(a, b) : [a ?? 'XXX', b ?? 'XXX'];
    const fields: BilateralTreatyFields = {
      kind: cell('kind').toLowerCase() as BilateralTreatyKind,
      title: cell('title'),
      stateA,
      stateB,
      signedOn: optional('signed_on'),
      inForceFrom: optional('in_force_from'),
      terminatedOn: optional('terminated_on'),
      source: cell('source'),
      sourceUrl: optional('source_url'),
      notes: cell('notes'),
    };
    for (const issue of checkBilateralTreaty(fields, (f) => [COLUMN_OF[f]])) {
      const column = issue.path[0] as BilateralCsvColumn;
      // Unresolved States are reported once, as unknown; the placeholder's complaints are not the file's.
      if ((column === 'state_a' && !a) || (column === 'state_b' && (!a || !b))) continue;
      // The pair is reordered: a "same State" problem is the row's, whichever column it landed on.
      rowIssues.push({ line, column, code: issue.code ?? 'invalid', message: issue.message });
    }
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    const writtenA = cell('state_a');
    const writtenB = cell('state_b');
    rows.push({ line, fields, statesAsWritten: a === stateA ? [writtenA, writtenB] : [writtenB, writtenA] });
  }
  return { rows, issues, rowCount: body.length };
}
