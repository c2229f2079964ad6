// UN Office for Disarmament Affairs treaty database, as scraped to JSON:
// `{ entries: { "<State>": { actions: ["Signature", "Deposit of instruments of ratification"], dates: [ISO…] } } }`.
// Only `actions` and `dates` are read; `signed`/`ratified`/`acceded` repeat them (and file acceptances under
// "ratified"), so they would only add ambiguity.
import { isIsoDate } from '../dates.ts';
import type { EventKind } from '../types.ts';
import { lineLocator, problem, type ParsedFact, type ParseResult, type Problem } from './common.ts';

const DEPOSIT_KINDS: Record<string, EventKind> = {
  ratification: 'ratification',
  accession: 'accession',
  succession: 'succession',
  acceptance: 'acceptance',
  approval: 'approval',
};

/** Maps an action string to a kind; null for one this parser does not know (reported, never guessed). */
export function unodaActionKind(action: string): EventKind | null {
  const a = action.trim().toLowerCase();
  if (a === 'signature') return 'signature';
  if (/^(withdrawal|denunciation)\b/.test(a)) return 'withdrawal';
  const m = /^deposit of (?:the )?instruments? of (\w+)$/.exec(a);
  return m ? (DEPOSIT_KINDS[m[1]!] ?? null) : null;
}

const NAMED: Record<string, string> = { amp: '&', apos: "'", quot: '"', nbsp: ' ', rsquo: '’', lsquo: '‘' };
const MARKS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030A',
  cedil: '\u0327',
};

/** The scraper kept HTML entities ("C&ocirc;te d'Ivoire"); decode the ones names use. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil);/g, (_, l: string, m: string) => l + MARKS[m])
    .replace(/&([a-z]+);/g, (whole, n: string) => NAMED[n] ?? whole)
    .normalize('NFC');
}

interface Entry {
  actions?: unknown;
  dates?: unknown;
}

export function parseUnoda(content: string): ParseResult {
  const problems: Problem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    return { rows: [], problems: [problem('file.json_malformed', `Malformed JSON: ${(err as Error).message}`)] };
  }
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    return {
      rows: [],
      problems: [problem('file.header_invalid', 'Not a UNODA status file: no "entries" object keyed by State name')],
    };
  }
  const rows: ParsedFact[] = [];
  const lineAt = lineLocator(content);
  for (const [rawName, value] of Object.entries(entries as Record<string, Entry>)) {
    const name = decodeEntities(rawName).trim();
    // JSON has no rows: point at the line where the State's key is written.
    const at = content.indexOf(JSON.stringify(rawName));
    const line = at >= 0 ? lineAt(at) : undefined;
    const { actions, dates } = value ?? {};
    if (!Array.isArray(actions) || !Array.isArray(dates) || actions.length !== dates.length) {
      problems.push(
        problem('row.shape', `Line ${line}: "${name}": "actions" and "dates" must be arrays of equal length`, {
          line,
          value: name,
        }),
      );
      continue;
    }
    actions.forEach((action: unknown, i) => {
      const date = dates[i];
      const kind = typeof action === 'string' ? unodaActionKind(action) : null;
      if (!kind) {
        problems.push(
          problem('row.action_unknown', `Line ${line}: "${name}": unknown action "${String(action)}"`, {
            line,
            value: String(action),
          }),
        );
      } else if (typeof date !== 'string' || !isIsoDate(date)) {
        problems.push(
          problem('row.date_invalid', `Line ${line}: "${name}": "${String(date)}" is not a date`, { line, value: String(date) }),
        );
      } else {
        rows.push({ nameAsWritten: name, kind, date, line });
      }
    });
  }
  return { rows, problems };
}
