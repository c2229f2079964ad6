// The money the Secretary-General's report counts (issue 14 §3): contributions received in a period, valued in US
// dollars at each contribution's own rate, by donor and by earmark; and expenditure in the period, by the donor whose
// contribution paid it. Summed in SQL as numeric (exact decimals, never floating point), rounded to cents at the end.
import { sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { allocations as A, contributions as C, expenditures as X, organisations as O } from '#db/schema/index.ts';

export interface MoneyCell {
  key: string;
  name: string | null;
  /** US dollars, an exact decimal string with two places. */
  usd: string;
  records: number;
}

type Row = { key: string | null; name: string | null; usd: string | null; records: number };
const rows = (r: unknown): MoneyCell[] =>
  (r as { rows: Row[] }).rows.map((x) => ({ key: x.key ?? 'none', name: x.name, usd: x.usd ?? '0.00', records: Number(x.records) }));

export function createFundingFiguresRepo(db: Db) {
  const received = (from: string, to: string) => sql`${C.kind} = 'contribution' and ${C.date} between ${from} and ${to}`;
  return {
    async receivedBy(dimension: 'total' | 'donor' | 'earmark', from: string, to: string): Promise<MoneyCell[]> {
      const key =
        dimension === 'donor' ? sql`${C.donorOrganisationId}::text` : dimension === 'earmark' ? sql`${C.earmarkKind}` : sql`'all'`;
      const result = await db.execute(sql`select ${key} as key, ${dimension === 'donor' ? sql`min(${O.names}->>'en')` : sql`null`} as name,
          round(sum(${C.amount} / ${C.unitsPerUsd}), 2)::text as usd, count(*)::int as records
        from ${C} join ${O} on ${O.id} = ${C.donorOrganisationId} where ${received(from, to)} group by 1 order by 1`);
      return rows(result);
    },

    async spentBy(dimension: 'total' | 'donor', from: string, to: string): Promise<MoneyCell[]> {
      const key = dimension === 'donor' ? sql`${C.donorOrganisationId}::text` : sql`'all'`;
      const result = await db.execute(sql`select ${key} as key, ${dimension === 'donor' ? sql`min(${O.names}->>'en')` : sql`null`} as name,
          round(sum(${X.amount} / ${C.unitsPerUsd}), 2)::text as usd, count(*)::int as records
        from ${X} join ${A} on ${A.id} = ${X.allocationId} join ${C} on ${C.id} = ${A.contributionId}
        join ${O} on ${O.id} = ${C.donorOrganisationId}
        where ${X.date} between ${from} and ${to} group by 1 order by 1`);
      return rows(result);
    },

    /**
     * The contributions behind a received figure (`total`, `donor`/<id>, `earmark`/<kind>): `total` counts them all,
     * `readable` and the page only those of the donors in `donorIn` (all when undefined).
     */
    async receivedRecords(dimension: string, key: string, from: string, to: string, page: { offset: number; limit: number }, donorIn?: readonly string[]) {
      const which =
        dimension === 'by-donor' ? sql`${C.donorOrganisationId}::text = ${key}` : dimension === 'by-earmark' ? sql`${C.earmarkKind} = ${key}` : sql`true`;
      const where = sql`from ${C} join ${O} on ${O.id} = ${C.donorOrganisationId} where ${received(from, to)} and ${which}`;
      const donors =
        donorIn === undefined ? sql`true` : donorIn.length ? sql`${C.donorOrganisationId} in (${sql.join(donorIn.map((d) => sql`${d}::uuid`), sql`, `)})` : sql`false`;
      const [count, list] = await Promise.all([
        db.execute(sql`select count(*)::int as n, (count(*) filter (where ${donors}))::int as readable ${where}`),
        db.execute(sql`select ${C.id} as id, coalesce(${O.acronym}, ${O.names}->>'en') || ' ' || ${C.amount}::text || ' ' || ${C.currency} as label, ${C.date} as date ${where}
          and ${donors} order by ${C.date}, ${C.id} offset ${page.offset} limit ${page.limit}`),
      ]);
      const counted = (count as unknown as { rows: { n: number; readable: number }[] }).rows[0]!;
      return {
        total: Number(counted.n),
        readable: Number(counted.readable),
        records: (list as unknown as { rows: { id: string; label: string; date: string }[] }).rows.map((r) => ({ ...r, date: String(r.date) })),
      };
    },
  };
}
