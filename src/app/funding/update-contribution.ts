// Corrects a pledge or contribution (ADR 19: the caller names the version it read; a changed record answers 412).
// Under a row lock on the contribution: its amount never falls below what is already allocated from it, and its date
// never moves after its first allocation. A new date (cash in another currency than the dollar, rate from a table)
// revalues it at the rate of the new date, from the same source. Audited, before and after.
import type { Actor } from '#domain/actor.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { allocatedTotal, latestDateFor } from '#domain/funding/ledger.ts';
import { AMOUNT_PROBLEM_MESSAGES, amountProblem, Dec, formatMoney } from '#domain/funding/money.ts';
import { authorize } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createContributionsRepo } from '#db/repos/funding/contributions.repo.ts';
import { checkEarmark, resolveRate, type EarmarkInput, type RateInput } from './contribution-rules.ts';
import {
  auditedContribution,
  auditFunding,
  balanceView,
  contributionAbilities,
  fundingTarget,
  toContributionView,
  toLedgerAllocation,
  visibleOr404,
  type BalanceView,
  type ContributionAbilities,
  type ContributionView,
} from './contribution-presenters.ts';

export interface ContributionPatch {
  date?: string;
  amount?: string;
  /** A rate given with its source; `rateSource` names the table to look the new date's rate up in. */
  rate?: RateInput | null;
  rateSource?: string | null;
  inKindDescription?: string | null;
  valuationBasis?: string | null;
  earmark?: EarmarkInput;
  reference?: string;
  notes?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function updateContribution(
  db: Db,
  actor: Actor,
  id: string,
  patch: ContributionPatch,
  now: Date,
  expectedVersion: number,
): Promise<{ data: ContributionView & { balance: BalanceView }; abilities: ContributionAbilities }> {
  authorize(actor, 'funding:write');
  const found = visibleOr404(actor, UUID.test(id) ? await createContributionsRepo(db).findById(id) : undefined);
  authorize(actor, 'funding:write', fundingTarget(found));
  const issues: ErrorIssue[] = [];
  const issue = (field: string, code: string, message: string) => issues.push({ path: ['body', ...field.split('.')], code, message });
  const today = todayIso(now);

  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createContributionsRepo(tx);
    const before = (await repo.lockContribution(found.id))!;
    if (before.version !== expectedVersion) throw new AppError('PRECONDITION_FAILED', 'The contribution was changed since you read it.');
    const allocations = (await repo.allocationsOf([before.id])).map(toLedgerAllocation);

    const date = patch.date ?? before.date;
    if (before.kind === 'contribution' && date > today) issue('date', 'in_future', 'a contribution cannot be dated after today');
    const firstAllocation = latestDateFor(before.id, allocations);
    if (firstAllocation && date > firstAllocation) issue('date', 'after_allocation', `money was allocated from it on ${firstAllocation}: it cannot be dated later`);

    const amount = patch.amount?.trim() ?? before.amount;
    if (patch.amount !== undefined) {
      const problem = amountProblem(amount, before.currency);
      if (problem) issue('amount', problem, AMOUNT_PROBLEM_MESSAGES[problem]);
    }
    if (before.form === 'in-kind') {
      if (patch.inKindDescription !== undefined && !patch.inKindDescription?.trim()) issue('inKindDescription', 'required', 'say what was given');
      if (patch.valuationBasis !== undefined && !patch.valuationBasis?.trim()) issue('valuationBasis', 'required', 'say how it was valued');
    } else if (patch.inKindDescription?.trim() || patch.valuationBasis?.trim()) {
      issue('inKindDescription', 'not_allowed', 'only a contribution in kind has a description and valuation basis');
    }
    const earmark = patch.earmark ? await checkEarmark(tx, patch.earmark, issue) : { kind: before.earmarkKind, value: before.earmarkValue };
    const revalue = patch.rate || patch.rateSource || date !== before.date;
    const rate = revalue
      ? await resolveRate(tx, before.currency, date, patch.rate, patch.rateSource ?? (patch.rate ? undefined : before.rateSource), issue)
      : { unitsPerUsd: before.unitsPerUsd, rateDate: before.rateDate, source: before.rateSource };
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });

    const allocated = allocatedTotal(before.id, allocations);
    if (new Dec(amount).lt(allocated)) {
      throw new AppError('CONFLICT', `${formatMoney({ amount: allocated, currency: before.currency })} is already allocated from this contribution: its amount cannot be less.`, {
        params: { allocated, currency: before.currency },
      });
    }
    const changed = await repo.update(
      before.id,
      {
        date,
        amount,
        unitsPerUsd: rate!.unitsPerUsd,
        rateDate: rate!.rateDate,
        rateSource: rate!.source,
        inKindDescription: before.form === 'in-kind' ? (patch.inKindDescription?.trim() ?? before.inKindDescription) : null,
        valuationBasis: before.form === 'in-kind' ? (patch.valuationBasis?.trim() ?? before.valuationBasis) : null,
        earmarkKind: earmark!.kind,
        earmarkValue: earmark!.value,
        reference: patch.reference?.trim() ?? before.reference,
        notes: patch.notes?.trim() ?? before.notes,
        updatedAt: now,
      },
      expectedVersion,
    );
    if (changed === 0) throw new AppError('PRECONDITION_FAILED', 'The contribution was changed since you read it.');
    const after = (await repo.findById(before.id))!;
    await auditFunding(tx, actor, 'contribution:update', 'contribution', after.id, { before: auditedContribution(before), after: auditedContribution(after) }, now);
    const rows = await repo.allocationsOf([after.id]);
    return { data: { ...toContributionView(after), balance: balanceView(after, rows, today) }, abilities: contributionAbilities(actor, after) };
  });
}
