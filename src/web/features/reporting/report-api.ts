// The API of the Secretary-General's report drafts (issue 14 §3). Kept out of api.ts so it loads with the report
// screens. The shapes follow the route contract and the figure contract of src/domain/reporting/report.ts.
import type { Figure, ReportFigures } from '#domain/reporting/report.ts';
import { apiClient, queryString } from '#web/api.ts';

const { request, getJson } = apiClient;
const id = encodeURIComponent;
const BASE = '/api/v1';

export interface ReportSectionView {
  /** The mandate paragraph's id (`68/187/OP1`). */
  id: string;
  number: number | string;
  /** The paragraph's text (or its description). */
  text: string;
  groupIds: string[];
}

export interface ReportView {
  id: string;
  title: string;
  mandateSet: string;
  periodFrom: string;
  periodTo: string;
  language: string;
  narrative: Record<string, string>;
  figures: ReportFigures;
  figuresComputedAt: string;
  version: number;
  sections: ReportSectionView[];
  abilities: { update: boolean };
}

export interface ReportSummary {
  id: string;
  title: string;
  mandateSet: string;
  periodFrom: string;
  periodTo: string;
  language: string;
  figuresComputedAt?: string;
  updatedAt?: string;
  version?: number;
}

export interface NewReport {
  title: string;
  mandateSet: string;
  periodFrom: string;
  periodTo: string;
  language: string;
}

export interface FigureRecord {
  kind: string;
  id: string;
  label: string;
  date: string | null;
  /** The record's web path without the language (`/activities/{id}`). */
  href: string;
}

export interface FigureRecords {
  figure: Figure;
  records: FigureRecord[];
  total: number;
  /** Records counted in the figure this reader may not open. */
  hidden: number;
}

/** The report view may come bare or in a `{ data }` envelope: take either. */
function unwrap<T>(body: unknown): T {
  if (typeof body === 'object' && body !== null && 'data' in body && !Array.isArray(body)) {
    const data = (body as { data: unknown }).data;
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as T;
  }
  return body as T;
}

export const reportsApi = {
  list: async (signal?: AbortSignal) => {
    const body = (await getJson('/reports', {}, signal)) as { data?: ReportSummary[] };
    return body.data ?? [];
  },
  get: async (reportId: string, signal?: AbortSignal) => unwrap<ReportView>(await getJson(`/reports/${id(reportId)}`, {}, signal)),
  create: async (body: NewReport) => unwrap<ReportView>(await request('POST', '/reports', { body })),
  /** Sends the version this page loaded as If-Match (api.ts keeps it per record): a stale save answers 412. */
  update: async (reportId: string, body: { title?: string; narrative?: Record<string, string> }) =>
    unwrap<ReportView>(await request('PATCH', `/reports/${id(reportId)}`, { body })),
  refresh: async (reportId: string) => unwrap<ReportView>(await request('POST', `/reports/${id(reportId)}/refresh`)),
  records: async (reportId: string, figureId: string, page: { offset: number; limit: number }, signal?: AbortSignal) =>
    (await getJson(`/reports/${id(reportId)}/figures/${id(figureId)}/records`, page, signal)) as FigureRecords,
  /** The file in the page's language. */
  fileUrl: (reportId: string, format: 'docx' | 'xlsx', lang: string) => `${BASE}/reports/${id(reportId)}/report.${format}${queryString({ lang })}`,
};
