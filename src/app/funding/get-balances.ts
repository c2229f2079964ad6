// Totals and balances per donor at a date (default today): pledged, received, allocated, spent, unallocated and
// unspent, per currency and in US dollars (each contribution at its own rate; exact sums rounded to cents once).
// Computed from the rows every time, never stored. A donor's representatives see their own donor's.
import type { Actor } from '#domain/actor.ts';
import { donorTotals, type DonorTotals } from '#domain/funding/ledger.ts';
import { Dec, normalise } from '#domain/funding/money.ts';
import { authorize } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createOrganisationsRepo } from '#db/repos/accounts/organisations.repo.ts';
import { createContributionsRepo } from '#db/repos/funding/contributions.repo.ts';
import { readableDonors, toLedgerAllocation, toLedgerContribution, toLedgerExpenditure } from './contribution-presenters.ts';

export type DonorBalance = DonorTotals & { donorNames: LocalizedText; donorAcronym: string | null };

export async function getBalances(db: Db, actor: Actor, query: { asOf?: string; donorOrganisationId?: string }, now: Date) {
  authorize(actor, 'funding:read');
  const asOf = query.asOf ?? todayIso(now);
  const repo = createContributionsRepo(db);
  const contributions = await repo.all({ asOf, donorOrganisationId: query.donorOrganisationId, donorIn: readableDonors(actor) });
  const allocations = await repo.allocationsOf(contributions.map((c) => c.id));
  const expenditures = await repo.expendituresOf(allocations.map((a) => a.id));
  const totals = donorTotals(contributions.map(toLedgerContribution), allocations.map(toLedgerAllocation), expenditures.map(toLedgerExpenditure), asOf);
  const orgs = createOrganisationsRepo(db);
  const names = await Promise.all(totals.map((t) => orgs.findById(t.donorOrganisationId)));
  const data: DonorBalance[] = totals.map((t, i) => ({ ...t, donorNames: (names[i]?.names ?? {}) as LocalizedText, donorAcronym: names[i]?.acronym ?? null }));
  // The grand total of the (already rounded) donor dollar figures: what a reader adds up from the table.
  const fields = ['pledged', 'received', 'allocated', 'spent', 'unallocated', 'unspent'] as const;
  const usd = Object.fromEntries(fields.map((f) => [f, normalise(data.reduce((s, d) => s.plus(d.usd[f]), new Dec(0)))])) as Record<(typeof fields)[number], string>;
  return { data, total: { usd }, asOf };
}
