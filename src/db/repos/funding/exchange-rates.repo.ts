// Exchange-rate tables imported from files: one row a currency, day and source, with the file's name and SHA-256.
// A rate once held is never changed: a re-import adds the rates not yet held and leaves the others as they are.
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Rate } from '#domain/funding/exchange.ts';
import type { Db } from '#db/client.ts';
import { exchangeRates } from '#db/schema/index.ts';

export type ExchangeRateRecord = typeof exchangeRates.$inferSelect;

export interface RateFilters {
  currency?: string;
  source?: string;
  from?: string;
  to?: string;
}

function condition(f: RateFilters): SQL | undefined {
  const c: SQL[] = [];
  if (f.currency) c.push(eq(exchangeRates.currency, f.currency));
  if (f.source) c.push(eq(exchangeRates.source, f.source));
  if (f.from) c.push(gte(exchangeRates.date, f.from));
  if (f.to) c.push(lte(exchangeRates.date, f.to));
  return c.length ? and(...c) : undefined;
}

/** Rows a statement: a few thousand parameters each. */
const BATCH = 1000;

export function createExchangeRatesRepo(db: Db) {
  return {
    async list(filters: RateFilters, page: { limit: number; offset: number }): Promise<ExchangeRateRecord[]> {
      return db
        .select()
        .from(exchangeRates)
        .where(condition(filters))
        .orderBy(desc(exchangeRates.date), asc(exchangeRates.currency), asc(exchangeRates.source))
        .limit(page.limit)
        .offset(page.offset);
    },

    async count(filters: RateFilters): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(exchangeRates).where(condition(filters));
      return row?.n ?? 0;
    },

    /** The latest rate of `currency` on or before `date` (of `source` when named), as the domain's rule reads it. */
    async rateOn(currency: string, date: string, source?: string): Promise<Rate[]> {
      const rows = await db
        .select({ currency: exchangeRates.currency, date: exchangeRates.date, unitsPerUsd: exchangeRates.unitsPerUsd, source: exchangeRates.source })
        .from(exchangeRates)
        .where(and(eq(exchangeRates.currency, currency), lte(exchangeRates.date, date), source ? eq(exchangeRates.source, source) : undefined))
        // Latest day first; on that day, with no source named and several sources, the most recently imported table
        // (the freshest figures an officer chose to load), then the source's name so the answer is always the same.
        .orderBy(desc(exchangeRates.date), desc(exchangeRates.importedAt), asc(exchangeRates.source))
        .limit(1);
      return rows;
    },

    /** The rates already held of `source` for these currencies between two days. */
    async held(source: string, currencies: readonly string[], from: string, to: string): Promise<Rate[]> {
      if (!currencies.length) return [];
      return db
        .select({ currency: exchangeRates.currency, date: exchangeRates.date, unitsPerUsd: exchangeRates.unitsPerUsd, source: exchangeRates.source })
        .from(exchangeRates)
        .where(and(eq(exchangeRates.source, source), inArray(exchangeRates.currency, [...currencies]), gte(exchangeRates.date, from), lte(exchangeRates.date, to)));
    },

    /** Inserts rates not yet held (same currency, day and source are left as they are); returns how many were given. */
    async insertNew(rows: Omit<typeof exchangeRates.$inferInsert, 'id'>[]): Promise<number> {
      for (let i = 0; i < rows.length; i += BATCH) {
        await db
          .insert(exchangeRates)
          .values(rows.slice(i, i + BATCH))
          .onConflictDoNothing({ target: [exchangeRates.currency, exchangeRates.date, exchangeRates.source] });
      }
      return rows.length;
    },

    async sources(): Promise<string[]> {
      const rows = await db.selectDistinct({ s: exchangeRates.source }).from(exchangeRates).orderBy(asc(exchangeRates.source));
      return rows.map((r) => r.s);
    },
  };
}

export type ExchangeRatesRepo = ReturnType<typeof createExchangeRatesRepo>;
