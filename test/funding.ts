// Factories for the books (issue 14 §1), inserting directly (no policy, no checks): donors, pledges and contributions,
// allocations, expenditure and rates, for tests that need money around them. They build missing parents (a donor, a
// receiving entity, a programme). Amounts are decimal strings. The use cases' own tests go through the use cases.
import { inArray } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { allocations, auditLog, contributions, exchangeRates, expenditures } from '#db/schema/index.ts';
import { buildOrganisation, buildUser } from './accounts.ts';
import { buildProgramme } from './activities.ts';

export type ContributionInsert = typeof contributions.$inferInsert;

/** An organisation of kind donor. */
export async function buildDonor(db: Db, name = 'Donor State', now = new Date()) {
  return buildOrganisation(db, { kind: 'donor', name }, now);
}

/**
 * A pledge or contribution (default: a cash contribution of 100000 USD on 2014-01-15, not earmarked), building its
 * donor and receiving entity when not given.
 */
export async function buildContribution(db: Db, input: Partial<ContributionInsert> = {}, now = new Date()) {
  const donorOrganisationId = input.donorOrganisationId ?? (await buildDonor(db, undefined, now)).id;
  const recipientOrganisationId = input.recipientOrganisationId ?? (await buildOrganisation(db, { kind: 'un-entity' }, now)).id;
  const date = input.date ?? '2014-01-15';
  const currency = input.currency ?? 'USD';
  const [row] = await db
    .insert(contributions)
    .values({
      kind: 'contribution',
      form: 'cash',
      amount: '100000',
      unitsPerUsd: '1',
      rateDate: date,
      rateSource: currency === 'USD' ? 'US dollar (1 by definition)' : 'test rates',
      earmarkKind: 'none',
      earmarkValue: null,
      createdAt: now,
      updatedAt: now,
      ...input,
      date,
      currency,
      donorOrganisationId,
      recipientOrganisationId,
    })
    .returning();
  return row!;
}

/** An allocation of part of a contribution to a programme (built when neither programme nor activity is given). */
export async function buildAllocation(db: Db, input: Partial<typeof allocations.$inferInsert> & { contributionId: string }, now = new Date()) {
  const programmeId = input.activityId ? null : (input.programmeId ?? (await buildProgramme(db, {}, now)).id);
  const [row] = await db
    .insert(allocations)
    .values({ date: '2014-02-01', amount: '10000', createdAt: now, ...input, programmeId })
    .returning();
  return row!;
}

export async function buildExpenditure(db: Db, input: Partial<typeof expenditures.$inferInsert> & { allocationId: string }, now = new Date()) {
  const [row] = await db
    .insert(expenditures)
    .values({ date: '2014-03-01', amount: '1000', description: 'Workshop costs', createdAt: now, ...input })
    .returning();
  return row!;
}

/** Rates (units per US dollar) of one source, as an import would leave them. */
export async function buildRates(db: Db, rates: { currency: string; date: string; unitsPerUsd: string }[], source = 'test rates', now = new Date()) {
  if (rates.length === 0) return;
  await db.insert(exchangeRates).values(rates.map((r) => ({ ...r, source, fileName: 'rates.csv', fileSha256: '0'.repeat(64), importedAt: now })));
}

/**
 * The people of the books: an entity officer of a UN entity (who records money received by it), a coordinator (who
 * reads), a donor and its representative, and a second donor with its representative (who must not see the first's).
 */
export async function buildFundingPeople(db: Db, now = new Date()) {
  const entity = await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' }, now);
  const officer = await buildUser(db, { role: 'entity-officer', organisation: entity }, now);
  const coordinator = await buildUser(db, { role: 'coordinator', organisation: entity }, now);
  const donor = await buildDonor(db, 'First Donor', now);
  const donorRep = await buildUser(db, { role: 'donor-representative', organisation: donor }, now);
  const otherDonor = await buildDonor(db, 'Second Donor', now);
  const otherDonorRep = await buildUser(db, { role: 'donor-representative', organisation: otherDonor }, now);
  const focalPoint = await buildUser(db, { role: 'focal-point', stateCode: 'AFG' }, now);
  return { entity, officer, coordinator, donor, donorRep, otherDonor, otherDonorRep, focalPoint };
}

/** The audit entries about these records (contributions, allocations, expenditure, rate tables by SHA-256). */
export async function auditEntriesOf(db: Db, targetIds: string[]) {
  return db.select().from(auditLog).where(inArray(auditLog.targetId, targetIds));
}
