// Swiss Fedlex scope tables ("Champ d'application le <date>", German "Geltungsbereich am <date>"): the table that
// ends the consolidated text of every multilateral treaty Switzerland has joined. It lists every State party with
// the date of its deposit (ratification; accession A/B; succession S/N) and of entry into force for it, split over
// two cells each ("  4 juin" | "2001 A"). `*` after a name marks reservations or declarations, `**` objections,
// a lone letter a footnote; indented rows (or rows in a `<dl>`) under a State are its territories. The list is the
// whole list as of the table's date: a State absent from it was not a party then. There are no signature dates, and
// where a treaty has several depositaries the date is the first deposit.
//
// Nothing is dropped silently: a row the parser cannot read is a problem with its line; a State listed without any
// date becomes an undated consent (listed, date unknown), never "not a party".
import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { isIsoDate } from '../dates.ts';
import type { EventKind } from '../types.ts';
import { lineLocator, problem, type ParsedFact, type ParseResult, type Problem } from './common.ts';

const MONTHS: Record<string, number> = {
  // French
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10,
  novembre: 11, decembre: 12,
  // German
  januar: 1, februar: 2, marz: 3, maerz: 3, april: 4, juni: 6, juli: 7, august: 8, september: 9, oktober: 10,
  november: 11, dezember: 12,
};

/** Suffix of a year cell → kind of deposit. French A/S, German B (Beitritt) / N (Nachfolge). */
const SUFFIX: Record<string, EventKind> = { '': 'ratification', A: 'accession', S: 'succession', B: 'accession', N: 'succession' };

/** Marker texts, as the facts' `text`: stable, so a later table with the same marker is "unchanged". */
export const FEDLEX_RESERVATIONS = 'Reservations or declarations made (marked * in the source)';
export const FEDLEX_OBJECTIONS = 'Objections made (marked ** in the source)';
export const TERRITORY_PREFIX = 'Territorial application: ';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const squash = (s: string) => s.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();

/** "  4 juin", "1er juillet", "1<sup>er</sup> juillet", "15. Juli" → [day, month]; null if not a day and month. */
export function readDayMonth(cell: string): [number, number] | null {
  const m = /^(\d{1,2})\s*(?:er|\.)?\s+([\p{L}]+)\.?$/u.exec(squash(cell));
  if (!m) return null;
  const month = MONTHS[fold(m[2]!)];
  return month ? [Number(m[1]), month] : null;
}

/** Reads "1<sup>er</sup> juillet 2026" or "15. Juli 2026" (a heading's date) as ISO; null otherwise. */
export function readLongDate(text: string): string | null {
  const m = /^(.+?)\s+(\d{4})$/.exec(squash(text));
  const dm = m ? readDayMonth(m[1]!) : null;
  if (!m || !dm) return null;
  const iso = `${m[2]}-${String(dm[1]).padStart(2, '0')}-${String(dm[0]).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** A cell's text with each `<sup>` set apart by spaces, so "Allemagne*<sup> </sup>**" reads as two markers. */
function cellText(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag') return '';
  const inner = node.children.map(cellText).join('');
  if (node.name === 'sup') return ` ${inner} `;
  if (node.name === 'br' || node.name === 'p' || node.name === 'dt' || node.name === 'dd') return ` ${inner} `;
  return inner;
}

export interface NameMarks {
  name: string;
  reservations: boolean;
  objections: boolean;
  footnotes: string[];
}

/** "Pays-Bas* ** c" → Pays-Bas, reservations, objections, footnote c. Letters glued to a name stay part of it. */
export function splitMarks(raw: string): NameMarks {
  const marks: NameMarks = { name: '', reservations: false, objections: false, footnotes: [] };
  let rest = squash(raw);
  for (;;) {
    const m = /(?:(\*+)|(?<=\s)([a-z]))$/.exec(rest);
    if (!m || m.index === 0) break;
    if (m[1]) {
      if (m[1].length !== 2) marks.reservations = true;
      if (m[1].length >= 2) marks.objections = true;
    } else {
      marks.footnotes.unshift(m[2]!);
    }
    rest = rest.slice(0, m.index).trimEnd();
  }
  marks.name = rest;
  return marks;
}

const isElement = (n: ChildNode): n is Element => n.type === 'tag';

/** The first text node with something in it: its leading spaces are the row's indentation. */
function firstText(node: ChildNode): string {
  if (node.type === 'text') return node.data.trim() ? node.data.replace(/^[\r\n\t]+/, '') : '';
  if (node.type !== 'tag') return '';
  for (const c of node.children) {
    const t = firstText(c);
    if (t) return t;
  }
  return '';
}
const cellsOf = (row: Element) => row.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
const SCOPE_HEADING = /(Champ d.application|Geltungsbereich)(?:\s+(?:le|am)\s+(.+))?/i;
const PARTY_HEADER = /parties|Vertragsstaaten/i;
/** A header row: column titles and no date ("Etats parties | Ratification Adhésion (A) | Entrée en vigueur"). */
const isHeader = (text: string) => PARTY_HEADER.test(text) && !/\d{4}/.test(text);

/** The table's date from its heading ("Champ d'application le 15 juillet 2026"); null when the heading has none. */
function findScope(nodes: ChildNode[]): { heading: Element | null; asOf: string | null } {
  const headings = DomUtils.findAll((e) => /^h\d$/.test(e.name) && SCOPE_HEADING.test(squash(cellText(e))), nodes);
  for (const h of headings) {
    const m = SCOPE_HEADING.exec(squash(cellText(h)));
    const printed = m?.[2] ? /\d{1,2}\s*(?:er|\.)?\s+\p{L}+\s+\d{4}/u.exec(m[2])?.[0] : undefined;
    const date = printed ? readLongDate(printed) : null;
    if (date) return { heading: h, asOf: date };
  }
  return { heading: headings[0] ?? null, asOf: null };
}

/** Reads the footnote rows (`<td colspan>` with `<dt>key</dt><dd>text</dd>`) into key → text. */
function readFootnotes(row: Element, into: Map<string, string>): void {
  const dts = DomUtils.findAll((e) => e.name === 'dt', [row]);
  for (const dt of dts) {
    const key = squash(cellText(dt));
    let dd = dt.next;
    while (dd && !(isElement(dd) && dd.name === 'dd')) dd = dd.next;
    const text = dd && isElement(dd) ? squash(cellText(dd)) : '';
    if (/^[a-z]$/.test(key) && text) into.set(key, text);
  }
}

interface RowDates {
  date: string | null;
  kind: EventKind;
  effectiveDate: string | null;
}

export function parseFedlex(content: string): ParseResult {
  const problems: Problem[] = [];
  const doc = parseDocument(content, { withStartIndices: true });
  const { heading, asOf } = findScope(doc.children);
  if (!heading) {
    problems.push(
      problem('file.scope_missing', 'No "Champ d\'application" / "Geltungsbereich" heading: this is not a Fedlex scope table', {}, 'warning'),
    );
  } else if (!asOf) {
    problems.push(problem('file.scope_undated', 'The scope heading gives no date; the as-of date must come from the source', {}, 'warning'));
  }
  const after = (t: Element) => !heading || (t.startIndex ?? 0) > (heading.startIndex ?? 0);
  const tables = DomUtils.findAll((e) => e.name === 'table', doc.children).filter(
    (t) => after(t) && DomUtils.findAll((e) => e.name === 'tr', [t]).slice(0, 4).some((r) => PARTY_HEADER.test(squash(cellText(r)))),
  );
  if (tables.length === 0) {
    return { rows: [], problems: [...problems, problem('file.table_missing', 'No table of States parties found')], asOf };
  }

  const rows: ParsedFact[] = [];
  const footnotes = new Map<string, string>();
  const pending: { fact: ParsedFact; keys: string[] }[] = [];
  const push = (fact: ParsedFact, keys: string[] = []) => {
    rows.push(fact);
    if (keys.length) pending.push({ fact, keys });
  };

  const lineAt = lineLocator(content);
  for (const table of tables) {
    let parent: { name: string; line: number } | null = null;
    for (const row of DomUtils.findAll((e) => e.name === 'tr', [table])) {
      const line = lineAt(row.startIndex ?? 0);
      const cells = cellsOf(row);
      if (cells.some((c) => c.name === 'th') || isHeader(squash(cellText(row)))) continue;
      if (cells.length === 1 && Number(cells[0]!.attribs.colspan ?? 1) >= 4) {
        readFootnotes(row, footnotes);
        continue;
      }
      const texts = cells.map(cellText);
      if (texts.every((t) => !squash(t))) continue;
      if (cells.length < 5) {
        problems.push(problem('row.columns', `Line ${line}: expected 5 cells, found ${cells.length}`, { line, value: squash(texts.join(' | ')) }));
        continue;
      }
      const rawName = texts[0]!;
      // A `<dl>` whose `<dd>` is empty sets a territory apart; one whose `<dd>` holds text only wraps a long name.
      const dts = DomUtils.findAll((e) => e.name === 'dt', [cells[0]!]);
      const dds = DomUtils.findAll((e) => e.name === 'dd', [cells[0]!]);
      const inList = dts.length > 0 && dds.every((d) => !squash(cellText(d)));
      const indented = inList || /^[ \u00a0]{2,}\S/.test(firstText(cells[0]!));
      const marks = splitMarks(rawName);
      if (!marks.name) {
        problems.push(problem('row.name_missing', `Line ${line}: no name`, { line, value: squash(texts.join(' | ')) }));
        continue;
      }
      const dates = readDates(texts.slice(1, 5), line, marks.name, problems);
      if (dates === undefined) continue;
      const note = marks.footnotes.length ? `footnote ${marks.footnotes.join(', ')}` : null;

      if (indented && parent) {
        const markers = [marks.reservations && '*', marks.objections && '**'].filter(Boolean).join(' ');
        push(
          {
            nameAsWritten: parent.name,
            kind: 'declaration',
            text: `${TERRITORY_PREFIX}${marks.name}`,
            date: dates?.date ?? null,
            effectiveDate: dates?.effectiveDate ?? null,
            note: [markers && `marked ${markers} in the source`, note].filter(Boolean).join('; ') || null,
            line,
          },
          marks.footnotes,
        );
        continue;
      }
      if (indented && !parent) {
        problems.push(problem('row.territory_orphan', `Line ${line}: "${marks.name}" is indented but follows no State`, { line, value: marks.name }));
        continue;
      }
      parent = { name: marks.name, line };
      if (dates === null) {
        problems.push(
          problem('row.no_dates', `Line ${line}: "${marks.name}" is listed without dates; recorded as listed, date unknown`, { line, value: marks.name }, 'warning'),
        );
      }
      push(
        {
          nameAsWritten: marks.name,
          kind: dates?.kind ?? 'consent',
          date: dates?.date ?? null,
          effectiveDate: dates?.effectiveDate ?? null,
          note: dates === null ? ['listed without dates', note].filter(Boolean).join('; ') : note,
          line,
        },
        marks.footnotes,
      );
      if (marks.reservations) rows.push({ nameAsWritten: marks.name, kind: 'declaration', text: FEDLEX_RESERVATIONS, date: null, line });
      if (marks.objections) rows.push({ nameAsWritten: marks.name, kind: 'declaration', text: FEDLEX_OBJECTIONS, date: null, line });
    }
  }
  // Footnotes follow the table: attach their text to the rows that cite them.
  for (const { fact, keys } of pending) {
    const texts = keys.map((k) => (footnotes.has(k) ? `(${k}) ${footnotes.get(k)}` : `(${k})`));
    fact.note = [fact.note, ...texts].filter(Boolean).join('; ');
  }
  return { rows, problems, asOf };
}

/**
 * The four date cells: deposit day-month | year[+suffix] | entry-into-force day-month | year. Returns null when all
 * four are empty (a State listed without dates), undefined when the row cannot be read (a problem is recorded).
 */
function readDates(cells: string[], line: number, name: string, problems: Problem[]): RowDates | null | undefined {
  const [dm1, y1, dm2, y2] = cells.map(squash) as [string, string, string, string];
  if (!dm1 && !y1 && !dm2 && !y2) return null;
  const date = (dm: string, y: string, column: string): { iso: string | null; suffix: string } | undefined => {
    if (!dm && !y) return { iso: null, suffix: '' };
    const ym = /^(\d{4})\s*([A-Z])?$/.exec(y);
    const d = readDayMonth(dm);
    if (!ym || !d) {
      problems.push(problem('row.date_invalid', `Line ${line}: "${dm} ${y}" (${column}) of "${name}" is not a date`, { line, value: `${dm} ${y}` }));
      return undefined;
    }
    const year = Number(ym[1]);
    const iso = `${ym[1]}-${String(d[1]).padStart(2, '0')}-${String(d[0]).padStart(2, '0')}`;
    if (!isIsoDate(iso)) {
      problems.push(problem('row.date_invalid', `Line ${line}: "${dm} ${y}" (${column}) of "${name}" is not a calendar date`, { line, value: `${dm} ${y}` }));
      return undefined;
    }
    if (year < 1900) {
      // The Airports Protocol's table prints "11 novembre 1111" for the Netherlands: a placeholder, not a date.
      problems.push(
        problem('row.date_placeholder', `Line ${line}: "${dm} ${y}" (${column}) of "${name}" is a placeholder; read as unknown`, { line, value: `${dm} ${y}` }, 'warning'),
      );
      return { iso: null, suffix: ym[2] ?? '' };
    }
    return { iso, suffix: ym[2] ?? '' };
  };
  const deposit = date(dm1, y1, 'deposit');
  const eif = date(dm2, y2, 'entry into force');
  if (!deposit || !eif) return undefined;
  const kind = SUFFIX[deposit.suffix];
  if (!kind) {
    problems.push(problem('row.suffix_unknown', `Line ${line}: "${y1}" of "${name}": suffix "${deposit.suffix}" is not A, S, B or N`, { line, value: y1 }));
    return undefined;
  }
  if (eif.suffix) {
    problems.push(problem('row.suffix_unknown', `Line ${line}: "${y2}" of "${name}": an entry-into-force year takes no suffix`, { line, value: y2 }));
    return undefined;
  }
  return { date: deposit.iso, kind, effectiveDate: eif.iso };
}
