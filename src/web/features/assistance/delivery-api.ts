// The API of delivery (activities, results, programmes, strategies), coordination (who does what where, overlaps,
// needs, gaps) and notifications. Kept out of api.ts so it loads with the screens that use it.
import { apiClient, queryString, type Item, type Page } from '#web/api.ts';
import type {
  ActivityFilters,
  ActivityInputBody,
  ActivityView,
  GapsRankingRow,
  NeedInput,
  NeedView,
  NotificationView,
  OverlapQueueItem,
  OverlapView,
  ProgrammeView,
  ResultInput,
  ResultView,
  StateGapsView,
  StrategyView,
  SubscriptionView,
  WhoDoesWhatCell,
} from '#web/api-types.ts';

const { request, getJson, envelope, page } = apiClient;
const BASE = '/api/v1';
const id = encodeURIComponent;
type Query = Record<string, string | number | null | undefined>;

const get = async <T>(path: string, query: Query, signal?: AbortSignal) => envelope<T>(await getJson(path, query, signal));
const list = async <T>(path: string, query: Query, signal?: AbortSignal) => page<T>(await getJson(path, query, signal));
/** A page and the figures the API gives beside it (the period shown, the unread count, the dates of the gaps). */
const listWith = async <T, X>(path: string, query: Query, signal: AbortSignal | undefined, extra: (body: Partial<X>) => X) => {
  const body = await getJson(path, query, signal);
  const fields = typeof body === 'object' && body !== null ? (body as Partial<X>) : {};
  return { ...page<T>(body), ...extra(fields) } as Page<T> & X;
};

/** The period "who does what, where" covers (by default a year back to a year ahead). */
export type CellPeriod = { period: { from: string; to: string } | null };
/** The day the gaps are counted on, and the start of the 24 months in which assistance counts. */
export type GapsDates = { asOf: string | null; assistanceSince: string | null };
/** Unread notifications in all pages. */
export type UnreadCount = { unread: number };
const send = async <T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
  envelope<T>(await request(method, path, { body }));

export type ActivityExportFormat = 'csv' | 'xlsx' | 'ics';
/** The files every list exports to. */
export type ListExportFormat = 'csv' | 'xlsx';

/** The address of a list's export: `path`/export with the list's filters, without its paging. */
const exportUrl = (path: string, format: string, f: Query) =>
  `${BASE}${path}/export${queryString({ format, ...f, page: undefined, pageSize: undefined })}`;

/** An activity saved, with the other entities' activities it meets (the coordinators' queue has them too). */
export interface SavedActivity extends Item<ActivityView> {
  overlaps: OverlapView[];
}

async function saveActivity(method: 'POST' | 'PATCH', path: string, body: Partial<ActivityInputBody>): Promise<SavedActivity> {
  const answer = (await request(method, path, { body })) as { overlaps?: OverlapView[] } | null;
  return { ...envelope<ActivityView>(answer), overlaps: answer?.overlaps ?? [] };
}

/** Overlaps found when an activity was saved, kept for its page (opened next) to show: activity id → overlaps. */
export const savedOverlaps = new Map<string, OverlapView[]>();

export const deliveryApi = {
  activities: (f: ActivityFilters, signal?: AbortSignal) => list<ActivityView>('/activities', { ...f }, signal),
  exportUrl: (format: ActivityExportFormat, f: ActivityFilters) => exportUrl('/activities', format, { ...f }),
  activity: (activityId: string, signal?: AbortSignal) => get<ActivityView>(`/activities/${id(activityId)}`, {}, signal),
  createActivity: (body: ActivityInputBody) => saveActivity('POST', '/activities', body),
  updateActivity: (activityId: string, body: Partial<ActivityInputBody>) =>
    saveActivity('PATCH', `/activities/${id(activityId)}`, body),
  overlapCheck: async (
    body: { activityId: string | null; organisationId: string | null; stateCodes: string[]; themes: string[]; startDate: string; endDate: string },
    signal?: AbortSignal,
  ) =>
    page<OverlapView>(await request('POST', '/activities/overlap-check', { body, signal })).data,
  recordResult: (activityId: string, body: ResultInput) => send<ResultView>('POST', `/activities/${id(activityId)}/results`, body),

  programmes: (f: Query, signal?: AbortSignal) => list<ProgrammeView>('/programmes', f, signal),
  programmesExportUrl: (format: ListExportFormat, f: Query) => exportUrl('/programmes', format, f),
  programme: (programmeId: string, signal?: AbortSignal) => get<ProgrammeView>(`/programmes/${id(programmeId)}`, {}, signal),
  createProgramme: (body: Partial<ProgrammeView>) => send<ProgrammeView>('POST', '/programmes', body),
  updateProgramme: (programmeId: string, body: Partial<ProgrammeView>) =>
    send<ProgrammeView>('PATCH', `/programmes/${id(programmeId)}`, body),

  strategies: (f: Query, signal?: AbortSignal) => list<StrategyView>('/strategies', f, signal),
  strategiesExportUrl: (format: ListExportFormat, f: Query) => exportUrl('/strategies', format, f),
  strategy: (strategyId: string, signal?: AbortSignal) => get<StrategyView>(`/strategies/${id(strategyId)}`, {}, signal),
  createStrategy: (body: Partial<StrategyView>) => send<StrategyView>('POST', '/strategies', body),
  updateStrategy: (strategyId: string, body: Partial<StrategyView>) =>
    send<StrategyView>('PATCH', `/strategies/${id(strategyId)}`, body),
};

export const coordinationApi = {
  whoDoesWhatWhere: (f: Query, signal?: AbortSignal) =>
    listWith<WhoDoesWhatCell, CellPeriod>('/coordination/who-does-what-where', f, signal, (b) => ({ period: b.period ?? null })),
  whoDoesWhatWhereExportUrl: (format: ListExportFormat, f: Query) => exportUrl('/coordination/who-does-what-where', format, f),
  overlaps: (f: Query, signal?: AbortSignal) => list<OverlapQueueItem>('/coordination/overlaps', f, signal),
  overlapsExportUrl: (format: ListExportFormat, f: Query) => exportUrl('/coordination/overlaps', format, f),
  resolveOverlap: (overlapId: string, body: { resolution: string; comment: string }) =>
    send<OverlapQueueItem>('POST', `/coordination/overlaps/${id(overlapId)}/resolution`, body),
  needs: (f: Query, signal?: AbortSignal) => list<NeedView>('/needs', f, signal),
  needsExportUrl: (format: ListExportFormat, f: Query) => exportUrl('/needs', format, f),
  uncoveredNeeds: (f: Query, signal?: AbortSignal) => list<NeedView>('/needs/uncovered', f, signal),
  uncoveredNeedsExportUrl: (format: ListExportFormat, f: Query) => exportUrl('/needs/uncovered', format, f),
  need: (needId: string, signal?: AbortSignal) => get<NeedView>(`/needs/${id(needId)}`, {}, signal),
  createNeed: (body: NeedInput) => send<NeedView>('POST', '/needs', body),
  /** A need's State and holder stay. */
  updateNeed: (needId: string, body: Partial<Omit<NeedInput, 'stateCode' | 'ownerOrganisationId'>> & { status?: string }) =>
    send<NeedView>('PATCH', `/needs/${id(needId)}`, body),
  gaps: (f: Query, signal?: AbortSignal) =>
    listWith<GapsRankingRow, GapsDates>('/coordination/gaps', f, signal, (b) => ({ asOf: b.asOf ?? null, assistanceSince: b.assistanceSince ?? null })),
  gapsExportUrl: (format: ListExportFormat, f: Query) => exportUrl('/coordination/gaps', format, f),
  stateGaps: (code: string, signal?: AbortSignal) => get<StateGapsView>(`/participants/${id(code)}/gaps`, {}, signal),
};

export const notificationsApi = {
  list: (f: Query, signal?: AbortSignal) =>
    listWith<NotificationView, UnreadCount>('/me/notifications', f, signal, (b) => ({ unread: typeof b.unread === 'number' ? b.unread : 0 })),
  markRead: (body: { ids?: string[]; all?: true }) => request('POST', '/me/notifications/read', { body }),
  subscriptions: (lang: string, signal?: AbortSignal) => list<SubscriptionView>('/me/subscriptions', { lang }, signal),
  /** `lang`: the language of the label in the answer. */
  subscribe: async (body: { kind: string; value: string; email: boolean }, lang: string) =>
    envelope<SubscriptionView>(await request('POST', '/me/subscriptions', { body, query: { lang } })),
  setEmail: async (subscriptionId: string, email: boolean, lang: string) =>
    envelope<SubscriptionView>(await request('PATCH', `/me/subscriptions/${id(subscriptionId)}`, { body: { email }, query: { lang } })),
  unsubscribe: (subscriptionId: string) => request('DELETE', `/me/subscriptions/${id(subscriptionId)}`),
};
