// Typed client of Accord's public API (/api/v1). A thin wrapper over fetch: every response shape comes from
// src/domain/treaties/views.ts, and the envelope is unwrapped in one place (envelope/page below).
import type {
  ChangeView,
  InstrumentSummary,
  InstrumentView,
  MatrixView,
  ParticipantProfile,
  ParticipantSummary,
  PartyCountPoint,
} from '#domain/treaties/views.ts';

export type Abilities = Record<string, boolean>;

export interface Page<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
  abilities: Abilities;
}

export interface Item<T> {
  data: T;
  abilities: Abilities;
}

export interface ApiIssue {
  path: (string | number)[] | string;
  message: string;
  code?: string;
}

/** An error answered by the API ({ error: { code, message, params, issues } }) or a network failure (NETWORK). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params: Record<string, unknown> = {},
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | null | undefined>;

export function queryString(query: Query): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

const BASE = '/api/v1';

async function getJson(path: string, query: Query = {}, signal?: AbortSignal): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(BASE + path + queryString(query), { headers: { accept: 'application/json' }, signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, 'NETWORK', e instanceof Error ? e.message : String(e));
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: Partial<ApiError> & { params?: Record<string, unknown>; issues?: ApiIssue[] } } | null)
      ?.error;
    throw new ApiError(res.status, err?.code ?? 'UNKNOWN', err?.message ?? res.statusText, err?.params, err?.issues);
  }
  return body;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// The two envelopes. If the API's wrapper changes, adapt here.
function envelope<T>(body: unknown): Item<T> {
  if (isRecord(body) && 'data' in body) return { data: body.data as T, abilities: (body.abilities as Abilities) ?? {} };
  return { data: body as T, abilities: {} };
}

function page<T>(body: unknown): Page<T> {
  if (Array.isArray(body)) return { data: body as T[], page: 1, pageSize: body.length, total: body.length, abilities: {} };
  const b = isRecord(body) ? body : {};
  const data = (Array.isArray(b.data) ? b.data : []) as T[];
  return {
    data,
    page: Number(b.page ?? 1),
    pageSize: Number(b.pageSize ?? data.length),
    total: Number(b.total ?? data.length),
    abilities: (b.abilities as Abilities) ?? {},
  };
}

export interface ParticipantFilters {
  regionalGroup?: string | null;
  kind?: string | null;
  q?: string | null;
  page?: number;
  pageSize?: number;
}

export interface MatrixFilters {
  asOf?: string | null;
  regionalGroup?: string | null;
  category?: string | null;
}

export type ExportFormat = 'csv' | 'xlsx' | 'json';

export const api = {
  participants: async (f: ParticipantFilters = {}, signal?: AbortSignal) =>
    page<ParticipantSummary>(await getJson('/participants', { ...f }, signal)),

  participant: async (code: string, asOf: string | null, signal?: AbortSignal) =>
    envelope<ParticipantProfile>(await getJson(`/participants/${encodeURIComponent(code)}`, { asOf }, signal)),

  instruments: async (signal?: AbortSignal) => page<InstrumentSummary>(await getJson('/instruments', {}, signal)),

  instrument: async (id: string, asOf: string | null, signal?: AbortSignal) =>
    envelope<InstrumentView>(await getJson(`/instruments/${encodeURIComponent(id)}`, { asOf }, signal)),

  partyCounts: async (id: string, signal?: AbortSignal) =>
    page<PartyCountPoint>(await getJson(`/instruments/${encodeURIComponent(id)}/party-counts`, {}, signal)),

  matrix: async (f: MatrixFilters = {}, signal?: AbortSignal) =>
    envelope<MatrixView>(await getJson('/matrix', { ...f }, signal)),

  changes: async (f: { since?: string | null; page?: number; pageSize?: number } = {}, signal?: AbortSignal) =>
    page<ChangeView>(await getJson('/changes', { ...f }, signal)),

  /** Download link of the matrix with the same filters as the view. */
  matrixExportUrl: (format: ExportFormat, f: MatrixFilters = {}) => `${BASE}/matrix${queryString({ format, ...f })}`,

  changesFeedUrl: `${BASE}/changes.atom`,
};
