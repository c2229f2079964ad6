// Allocates part of a contribution to a programme or an activity (issue 14 §1). One contribution cannot be spent
// twice: inside the transaction the contribution's row is locked (SELECT … FOR UPDATE) before its allocations are
// read and the rule checked, so two allocations at once take turns and the second sees the first. An overspend is
// refused (409) naming the balance still available; nothing is written. Audited.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { allocationProblem, moveError } from '#domain/funding/ledger.ts';
import { AMOUNT_PROBLEM_MESSAGES, amountProblem } from '#domain/funding/money.ts';
import { authorize } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createProgrammesRepo } from '#db/repos/assistance/programmes.repo.ts';
import { createContributionsRepo } from '#db/repos/funding/contributions.repo.ts';
import {
  auditFunding,
  balanceView,
  decimalText,
  fundingTarget,
  toAllocationView,
  toLedgerAllocation,
  toLedgerContribution,
  visibleOr404,
  type AllocationView,
  type BalanceView,
} from './contribution-presenters.ts';

export interface NewAllocation {
  /** Exactly one of programmeId and activityId. */
  programmeId?: string | null;
  activityId?: string | null;
  date: string;
  amount: string;
  notes?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function allocateContribution(
  db: Db,
  actor: Actor,
  contributionId: string,
  input: NewAllocation,
  now: Date,
): Promise<{ data: AllocationView & { contributionBalance: BalanceView } }> {
  authorize(actor, 'funding:write');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const issues: ErrorIssue[] = [];
  const issue = (field: string, code: string, message: string) => issues.push({ path: ['body', field], code, message });
  const today = todayIso(now);
  const found = UUID.test(contributionId) ? await createContributionsRepo(db).findById(contributionId) : undefined;
  const before = visibleOr404(actor, found);
  authorize(actor, 'funding:write', fundingTarget(before));

  if (!input.programmeId === !input.activityId) issue('programmeId', 'one_target', 'name a programme or an activity (one of them)');
  else if (input.programmeId) {
    if (!UUID.test(input.programmeId) || !(await createProgrammesRepo(db).findById(input.programmeId, { scope: scopeFor(actor) }))) issue('programmeId', 'not_found', 'no such programme');
  } else if (!UUID.test(input.activityId!) || !(await createActivitiesRepo(db).findById(input.activityId!, { scope: scopeFor(actor) }))) {
    issue('activityId', 'not_found', 'no such activity');
  }
  const problem = amountProblem(input.amount, before.currency);
  if (problem) issue('amount', problem, AMOUNT_PROBLEM_MESSAGES[problem]);
  if (input.date > today) issue('date', 'in_future', 'an allocation cannot be dated after today');
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });

  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createContributionsRepo(tx);
    // The lock: from here to the commit, no other allocation from this contribution is checked or written.
    const contribution = (await repo.lockContribution(contributionId))!;
    const existing = await repo.allocationsOf([contribution.id]);
    const amount = input.amount.trim();
    const refused = allocationProblem(toLedgerContribution(contribution), existing.map(toLedgerAllocation), amount, input.date);
    if (refused) throw moveError(refused, 'allocation', { amount, currency: contribution.currency });
    const row = await repo.insertAllocation({
      contributionId: contribution.id,
      programmeId: input.programmeId ?? null,
      activityId: input.activityId ?? null,
      date: input.date,
      amount,
      notes: (input.notes ?? '').trim(),
      createdBy: actor.userId,
      createdAt: now,
    });
    await auditFunding(
      tx,
      actor,
      'allocation:create',
      'allocation',
      row.id,
      { before: null, after: { contributionId: row.contributionId, programmeId: row.programmeId, activityId: row.activityId, date: row.date, amount: decimalText(row.amount), currency: contribution.currency, notes: row.notes } },
      now,
    );
    return { data: { ...toAllocationView(row, contribution.currency, [], today), contributionBalance: balanceView(contribution, [...existing, row], today) } };
  });
}
