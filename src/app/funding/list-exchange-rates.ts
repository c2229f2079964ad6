// The imported exchange rates, newest day first, filtered by currency, source and a range of days; each with the file
// it came from (name and SHA-256). Paged.
import type { Actor } from '#domain/actor.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createExchangeRatesRepo, type RateFilters } from '#db/repos/funding/exchange-rates.repo.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { decimalText } from './contribution-presenters.ts';

export interface ExchangeRateView {
  id: string;
  currency: string;
  date: string;
  unitsPerUsd: string;
  source: string;
  fileName: string;
  fileSha256: string;
  importedAt: string;
}

export async function listExchangeRates(db: Db, actor: Actor, query: RateFilters & PageQuery): Promise<Page<ExchangeRateView> & { sources: string[]; abilities: { import: boolean } }> {
  authorize(actor, 'funding:read');
  const { page, pageSize, ...filters } = query;
  const repo = createExchangeRatesRepo(db);
  const f = { ...filters, ...(filters.currency ? { currency: filters.currency.toUpperCase() } : {}) };
  const [rows, total, sources] = await Promise.all([repo.list(f, offsetOf(query)), repo.count(f), repo.sources()]);
  return {
    data: rows.map((r) => ({
      id: r.id,
      currency: r.currency,
      date: r.date,
      unitsPerUsd: decimalText(r.unitsPerUsd),
      source: r.source,
      fileName: r.fileName,
      fileSha256: r.fileSha256,
      importedAt: r.importedAt.toISOString(),
    })),
    page,
    pageSize,
    total,
    sources,
    abilities: { import: can(actor, 'exchange-rate:import') },
  };
}
