// Pledges and contributions the caller may read (all of them for the assisting entities' people; a donor's own for
// its representatives), filtered by donor, kind and earmark, dated on or before `asOf` (default today), newest
// first, each with its balance at that day. Paged.
import type { Actor } from '#domain/actor.ts';
import { authorize, can } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createContributionsRepo } from '#db/repos/funding/contributions.repo.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';
import { balanceView, readableDonors, toContributionView, type BalanceView, type ContributionView } from './contribution-presenters.ts';

export interface ContributionsQuery extends PageQuery {
  donorOrganisationId?: string;
  kind?: 'pledge' | 'contribution';
  earmarkKind?: string;
  asOf?: string;
}

export async function listContributions(
  db: Db,
  actor: Actor,
  query: ContributionsQuery,
  now: Date,
): Promise<Page<ContributionView & { balance: BalanceView }> & { asOf: string; abilities: { create: boolean } }> {
  authorize(actor, 'funding:read');
  const asOf = query.asOf ?? todayIso(now);
  const repo = createContributionsRepo(db);
  const filters = {
    donorOrganisationId: query.donorOrganisationId,
    kind: query.kind,
    earmarkKind: query.earmarkKind,
    asOf,
    donorIn: readableDonors(actor),
  };
  const [rows, total] = await Promise.all([repo.list(filters, offsetOf(query)), repo.count(filters)]);
  const allocations = await repo.allocationsOf(rows.map((r) => r.id));
  return {
    data: rows.map((c) => ({ ...toContributionView(c), balance: balanceView(c, allocations, asOf) })),
    page: query.page,
    pageSize: query.pageSize,
    total,
    asOf,
    abilities: { create: can(actor, 'funding:write') },
  };
}
