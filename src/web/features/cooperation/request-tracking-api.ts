// The API of one request for MLA or extradition as its page uses it (/api/v1/cooperation/requests/:id): the shared
// record, tracking events, the conversation, who sees the content, people named, attachments, duplication and the
// documents. Kept out of api.ts so it loads with the request page only. Types are the generated ones (openapi.d.ts).
import { apiClient, queryString } from '#web/api.ts';
import type { components } from '#web/api/openapi.d.ts';

type Schemas = components['schemas'];
export type CooperationRequestDetail = Schemas['CooperationRequest'];
export type CooperationRequestEventView = CooperationRequestDetail['events'][number];
export type CooperationRequestMessageView = CooperationRequestDetail['messages'][number];
export type CooperationRequestTransitionInput = Schemas['CooperationRequestTransitionInput'];
export type RequestTemplate = Schemas['CooperationRequestTemplate']['data'];
/** A person the requesting authority may name on the request. */
export interface ShareCandidate {
  id: string;
  name: string;
}

const { request, getJson, envelope, page } = apiClient;
const BASE = '/api/v1';
const REQUESTS = '/cooperation/requests';
const id = encodeURIComponent;
const one = (requestId: string) => `${REQUESTS}/${id(requestId)}`;

export const requestTrackingApi = {
  get: async (requestId: string, signal?: AbortSignal) => envelope<CooperationRequestDetail>(await getJson(one(requestId), {}, signal)),
  /** The answer is the shared record without content; the page reloads the whole request after it. */
  transition: (requestId: string, body: CooperationRequestTransitionInput) => request('POST', `${one(requestId)}/transitions`, { body }),
  postMessage: async (requestId: string, body: string) => envelope<CooperationRequestMessageView>(await request('POST', `${one(requestId)}/messages`, { body: { body } })),
  /** Whether the requested authority sees what the request says; the version read is sent (ADR 19). */
  setContentShared: async (requestId: string, contentShared: boolean, version: number) =>
    envelope<CooperationRequestDetail>(await request('PATCH', one(requestId), { body: { contentShared, version } })),
  shareCandidates: async (requestId: string, signal?: AbortSignal) => page<ShareCandidate>(await getJson(`${one(requestId)}/share-candidates`, {}, signal)),
  setShares: async (requestId: string, userIds: string[], version: number) =>
    envelope<CooperationRequestDetail>(await request('PUT', `${one(requestId)}/shares`, { body: { userIds, version } })),
  /** A file as the document upload takes one (multipart, the title before the file). */
  attach: async (requestId: string, file: File, title: string) => {
    const form = new FormData();
    form.append('title', title);
    form.append('file', file, file.name);
    return envelope<unknown>(await request('POST', `${one(requestId)}/attachments`, { body: form }));
  },
  detach: (requestId: string, documentId: string) => request('DELETE', `${one(requestId)}/attachments/${id(documentId)}`),
  duplicate: async (requestId: string, requestedStateCode: string) =>
    envelope<CooperationRequestDetail>(await request('POST', `${one(requestId)}/duplicate`, { body: { requestedStateCode } })),
  template: async (kind: string, lang: string, signal?: AbortSignal) =>
    envelope<RequestTemplate>(await getJson(`/cooperation/request-templates/${id(kind)}`, { lang }, signal)),
  /** The request as a Word document, in `language` (default: the language chosen on the request). */
  documentUrl: (requestId: string, language?: string) => `${BASE}${one(requestId)}/document.docx${queryString({ language })}`,
  /** The printable page (the browser prints it to PDF). */
  printUrl: (requestId: string, language?: string) => `${BASE}${one(requestId)}/document.html${queryString({ language })}`,
  /** An attachment's file (a document of the library, readable by the people the request is shared with). */
  attachmentUrl: (documentId: string) => `${BASE}/documents/${id(documentId)}/content`,
};
