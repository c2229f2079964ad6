// The layout of the project's research file on regional conventions (data/reference/regional/, one file per
// convention, rows as in the research file regional-conventions.csv). Columns:
//   convention_id, convention, state_as_written, signature_date, consent_date, consent_type, source, as_of, notes
// Every row names a State that its sources give as a party (ASEAN: "ratified by all ten ASEAN Member States"; OAS:
// "listed among the 13 Parties"; OAU: reported ratifications). A row with a consent date is a dated act; a row
// without one is a party named without a date, read as an undated consent: the State is listed, since when is not
// known (its status is then unknown, never "not a party"). A signature given to the month only ("2002-06") cannot be
// placed on a day: it is left out with a warning and its month kept in the note.
import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../dates.ts';
import type { EventKind } from '../types.ts';
import { problem, type ParsedFact, type ParseResult, type Problem } from './common.ts';

export const REGIONAL_COLUMNS = [
  'convention_id',
  'convention',
  'state_as_written',
  'signature_date',
  'consent_date',
  'consent_type',
  'source',
  'as_of',
  'notes',
] as const;

const CONSENT_TYPES: Record<string, EventKind> = {
  ratification: 'ratification',
  accession: 'accession',
  acceptance: 'acceptance',
  approval: 'approval',
  succession: 'succession',
};

/** "the Kingdom of Thailand" → "Kingdom of Thailand": the research file writes names as prose does. */
function nameOf(raw: string): string {
  return raw.trim().replace(/^the\s+/i, '');
}

export function parseRegionalCsv(content: string): ParseResult {
  const problems: Problem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, { info: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as { message: string; lines?: number };
    return { rows: [], problems: [problem('file.csv_malformed', `Malformed CSV: ${e.message}`, { line: e.lines })] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], problems };
  const columns = head.record.map((c) => c.trim().toLowerCase());
  const missing = REGIONAL_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) {
    return {
      rows: [],
      problems: [problem('file.header_invalid', `Line 1: header lacks the column(s) ${missing.join(', ')}`, { line: 1, value: head.record.join(',').slice(0, 80) })],
    };
  }
  const rows: ParsedFact[] = [];
  const conventions = new Set<string>();
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== columns.length) {
      problems.push(problem('row.columns', `Line ${line}: expected ${columns.length} columns, found ${record.length}`, { line, value: record.join(',').slice(0, 80) }));
      continue;
    }
    const row = Object.fromEntries(columns.map((c, i) => [c, (record[i] ?? '').trim()])) as Record<(typeof REGIONAL_COLUMNS)[number], string>;
    conventions.add(row.convention_id);
    const name = nameOf(row.state_as_written);
    if (!name) {
      problems.push(problem('row.name_missing', `Line ${line}: no state_as_written`, { line }));
      continue;
    }
    const notes = [row.notes || null];
    let signature: string | null = null;
    if (row.signature_date) {
      if (isIsoDate(row.signature_date)) signature = row.signature_date;
      else if (/^\d{4}-\d{2}$/.test(row.signature_date)) {
        notes.push(`signed in ${row.signature_date} (day not given)`);
        problems.push(
          problem('row.date_partial', `Line ${line}: signature_date "${row.signature_date}" for ${name} gives no day: signature left out`, { line, value: row.signature_date }, 'warning'),
        );
      } else {
        problems.push(problem('row.date_invalid', `Line ${line}: signature_date "${row.signature_date}" for ${name} is not a date`, { line, value: row.signature_date }));
        continue;
      }
    }
    if (row.consent_date && !isIsoDate(row.consent_date)) {
      problems.push(problem('row.date_invalid', `Line ${line}: consent_date "${row.consent_date}" for ${name} is not a YYYY-MM-DD date`, { line, value: row.consent_date }));
      continue;
    }
    const type = row.consent_type.toLowerCase();
    const kind = type ? CONSENT_TYPES[type] : 'consent';
    if (!kind) {
      problems.push(problem('row.consent_type_unknown', `Line ${line}: consent_type "${row.consent_type}" for ${name} is not known`, { line, value: type }));
      continue;
    }
    if (type && !row.consent_date) {
      problems.push(problem('row.consent_date_missing', `Line ${line}: consent_type "${type}" for ${name} has no consent_date`, { line, value: type }));
      continue;
    }
    const note = notes.filter(Boolean).join('; ') || null;
    if (signature) rows.push({ nameAsWritten: name, kind: 'signature', date: signature, note: row.notes || null, line });
    rows.push({
      nameAsWritten: name,
      kind,
      date: row.consent_date || null,
      note: row.consent_date ? note : ['named as a party without a date', note].filter(Boolean).join('; '),
      line,
    });
  }
  if (conventions.size > 1) {
    problems.unshift(problem('file.mixed_conventions', `The file mixes conventions (${[...conventions].join(', ')}): import one convention per file`));
    return { rows: [], problems };
  }
  return { rows, problems };
}
