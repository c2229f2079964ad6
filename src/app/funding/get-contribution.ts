// One pledge or contribution with its balance at a date (default today), its allocations with their balances, and
// the expenditure against them. A contribution the caller may not read answers 404, as one that does not exist.
// As on the donor page, an allocation names its programme or activity (id, notes, expenditure descriptions) only when
// the reader may read that record and it is not a named-people record; the receiving entity's officers, who keep the
// books (funding:write on it), see every target they may read, named-people ones included.
import type { Actor } from '#domain/actor.ts';
import { authorize, can } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createContributionsRepo } from '#db/repos/funding/contributions.repo.ts';
import { summariseActivities } from '../assistance/summarise-activities.ts';
import { discloses, withTargetHidden } from './export-ledger.ts';
import {
  balanceView,
  fundingTarget,
  contributionAbilities,
  toAllocationView,
  toContributionView,
  visibleOr404,
  type AllocationView,
  type BalanceView,
  type ContributionAbilities,
  type ContributionView,
} from './contribution-presenters.ts';

export type ContributionDetail = ContributionView & { balance: BalanceView; allocations: AllocationView[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getContribution(db: Db, actor: Actor, id: string, now: Date, asOf?: string): Promise<{ data: ContributionDetail; abilities: ContributionAbilities }> {
  authorize(actor, 'funding:read');
  const repo = createContributionsRepo(db);
  const contribution = visibleOr404(actor, UUID.test(id) ? await repo.findById(id) : undefined);
  const day = asOf ?? todayIso(now);
  const allocations = await repo.allocationsOf([contribution.id]);
  const expenditures = await repo.expendituresOf(allocations.map((a) => a.id));
  const summaries = await summariseActivities(db, actor, {
    activityIds: allocations.flatMap((a) => (a.activityId ? [a.activityId] : [])),
    programmeIds: allocations.flatMap((a) => (a.programmeId ? [a.programmeId] : [])),
  });
  const keepsBooks = can(actor, 'funding:write', fundingTarget(contribution));
  const disclosed = new Set([...summaries.activities, ...summaries.programmes].filter((r) => (keepsBooks ? r.readable : discloses(r))).map((r) => r.id));
  return {
    data: {
      ...toContributionView(contribution),
      balance: balanceView(contribution, allocations, day),
      allocations: allocations.map((a) => withTargetHidden(toAllocationView(a, contribution.currency, expenditures, day), disclosed)),
    },
    abilities: contributionAbilities(actor, contribution),
  };
}
