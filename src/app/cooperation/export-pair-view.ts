// The pair view as a file. CSV: one row per requesting State, one column per requested State (the cell as the view
// spells it: a count, "?" or "-"), and a last column listing the blind spots of the row (requested States with no
// treaty basis known). XLSX: the same matrix, a "Blind spots" sheet with one row per pair, and an "About" sheet
// saying what the cells mean and which instruments were counted.
import type { Db } from '#db/client.ts';
import type { Language } from '#domain/treaties/types.ts';
import { toCsv, toXlsx, type CellValue, type Table, type TableFile, type TableFormat } from '../shared/tabular.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';
import { getPairView, type PairViewData, type PairViewQuery } from './get-pair-view.ts';

export interface PairExportQuery extends PairViewQuery {
  format: TableFormat;
  /** Language of State names in the file (falls back to English). */
  lang: Language;
}

const MEANING =
  'Cell = treaties in force for both States on the date that cover the conduct (multilateral instruments counted, plus bilateral treaties recorded in Accord; 9 = nine or more); "?" = none known to be in force but a status or an entry-into-force date is not known; "-" = the same State. Row = requesting State, column = requested State.';

function matrixTable(view: PairViewData, lang: Language): Table {
  const n = view.states.length;
  const columns: Table['columns'] = [
    { header: 'Requesting State', width: 8 },
    { header: 'Name', width: 28 },
    ...view.states.map((s) => ({ header: s.code, width: 5 })),
    { header: 'No treaty basis with', width: 40 },
  ];
  const rows = view.states.map((s, i): CellValue[] => {
    const cells = view.cells.slice(i * n, (i + 1) * n);
    const blind = view.states.filter((_, j) => cells[j] === '0').map((t) => t.code);
    return [s.code, nameOf(s.names, lang) || s.code, ...cells.split(''), blind.join(' ')];
  });
  return { name: 'Pairs', columns, rows };
}

function blindSpotsTable(view: PairViewData, lang: Language): Table {
  const n = view.states.length;
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (view.cells[i * n + j] !== '0') continue;
      const [a, b] = [view.states[i]!, view.states[j]!];
      rows.push([a.code, nameOf(a.names, lang) || a.code, b.code, nameOf(b.names, lang) || b.code]);
    }
  }
  return {
    name: 'Blind spots',
    columns: [
      { header: 'Requesting State', width: 8 },
      { header: 'Name', width: 28 },
      { header: 'Requested State', width: 8 },
      { header: 'Name', width: 28 },
    ],
    rows,
  };
}

export async function exportPairView(db: Db, query: PairExportQuery, now: Date): Promise<TableFile> {
  const view = await getPairView(db, query, now);
  const stem = `accord-pairs-${view.conduct}-${view.kind}-${view.asOf}`;
  if (query.format === 'csv') {
    return { fileName: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(matrixTable(view, query.lang)) };
  }
  const about: Table = {
    name: 'About',
    columns: [
      { header: 'Field', width: 20 },
      { header: 'Value', width: 100 },
    ],
    rows: [
      ['As of', view.asOf],
      ['Conduct', view.conduct],
      ['Kind', view.kind],
      ['Cells', MEANING],
      ['Instruments counted', view.instrumentIds.join(' ')],
      ['Blind spots', view.blindSpots],
      ['Beyond treaties', 'Where no treaty applies, what remains is reciprocity or domestic law, as the States practise it (not known to Accord).'],
    ],
  };
  const body = await toXlsx([matrixTable(view, query.lang), blindSpotsTable(view, query.lang), about], {
    title: `Accord pair view: ${view.conduct}, ${view.kind}, as of ${view.asOf}`,
  });
  return { fileName: `${stem}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body };
}
