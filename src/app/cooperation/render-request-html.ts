// A request's outline as a printable page (A4), which the browser prints to PDF: the same outline as the DOCX. The
// page carries its language and direction; every value a person wrote is escaped and isolated in its own direction
// (`dir="auto"`), so a Latin name reads right on an Arabic page. The page runs and loads nothing: the route serves it
// under a CSP that allows only its own style, by hash (the style holds the language's "Page n" for the footer).
import { createHash } from 'node:crypto';
import { fillText } from '#domain/cooperation/request-template.ts';
import type { OutlineRow, OutlineSentence, OutlineValue, RequestOutline } from '#domain/cooperation/request-document.ts';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/[\\"\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

function value(v: OutlineValue): string {
  if (v.source === 'not-stated') return `<span class="none">${escape(v.text)}</span>`;
  if (v.source === 'template') return escape(v.text);
  return `<span class="user" dir="auto">${escape(v.text)}</span>`;
}

const sentence = (s: OutlineSentence) => s.map((p) => (p.name ? `<bdi>${escape(p.text)}</bdi>` : escape(p.text))).join('');

const rows = (list: readonly OutlineRow[]) =>
  `<dl>${list.map((r) => `<dt>${escape(r.label)}</dt><dd>${value(r.value)}</dd>`).join('')}</dl>`;

function style(outline: RequestOutline): string {
  const [before = '', after = ''] = fillText(outline.page, { n: '\u0000' }).split('\u0000');
  return `
@page { size: A4; margin: 20mm 18mm 22mm;
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(after)}; font-size: 9pt; color: #444; } }
body { font-family: "Noto Sans", "DejaVu Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans CJK SC", system-ui, sans-serif;
  font-size: 11pt; line-height: 1.45; color: #111; margin: 0 auto; max-inline-size: 46rem; padding: 1.5rem; }
h1 { font-size: 17pt; margin-block: 0 1rem; }
h2 { font-size: 13pt; border-block-end: 1px solid #444; margin-block: 1.4rem .5rem; break-after: avoid; }
h3 { font-size: 11.5pt; margin-block: .8rem .3rem; break-after: avoid; }
dl { display: grid; grid-template-columns: minmax(9rem, 30%) 1fr; gap: .25rem 1rem; margin: 0 0 .5rem; }
dt { font-weight: 600; break-after: avoid; }
dd { margin: 0; }
.user { display: block; white-space: pre-wrap; overflow-wrap: anywhere; }
.none { font-style: italic; color: #555; }
.header dl { grid-template-columns: max-content 1fr; }
.notice { border: 1px solid #444; padding: .4rem .7rem; font-weight: 600; }
.opening, .closing { margin-block: 1rem; }
.signature { margin-block-start: 3rem; }
.hint { color: #444; font-size: 9.5pt; border: 1px dashed #888; padding: .3rem .6rem; }
@media print { .hint { display: none; } body { padding: 0; max-inline-size: none; } }
`;
}

export interface RequestPage {
  html: string;
  /** The page's content security policy: nothing runs or loads; only its own style applies. */
  csp: string;
}

export function renderRequestHtml(outline: RequestOutline): RequestPage {
  const css = style(outline);
  const sections = outline.sections
    .map(
      (s) =>
        `<section><h2>${escape(s.heading)}</h2>${s.blocks
          .map((b) => `${b.heading ? `<h3>${escape(b.heading)}</h3>` : ''}${rows(b.rows)}`)
          .join('')}</section>`,
    )
    .join('');
  const html = [
    '<!doctype html>',
    `<html lang="${outline.language}" dir="${outline.dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(outline.title)}</title><style>${css}</style></head>`,
    '<body>',
    `<p class="hint">${escape(outline.printHint)}</p>`,
    `<header class="header"><h1>${escape(outline.title)}</h1>${rows(outline.header)}</header>`,
    outline.confidential ? `<p class="notice">${escape(outline.confidential)}</p>` : '',
    `<main><p class="opening">${sentence(outline.opening)}</p>${sections}<p class="closing">${sentence(outline.closing)}</p>`,
    `<p class="signature">${escape(outline.signature)}: ____________________</p></main>`,
    '</body></html>',
    '',
  ].join('\n');
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, csp };
}
