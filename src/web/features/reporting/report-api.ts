// The API of the Secretary-General's report drafts (issue 14 §3). Kept out of api.ts so it loads with the report
// screens. The shapes come from openapi.json, generated from the routes' schemas (src/http/schemas/reporting/).
import type { components } from '#web/api/openapi.d.ts';
import { apiClient, queryString } from '#web/api.ts';

const { request, getJson } = apiClient;
const id = encodeURIComponent;
const BASE = '/api/v1';

type Schemas = components['schemas'];
export type ReportView = Schemas['ReportView'];
export type ReportSectionView = ReportView['sections'][number];
export type ReportSummary = Schemas['ReportSummary'];
export type NewReport = Schemas['ReportCreateInput'];
export type FigureRecords = Schemas['FigureRecords'];
export type FigureRecord = FigureRecords['records'][number];

const data = <T>(body: unknown) => (body as { data: T }).data;

export const reportsApi = {
  list: async (signal?: AbortSignal) => {
    return data<ReportSummary[]>(await getJson('/reports', {}, signal));
  },
  get: async (reportId: string, signal?: AbortSignal) => data<ReportView>(await getJson(`/reports/${id(reportId)}`, {}, signal)),
  create: async (body: NewReport) => data<ReportView>(await request('POST', '/reports', { body })),
  /** Sends the version this page loaded as If-Match (api.ts keeps it per record): a stale save answers 412. */
  update: async (reportId: string, body: { title?: string; narrative?: Record<string, string> }) =>
    data<ReportView>(await request('PATCH', `/reports/${id(reportId)}`, { body })),
  refresh: async (reportId: string) => data<ReportView>(await request('POST', `/reports/${id(reportId)}/refresh`)),
  records: async (reportId: string, figureId: string, page: { offset: number; limit: number }, signal?: AbortSignal) =>
    (await getJson(`/reports/${id(reportId)}/figures/${id(figureId)}/records`, page, signal)) as FigureRecords,
  /** The file in the page's language. */
  fileUrl: (reportId: string, format: 'docx' | 'xlsx', lang: string) => `${BASE}/reports/${id(reportId)}/report.${format}${queryString({ lang })}`,
};
