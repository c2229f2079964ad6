// The status matrix as a file (CSV, XLSX or JSON), with the same filters as the matrix on screen.
import type { Db } from '#db/client.ts';
import { catalogueOf } from '../shared/catalogue.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { MatrixView } from '#domain/treaties/views.ts';
import { getStatusMatrix, type MatrixQuery } from './get-status-matrix.ts';
import { currentDataset, derivationOf, pairKey } from './treaty-dataset.ts';
import { toCsv, toXlsx, type CellValue, type Table } from '../shared/tabular.ts';
import { nameOf, toParticipationView } from './treaty-presenters.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportQuery extends MatrixQuery {
  format: ExportFormat;
  /** Language of participant and instrument names in the file (falls back to English). */
  lang: Language;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function exportFileName(query: ExportQuery): string {
  const parts = ['accord-matrix', query.asOf];
  if (query.regionalGroup) parts.push(slug(query.regionalGroup));
  if (query.category) parts.push(query.category);
  return `${parts.filter(Boolean).join('-')}.${query.format}`;
}

interface Words {
  export: Record<'code' | 'name' | 'regionalGroup' | 'kind' | 'partyCount' | 'status' | 'date' | 'source' | 'asOf' | 'notJoinedNote', string>;
  status: Record<string, string>;
}
/** The words of a file in one language, from the catalogues the web app uses (i18n/<lang>.json). */
const wordsFor = (lang: Language): Words => catalogueOf(lang) as Words;

/** What each cell rests on: the source of its consent (or signature) and the date that source speaks for. */
type CellSources = Map<string, { source: string | null; asOf: string | null }>;

async function cellSources(db: Db, view: MatrixView): Promise<CellSources> {
  const ds = await currentDataset(db);
  const derived = derivationOf(ds, view.asOf);
  const out: CellSources = new Map();
  for (const p of view.participants) {
    for (const i of view.instruments) {
      const d = derived.get(pairKey(i.id, p.code));
      // The act the status rests on, as every view names it; a status without one rests on the newest complete list.
      const source = d ? toParticipationView(d).source : null;
      const status = p.cells[i.id]?.s;
      if (status === 'not_adopted' || status === 'not_a_state') continue; // nothing rests on a list then
      out.set(pairKey(i.id, p.code), {
        source: source ? source.publisher : i.statusListAsOf ? 'complete list' : null,
        asOf: source ? source.asOf : i.statusListAsOf,
      });
    }
  }
  return out;
}

/**
 * One row per participant; per instrument its status, the date of the consent (or signature) it rests on, that
 * act's source and the date the source speaks for. Headers, names and statuses are in the language asked for;
 * each instrument's header ends with its id in brackets, so a script finds its columns in any language.
 */
function matrixTable(view: MatrixView, lang: Language, sources: CellSources): Table {
  const w = wordsFor(lang);
  const instrumentHeader = (i: MatrixView['instruments'][number]) => `${nameOf(i.shortNames, lang) || i.id} [${i.id}]`;
  const columns: Table['columns'] = [
    { header: w.export.code, width: 8 },
    { header: w.export.name, width: 32 },
    { header: w.export.regionalGroup, width: 24 },
    { header: w.export.kind, width: 12 },
    { header: w.export.partyCount, width: 9 },
  ];
  for (const i of view.instruments) {
    const h = instrumentHeader(i);
    columns.push({ header: `${h} ${w.export.status}`, width: 16 });
    columns.push({ header: `${h} ${w.export.date}`, width: 12 });
    columns.push({ header: `${h} ${w.export.source}`, width: 20 });
    columns.push({ header: `${h} ${w.export.asOf}`, width: 12 });
  }
  const rows = view.participants.map((p) => {
    const row: CellValue[] = [p.code, nameOf(p.names, lang) || p.code, p.regionalGroup, p.kind, p.partyCount];
    for (const i of view.instruments) {
      const cell = p.cells[i.id];
      const status = cell?.s ?? 'unknown';
      const basis = sources.get(pairKey(i.id, p.code));
      row.push(w.status[status] ?? status, cell?.d ?? null, basis?.source ?? null, basis?.asOf ?? null);
    }
    return row;
  });
  return { name: 'Matrix', columns, rows };
}

function instrumentsTable(view: MatrixView, lang: Language): Table {
  return {
    name: 'Instruments',
    columns: [
      { header: 'Id', width: 16 },
      { header: 'Short name', width: 36 },
      { header: 'Title', width: 80 },
      { header: 'Category', width: 10 },
      { header: 'Depositary', width: 30 },
      { header: 'Entry into force', width: 14 },
    ],
    rows: view.instruments.map((i) => [
      i.id,
      nameOf(i.shortNames, lang),
      nameOf(i.titles, lang),
      i.category,
      i.depositary,
      i.entryIntoForce,
    ]),
  };
}

export async function exportMatrix(db: Db, query: ExportQuery): Promise<ExportFile> {
  const view = await getStatusMatrix(db, query);
  const fileName = exportFileName(query);
  const contentType = CONTENT_TYPES[query.format];
  switch (query.format) {
    case 'csv':
      return { fileName, contentType, body: toCsv(matrixTable(view, query.lang, await cellSources(db, view))) };
    case 'xlsx': {
      const about: Table = {
        name: 'About',
        columns: [{ header: 'Field', width: 16 }, { header: 'Value', width: 60 }],
        rows: [
          ['As of', view.asOf],
          ['Regional group', query.regionalGroup ?? 'all'],
          ['Category', query.category ?? 'all'],
          ['Statuses', wordsFor(query.lang).export.notJoinedNote],
          ...view.instruments.map((i): CellValue[] => [`${i.id}: data as of`, i.statusListAsOf ?? 'no complete list']),
        ],
      };
      const table = matrixTable(view, query.lang, await cellSources(db, view));
      const body = await toXlsx([table, instrumentsTable(view, query.lang), about], {
        title: `Accord status matrix as of ${view.asOf}`,
      });
      return { fileName, contentType, body };
    }
    case 'json':
      return { fileName, contentType, body: JSON.stringify(view) };
    default:
      throw new Error(`unknown format ${String(query.format)}`);
  }
}
