// A request's outline as a Word document (DOCX), for the requesting authority to sign and send. The document runs in
// its language's direction: an Arabic request is right-to-left throughout (paragraphs `bidirectional`, runs
// `rightToLeft`), while a value the user wrote in a left-to-right script stays left-to-right inside it. Word picks a
// font per script: the run fonts name Noto fonts that hold Latin, Cyrillic, Arabic and Chinese glyphs, so a document
// opened where they are missing says which to substitute rather than printing boxes.
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import { fillText } from '#domain/cooperation/request-template.ts';
import type { OutlineValue, RequestOutline } from '#domain/cooperation/request-document.ts';

const FONTS = { ascii: 'Noto Sans', hAnsi: 'Noto Sans', cs: 'Noto Naskh Arabic', eastAsia: 'Noto Sans CJK SC' } as const;
const LANGUAGE_TAGS = { ar: 'ar', zh: 'zh-CN', en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU', es: 'es-ES' } as const;

/** Whether a text is written in a right-to-left script (its first strong character decides, as `dir="auto"` does). */
function isRtlText(text: string): boolean {
  const strong = /[A-Za-z\u00C0-\u02AF\u0370-\u03FF\u0400-\u04FF\u3040-\u9FFF\uAC00-\uD7AF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.exec(text);
  return strong !== null && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(strong[0]);
}

export async function renderRequestDocx(outline: RequestOutline): Promise<Buffer> {
  const rtl = outline.dir === 'rtl';
  const tag = LANGUAGE_TAGS[outline.language];
  const run = (text: string, options: Omit<IRunOptions, 'text'> = {}, textRtl = rtl) =>
    new TextRun({ text, rightToLeft: textRtl, ...options });
  const para = (children: TextRun[], options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; spacingAfter?: number } = {}) =>
    new Paragraph({
      children,
      bidirectional: rtl,
      alignment: AlignmentType.START,
      ...(options.heading ? { heading: options.heading } : {}),
      spacing: { after: options.spacingAfter ?? 120 },
    });
  /** The user's words, line by line as written, each line in its own script's direction. */
  const valueRuns = (v: OutlineValue, options: Omit<IRunOptions, 'text'> = {}): TextRun[] => {
    const lines = v.text.split(/\r?\n/);
    return lines.map((line, i) =>
      run(line, { ...options, ...(i > 0 ? { break: 1 } : {}), ...(v.source === 'not-stated' ? { italics: true } : {}) }, v.source === 'user' ? isRtlText(line) || (rtl && !/\p{L}/u.test(line)) : rtl),
    );
  };

  const children: Paragraph[] = [para([run(outline.title, { bold: true })], { heading: HeadingLevel.TITLE, spacingAfter: 240 })];
  for (const r of outline.header) children.push(para([run(`${r.label}: `, { bold: true }), ...valueRuns(r.value)], { spacingAfter: 60 }));
  if (outline.confidential) children.push(para([run(outline.confidential, { bold: true })]));
  children.push(para([run(outline.opening)], { spacingAfter: 240 }));
  for (const section of outline.sections) {
    children.push(para([run(section.heading)], { heading: HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) {
      if (block.heading) children.push(para([run(block.heading)], { heading: HeadingLevel.HEADING_2 }));
      for (const r of block.rows) children.push(para([run(`${r.label}: `, { bold: true }), ...valueRuns(r.value)]));
    }
  }
  children.push(para([run(outline.closing)], { spacingAfter: 480 }));
  children.push(para([run(`${outline.signature}: ____________________`)]));

  const [before = '', after = ''] = fillText(outline.page, { n: '\u0000' }).split('\u0000');
  const footer = new Footer({
    children: [
      new Paragraph({
        bidirectional: rtl,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, after], rightToLeft: rtl, size: 18 })],
      }),
    ],
  });

  const doc = new Document({
    title: outline.title,
    creator: 'Accord',
    styles: {
      default: {
        document: {
          run: { font: FONTS, size: 22, language: { value: tag, eastAsia: LANGUAGE_TAGS.zh, bidirectional: LANGUAGE_TAGS.ar } },
          paragraph: { spacing: { line: 276 } },
        },
        heading1: { run: { font: FONTS, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONTS, size: 23, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 80 } } },
        title: { run: { font: FONTS, size: 32, bold: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: {
          // A4, in twentieths of a point, with 18 mm and 20 mm margins.
          page: { size: { width: 11_906, height: 16_838 }, margin: { top: 1_020, bottom: 1_020, left: 1_134, right: 1_134 } },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
