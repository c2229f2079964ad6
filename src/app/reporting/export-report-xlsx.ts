// A draft's figures as a workbook (issue 14 §3): one sheet per section (the mandate paragraph), one row per figure
// with its group, label, figure id, value, unit and whether it is suppressed.
import type { Actor } from '#domain/actor.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { toXlsx, type Table } from '../shared/tabular.ts';
import { getReport } from './get-report.ts';
import type { ReportView } from './report-presenters.ts';
import { reportWords } from './report-labels.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exportReportXlsx(db: Db, actor: Actor, id: string, lang?: string): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const { data } = await getReport(db, actor, id);
  return { fileName: `report-${data.periodFrom}-${data.periodTo}.xlsx`, contentType: XLSX_TYPE, body: await renderReportXlsx(data, (lang ?? data.language) as Language) };
}

export async function renderReportXlsx(report: ReportView, lang: Language): Promise<Buffer> {
  const words = reportWords(lang);
  const groups = new Map(report.figures.groups.map((g) => [g.id, g]));
  const tables: Table[] = report.sections.map((section) => ({
    // Sheet names: at most 31 characters, no slash.
    name: section.id === 'other' ? words.word('other') : section.id.replace(/[\\/?*[\]:]/g, ' '),
    columns: [
      { header: words.word('group'), width: 36 },
      { header: words.word('figure'), width: 40 },
      { header: words.word('figureId'), width: 48 },
      { header: words.word('value'), width: 16 },
      { header: words.word('unit'), width: 8 },
      { header: words.word('suppressed'), width: 12 },
    ],
    rows: section.groupIds.flatMap((gid) => {
      const group = groups.get(gid);
      if (!group) return [];
      return group.figures.map((f) => [
        words.groupLabel(group),
        words.figureLabel(f),
        f.id,
        f.suppressed || f.value === null ? null : f.unit === 'usd' ? String(f.value) : Number(f.value),
        f.unit,
        f.suppressed ? words.word('suppressed') : '',
      ]);
    }),
  }));
  return toXlsx(tables, { title: report.title });
}
