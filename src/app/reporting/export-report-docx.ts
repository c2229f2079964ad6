// A draft as a Word document (issue 14 §3): title, period, then for each section the paragraph's text, the author's
// narrative and the figures as tables, each figure carrying a footnote that names its records (count, period and
// figure id); suppressed figures are marked so. Charts: the DOCX carries each breakdown as its table only. A chart
// image would need an SVG rasterised to PNG (Word requires a PNG beside an SVG), and there is no rasteriser among
// the project's dependencies without native code; the web view draws the bars as SVG.
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Actor } from '#domain/actor.ts';
import { SMALL_CELL, type Figure, type FigureGroup } from '#domain/reporting/report.ts';
import type { Language } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { getReport } from './get-report.ts';
import type { ReportView } from './report-presenters.ts';
import { reportWords, type ReportWords } from './report-labels.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function exportReportDocx(db: Db, actor: Actor, id: string, lang?: string): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const { data } = await getReport(db, actor, id);
  const body = await renderReportDocx(data, (lang ?? data.language) as Language);
  return { fileName: `report-${data.periodFrom}-${data.periodTo}.docx`, contentType: DOCX_TYPE, body };
}

export function formatValue(figure: Figure, words: ReportWords): string {
  if (figure.suppressed || figure.value === null) return words.word('suppressed');
  return String(figure.value);
}

/** The footnote of a figure: what it counts, over which period, how many records, and its id (the records' query). */
export function footnoteOf(report: Pick<ReportView, 'periodFrom' | 'periodTo'>, group: FigureGroup, figure: Figure, words: ReportWords): string {
  const params = { group: words.groupLabel(group), from: report.periodFrom, to: report.periodTo, label: words.figureLabel(figure), id: figure.id };
  if (figure.suppressed) return `${words.word('footnoteSum', params)}. ${words.word('suppressedNote', { count: SMALL_CELL })}`;
  if (figure.unit === 'count') return words.word('footnote', { ...params, count: String(figure.value) });
  return words.word('footnoteSum', params);
}

export async function renderReportDocx(report: ReportView, lang: Language): Promise<Buffer> {
  const words = reportWords(lang);
  const groups = new Map(report.figures.groups.map((g) => [g.id, g]));
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let next = 1;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
    new Paragraph(words.word('period', { from: report.periodFrom, to: report.periodTo })),
    new Paragraph(words.word('mandateSet', { set: report.mandateSet })),
    new Paragraph(words.word('computedAt', { time: report.figuresComputedAt })),
  ];
  const cell = (runs: TextRun[] | string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: typeof runs === 'string' ? [new TextRun({ text: runs, bold })] : runs })] });
  for (const section of report.sections) {
    const heading = section.id === 'other' ? words.word('other') : `${words.word('paragraph', { number: section.number })} (${section.id})`;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] }));
    if (section.text) children.push(new Paragraph({ children: [new TextRun({ text: section.text, italics: true })] }));
    const narrative = report.narrative[section.id];
    if (narrative) for (const line of narrative.split(/\n+/)) children.push(new Paragraph(line));
    for (const groupId of section.groupIds) {
      const group = groups.get(groupId);
      if (!group) continue;
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(words.groupLabel(group))] }));
      const rows = [new TableRow({ tableHeader: true, children: [cell(words.word('figure'), true), cell(words.word('value'), true)] })];
      for (const figure of group.figures) {
        const n = next++;
        footnotes[n] = { children: [new Paragraph(footnoteOf(report, group, figure, words))] };
        rows.push(
          new TableRow({
            children: [
              cell(words.figureLabel(figure)),
              cell([new TextRun({ text: formatValue(figure, words), italics: figure.suppressed }), new FootnoteReferenceRun(n)]),
            ],
          }),
        );
      }
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
    }
  }
  const doc = new Document({
    creator: 'Accord',
    title: report.title,
    footnotes,
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(doc);
}
