// The status matrix as a file (CSV, XLSX or JSON), with the same filters as the matrix on screen.
import type { Db } from '#db/client.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { MatrixView } from '#domain/treaties/views.ts';
import { getStatusMatrix, type MatrixQuery } from './get-status-matrix.ts';
import { toCsv, toXlsx, type CellValue, type Table } from './tabular.ts';
import { nameOf } from './treaty-presenters.ts';

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

/**
 * One row per participant; per instrument a status column headed by its id (stable for scripts) in CSV and by its
 * short name in XLSX (for people), then the date of the consent (or signature) the status rests on.
 */
function matrixTable(view: MatrixView, lang: Language, headers: 'ids' | 'names'): Table {
  const instrumentHeader = (i: MatrixView['instruments'][number]) =>
    headers === 'ids' ? i.id : nameOf(i.shortNames, lang) || i.id;
  const columns: Table['columns'] = [
    { header: headers === 'ids' ? 'code' : 'Code', width: 8 },
    { header: headers === 'ids' ? 'name' : 'Name', width: 32 },
    { header: headers === 'ids' ? 'regional_group' : 'Regional group', width: 24 },
    { header: headers === 'ids' ? 'kind' : 'Kind', width: 12 },
    { header: headers === 'ids' ? 'party_count' : 'Parties', width: 9 },
  ];
  for (const i of view.instruments) {
    columns.push({ header: instrumentHeader(i), width: 16 });
    columns.push({ header: headers === 'ids' ? `${i.id}_date` : `${instrumentHeader(i)} (date)`, width: 12 });
  }
  const rows = view.participants.map((p) => {
    const row: CellValue[] = [p.code, nameOf(p.names, lang) || p.code, p.regionalGroup, p.kind, p.partyCount];
    for (const i of view.instruments) {
      const cell = p.cells[i.id];
      row.push(cell?.s ?? 'unknown', cell?.d ?? null);
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
      return { fileName, contentType, body: toCsv(matrixTable(view, query.lang, 'ids')) };
    case 'xlsx': {
      const about: Table = {
        name: 'About',
        columns: [{ header: 'Field', width: 16 }, { header: 'Value', width: 60 }],
        rows: [
          ['As of', view.asOf],
          ['Regional group', query.regionalGroup ?? 'all'],
          ['Category', query.category ?? 'all'],
          ['Statuses', 'party, signatory, withdrawn, none, unknown — derived from the imported depositary status lists; unknown = no complete status list is held for the instrument and no act is recorded'],
        ],
      };
      const body = await toXlsx([matrixTable(view, query.lang, 'names'), instrumentsTable(view, query.lang), about], {
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
