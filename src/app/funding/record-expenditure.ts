// Records money spent against an allocation (issue 14 §1). As allocations lock their contribution, expenditure locks
// its allocation (SELECT … FOR UPDATE) before reading what was spent, so an allocation is never spent twice; an
// overspend is refused (409) naming what is left. Audited.
import type { Actor } from '#domain/actor.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { expenditureProblem, moveError } from '#domain/funding/ledger.ts';
import { AMOUNT_PROBLEM_MESSAGES, amountProblem } from '#domain/funding/money.ts';
import { authorize, can } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createContributionsRepo } from '#db/repos/funding/contributions.repo.ts';
import {
  auditFunding,
  decimalText,
  fundingTarget,
  toAllocationView,
  toExpenditureView,
  toLedgerAllocation,
  toLedgerExpenditure,
  type AllocationView,
  type ExpenditureView,
} from './contribution-presenters.ts';

export interface NewExpenditure {
  date: string;
  amount: string;
  description?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function recordExpenditure(
  db: Db,
  actor: Actor,
  allocationId: string,
  input: NewExpenditure,
  now: Date,
): Promise<{ data: ExpenditureView & { allocation: AllocationView } }> {
  authorize(actor, 'funding:write');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const repo = createContributionsRepo(db);
  const allocation = UUID.test(allocationId) ? await repo.findAllocation(allocationId) : undefined;
  const contribution = allocation ? await repo.findById(allocation.contributionId) : undefined;
  if (!allocation || !contribution || !can(actor, 'funding:read', fundingTarget(contribution))) {
    throw new AppError('NOT_FOUND', 'No such allocation.', { params: { resource: 'allocation' } });
  }
  authorize(actor, 'funding:write', fundingTarget(contribution));
  const issues: ErrorIssue[] = [];
  const problem = amountProblem(input.amount, contribution.currency);
  if (problem) issues.push({ path: ['body', 'amount'], code: problem, message: AMOUNT_PROBLEM_MESSAGES[problem] });
  if (input.date > todayIso(now)) issues.push({ path: ['body', 'date'], code: 'in_future', message: 'expenditure cannot be dated after today' });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });

  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const txRepo = createContributionsRepo(tx);
    const locked = (await txRepo.lockAllocation(allocation.id))!;
    const spent = await txRepo.expendituresOf([locked.id]);
    const amount = input.amount.trim();
    const refused = expenditureProblem(toLedgerAllocation(locked), contribution.currency, spent.map(toLedgerExpenditure), amount, input.date);
    if (refused) throw moveError(refused, 'expenditure', { amount, currency: contribution.currency });
    const row = await txRepo.insertExpenditure({
      allocationId: locked.id,
      date: input.date,
      amount,
      description: (input.description ?? '').trim(),
      createdBy: actor.userId,
      createdAt: now,
    });
    await auditFunding(tx, actor, 'expenditure:create', 'expenditure', row.id, { before: null, after: { allocationId: row.allocationId, date: row.date, amount: decimalText(row.amount), currency: contribution.currency, description: row.description } }, now);
    return { data: { ...toExpenditureView(row), allocation: toAllocationView(locked, contribution.currency, [...spent, row], todayIso(now)) } };
  });
}
