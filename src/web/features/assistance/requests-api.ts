// The API of assistance requests (/api/v1/assistance-requests). Kept out of api.ts so it loads with the request
// screens only.
import { apiClient, queryString } from '#web/api.ts';
import type {
  AssistanceRequestDetail,
  AssistanceRequestFilters,
  AssistanceRequestInput,
  AssistanceRequestView,
  RequestMessageView,
  RequestTransitionInput,
} from '#web/api-types.ts';

const { request, getJson, envelope, page } = apiClient;
const BASE = '/api/v1';
const id = encodeURIComponent;

export type RequestExportFormat = 'csv' | 'xlsx';

export const requestsApi = {
  list: async (f: AssistanceRequestFilters, signal?: AbortSignal) =>
    page<AssistanceRequestView>(await getJson('/assistance-requests', { ...f }, signal)),
  /** The list's download with the same filters (every page). */
  exportUrl: (format: RequestExportFormat, f: AssistanceRequestFilters) =>
    `${BASE}/assistance-requests/export${queryString({ format, ...f, page: undefined, pageSize: undefined })}`,
  get: async (requestId: string, signal?: AbortSignal) =>
    envelope<AssistanceRequestDetail>(await getJson(`/assistance-requests/${id(requestId)}`, {}, signal)),
  create: async (body: AssistanceRequestInput) =>
    envelope<AssistanceRequestDetail>(await request('POST', '/assistance-requests', { body })),
  update: async (requestId: string, body: Partial<AssistanceRequestInput>) =>
    envelope<AssistanceRequestDetail>(await request('PATCH', `/assistance-requests/${id(requestId)}`, { body })),
  deleteDraft: (requestId: string) => request('DELETE', `/assistance-requests/${id(requestId)}`),
  transition: async (requestId: string, body: RequestTransitionInput) =>
    envelope<AssistanceRequestDetail>(await request('POST', `/assistance-requests/${id(requestId)}/transitions`, { body })),
  postMessage: async (requestId: string, body: string) =>
    envelope<RequestMessageView>(await request('POST', `/assistance-requests/${id(requestId)}/messages`, { body: { body } })),
};
