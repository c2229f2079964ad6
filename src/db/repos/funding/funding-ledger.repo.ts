// The books as the exports and the donor page read them: contributions (and pledges) with their allocations and the
// expenditure against those, dated on or before a day, with the donor's and recipient's names. Balances are computed
// from these rows by the use cases (app/funding/funding-ledger.ts), never stored.
import { and, asc, eq, inArray, lte, type SQL } from 'drizzle-orm';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { allocations, contributions, expenditures, organisations } from '#db/schema/index.ts';

export type ContributionRow = typeof contributions.$inferSelect;
export type AllocationRow = typeof allocations.$inferSelect;
export type ExpenditureRow = typeof expenditures.$inferSelect;

export interface LedgerFilters {
  donorOrganisationId?: string;
  recipientOrganisationId?: string;
  kind?: 'pledge' | 'contribution';
  /** Only what is dated on or before this day (YYYY-MM-DD). */
  asOf: string;
}

export interface OrganisationName {
  id: string;
  names: LocalizedText;
  acronym: string | null;
  kind: string;
}

export interface Ledger {
  contributions: ContributionRow[];
  allocations: AllocationRow[];
  expenditures: ExpenditureRow[];
  organisations: Map<string, OrganisationName>;
}

export function createFundingLedgerRepo(db: Db) {
  return {
    async ledger(f: LedgerFilters): Promise<Ledger> {
      const c: SQL[] = [lte(contributions.date, f.asOf)];
      if (f.donorOrganisationId) c.push(eq(contributions.donorOrganisationId, f.donorOrganisationId));
      if (f.recipientOrganisationId) c.push(eq(contributions.recipientOrganisationId, f.recipientOrganisationId));
      if (f.kind) c.push(eq(contributions.kind, f.kind));
      const contributionRows = await db
        .select()
        .from(contributions)
        .where(and(...c))
        .orderBy(asc(contributions.date), asc(contributions.id));
      const ids = contributionRows.map((r) => r.id);
      const allocationRows = ids.length
        ? await db
            .select()
            .from(allocations)
            .where(and(inArray(allocations.contributionId, ids), lte(allocations.date, f.asOf)))
            .orderBy(asc(allocations.date), asc(allocations.id))
        : [];
      const allocationIds = allocationRows.map((r) => r.id);
      const expenditureRows = allocationIds.length
        ? await db
            .select()
            .from(expenditures)
            .where(and(inArray(expenditures.allocationId, allocationIds), lte(expenditures.date, f.asOf)))
            .orderBy(asc(expenditures.date), asc(expenditures.id))
        : [];
      const orgIds = [...new Set(contributionRows.flatMap((r) => [r.donorOrganisationId, r.recipientOrganisationId]))];
      return { contributions: contributionRows, allocations: allocationRows, expenditures: expenditureRows, organisations: await this.organisations(orgIds) };
    },

    async organisations(ids: readonly string[]): Promise<Map<string, OrganisationName>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: organisations.id, names: organisations.names, acronym: organisations.acronym, kind: organisations.kind })
        .from(organisations)
        .where(inArray(organisations.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, { ...r, names: r.names as LocalizedText }]));
    },
  };
}

export type FundingLedgerRepo = ReturnType<typeof createFundingLedgerRepo>;
