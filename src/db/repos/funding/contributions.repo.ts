// Pledges and contributions, their allocations and the expenditure against them: the rows the ledger's rules
// (domain/funding/ledger.ts) read and the use cases write. Writes that spend money first lock the row they spend from
// (`lockContribution`, `lockAllocation`: SELECT … FOR UPDATE), so two allocations at once take turns and the second
// sees the first. Amounts come back as the database's exact decimal text, never as numbers.
import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { allocations, contributions, expenditures } from '#db/schema/index.ts';

export type ContributionRecord = typeof contributions.$inferSelect;
export type AllocationRecord = typeof allocations.$inferSelect;
export type ExpenditureRecord = typeof expenditures.$inferSelect;

export interface ContributionFilters {
  donorOrganisationId?: string;
  kind?: string;
  earmarkKind?: string;
  /** Dated on or before this day. */
  asOf?: string;
  /** Only these donors (a donor representative sees their own). */
  donorIn?: string[];
}

function condition(f: ContributionFilters): SQL | undefined {
  const c: SQL[] = [];
  if (f.donorOrganisationId) c.push(eq(contributions.donorOrganisationId, f.donorOrganisationId));
  if (f.kind) c.push(eq(contributions.kind, f.kind));
  if (f.earmarkKind) c.push(eq(contributions.earmarkKind, f.earmarkKind));
  if (f.asOf) c.push(lte(contributions.date, f.asOf));
  if (f.donorIn) c.push(f.donorIn.length ? inArray(contributions.donorOrganisationId, f.donorIn) : sql`false`);
  return c.length ? and(...c) : undefined;
}

export function createContributionsRepo(db: Db) {
  return {
    async list(filters: ContributionFilters, page: { limit: number; offset: number }): Promise<ContributionRecord[]> {
      return db
        .select()
        .from(contributions)
        .where(condition(filters))
        .orderBy(desc(contributions.date), asc(contributions.id))
        .limit(page.limit)
        .offset(page.offset);
    },

    async count(filters: ContributionFilters): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(contributions).where(condition(filters));
      return row?.n ?? 0;
    },

    /** Every contribution matching, unpaged (balances per donor). */
    async all(filters: ContributionFilters): Promise<ContributionRecord[]> {
      return db.select().from(contributions).where(condition(filters)).orderBy(asc(contributions.date), asc(contributions.id));
    },

    async findById(id: string): Promise<ContributionRecord | undefined> {
      const [row] = await db.select().from(contributions).where(eq(contributions.id, id));
      return row;
    },

    /** Locks the contribution until the transaction ends: allocations from it (and changes to it) take turns. */
    async lockContribution(id: string): Promise<ContributionRecord | undefined> {
      const [row] = await db.select().from(contributions).where(eq(contributions.id, id)).for('update');
      return row;
    },

    async insert(row: Omit<typeof contributions.$inferInsert, 'id' | 'version'>): Promise<ContributionRecord> {
      const [saved] = await db.insert(contributions).values(row).returning();
      return saved!;
    },

    /** Updates when the row is at `expectedVersion`, bumping it; 0 when it was not (another write came first). */
    async update(id: string, patch: Partial<typeof contributions.$inferInsert>, expectedVersion: number): Promise<number> {
      const rows = await db
        .update(contributions)
        .set({ ...patch, version: sql`${contributions.version} + 1` })
        .where(and(eq(contributions.id, id), eq(contributions.version, expectedVersion)))
        .returning({ id: contributions.id });
      return rows.length;
    },

    async allocationsOf(contributionIds: string[]): Promise<AllocationRecord[]> {
      if (contributionIds.length === 0) return [];
      return db.select().from(allocations).where(inArray(allocations.contributionId, contributionIds)).orderBy(asc(allocations.date), asc(allocations.createdAt));
    },

    async expendituresOf(allocationIds: string[]): Promise<ExpenditureRecord[]> {
      if (allocationIds.length === 0) return [];
      return db.select().from(expenditures).where(inArray(expenditures.allocationId, allocationIds)).orderBy(asc(expenditures.date), asc(expenditures.createdAt));
    },

    async findAllocation(id: string): Promise<AllocationRecord | undefined> {
      const [row] = await db.select().from(allocations).where(eq(allocations.id, id));
      return row;
    },

    /** Locks the allocation until the transaction ends: expenditure against it takes turns. */
    async lockAllocation(id: string): Promise<AllocationRecord | undefined> {
      const [row] = await db.select().from(allocations).where(eq(allocations.id, id)).for('update');
      return row;
    },

    async insertAllocation(row: Omit<typeof allocations.$inferInsert, 'id'>): Promise<AllocationRecord> {
      const [saved] = await db.insert(allocations).values(row).returning();
      return saved!;
    },

    async insertExpenditure(row: Omit<typeof expenditures.$inferInsert, 'id'>): Promise<ExpenditureRecord> {
      const [saved] = await db.insert(expenditures).values(row).returning();
      return saved!;
    },
  };
}

export type ContributionsRepo = ReturnType<typeof createContributionsRepo>;
