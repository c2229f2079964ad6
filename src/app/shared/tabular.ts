// Tables to files: CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read accents and Arabic/Chinese right)
// and XLSX (exceljs). Shared by every export so that all lists are exported the same way.

export type CellValue = string | number | null;

export interface Table {
  /** Sheet name (XLSX); ignored by CSV. */
  name: string;
  columns: { header: string; width?: number }[];
  rows: CellValue[][];
}

/**
 * A cell that starts with = + - @ (or a tab/CR) is run as a formula by spreadsheet programs: a participant name
 * or a source title is data, never code, so such text is prefixed with an apostrophe (OWASP "CSV injection").
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = defuse(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Table): string {
  const lines = [table.columns.map((c) => csvField(c.header)), ...table.rows.map((r) => r.map(csvField))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

export async function toXlsx(tables: Table[], meta: { title: string }): Promise<Buffer> {
  // Loaded on first use: exceljs takes about half a second to import, which every start-up would otherwise pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Accord';
  workbook.title = meta.title;
  // A fixed date keeps the file a function of the data (same data, same bytes, same ETag).
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? 14 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(row.map((v) => (typeof v === 'string' ? defuse(v) : v)));
    }
    if (table.rows.length) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type TableFormat = 'csv' | 'xlsx';

export interface TableFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

/** One table as the file asked for: `stem` names it (`accord-results-2026-03-01`), `title` goes in the XLSX's properties. */
export async function tableFile(table: Table, format: TableFormat, name: { stem: string; title: string }): Promise<TableFile> {
  if (format === 'xlsx') {
    return {
      fileName: `${name.stem}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: await toXlsx([table], { title: name.title }),
    };
  }
  return { fileName: `${name.stem}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(table) };
}
