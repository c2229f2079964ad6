// The API of funding: contributions and pledges with their allocations and expenditure, balances, exchange-rate tables,
// a donor's page and the exports (CSV, XLSX, IATI). Kept out of api.ts so it loads with the funding screens.
// The shapes come from openapi.json (generated from the routes' zod schemas), never written twice.
import { apiClient, queryString, type Item, type Page } from '#web/api.ts';
import type { components } from '#web/api/openapi.d.ts';

const { request, getJson, envelope, page } = apiClient;
const BASE = '/api/v1';
const id = encodeURIComponent;
type Query = Record<string, string | number | null | undefined>;

export type DonorFunding = components['schemas']['DonorFunding']['data'];

type Schemas = components['schemas'];
export type ContributionBalance = Schemas['ContributionBalance'];
export type ContributionView = Schemas['Contribution'];
export type ExpenditureView = Schemas['Expenditure'];
export type AllocationView = Schemas['Allocation'];
export type ContributionDetail = Schemas['ContributionDetail']['data'];
export type ContributionInput = Schemas['ContributionCreateInput'];
export type ExchangeRateView = Schemas['ExchangeRate'];

export type FundingFilters = { donorOrganisationId?: string | null; kind?: string | null; earmarkKind?: string | null; asOf?: string | null };

const get = async <T>(path: string, query: Query, signal?: AbortSignal) => envelope<T>(await getJson(path, query, signal));
const list = async <T>(path: string, query: Query, signal?: AbortSignal) => page<T>(await getJson(path, query, signal));
const send = async <T>(method: 'POST' | 'PATCH', path: string, body: unknown) => envelope<T>(await request(method, path, { body }));

export const fundingApi = {
  contributions: (f: FundingFilters & { page?: number; pageSize?: number }, signal?: AbortSignal): Promise<Page<ContributionView>> =>
    list<ContributionView>('/funding/contributions', f, signal),
  contribution: (contributionId: string, asOf: string | null, signal?: AbortSignal): Promise<Item<ContributionDetail>> =>
    get<ContributionDetail>(`/funding/contributions/${id(contributionId)}`, { asOf }, signal),
  recordContribution: (body: ContributionInput) => send<ContributionView>('POST', '/funding/contributions', body),
  allocate: (contributionId: string, body: { activityId?: string | null; programmeId?: string | null; date: string; amount: string; notes?: string }) =>
    send<AllocationView>('POST', `/funding/contributions/${id(contributionId)}/allocations`, body),
  recordExpenditure: (allocationId: string, body: { date: string; amount: string; description?: string }) =>
    send<ExpenditureView>('POST', `/funding/allocations/${id(allocationId)}/expenditures`, body),
  donor: (donorId: string, asOf: string | null, signal?: AbortSignal): Promise<Item<DonorFunding>> =>
    get<DonorFunding>(`/funding/donors/${id(donorId)}`, { asOf }, signal),
  rates: (f: { currency?: string | null; source?: string | null; page?: number; pageSize?: number }, signal?: AbortSignal): Promise<Page<ExchangeRateView>> =>
    list<ExchangeRateView>('/funding/exchange-rates', f, signal),
  importRates: (body: { source: string; fileName: string; content: string }) =>
    send<{ imported: number }>('POST', '/funding/exchange-rates', body),
  contributionsExportUrl: (format: 'csv' | 'xlsx', f: FundingFilters) =>
    `${BASE}/funding/exports/contributions${queryString({ format, donorOrganisationId: f.donorOrganisationId, kind: f.kind, asOf: f.asOf })}`,
  iatiExportUrl: (f: FundingFilters) => `${BASE}/funding/exports/iati${queryString({ donorOrganisationId: f.donorOrganisationId, asOf: f.asOf })}`,
};
