// The API of requests for MLA and extradition (/api/v1/cooperation/requests): drafting, documents and tracking. Kept
// out of api.ts so it loads with these screens only.
//
// The shapes are the contract's (src/http/schemas/cooperation/requests.ts), written here from the domain's types
// because the web app may not import the http layer.
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { Completeness } from '#domain/cooperation/request-completeness.ts';
import type { RefusalGround, RequestContent, RequestEvent, RequestSide, RequestStatus } from '#domain/cooperation/requests.ts';
import type { ConductId } from '#domain/cooperation/conducts.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import { apiClient, queryString, type Item, type Page } from '#web/api.ts';

const { request, getJson, envelope, page } = apiClient;
const BASE = '/api/v1';
const id = encodeURIComponent;

/** The shared record: what both authorities see. */
export interface CooperationRequestSummary {
  id: string;
  kind: CooperationKind;
  status: RequestStatus;
  statusChangedAt: string;
  refusalGround: RefusalGround | null;
  requestingState: { code: string; names: LocalizedText };
  requestedState: { code: string; names: LocalizedText };
  requestingOrganisation: { id: string; name: string };
  requestedAuthority: { id: string; name: string } | null;
  instrumentId: string | null;
  requestingReference: string;
  requestedReference: string;
  sentAt: string | null;
  receivedAt: string | null;
  closedAt: string | null;
  overdue: boolean;
  sides: RequestSide[];
  updatedAt: string;
  version: number;
}

export interface CooperationRequestDetail extends CooperationRequestSummary {
  content: RequestContent | null;
  contentShared: boolean;
  completeness: Completeness | null;
  acceptedLanguages: string[] | null;
  duplicatedFrom: string | null;
  abilities: {
    edit: boolean;
    share: boolean;
    delete: boolean;
    duplicate: boolean;
    message: boolean;
    document: boolean;
    events: RequestEvent[];
  };
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

export const cooperationRequestsApi = {
  list: async (q: CooperationRequestListQuery, signal?: AbortSignal): Promise<Page<CooperationRequestSummary>> =>
    page<CooperationRequestSummary>(await getJson('/cooperation/requests', { ...q }, signal)),
  get: async (requestId: string, signal?: AbortSignal): Promise<Item<CooperationRequestDetail>> =>
    envelope<CooperationRequestDetail>(await getJson(`/cooperation/requests/${id(requestId)}`, {}, signal)),
  create: async (body: CooperationRequestCreate) => envelope<CooperationRequestDetail>(await request('POST', '/cooperation/requests', { body })),
  update: async (requestId: string, body: CooperationRequestPatch) =>
    envelope<CooperationRequestDetail>(await request('PATCH', `/cooperation/requests/${id(requestId)}`, { body })),
  transition: async (requestId: string, body: { event: RequestEvent; version: number }) =>
    envelope<CooperationRequestDetail>(await request('POST', `/cooperation/requests/${id(requestId)}/transitions`, { body })),
  /** The request as a Word document, in `language` (default: the language chosen on the request). */
  documentUrl: (requestId: string, language?: string) => `${BASE}/cooperation/requests/${id(requestId)}/document.docx${queryString({ language })}`,
  /** The printable page (the browser prints it to PDF). */
  printUrl: (requestId: string, language?: string) => `${BASE}/cooperation/requests/${id(requestId)}/document.html${queryString({ language })}`,
};
