// The directory of competent authorities as a CSV file (issue 11 §3): its layout, reading it with every problem named
// by line and column, the difference between a file and the entries held, and writing it so that an export
// re-imports as "unchanged". Pure.
//
// One row per authority. List cells separate items with `;` and a law link's or a contact's parts with `|`; a `;`,
// `|` or `\` inside a value is written `\;`, `\|`, `\\`. A cell that would start with = + - @ (a spreadsheet formula)
// is written with a leading apostrophe, which reading removes. `withheld` names the fields held back from the reader
// the file was exported for: their cells are empty because they were not shown, so an import neither compares nor
// changes them (a public export re-imported wipes nothing). A column left out of a file is treated the same way.
// `last_confirmed` is written for the reader and ignored by an import (an import confirms what it writes, then).
import { parse } from 'csv-parse/sync';
import {
  AUTHORITY_CHANNELS,
  AUTHORITY_KINDS,
  AUTHORITY_OPTIONAL_PUBLIC_FIELDS,
  type Authority,
  type AuthorityChannel,
  type AuthorityKind,
  type AuthorityOptionalPublicField,
  type AuthorityRequirements,
  type AuthorityFields,
  authorityFieldsOf,
} from './types.ts';

export const DIRECTORY_COLUMNS = [
  'state',
  'kind',
  'treaty',
  'name',
  'address',
  'channels',
  'languages',
  'urgent_procedure',
  'requirement_dual_criminality',
  'requirement_assurances',
  'requirement_formats',
  'requirement_certification',
  'requirement_other',
  'law_links',
  'contacts',
  'public_fields',
  'last_confirmed',
  'withheld',
] as const;
export type DirectoryColumn = (typeof DIRECTORY_COLUMNS)[number];

/** Without these a row means nothing. */
const REQUIRED_COLUMNS: readonly DirectoryColumn[] = ['state', 'kind', 'name'];

/** What a file says of an entry: every field a person writes. */
// The items a State requires of a request (issue 12) are kept in Accord's form only: a file neither carries nor
// changes them, so an import leaves them as they are (a new entry's are unknown).
export type DirectoryEntryFields = Omit<AuthorityFields, 'requestItems'>;
export type DirectoryField = keyof DirectoryEntryFields;

/** The fields compared and written by an import (identity fields too: a changed name spelling is a change). */
export const DIRECTORY_FIELDS: readonly DirectoryField[] = [
  'name',
  'address',
  'channels',
  'languages',
  'urgentProcedure',
  'requirements',
  'lawLinks',
  'contacts',
  'publicFields',
];

/** The fields a reader may be denied (AUTHORITY_OPTIONAL_PUBLIC_FIELDS) and the columns holding them. */
const WITHHOLDABLE_COLUMNS: Record<AuthorityOptionalPublicField, readonly DirectoryColumn[]> = {
  address: ['address'],
  urgentProcedure: ['urgent_procedure'],
  requirements: [
    'requirement_dual_criminality',
    'requirement_assurances',
    'requirement_formats',
    'requirement_certification',
    'requirement_other',
  ],
  lawLinks: ['law_links'],
  contacts: ['contacts'],
};

/** The columns of the fields no reader is denied, beyond the name. */
const COLUMN_OF: Partial<Record<DirectoryField, DirectoryColumn>> = {
  channels: 'channels',
  languages: 'languages',
  publicFields: 'public_fields',
};

const REQUIREMENT_COLUMNS: Record<keyof Required<AuthorityRequirements>, DirectoryColumn> = {
  dualCriminality: 'requirement_dual_criminality',
  assurances: 'requirement_assurances',
  formats: 'requirement_formats',
  certification: 'requirement_certification',
  other: 'requirement_other',
};

export const DIRECTORY_LIMITS = {
  /** A directory of every State's authorities is well under this. */
  maxBytes: 2 * 1024 * 1024,
  maxRows: 5000,
  name: 300,
  address: 1000,
  text: 4000,
  listItems: 50,
  /** A title, a contact's name, role, e-mail or phone. */
  part: 300,
  url: 2000,
} as const;

export interface DirectoryProblem {
  /** Line in the file (1 = the header); absent for a problem of the whole file. */
  line?: number;
  /** The column's header. */
  column?: string;
  code: string;
  message: string;
}

export interface DirectoryRow {
  line: number;
  fields: DirectoryEntryFields;
  /** Fields the file gives (not withheld, column present): only these are compared and written. */
  given: DirectoryField[];
}

export interface ParsedDirectoryFile {
  rows: DirectoryRow[];
  problems: DirectoryProblem[];
}

export interface DirectoryVocabulary {
  /** Codes of the States (participants) Accord knows. */
  stateCodes: ReadonlySet<string>;
  /** Ids of the instruments Accord knows. */
  instrumentIds: ReadonlySet<string>;
}

// ---- cells ------------------------------------------------------------------------------------------------------

const FORMULA_START = /^[=+\-@\t\r]/;

function escapePart(value: string): string {
  return value.replace(/[\\;|]/g, (c) => `\\${c}`);
}

/** Splits on `sep` outside `\` escapes and unescapes each piece. */
function splitEscaped(value: string, sep: ';' | '|'): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      current += value[++i];
    } else if (c === sep) {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out;
}

/** The same split, but keeping escapes (a `;`-list whose items are then split on `|`). */
function splitKeepingEscapes(value: string, sep: ';'): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[++i];
    } else if (c === sep) {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out;
}

const list = (items: readonly string[]) => items.map(escapePart).join(';');

/** Each field as its cell(s): the one spelling used to write files and to compare entries. */
export function fieldCells(field: DirectoryField, f: DirectoryEntryFields): string {
  switch (field) {
    case 'stateCode':
      return f.stateCode;
    case 'kind':
      return f.kind;
    case 'instrumentId':
      return f.instrumentId ?? '';
    case 'name':
      return f.name;
    case 'address':
      return f.address;
    case 'channels':
      return list(f.channels);
    case 'languages':
      return list(f.languages);
    case 'urgentProcedure':
      return f.urgentProcedure;
    case 'requirements':
      // Compared as one value; written as five columns (rowCells).
      return (Object.keys(REQUIREMENT_COLUMNS) as (keyof AuthorityRequirements)[])
        .filter((k) => (f.requirements[k] ?? '') !== '')
        .map((k) => `${k}=${escapePart(f.requirements[k]!)}`)
        .join(';');
    case 'lawLinks':
      return f.lawLinks.map((l) => [l.title, l.url].map(escapePart).join('|')).join(';');
    case 'contacts':
      return f.contacts.map((c) => [c.name, c.role, c.email, c.phone].map(escapePart).join('|')).join(';');
    case 'publicFields':
      return list(f.publicFields);
  }
}

/** An entry as exported to one reader: the fields they may see, the others null and named in `withheld`. */
export type DirectoryExportEntry = {
  [K in DirectoryField]: K extends AuthorityOptionalPublicField ? DirectoryEntryFields[K] | null : DirectoryEntryFields[K];
} & { confirmedAt: Date; withheld: readonly AuthorityOptionalPublicField[] };

function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rowCells(e: DirectoryExportEntry): string[] {
  const whole = e as unknown as DirectoryEntryFields;
  const cell = (field: DirectoryField) => (e[field] === null ? '' : fieldCells(field, whole));
  const req = e.requirements;
  return [
    e.stateCode,
    e.kind,
    e.instrumentId ?? '',
    e.name,
    cell('address'),
    cell('channels'),
    cell('languages'),
    cell('urgentProcedure'),
    req?.dualCriminality ?? '',
    req?.assurances ?? '',
    req?.formats ?? '',
    req?.certification ?? '',
    req?.other ?? '',
    cell('lawLinks'),
    cell('contacts'),
    cell('publicFields'),
    e.confirmedAt.toISOString().slice(0, 10),
    list(e.withheld),
  ];
}

/** The file: UTF-8 with a BOM (spreadsheet programs then read Arabic and Chinese right), CRLF lines (RFC 4180). */
export function writeDirectoryFile(entries: readonly DirectoryExportEntry[]): string {
  const lines = [DIRECTORY_COLUMNS.join(','), ...entries.map((e) => rowCells(e).map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---- reading ----------------------------------------------------------------------------------------------------

/** Case, accents, punctuation and spacing do not make another authority. */
export function normaliseAuthorityName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What identifies an entry across files: State, kind, treaty and name. */
export function entryKey(e: Pick<DirectoryEntryFields, 'stateCode' | 'kind' | 'instrumentId' | 'name'>): string {
  return [e.stateCode, e.kind, e.instrumentId ?? '', normaliseAuthorityName(e.name)].join('\u0000');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE = /^[a-z]{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}/;

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Reads a directory file: its rows, and every problem by line and column. A file with problems imports nothing. */
export function parseDirectoryFile(content: string, vocabulary: DirectoryVocabulary): ParsedDirectoryFile {
  const problems: DirectoryProblem[] = [];
  const text = content.replace(/^\uFEFF/, '');
  if (text.length > DIRECTORY_LIMITS.maxBytes) {
    return { rows: [], problems: [{ code: 'file.too_large', message: `The file is larger than ${DIRECTORY_LIMITS.maxBytes} bytes.` }] };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse's types ignore `info: true`, which wraps each record with the line it ends on.
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as { message: string; lines?: number };
    return { rows: [], problems: [{ line: e.lines, code: 'file.csv_malformed', message: `Malformed CSV: ${e.message}` }] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], problems: [{ code: 'file.empty', message: 'The file is empty.' }] };
  const headers = head.record.map((h) => h.trim().toLowerCase());
  const index = new Map<DirectoryColumn, number>();
  headers.forEach((h, i) => {
    if (!(DIRECTORY_COLUMNS as readonly string[]).includes(h)) {
      problems.push({ line: 1, column: h, code: 'header.unknown', message: `Unknown column "${h}" (columns: ${DIRECTORY_COLUMNS.join(', ')}).` });
    } else if (index.has(h as DirectoryColumn)) {
      problems.push({ line: 1, column: h, code: 'header.repeated', message: `Column "${h}" is given twice.` });
    } else {
      index.set(h as DirectoryColumn, i);
    }
  });
  for (const c of REQUIRED_COLUMNS) {
    if (!index.has(c)) problems.push({ line: 1, column: c, code: 'header.missing', message: `Column "${c}" is required.` });
  }
  if (problems.length) return { rows: [], problems };
  if (body.length > DIRECTORY_LIMITS.maxRows) {
    return { rows: [], problems: [{ code: 'file.too_many_rows', message: `The file has ${body.length} rows; at most ${DIRECTORY_LIMITS.maxRows}.` }] };
  }

  const rows: DirectoryRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const before = problems.length;
    const report = (column: DirectoryColumn, code: string, message: string) => problems.push({ line, column, code, message });
    if (record.length > headers.length) report(headers.at(-1) as DirectoryColumn, 'row.too_many_cells', `The row has ${record.length} cells; the header names ${headers.length}.`);
    const raw = (c: DirectoryColumn): string | undefined => {
      const i = index.get(c);
      if (i === undefined) return undefined;
      const v = (record[i] ?? '').trim();
      // The apostrophe written before a formula-like value (writeDirectoryFile) is not part of it.
      return /^'[=+\-@]/.test(v) ? v.slice(1) : v;
    };
    const cell = (c: DirectoryColumn, max: number): string => {
      const v = raw(c) ?? '';
      if (v.length > max) report(c, 'cell.too_long', `At most ${max} characters (${v.length} given).`);
      return v;
    };
    const items = (c: DirectoryColumn): string[] => {
      const v = raw(c) ?? '';
      const out = v === '' ? [] : splitEscaped(v, ';').map((s) => s.trim()).filter((s) => s !== '');
      if (out.length > DIRECTORY_LIMITS.listItems) report(c, 'cell.too_many_items', `At most ${DIRECTORY_LIMITS.listItems} items (${out.length} given).`);
      return out;
    };
    const partsList = (c: DirectoryColumn, arity: number): string[][] => {
      const v = raw(c) ?? '';
      if (v === '') return [];
      const entries = splitKeepingEscapes(v, ';').filter((s) => s.trim() !== '');
      if (entries.length > DIRECTORY_LIMITS.listItems) report(c, 'cell.too_many_items', `At most ${DIRECTORY_LIMITS.listItems} items (${entries.length} given).`);
      return entries.map((entry, n) => {
        const parts = splitEscaped(entry, '|').map((s) => s.trim());
        if (parts.length > arity) report(c, 'cell.too_many_parts', `Item ${n + 1} has ${parts.length} parts separated by "|"; at most ${arity}.`);
        for (const p of parts) if (p.length > DIRECTORY_LIMITS.part) report(c, 'cell.too_long', `Item ${n + 1}: a part is longer than ${DIRECTORY_LIMITS.part} characters.`);
        while (parts.length < arity) parts.push('');
        return parts;
      });
    };

    const stateCode = (raw('state') ?? '').toUpperCase();
    if (!/^[A-Z]{3}$/.test(stateCode)) report('state', 'state.invalid', `"${raw('state')}" is not an ISO 3166 alpha-3 code.`);
    else if (!vocabulary.stateCodes.has(stateCode)) report('state', 'state.unknown', `${stateCode} is not a State Accord knows.`);

    const kindText = raw('kind') ?? '';
    const kind = kindText as AuthorityKind;
    if (!AUTHORITY_KINDS.includes(kind)) report('kind', 'kind.invalid', `"${kindText}" is not a kind (${AUTHORITY_KINDS.join(', ')}).`);

    const treaty = raw('treaty') ?? '';
    if (kind === 'central-authority') {
      if (treaty === '') report('treaty', 'treaty.required', 'A central authority is designated under a treaty: give its id.');
      else if (!vocabulary.instrumentIds.has(treaty)) report('treaty', 'treaty.unknown', `"${treaty}" is not an instrument id Accord knows.`);
    } else if (treaty !== '') {
      report('treaty', 'treaty.not_expected', 'Only a central authority names a treaty.');
    }

    const name = cell('name', DIRECTORY_LIMITS.name);
    if (name === '') report('name', 'name.required', 'The authority needs a name.');

    const withheldItems = items('withheld');
    const withheld = new Set<AuthorityOptionalPublicField>();
    for (const w of withheldItems) {
      if ((AUTHORITY_OPTIONAL_PUBLIC_FIELDS as readonly string[]).includes(w)) withheld.add(w as AuthorityOptionalPublicField);
      else report('withheld', 'withheld.invalid', `"${w}" is not a field that can be withheld (${AUTHORITY_OPTIONAL_PUBLIC_FIELDS.join(', ')}).`);
    }

    const channels = items('channels');
    for (const c of channels) {
      if (!(AUTHORITY_CHANNELS as readonly string[]).includes(c)) report('channels', 'channels.invalid', `"${c}" is not a channel (${AUTHORITY_CHANNELS.join(', ')}).`);
    }
    const languages = items('languages').map((l) => l.toLowerCase());
    for (const l of languages) if (!LANGUAGE.test(l)) report('languages', 'languages.invalid', `"${l}" is not an ISO 639-1 code (two letters).`);

    const requirements: AuthorityRequirements = {};
    for (const [k, column] of Object.entries(REQUIREMENT_COLUMNS) as [keyof AuthorityRequirements, DirectoryColumn][]) {
      const v = cell(column, DIRECTORY_LIMITS.text);
      if (v !== '') requirements[k] = v;
    }

    const lawLinks = partsList('law_links', 2).map(([title = '', url = '']) => ({ title, url }));
    lawLinks.forEach((l, n) => {
      if (!isHttpUrl(l.url)) report('law_links', 'law_links.url_invalid', `Item ${n + 1}: "${l.url}" is not an http(s) address (write title|url).`);
      else if (l.url.length > DIRECTORY_LIMITS.url) report('law_links', 'cell.too_long', `Item ${n + 1}: the address is longer than ${DIRECTORY_LIMITS.url} characters.`);
      if (l.title === '') report('law_links', 'law_links.title_required', `Item ${n + 1}: a link needs a title (write title|url).`);
    });

    const contacts = partsList('contacts', 4).map(([name = '', role = '', email = '', phone = '']) => ({ name, role, email, phone }));
    contacts.forEach((c, n) => {
      if (c.name === '') report('contacts', 'contacts.name_required', `Item ${n + 1}: a contact needs a name (write name|role|email|phone).`);
      if (c.email !== '' && !EMAIL.test(c.email)) report('contacts', 'contacts.email_invalid', `Item ${n + 1}: "${c.email}" is not an e-mail address.`);
    });

    const publicFields = items('public_fields');
    for (const p of publicFields) {
      if (!(AUTHORITY_OPTIONAL_PUBLIC_FIELDS as readonly string[]).includes(p)) {
        report('public_fields', 'public_fields.invalid', `"${p}" is not a field a State can make public (${AUTHORITY_OPTIONAL_PUBLIC_FIELDS.join(', ')}).`);
      }
    }
    const confirmed = raw('last_confirmed') ?? '';
    if (confirmed !== '' && !DAY.test(confirmed)) report('last_confirmed', 'last_confirmed.invalid', `"${confirmed}" is not a date (YYYY-MM-DD).`);

    const address = cell('address', DIRECTORY_LIMITS.address);
    const urgentProcedure = cell('urgent_procedure', DIRECTORY_LIMITS.text);
    if (problems.length > before) continue;

    const fields: DirectoryEntryFields = {
      stateCode,
      kind,
      instrumentId: kind === 'central-authority' ? treaty : null,
      name,
      address,
      channels: [...new Set(channels)] as AuthorityChannel[],
      languages: [...new Set(languages)],
      urgentProcedure,
      requirements,
      lawLinks,
      contacts,
      publicFields: [...new Set(publicFields)] as AuthorityOptionalPublicField[],
    };
    const given = DIRECTORY_FIELDS.filter((f) => {
      const optional = f as AuthorityOptionalPublicField;
      if (optional in WITHHOLDABLE_COLUMNS) {
        return !withheld.has(optional) && WITHHOLDABLE_COLUMNS[optional].some((c) => index.has(c));
      }
      return f === 'name' || index.has(COLUMN_OF[f]!);
    });
    const key = entryKey(fields);
    const first = seen.get(key);
    if (first !== undefined) {
      report('name', 'row.duplicate', `The same authority (State, kind, treaty, name) as on line ${first}.`);
      continue;
    }
    seen.set(key, line);
    rows.push({ line, fields, given });
  }
  return { rows, problems };
}

// ---- the difference ---------------------------------------------------------------------------------------------

export interface FieldChange {
  field: DirectoryField;
  /** As the file spells it (fieldCells). */
  from: string;
  to: string;
}

export interface HeldEntry extends DirectoryEntryFields {
  id: string;
  version: number;
}

export interface DirectoryDiff {
  /** States the file covers: only their entries are compared. */
  stateCodes: string[];
  new: DirectoryRow[];
  changed: { row: DirectoryRow; held: HeldEntry; changes: FieldChange[] }[];
  unchanged: { row: DirectoryRow; held: HeldEntry }[];
  /** Held for a State the file covers but not in the file: listed, never deleted by an import. */
  absent: HeldEntry[];
}

/**
 * Matches each row to the entry held with the same State, kind, treaty and name (normalised) and compares the fields
 * the row gives. `held` must hold every entry of the States the file covers (others are ignored).
 */
export function diffDirectory(rows: readonly DirectoryRow[], held: readonly HeldEntry[]): DirectoryDiff {
  const stateCodes = [...new Set(rows.map((r) => r.fields.stateCode))].sort();
  const covered = new Set(stateCodes);
  const byKey = new Map<string, HeldEntry>();
  for (const h of held) {
    if (!covered.has(h.stateCode)) continue;
    const k = entryKey(h);
    if (!byKey.has(k)) byKey.set(k, h);
  }
  const matched = new Set<string>();
  const diff: DirectoryDiff = { stateCodes, new: [], changed: [], unchanged: [], absent: [] };
  for (const row of rows) {
    const h = byKey.get(entryKey(row.fields));
    if (!h || matched.has(h.id)) {
      diff.new.push(row);
      continue;
    }
    matched.add(h.id);
    const changes: FieldChange[] = [];
    for (const field of row.given) {
      const from = fieldCells(field, h);
      const to = fieldCells(field, row.fields);
      if (from !== to) changes.push({ field, from, to });
    }
    if (changes.length) diff.changed.push({ row, held: h, changes });
    else diff.unchanged.push({ row, held: h });
  }
  diff.absent = held.filter((h) => covered.has(h.stateCode) && !matched.has(h.id));
  return diff;
}

/** The patch a changed row makes to its entry: the changed fields only. */
export function patchOf(row: DirectoryRow, changes: readonly FieldChange[]): Partial<DirectoryEntryFields> {
  const patch: Partial<Record<DirectoryField, unknown>> = {};
  for (const c of changes) patch[c.field] = row.fields[c.field];
  return patch as Partial<DirectoryEntryFields>;
}

/** An entry as held, for the diff. */
export function heldEntry(a: Authority): HeldEntry {
  return { id: a.id, version: a.version, ...authorityFieldsOf(a) };
}
