// The API of requests for MLA and extradition (/api/v1/cooperation/requests): the list, drafting, the shared record
// and its tracking, the conversation, sharing, attachments and the documents. Kept out of api.ts so it loads with
// these screens only. Responses are the generated types (openapi.d.ts); inputs are written from the domain's types.
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { RequestContent, RequestSide, RequestStatus } from '#domain/cooperation/requests.ts';
import type { ConductId } from '#domain/cooperation/conducts.ts';
import { apiClient, queryString, type Item, type Page } from '#web/api.ts';
import type { components } from '#web/api/openapi.d.ts';

const { request, getJson, envelope, page } = apiClient;
const BASE = '/api/v1';
const id = encodeURIComponent;

type Schemas = components['schemas'];
/** The shared record: what both authorities see. */
export type CooperationRequestSummary = Schemas['CooperationRequestSummary'];
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

export interface FinderStart {
  conduct: ConductId;
  asOf?: string;
  /** The treaty chosen among the finder's answers; null: no treaty (reciprocity). */
  instrumentId: string | null;
}

export interface CooperationRequestCreate {
  kind: CooperationKind;
  requestedStateCode: string;
  requestedAuthorityId?: string;
  fromFinder?: FinderStart;
}

/** A step saves its part whole; the version read is sent so a stale save is refused (ADR 19). */
export interface CooperationRequestPatch {
  step?: string;
  content?: Partial<RequestContent>;
  version: number;
}

export interface CooperationRequestListQuery {
  side?: 'all' | RequestSide | null;
  status?: RequestStatus | null;
  kind?: CooperationKind | null;
  state?: string | null;
  page?: number;
  pageSize?: number;
}

const REQUESTS = '/cooperation/requests';
const one = (requestId: string) => `${REQUESTS}/${id(requestId)}`;

export const cooperationRequestsApi = {
  list: async (q: CooperationRequestListQuery, signal?: AbortSignal): Promise<Page<CooperationRequestSummary>> =>
    page<CooperationRequestSummary>(await getJson(REQUESTS, { ...q }, signal)),
  get: async (requestId: string, signal?: AbortSignal): Promise<Item<CooperationRequestDetail>> =>
    envelope<CooperationRequestDetail>(await getJson(one(requestId), {}, signal)),
  create: async (body: CooperationRequestCreate) => envelope<CooperationRequestDetail>(await request('POST', REQUESTS, { body })),
  update: async (requestId: string, body: CooperationRequestPatch) => envelope<CooperationRequestDetail>(await request('PATCH', one(requestId), { body })),
  /** The answer is the shared record without content; pages reload the whole request after it. */
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
