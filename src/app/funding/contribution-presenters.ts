// How the books are shown and audited: a contribution with its valuation in US dollars and its balance at a date,
// an allocation with its balance and expenditure. Amounts are decimal strings without trailing zeros ("1250.5"),
// never numbers. Also who may see whose money (derived from the one policy, never re-derived here).
import type { Actor } from '#domain/actor.ts';
import { actorLabel } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import type { FundingTarget } from '#domain/funding/policy.ts';
import {
  allocationBalance,
  contributionBalance,
  type ContributionForm,
  type ContributionKind,
  type EarmarkKind,
  type LedgerAllocation,
  type LedgerContribution,
  type LedgerExpenditure,
} from '#domain/funding/ledger.ts';
import { Dec, normalise, toUsd } from '#domain/funding/money.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import type { AllocationRecord, ContributionRecord, ExpenditureRecord } from '#db/repos/funding/contributions.repo.ts';

/** "100000.000000" (numeric(24,6)) → "100000". */
export const decimalText = (v: string): string => normalise(new Dec(v));

export interface ContributionView {
  id: string;
  kind: ContributionKind;
  form: ContributionForm;
  donorOrganisationId: string;
  recipientOrganisationId: string;
  pledgeId: string | null;
  date: string;
  amount: string;
  currency: string;
  /** The rate it is valued at (units of its currency per US dollar), the day quoted and the source. */
  rate: { unitsPerUsd: string; rateDate: string; source: string };
  /** The amount in US dollars at that rate, rounded to cents half-even. */
  amountUsd: string;
  inKindDescription: string | null;
  valuationBasis: string | null;
  earmark: { kind: EarmarkKind; value: string | null };
  reference: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface BalanceView {
  asOf: string;
  received: string;
  allocated: string;
  balance: string;
}

export interface ExpenditureView {
  id: string;
  allocationId: string;
  date: string;
  amount: string;
  description: string;
  createdAt: string;
}

export interface AllocationView {
  id: string;
  contributionId: string;
  programmeId: string | null;
  activityId: string | null;
  date: string;
  amount: string;
  currency: string;
  notes: string;
  createdAt: string;
  balance: { asOf: string; allocated: string; spent: string; balance: string };
  expenditures: ExpenditureView[];
}

export interface ContributionAbilities {
  update: boolean;
  allocate: boolean;
}

export function fundingTarget(c: Pick<ContributionRecord, 'donorOrganisationId' | 'recipientOrganisationId'>): FundingTarget {
  return { kind: 'funding', donorOrganisationId: c.donorOrganisationId, recipientOrganisationId: c.recipientOrganisationId };
}

export const toLedgerContribution = (c: ContributionRecord): LedgerContribution => ({
  id: c.id,
  kind: c.kind as ContributionKind,
  donorOrganisationId: c.donorOrganisationId,
  date: c.date,
  amount: c.amount,
  currency: c.currency,
  unitsPerUsd: c.unitsPerUsd,
});
export const toLedgerAllocation = (a: AllocationRecord): LedgerAllocation => ({ id: a.id, contributionId: a.contributionId, date: a.date, amount: a.amount });
export const toLedgerExpenditure = (e: ExpenditureRecord): LedgerExpenditure => ({ id: e.id, allocationId: e.allocationId, date: e.date, amount: e.amount });

export function toContributionView(c: ContributionRecord): ContributionView {
  return {
    id: c.id,
    kind: c.kind as ContributionKind,
    form: c.form as ContributionForm,
    donorOrganisationId: c.donorOrganisationId,
    recipientOrganisationId: c.recipientOrganisationId,
    pledgeId: c.pledgeId,
    date: c.date,
    amount: decimalText(c.amount),
    currency: c.currency,
    rate: { unitsPerUsd: decimalText(c.unitsPerUsd), rateDate: c.rateDate, source: c.rateSource },
    amountUsd: toUsd({ amount: c.amount, currency: c.currency }, c.unitsPerUsd).amount,
    inKindDescription: c.inKindDescription,
    valuationBasis: c.valuationBasis,
    earmark: { kind: c.earmarkKind as EarmarkKind, value: c.earmarkValue },
    reference: c.reference,
    notes: c.notes,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

export function balanceView(c: ContributionRecord, allocations: readonly AllocationRecord[], asOf: string): BalanceView {
  return { asOf, ...contributionBalance(toLedgerContribution(c), allocations.map(toLedgerAllocation), asOf) };
}

export function toExpenditureView(e: ExpenditureRecord): ExpenditureView {
  return { id: e.id, allocationId: e.allocationId, date: e.date, amount: decimalText(e.amount), description: e.description, createdAt: e.createdAt.toISOString() };
}

export function toAllocationView(a: AllocationRecord, currency: string, expenditures: readonly ExpenditureRecord[], asOf: string): AllocationView {
  const own = expenditures.filter((e) => e.allocationId === a.id);
  return {
    id: a.id,
    contributionId: a.contributionId,
    programmeId: a.programmeId,
    activityId: a.activityId,
    date: a.date,
    amount: decimalText(a.amount),
    currency,
    notes: a.notes,
    createdAt: a.createdAt.toISOString(),
    balance: { asOf, ...allocationBalance(toLedgerAllocation(a), own.map(toLedgerExpenditure), asOf) },
    expenditures: own.map(toExpenditureView),
  };
}

export function contributionAbilities(actor: Actor, c: ContributionRecord): ContributionAbilities {
  const write = can(actor, 'funding:write', fundingTarget(c));
  return { update: write, allocate: write && c.kind === 'contribution' };
}

// A donor id no organisation has: a reader who may read it reads every donor's money.
const NO_DONOR = '00000000-0000-0000-0000-000000000000';

/**
 * Whose money the actor may read: `undefined` for all (the assisting entities' people), else the donors (their own,
 * as donor representatives). Derived from the policy: the rule is not restated here.
 */
export function readableDonors(actor: Actor): string[] | undefined {
  if (can(actor, 'funding:read', { kind: 'funding', donorOrganisationId: NO_DONOR, recipientOrganisationId: NO_DONOR })) return undefined;
  if (actor.kind !== 'user') return [];
  const orgs = [...new Set(actor.memberships.map((m) => m.organisationId))];
  return orgs.filter((id) => can(actor, 'funding:read', { kind: 'funding', donorOrganisationId: id, recipientOrganisationId: NO_DONOR }));
}

/** The contribution, or 404 when there is none or the actor may not read it (existence does not leak). */
export function visibleOr404(actor: Actor, c: ContributionRecord | undefined): ContributionRecord {
  if (!c || !can(actor, 'funding:read', fundingTarget(c))) throw new AppError('NOT_FOUND', 'No such contribution.', { params: { resource: 'contribution' } });
  return c;
}

export async function auditFunding(db: Db, actor: Actor, action: string, targetType: string, targetId: string, change: { before: unknown; after: unknown }, now: Date) {
  await createAuditRepo(db).append({ at: now.toISOString(), actor: actorLabel(actor), action, targetType, targetId, ...change });
}

/** What the audit trail keeps of a contribution. */
export const auditedContribution = (c: ContributionRecord | ContributionView) => {
  const v = 'rate' in c ? c : toContributionView(c);
  return {
    kind: v.kind,
    form: v.form,
    donorOrganisationId: v.donorOrganisationId,
    recipientOrganisationId: v.recipientOrganisationId,
    pledgeId: v.pledgeId,
    date: v.date,
    amount: v.amount,
    currency: v.currency,
    rate: v.rate,
    inKindDescription: v.inKindDescription,
    valuationBasis: v.valuationBasis,
    earmark: v.earmark,
    reference: v.reference,
    notes: v.notes,
  };
};
