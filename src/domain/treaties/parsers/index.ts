// The status-list formats Accord reads, by name. Adding a publisher's layout = one parser + one line here.
import { parseAccordCsv, parseAccordJson } from './accord.ts';
import { problem, type ParseResult, type StatusListParser } from './common.ts';
import { parseFedlex } from './fedlex.ts';
import { parseIcao } from './icao.ts';
import { parseRegionalCsv } from './regional.ts';
import { parseUnoda } from './unoda.ts';
import { parseUntc } from './untc.ts';

export type { ParsedFact, ParseResult, Problem, StatusListParser } from './common.ts';

export const STATUS_LIST_FORMATS = {
  untc: parseUntc,
  unoda: parseUnoda,
  icao: parseIcao,
  fedlex: parseFedlex,
  'accord-csv': parseAccordCsv,
  'accord-json': parseAccordJson,
  'regional-csv': parseRegionalCsv,
} as const satisfies Record<string, StatusListParser>;

export type StatusListFormat = keyof typeof STATUS_LIST_FORMATS;
export const FORMAT_NAMES = Object.keys(STATUS_LIST_FORMATS) as StatusListFormat[];

/**
 * Whether a file in this format is, unless said otherwise, the publisher's whole list: a UNTC status page and the
 * UNODA database list every participant, and so does a Fedlex scope table; an ICAO text or Accord's own layout may be an excerpt.
 */
export const COMPLETE_BY_DEFAULT: Record<StatusListFormat, boolean> = {
  untc: true,
  unoda: true,
  icao: false,
  fedlex: true,
  'accord-csv': false,
  'accord-json': false,
  // The research file's rows on regional conventions: partial lists gathered from several sources.
  'regional-csv': false,
};

export function isStatusListFormat(format: string): format is StatusListFormat {
  return Object.hasOwn(STATUS_LIST_FORMATS, format);
}

/**
 * Parses a file in a named format. Never throws on bad input: an unknown format, an empty file or a file with no
 * readable row comes back with no rows and a problem saying why (the caller decides that zero rows is a failure).
 */
export function parseStatusList(format: string, content: string): ParseResult {
  if (!isStatusListFormat(format)) {
    return {
      rows: [],
      problems: [problem('format.unknown', `Unknown format "${format}" (known: ${FORMAT_NAMES.join(', ')})`, { value: format })],
    };
  }
  if (!content.trim()) return { rows: [], problems: [problem('file.empty', 'The file is empty')] };
  const result = STATUS_LIST_FORMATS[format](content);
  if (result.rows.length === 0 && !result.problems.some((p) => p.code.startsWith('file.'))) {
    result.problems.push(problem('file.no_rows', `No valid ${format} status row in the file`));
  }
  return result;
}
