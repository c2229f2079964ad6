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
import type {
  ApiTokenView,
  AuditEntryView,
  AuditFilters,
  AuditVerification,
  DocumentChanges,
  DocumentFilters,
  DocumentView,
  Enrolment,
  InvitationInput,
  InvitationPreview,
  InvitationView,
  OrganisationChanges,
  OrganisationInput,
  OrganisationView,
  PersonFilters,
  PersonView,
  SessionInfo,
  SessionUser,
  SessionView,
} from './api-types.ts';

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
  /** The rule's bounds (minimum, maximum, origin, format), for a precise message. */
  params?: Record<string, string | number>;
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

// CSRF: every state-changing request made with the session cookie carries the session's token (from
// GET /auth/session); before sign-in, the value of the `accord_csrf` cookie (double submit).
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function cookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

function currentCsrfToken(): string {
  return csrfToken ?? cookie('__Host-accord_csrf') ?? cookie('accord_csrf') ?? '';
}

// A 401 outside the sign-in steps means the session ended (expired, revoked, signed out elsewhere): the session
// context listens and sends the reader to the sign-in page.
const unauthenticatedListeners = new Set<() => void>();

export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const SIGN_IN_STEPS = /^\/(auth\/|invitations\/by-token\/)/;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  query?: Query;
  /** JSON, or FormData for uploads (multipart). */
  body?: unknown;
  signal?: AbortSignal;
}

// Optimistic concurrency (ADR 19): the version of each record as this page last loaded or saved it, keyed by the
// record's path. A write to a record sends it as If-Match, so a save made on a stale copy is refused (412) instead of
// overwriting a colleague's change. Lists fill it for their rows (`<list path>/<id>`).
const versions = new Map<string, string>();
const CONDITIONAL = [
  /^\/(?:assistance-requests|activities|programmes|strategies|needs|documents|organisations|people)\/[^/]+$/,
  /^\/me$/,
  /^\/me\/subscriptions\/[^/]+$/,
  /^\/cooperation\/(?:bilateral-treaties|declarations)\/[^/]+$/,
  /^\/cooperation\/authorities\/[^/]+$/,
  /^\/reports\/[^/]+$/,
];
/** The record a write changes: a transition changes its request. */
function recordPath(method: Method, path: string): string | null {
  const record =
    method === 'POST'
      ? path.replace(/^(\/assistance-requests\/[^/]+)\/transitions$/, '$1').replace(/^(\/cooperation\/authorities\/[^/]+)\/confirm$/, '$1')
          .replace(/^(\/reports\/[^/]+)\/refresh$/, '$1')
      : path;
  if (method === 'POST' && record === path) return null;
  if (method === 'GET' || method === 'DELETE') return null;
  return CONDITIONAL.some((r) => r.test(record)) ? record : null;
}
function rememberVersions(path: string, res: Response, body: unknown): void {
  const tag = res.headers.get('etag');
  if (tag && CONDITIONAL.some((r) => r.test(path))) versions.set(path, tag);
  // The session view holds one's own account (the account page edits it from there).
  const user = isRecord(body) && isRecord(body.data) && isRecord(body.data.user) ? body.data.user : null;
  if (path.startsWith('/auth/') && user && typeof user.version === 'number') versions.set('/me', `"v${user.version}"`);
  const rows = isRecord(body) && Array.isArray(body.data) ? body.data : [];
  for (const row of rows) {
    if (isRecord(row) && typeof row.id === 'string' && typeof row.version === 'number') versions.set(`${path}/${row.id}`, `"v${row.version}"`);
  }
}
/** After a 412, to apply one's changes over the version now stored (the reader chose to). */
export function acceptCurrentVersion(path: string, version: number): void {
  versions.set(path, `"v${version}"`);
}

async function request(method: Method, path: string, options: RequestOptions = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const record = recordPath(method, path);
  const known = record ? versions.get(record) : undefined;
  if (known) headers['if-match'] = known;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET') headers['x-csrf-token'] = currentCsrfToken();
  let res: Response;
  try {
    res = await fetch(BASE + path + queryString(options.query ?? {}), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (options.signal?.aborted) throw e;
    throw new ApiError(0, 'NETWORK', e instanceof Error ? e.message : String(e));
  }
  if (res.status === 204 || res.status === 202) return null;
  const parsed: unknown = await res.json().catch(() => null);
  if (res.ok) rememberVersions(record ?? path, res, parsed);
  if (res.status === 412 && record && isRecord(parsed)) {
    // Someone else's change came first: the answer holds the record as it is now, to compare with one's own.
    const err = parsed.error as { message?: string; params?: Record<string, unknown> } | undefined;
    throw new ApiError(412, 'PRECONDITION_FAILED', err?.message ?? res.statusText, { ...err?.params, record, current: parsed.data, sent: options.body });
  }
  if (!res.ok) {
    const err = (parsed as { error?: Partial<ApiError> & { params?: Record<string, unknown>; issues?: ApiIssue[] } } | null)
      ?.error;
    if (res.status === 401 && !SIGN_IN_STEPS.test(path)) for (const l of unauthenticatedListeners) l();
    throw new ApiError(res.status, err?.code ?? 'UNKNOWN', err?.message ?? res.statusText, err?.params, err?.issues);
  }
  return parsed;
}

const getJson = (path: string, query: Query = {}, signal?: AbortSignal) => request('GET', path, { query, signal });

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

  changes: async (f: { since?: string | null; sort?: 'recorded' | 'acts'; page?: number; pageSize?: number } = {}, signal?: AbortSignal) =>
    page<ChangeView>(await getJson('/changes', { ...f }, signal)),

  /** Download link of the matrix with the same filters as the view. */
  /** The file in the page's language: headers, names and statuses. */
  matrixExportUrl: (format: ExportFormat, f: MatrixFilters = {}, lang?: string) =>
    `${BASE}/matrix${queryString({ format, ...f, lang })}`,

  changesFeedUrl: `${BASE}/changes.atom`,
};

const id = encodeURIComponent;
const send = async <T>(method: Method, path: string, body?: unknown) => envelope<T>(await request(method, path, { body }));
const envelopeOf = async <T>(answer: Promise<unknown>) => envelope<T>(await answer);

/** Sign-in steps and the session (public routes: each works before sign-in). */
export const authApi = {
  session: async (signal?: AbortSignal) => envelope<SessionView>(await getJson('/auth/session', {}, signal)),
  signIn: (email: string, password: string) => send<SessionView>('POST', '/auth/sign-in', { email, password }),
  secondFactor: (code: string) => send<SessionView>('POST', '/auth/second-factor', { code }),
  startEnrolment: () => send<Enrolment>('POST', '/auth/second-factor/enrolment'),
  /** The session, and the recovery codes the server shows this once. */
  confirmEnrolment: async (code: string) => {
    const body = await request('POST', '/auth/second-factor/enrolment/confirm', { body: { code } });
    const codes = isRecord(body) && Array.isArray(body.recoveryCodes) ? (body.recoveryCodes as string[]) : [];
    return { ...envelope<SessionView>(body), recoveryCodes: codes };
  },
  /** Replaces every recovery code; the new ones are in this answer only. */
  regenerateRecoveryCodes: (password: string) =>
    send<{ recoveryCodes: string[] }>('POST', '/auth/second-factor/recovery-codes', { password }),
  disableSecondFactor: (password: string) => request('DELETE', '/auth/second-factor', { body: { password } }),
  signOut: () => request('POST', '/auth/sign-out'),
  requestPasswordReset: (email: string) => request('POST', '/auth/password-reset', { body: { email } }),
  confirmPasswordReset: (token: string, password: string) =>
    request('POST', '/auth/password-reset/confirm', { body: { token, password } }),
  /** Whether the setup link `accord serve` printed may still be used. */
  setupUsable: async (token: string, signal?: AbortSignal) =>
    envelope<{ usable: boolean }>(await getJson('/setup', { token }, signal)),
  /** Invites the first administrator with the setup link: the invitation's token, to open its page at once. */
  completeSetup: async (input: { token: string; email: string; displayName: string; language: string }) =>
    (await request('POST', '/setup', { body: input })) as { data: { invitationToken: string; expiresAt: string } },
  oidcStartUrl: (returnTo: string) => `${BASE}/auth/oidc/start${queryString({ returnTo })}`,
  invitation: async (token: string, lang: string, signal?: AbortSignal) =>
    envelope<InvitationPreview>(await getJson(`/invitations/by-token/${id(token)}`, { lang }, signal)),
  /** A new account starts a session; an existing one (`accountExists`) only gains the role and signs in as usual. */
  acceptInvitation: async (token: string, input: { displayName?: string; password?: string; language?: string }) => {
    const body = (await request('POST', `/invitations/by-token/${id(token)}/accept`, { body: input })) as {
      data: SessionView;
      accountExists?: boolean;
    };
    return { data: body.data, accountExists: body.accountExists === true };
  },
};

/** The signed-in person's own account. */
export const accountApi = {
  me: async (signal?: AbortSignal) => envelope<SessionUser>(await getJson('/me', {}, signal)),
  update: (changes: { displayName?: string; languages?: string[] }) => send<SessionUser>('PATCH', '/me', changes),
  changePassword: (currentPassword: string, newPassword: string) =>
    request('PUT', '/me/password', { body: { currentPassword, newPassword } }),
  sessions: async (signal?: AbortSignal) => page<SessionInfo>(await getJson('/me/sessions', {}, signal)),
  revokeSession: (sessionId: string) => request('DELETE', `/me/sessions/${id(sessionId)}`),
  tokens: async (signal?: AbortSignal) => page<ApiTokenView>(await getJson('/me/tokens', {}, signal)),
  createToken: (input: { name: string; scopes: string[]; expiresInDays: number }) =>
    send<ApiTokenView & { token: string }>('POST', '/me/tokens', input),
  revokeToken: (tokenId: string) => request('DELETE', `/me/tokens/${id(tokenId)}`),
};

/** Administration: organisations, people, memberships, invitations, the audit trail. */
export const adminApi = {
  organisations: async (
    f: {
      lang?: string;
      q?: string | null;
      kind?: string | null;
      includeArchived?: boolean;
      page?: number;
      pageSize?: number;
    } = {},
    signal?: AbortSignal,
  ) =>
    page<OrganisationView>(
      await getJson('/organisations', { ...f, includeArchived: f.includeArchived ? 'true' : undefined }, signal),
    ),
  organisation: async (orgId: string, lang: string, signal?: AbortSignal) =>
    envelope<OrganisationView>(await getJson(`/organisations/${id(orgId)}`, { lang }, signal)),
  createOrganisation: (input: OrganisationInput, lang: string) =>
    envelopeOf<OrganisationView>(request('POST', '/organisations', { body: input, query: { lang } })),
  updateOrganisation: (orgId: string, changes: OrganisationChanges, lang: string) =>
    envelopeOf<OrganisationView>(request('PATCH', `/organisations/${id(orgId)}`, { body: changes, query: { lang } })),

  people: async (f: PersonFilters = {}, signal?: AbortSignal) => page<PersonView>(await getJson('/people', { ...f }, signal)),
  person: async (personId: string, lang: string, signal?: AbortSignal) =>
    envelope<PersonView>(await getJson(`/people/${id(personId)}`, { lang }, signal)),
  updatePerson: (personId: string, changes: { disabled?: boolean; platformAdmin?: boolean; resetSecondFactor?: true }) =>
    send<PersonView>('PATCH', `/people/${id(personId)}`, changes),
  grantMembership: (
    personId: string,
    input: { organisationId: string; role: string; regions?: string[]; themes?: string[] },
  ) => send<unknown>('POST', `/people/${id(personId)}/memberships`, input),
  removeMembership: (personId: string, membershipId: string) =>
    request('DELETE', `/people/${id(personId)}/memberships/${id(membershipId)}`),

  invitations: async (f: { lang?: string; page?: number; pageSize?: number } = {}, signal?: AbortSignal) =>
    page<InvitationView>(await getJson('/invitations', { ...f }, signal)),
  invite: (input: InvitationInput, lang: string) =>
    envelopeOf<InvitationView>(request('POST', '/invitations', { body: input, query: { lang } })),
  revokeInvitation: (invitationId: string) => request('DELETE', `/invitations/${id(invitationId)}`),

  auditLog: async (f: AuditFilters = {}, signal?: AbortSignal) =>
    page<AuditEntryView>(await getJson('/audit-log', { ...f }, signal)),
  auditExportUrl: (format: 'csv' | 'json', f: AuditFilters = {}) =>
    `${BASE}/audit-log/export${queryString({ format, ...f, page: undefined, pageSize: undefined })}`,
  auditVerification: async (signal?: AbortSignal) =>
    envelope<AuditVerification>(await getJson('/audit-log/verification', {}, signal)),
};

/** Documents, each in its confidentiality scope. */
export const documentsApi = {
  list: async (f: DocumentFilters = {}, signal?: AbortSignal) =>
    page<DocumentView>(await getJson('/documents', { ...f }, signal)),
  exportUrl: (f: DocumentFilters = {}) =>
    `${BASE}/documents/export${queryString({ format: 'csv', ...f, page: undefined, pageSize: undefined })}`,
  get: async (docId: string, signal?: AbortSignal) => envelope<DocumentView>(await getJson(`/documents/${id(docId)}`, {}, signal)),
  contentUrl: (docId: string) => `${BASE}/documents/${id(docId)}/content`,
  upload: async (form: FormData) => envelope<DocumentView>(await request('POST', '/documents', { body: form })),
  update: (docId: string, changes: DocumentChanges) => send<DocumentView>('PATCH', `/documents/${id(docId)}`, changes),
  remove: (docId: string) => request('DELETE', `/documents/${id(docId)}`),
};

/**
 * The same fetch, envelopes and errors for the API clients of lazily loaded areas (features/<area>/api.ts), so their
 * endpoints stay out of the initial bundle.
 */
export const apiClient = { request, getJson, envelope, page };
