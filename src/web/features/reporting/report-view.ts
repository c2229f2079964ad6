// Pure helpers of the report screens (issue 14 §3): checking a new draft's form, placing the figure groups under the
// resolution's paragraphs, naming a figure in the reader's language, and laying out a breakdown as bars that grow
// from the inline start (left to right, or right to left in Arabic).
import type { Figure, FigureGroup, ReportSection } from '#domain/reporting/report.ts';
import type { ApiIssue } from '#web/api.ts';

export interface NewReportDraft {
  title: string;
  mandateSet: string;
  periodFrom: string;
  periodTo: string;
  language: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (the date inputs give that, or '' when incomplete). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const issue = (field: string, code: string, message: string): ApiIssue => ({ path: ['body', field], code, message });

/** What is wrong with the form before it is sent, as the API would say it (same paths and codes). */
export function checkNewReport(draft: NewReportDraft): ApiIssue[] {
  const issues: ApiIssue[] = [];
  if (draft.title.trim() === '') issues.push(issue('title', 'required', 'A title is required.'));
  if (draft.mandateSet.trim() === '') issues.push(issue('mandateSet', 'required', 'A mandate set is required.'));
  if (!isIsoDate(draft.periodFrom)) issues.push(issue('periodFrom', draft.periodFrom ? 'invalid_date' : 'required', 'A start date is required.'));
  if (!isIsoDate(draft.periodTo)) issues.push(issue('periodTo', draft.periodTo ? 'invalid_date' : 'required', 'An end date is required.'));
  else if (isIsoDate(draft.periodFrom) && draft.periodTo < draft.periodFrom) {
    issues.push(issue('periodTo', 'end_before_start', 'The period ends before it starts.'));
  }
  if (draft.language === '') issues.push(issue('language', 'required', 'A language is required.'));
  return issues;
}

/**
 * The reporting year proposed for a new draft: the last complete 1 July – 30 June before `today` (the period the
 * Secretary-General's reports under resolution 68/187 cover).
 */
export function defaultPeriod(today: string): { periodFrom: string; periodTo: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const endYear = m >= 7 ? y : y - 1;
  return { periodFrom: `${endYear - 1}-07-01`, periodTo: `${endYear}-06-30` };
}

export interface PlacedSection {
  /** The mandate paragraph's id, or null for the groups no paragraph claims. */
  id: string | null;
  number: number | string | null;
  text: string;
  groups: FigureGroup[];
}

/** The section id the API gives the groups no paragraph claims. */
export const OTHER_SECTION = 'other';

/**
 * The report in the resolution's order: each paragraph with its figure groups (in the order the section names them,
 * else by the group's own `mandateId`), then the groups no paragraph claims, so no figure is lost.
 */
export function placeGroups(
  sections: { id: string; number: number | string; text: string; groupIds: string[] }[],
  groups: FigureGroup[],
): PlacedSection[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const placed = new Set<string>();
  // The server's own section for the groups under no paragraph (`other`) is placed last, with the rest.
  const out: PlacedSection[] = sections
    .filter((s) => s.id !== OTHER_SECTION)
    .map((s) => {
      const own = s.groupIds.map((id) => byId.get(id)).filter((g): g is FigureGroup => g !== undefined && !placed.has(g.id));
      for (const g of own) placed.add(g.id);
      return { id: s.id, number: s.number, text: s.text, groups: own };
    });
  for (const g of groups) {
    if (placed.has(g.id)) continue;
    const home = out.find((s) => s.id !== null && s.id === g.mandateId);
    if (home) {
      home.groups.push(g);
      placed.add(g.id);
    }
  }
  const rest = groups.filter((g) => !placed.has(g.id));
  if (rest.length > 0) out.push({ id: null, number: null, text: '', groups: rest });
  return out;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Catalogue keys that may name a label of a given vocabulary, most specific first. */
function labelKeys(kind: string, key: string): string[] {
  const paragraph = /\/(OP\d+)$/.exec(key)?.[1];
  switch (kind) {
    case 'theme':
      return [`assistance.theme.${key}`];
    case 'modality':
      return [`assistance.modality.${key}`, `assistance.activityKind.${key}`];
    case 'activity-kind':
    case 'kind':
      return [`assistance.activityKind.${key}`, `assistance.modality.${key}`, `library.kind.${key}`];
    case 'institution':
    case 'institution-kind':
      return [`assistance.institutionKind.${key}`];
    case 'mandate':
      return paragraph ? [`assistance.mandate.${paragraph}.label`] : [];
    case 'document-kind':
    case 'publication':
      return [`library.kind.${key}`];
    case 'result-kind':
      return [`assistance.resultKind.${key}`];
    case 'event-kind':
      return [`eventKind.${key}`];
    case 'sex':
      return [`reports.sex.${key}`];
    case 'cooperation':
      return [`reports.label.cooperation-${flat(key)}`];
    default:
      return [`reports.label.${flat(kind === 'figure' ? key : `${kind}.${key}`)}`];
  }
}

/** Ids hold dots (`funding.received.by-donor`); the catalogues' keys are flat (`funding-received-by-donor`). */
export const flat = (id: string) => id.replace(/[./\s]+/g, '-');

/** The label of a figure in the reader's language; names (donors, States) come as text; else the key itself. */
export function figureLabel(t: Translate, label: Figure['label'], regionalGroup?: (name: string) => string): string {
  if ((label.kind === 'region' || label.kind === 'regional-group') && regionalGroup) return regionalGroup(label.key);
  // Cooperation figures come per kind of request and year (`mla 2014`): the kind translated, then what is counted.
  const tracked = label.kind === 'cooperation' ? /^(mla|extradition) (\d{4})$/.exec(label.text ?? '') : null;
  if (tracked) {
    const what = t(`reports.label.cooperation-${flat(label.key)}`);
    return t('reports.label.cooperationFigure', { kind: t(`requestTracking.kind.${tracked[1]}`), year: tracked[2]!, what });
  }
  for (const key of labelKeys(label.kind, label.key)) {
    const text = t(key);
    if (text !== key) return text;
  }
  return label.text ?? label.key;
}

/** A group's heading: its own catalogue entry when there is one, else its section's. */
export function groupTitle(t: Translate, group: { id: string; section: ReportSection }): string {
  const own = `reports.group.${flat(group.id)}`;
  const text = t(own);
  return text !== own ? text : t(`reports.section.${group.section}`);
}

/** The number a chart draws for a figure (US dollars as a float are fine for a bar's length, never for the table). */
export function chartValue(figure: Figure): number {
  if (figure.suppressed || figure.value === null) return 0;
  const n = typeof figure.value === 'number' ? figure.value : Number(figure.value);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export interface Bar {
  figure: Figure;
  label: string;
  /** Row's top edge. */
  y: number;
  /** The bar's left edge and width in SVG units (x grows to the right whatever the direction). */
  x: number;
  width: number;
  /** Where the label and the value are written, and how they are anchored. */
  labelX: number;
  labelAnchor: 'start' | 'end';
  valueX: number;
  valueAnchor: 'start' | 'end';
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: Bar[];
}

export interface ChartOptions {
  rtl: boolean;
  width?: number;
  labelWidth?: number;
  valueWidth?: number;
  rowHeight?: number;
  barHeight?: number;
}

/**
 * Horizontal bars, one row per figure: the label at the inline start, then the bar growing towards the inline end,
 * then the value. In right-to-left pages the whole row is mirrored: the label on the right, bars growing leftwards.
 */
export function layoutBars(rows: { figure: Figure; label: string }[], options: ChartOptions): ChartLayout {
  const { rtl, width = 640, labelWidth = 220, valueWidth = 110, rowHeight = 28, barHeight = 18 } = options;
  const span = Math.max(0, width - labelWidth - valueWidth);
  const max = Math.max(0, ...rows.map((r) => chartValue(r.figure)));
  const bars = rows.map(({ figure, label }, i): Bar => {
    const length = max > 0 ? (chartValue(figure) / max) * span : 0;
    const y = i * rowHeight + (rowHeight - barHeight) / 2;
    if (!rtl) {
      return { figure, label, y, x: labelWidth, width: length, labelX: labelWidth - 8, labelAnchor: 'end', valueX: labelWidth + length + 6, valueAnchor: 'start' };
    }
    const start = width - labelWidth;
    return { figure, label, y, x: start - length, width: length, labelX: start + 8, labelAnchor: 'start', valueX: start - length - 6, valueAnchor: 'end' };
  });
  return { width, height: Math.max(rowHeight, rows.length * rowHeight), bars };
}

/** The report's path in the web app, and a figure's records page. */
export const reportPath = (reportId: string) => `/reports/${encodeURIComponent(reportId)}`;
/**
 * Figure ids hold dots (`activities.by-theme.victims`): written plainly, the last part would look like a file's
 * extension and the server would answer a reload of the page 404 instead of the app. Encoded, the router decodes it.
 */
export const figurePath = (reportId: string, figureId: string) =>
  `${reportPath(reportId)}/figures/${encodeURIComponent(figureId).replace(/\./g, '%2E')}`;

/** A record's page in the reader's language: the API gives the path without it. */
export function recordHref(lang: string, path: string): string {
  return `/${lang}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Offsets of the records list: `page` 1-based. */
export function recordsWindow(page: number, pageSize: number): { offset: number; limit: number } {
  return { offset: (Math.max(1, page) - 1) * pageSize, limit: pageSize };
}
