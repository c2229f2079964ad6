// The printable directory of competent authorities: one HTML page, grouped by State, one block per authority, that a
// browser prints to PDF (A4). Every value is data typed by people: escaped, and isolated in its own direction
// (`dir="auto"`), so an Arabic name reads right on an English page and a Latin one on an Arabic page. The page
// runs and loads nothing (the route serves it under a CSP that allows only its own inline style).
import { createHash } from 'node:crypto';
import type { AuthorityProjection } from '#domain/cooperation/authorities.ts';
import type { AuthorityOptionalPublicField } from '#domain/cooperation/types.ts';
import type { Language } from '#domain/treaties/types.ts';

/** The words of the page, from i18n/<lang>.json `directory.print`. */
export interface DirectoryWords {
  title: string;
  /** "As of {date}" */
  asOf: string;
  /** "States: {states}; kinds: {kinds}" */
  selection: string;
  everything: string;
  printHint: string;
  confidential: string;
  empty: string;
  notRecorded: string;
  /** "Not shown to you: {fields}" */
  withheld: string;
  kind: Record<string, string>;
  channel: Record<string, string>;
  field: Record<
    | 'kind'
    | 'treaty'
    | 'address'
    | 'channels'
    | 'languages'
    | 'urgentProcedure'
    | 'requirements'
    | 'dualCriminality'
    | 'assurances'
    | 'formats'
    | 'certification'
    | 'other'
    | 'lawLinks'
    | 'contacts'
    | 'lastConfirmed',
    string
  >;
}

export interface DirectoryPage {
  entries: readonly AuthorityProjection[];
  lang: Language;
  words: DirectoryWords;
  /** YYYY-MM-DD */
  date: string;
  stateName: (code: string) => string;
  treatyName: (id: string) => string;
  filters: { stateCodes: readonly string[]; kinds: readonly string[] };
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Data: escaped, in its own direction. */
const data = (s: string) => `<bdi dir="auto">${escape(s)}</bdi>`;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? values[k]! : m));

const REQUIREMENTS = ['dualCriminality', 'assurances', 'formats', 'certification', 'other'] as const;

function languageName(code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A list as the language writes one ("a, b, c"; Chinese "a、b、c"; Arabic with "،"). */
const listOf = (items: string[], lang: Language) => new Intl.ListFormat(lang, { style: 'narrow', type: 'conjunction' }).format(items);

function block(e: AuthorityProjection, p: DirectoryPage): string {
  const w = p.words;
  const rows: [string, string][] = [];
  const notRecorded = `<span class="none">${escape(w.notRecorded)}</span>`;
  const orNone = (html: string) => (html === '' ? notRecorded : html);
  rows.push([w.field.kind, escape(w.kind[e.kind] ?? e.kind)]);
  if (e.instrumentId) rows.push([w.field.treaty, data(p.treatyName(e.instrumentId))]);
  rows.push([w.field.channels, orNone(escape(listOf(e.channels.map((c) => w.channel[c] ?? c), p.lang)))]);
  rows.push([w.field.languages, orNone(escape(listOf(e.languages.map((l) => `${languageName(l, p.lang)} (${l})`), p.lang)))]);
  if (e.address !== null) rows.push([w.field.address, orNone(e.address ? `<span class="pre">${data(e.address)}</span>` : '')]);
  if (e.urgentProcedure !== null) {
    rows.push([w.field.urgentProcedure, orNone(e.urgentProcedure ? `<span class="pre">${data(e.urgentProcedure)}</span>` : '')]);
  }
  if (e.requirements !== null) {
    const req = e.requirements;
    const items = REQUIREMENTS.filter((k) => req[k]).map((k) => `<li>${escape(w.field[k])}: <span class="pre">${data(req[k]!)}</span></li>`);
    rows.push([w.field.requirements, orNone(items.length ? `<ul>${items.join('')}</ul>` : '')]);
  }
  if (e.lawLinks !== null) {
    const items = e.lawLinks.map((l) => `<li>${data(l.title)}<br><span class="url">${escape(l.url)}</span></li>`);
    rows.push([w.field.lawLinks, orNone(items.length ? `<ul>${items.join('')}</ul>` : '')]);
  }
  if (e.contacts !== null) {
    const items = e.contacts.map(
      (c) => `<li>${[c.name, c.role, c.email, c.phone].filter(Boolean).map(data).join(' · ')}</li>`,
    );
    rows.push([w.field.contacts, orNone(items.length ? `<ul>${items.join('')}</ul>` : '')]);
  }
  rows.push([w.field.lastConfirmed, escape(e.confirmedAt.toISOString().slice(0, 10))]);
  const withheld = e.withheld.length
    ? `<p class="withheld">${escape(fill(w.withheld, { fields: listOf(e.withheld.map((f: AuthorityOptionalPublicField) => w.field[f]), p.lang) }))}</p>`
    : '';
  const dl = rows.map(([dt, dd]) => `<dt>${escape(dt)}</dt><dd>${dd}</dd>`).join('');
  return `<article><h3>${data(e.name)}</h3><dl>${dl}</dl>${withheld}</article>`;
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Noto Sans", "DejaVu Sans", "Noto Sans Arabic", "Noto Naskh Arabic", system-ui, "Noto Sans CJK SC", sans-serif;
  font-size: 10.5pt; line-height: 1.4; color: #111; margin: 0 auto; max-inline-size: 48rem; padding: 1rem; }
h1 { font-size: 16pt; margin-block: 0 .25rem; }
h2 { font-size: 13pt; border-block-end: 1px solid #444; margin-block: 1.5rem .5rem; break-after: avoid; }
h3 { font-size: 11pt; margin-block: 0 .25rem; }
article { break-inside: avoid; border: 1px solid #bbb; border-radius: 4px; padding: .5rem .75rem; margin-block-end: .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0; padding-inline-start: 1.1rem; }
.pre { white-space: pre-line; }
.url { overflow-wrap: anywhere; font-size: 9pt; }
.none, .meta { color: #444; }
.withheld { margin-block: .35rem 0; font-style: italic; color: #333; }
.notice { border: 1px solid #444; padding: .35rem .6rem; }
@media print { .hint { display: none; } body { padding: 0; max-inline-size: none; } }
`;

/** The page's content security policy: nothing runs or loads; only its own style applies. */
export const DIRECTORY_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function renderDirectoryHtml(p: DirectoryPage): string {
  const w = p.words;
  const dir = p.lang === 'ar' ? 'rtl' : 'ltr';
  const byState = new Map<string, AuthorityProjection[]>();
  for (const e of p.entries) (byState.get(e.stateCode) ?? byState.set(e.stateCode, []).get(e.stateCode)!).push(e);
  const states = [...byState.keys()].sort((a, b) => p.stateName(a).localeCompare(p.stateName(b), p.lang));
  const sections = states
    .map((code) => `<section><h2>${data(p.stateName(code))} (${escape(code)})</h2>${byState.get(code)!.map((e) => block(e, p)).join('')}</section>`)
    .join('');
  const selection =
    p.filters.stateCodes.length || p.filters.kinds.length
      ? fill(w.selection, {
          states: p.filters.stateCodes.length ? p.filters.stateCodes.join(', ') : w.everything,
          kinds: p.filters.kinds.length ? p.filters.kinds.map((k) => w.kind[k] ?? k).join(', ') : w.everything,
        })
      : '';
  const confidential = p.entries.some((e) => e.contacts !== null && e.contacts.length > 0) ? `<p class="notice">${escape(w.confidential)}</p>` : '';
  return [
    '<!doctype html>',
    `<html lang="${p.lang}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(w.title)} (${escape(p.date)})</title><style>${STYLE}</style></head>`,
    '<body><header>',
    `<h1>${escape(w.title)}</h1>`,
    `<p class="meta">${escape(fill(w.asOf, { date: p.date }))}${selection ? ` · ${escape(selection)}` : ''}</p>`,
    confidential,
    `<p class="hint">${escape(w.printHint)}</p>`,
    '</header><main>',
    sections || `<p>${escape(w.empty)}</p>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
