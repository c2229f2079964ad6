// Exchange-rate tables imported from files: one row a currency, day and source, with the file's name and SHA-256.
// A re-import of the same table (same currency, day and source) replaces the rate and names the newer file.
import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
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
        .orderBy(desc(exchangeRates.date), asc(exchangeRates.source))
        .limit(1);
      return rows;
    },

    /** Inserts the table's rates, replacing those of the same currency, day and source; returns how many. */
    async upsert(rows: Omit<typeof exchangeRates.$inferInsert, 'id'>[]): Promise<number> {
      for (let i = 0; i < rows.length; i += BATCH) {
        await db
          .insert(exchangeRates)
          .values(rows.slice(i, i + BATCH))
          .onConflictDoUpdate({
            target: [exchangeRates.currency, exchangeRates.date, exchangeRates.source],
            set: {
              unitsPerUsd: sql`excluded.units_per_usd`,
              fileName: sql`excluded.file_name`,
              fileSha256: sql`excluded.file_sha256`,
              importedBy: sql`excluded.imported_by`,
              importedAt: sql`excluded.imported_at`,
            },
          });
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
