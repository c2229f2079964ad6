// Accord's own normalised layout, for lists transcribed from publishers without a parser of their own (IAEA, ICAO
// PDFs, national treaty databases). Columns (CSV header, or keys of each object in a JSON array):
//   state_as_written, signature_date, consent_date, consent_type, source, as_of, effective_date, source_code, notes
// Dates are ISO. `source`/`as_of` describe the document per row; the importer takes them from its own input.
import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../dates.ts';
import type { EventKind } from '../types.ts';
import { problem, type ParsedFact, type ParseResult, type Problem } from './common.ts';

export const ACCORD_COLUMNS = [
  'state_as_written',
  'signature_date',
  'consent_date',
  'consent_type',
  'source',
  'as_of',
  'effective_date',
  'source_code',
  'notes',
] as const;
const REQUIRED = ['state_as_written', 'signature_date', 'consent_date', 'consent_type'] as const;

type Row = Partial<Record<(typeof ACCORD_COLUMNS)[number], string>>;

/** consent_type → kind. `note` keeps a distinction the kinds do not make. */
const CONSENT_TYPES: Record<string, { kind: EventKind; note: string | null }> = {
  ratification: { kind: 'ratification', note: null },
  accession: { kind: 'accession', note: null },
  succession: { kind: 'succession', note: null },
  acceptance: { kind: 'acceptance', note: null },
  approval: { kind: 'approval', note: null },
  consent: { kind: 'consent', note: null },
  // IAEA's word for an international organisation's consent (EURATOM): a consent of no State kind.
  'formal confirmation': { kind: 'consent', note: 'formal confirmation' },
};

function readRow(row: Row, line: number | undefined, rows: ParsedFact[], problems: Problem[]): void {
  const at = (value: string) => ({ line, value });
  const where = line === undefined ? '' : `Line ${line}: `;
  const name = (row.state_as_written ?? '').trim();
  if (!name) {
    problems.push(problem('row.name_missing', `${where}no state_as_written`, at(JSON.stringify(row).slice(0, 80))));
    return;
  }
  const dates: Record<'signature_date' | 'consent_date' | 'effective_date', string | null> = {
    signature_date: null,
    consent_date: null,
    effective_date: null,
  };
  for (const column of ['signature_date', 'consent_date', 'effective_date'] as const) {
    const value = (row[column] ?? '').trim();
    if (!value) continue;
    if (!isIsoDate(value)) {
      problems.push(problem('row.date_invalid', `${where}${column} "${value}" for ${name} is not a YYYY-MM-DD date`, at(value)));
      return;
    }
    dates[column] = value;
  }
  const type = (row.consent_type ?? '').trim().toLowerCase();
  const consent = type ? CONSENT_TYPES[type] : dates.consent_date ? CONSENT_TYPES.consent : undefined;
  if (type && !consent) {
    problems.push(problem('row.consent_type_unknown', `${where}consent_type "${row.consent_type}" for ${name} is not known`, at(type)));
    return;
  }
  if (consent && !dates.consent_date) {
    problems.push(problem('row.consent_date_missing', `${where}consent_type "${type}" for ${name} has no consent_date`, at(type)));
    return;
  }
  if (!dates.signature_date && !dates.consent_date) {
    problems.push(problem('row.no_dates', `${where}${name} has neither signature_date nor consent_date`, at(name), 'warning'));
    return;
  }
  const printed = row.source_code?.trim() ? `printed as "${row.source_code.trim()}"` : null;
  const base = [row.notes?.trim() || null, printed];
  if (dates.signature_date) {
    rows.push({ nameAsWritten: name, kind: 'signature', date: dates.signature_date, note: base[0] ?? null, line });
  }
  if (consent && dates.consent_date) {
    const note = [consent.note, ...base].filter(Boolean).join('; ') || null;
    rows.push({ nameAsWritten: name, kind: consent.kind, date: dates.consent_date, effectiveDate: dates.effective_date, note, line });
  }
}

function missingColumns(columns: string[]): string[] {
  return REQUIRED.filter((c) => !columns.includes(c));
}

export function parseAccordCsv(content: string): ParseResult {
  const problems: Problem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse's types ignore `info: true`, which wraps each record with its line.
    records = parse(content, { info: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as { message: string; lines?: number };
    return { rows: [], problems: [problem('file.csv_malformed', `Malformed CSV: ${e.message}`, { line: e.lines })] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], problems };
  const columns = head.record.map((c) => c.trim().toLowerCase());
  const missing = missingColumns(columns);
  if (missing.length) {
    const value = head.record.join(',');
    problems.push(
      problem('file.header_invalid', `Line 1: header lacks the Accord column(s) ${missing.join(', ')}`, { line: 1, value }),
    );
    return { rows: [], problems };
  }
  const rows: ParsedFact[] = [];
  for (const { record, info } of body) {
    if (record.length !== columns.length) {
      problems.push(
        problem('row.columns', `Line ${info.lines}: expected ${columns.length} columns, found ${record.length}`, {
          line: info.lines,
          value: record.join(',').slice(0, 80),
        }),
      );
      continue;
    }
    const row: Row = Object.fromEntries(columns.map((c, i) => [c, record[i]]));
    readRow(row, info.lines, rows, problems);
  }
  return { rows, problems };
}

export function parseAccordJson(content: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    return { rows: [], problems: [problem('file.json_malformed', `Malformed JSON: ${(err as Error).message}`)] };
  }
  if (!Array.isArray(data)) {
    return { rows: [], problems: [problem('file.header_invalid', 'Not an Accord status list: expected a JSON array of rows')] };
  }
  const rows: ParsedFact[] = [];
  const problems: Problem[] = [];
  data.forEach((item: unknown, index) => {
    const where = `Item ${index}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(problem('row.shape', `${where}: not an object`, { value: JSON.stringify(item)?.slice(0, 80) }));
      return;
    }
    const missing = missingColumns(Object.keys(item));
    if (missing.length) {
      problems.push(problem('row.shape', `${where}: lacks ${missing.join(', ')}`, { value: JSON.stringify(item).slice(0, 80) }));
      return;
    }
    // null and numbers are read as text so a bad value is reported as such, not silently dropped.
    const row: Row = Object.fromEntries(
      Object.entries(item).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]),
    );
    const before = problems.length;
    readRow(row, undefined, rows, problems);
    for (const p of problems.slice(before)) p.message = `${where}: ${p.message}`;
  });
  return { rows, problems };
}
