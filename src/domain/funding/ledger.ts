// The rules of the books (issue 14 §1), pure: money moves from a contribution to allocations (programmes,
// activities) and from an allocation to expenditure. One contribution cannot be spent twice: its allocations never
// add up to more than it, and an allocation's expenditure never more than the allocation. Balances are computed at
// any date from the dated rows, never stored: a contribution's balance is its amount less its allocations dated on or
// before the day; an allocation's is its amount less its expenditure dated on or before the day.
//
// The use cases check these rules inside a transaction holding a row lock on the contribution (or allocation), so
// that what they read here is what is there when they write.
import { Decimal } from 'decimal.js';
import { AppError } from '../errors.ts';
import { Dec, formatMoney, normalise, roundUsd, toUsdExact, type Money } from './money.ts';

export const CONTRIBUTION_KINDS = ['pledge', 'contribution'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_FORMS = ['cash', 'in-kind'] as const;
export type ContributionForm = (typeof CONTRIBUTION_FORMS)[number];
export const EARMARK_KINDS = ['none', 'programme', 'region', 'theme', 'mandate', 'state'] as const;
export type EarmarkKind = (typeof EARMARK_KINDS)[number];

/** What the rules need of a pledge or contribution. Amounts are decimal strings in `currency`. */
export interface LedgerContribution {
  id: string;
  kind: ContributionKind;
  donorOrganisationId: string;
  date: string;
  amount: string;
  currency: string;
  /** Units of `currency` per US dollar, the rate it was valued at. */
  unitsPerUsd: string;
}

export interface LedgerAllocation {
  id: string;
  contributionId: string;
  date: string;
  amount: string;
}

export interface LedgerExpenditure {
  id: string;
  allocationId: string;
  date: string;
  amount: string;
}

const d = (v: string) => new Dec(v);
const total = (rows: readonly { amount: string }[]): Decimal => rows.reduce((s, r) => s.plus(r.amount), new Dec(0));
const onOrBefore = <T extends { date: string }>(rows: readonly T[], day: string) => rows.filter((r) => r.date <= day);

/** What is refused and why: a pledge is a promise, not money; money cannot move before it arrives, nor twice. */
export type MoveProblem =
  | { code: 'from_pledge' }
  | { code: 'before_source'; sourceDate: string }
  | { code: 'not_positive' }
  | { code: 'overspend'; available: Money };

/**
 * Whether `amount` may be allocated from `contribution` on `date`, given its allocations so far (all of them,
 * whatever their dates: money allocated next month is not available to allocate today either).
 */
export function allocationProblem(contribution: LedgerContribution, allocations: readonly LedgerAllocation[], amount: string, date: string): MoveProblem | null {
  if (contribution.kind !== 'contribution') return { code: 'from_pledge' };
  if (date < contribution.date) return { code: 'before_source', sourceDate: contribution.date };
  if (!d(amount).gt(0)) return { code: 'not_positive' };
  const available = d(contribution.amount).minus(total(allocations.filter((a) => a.contributionId === contribution.id)));
  if (d(amount).gt(available)) return { code: 'overspend', available: { amount: normalise(available), currency: contribution.currency } };
  return null;
}

/** Whether `amount` may be spent from `allocation` on `date`, given its expenditure so far. */
export function expenditureProblem(allocation: LedgerAllocation, currency: string, expenditures: readonly LedgerExpenditure[], amount: string, date: string): MoveProblem | null {
  if (date < allocation.date) return { code: 'before_source', sourceDate: allocation.date };
  if (!d(amount).gt(0)) return { code: 'not_positive' };
  const available = d(allocation.amount).minus(total(expenditures.filter((e) => e.allocationId === allocation.id)));
  if (d(amount).gt(available)) return { code: 'overspend', available: { amount: normalise(available), currency } };
  return null;
}

/**
 * The error a refused move answers: 409 CONFLICT for an overspend (naming the balance still available), 400 for the
 * rest, with the failing field's path.
 */
export function moveError(problem: MoveProblem, what: 'allocation' | 'expenditure', requested: Money): AppError {
  const source = what === 'allocation' ? 'contribution' : 'allocation';
  switch (problem.code) {
    case 'overspend':
      return new AppError(
        'CONFLICT',
        `The ${source} has ${formatMoney(problem.available)} available; ${formatMoney(requested)} cannot be ${what === 'allocation' ? 'allocated' : 'spent'} from it.`,
        { params: { available: problem.available.amount, currency: problem.available.currency, requested: requested.amount } },
      );
    case 'from_pledge':
      return new AppError('VALIDATION_FAILED', 'A pledge is not money received: allocate from the contribution that fulfils it.', {
        issues: [{ path: ['params', 'id'], code: 'pledge', message: 'only a contribution (not a pledge) may be allocated' }],
      });
    case 'before_source':
      return new AppError('VALIDATION_FAILED', `The ${what} cannot be dated before its ${source} (${problem.sourceDate}).`, {
        issues: [{ path: ['body', 'date'], code: 'before_source', message: `must be on or after ${problem.sourceDate}`, params: { minimum: problem.sourceDate } }],
      });
    case 'not_positive':
      return new AppError('VALIDATION_FAILED', 'The amount must be more than zero.', {
        issues: [{ path: ['body', 'amount'], code: 'not_positive', message: 'must be more than zero' }],
      });
  }
}

/** The least a contribution's amount may become: what is already allocated from it. */
export function allocatedTotal(contributionId: string, allocations: readonly LedgerAllocation[]): string {
  return normalise(total(allocations.filter((a) => a.contributionId === contributionId)));
}

/** The latest day a contribution may be moved to: the day of its first allocation (money is never allocated before it arrives). */
export function latestDateFor(contributionId: string, allocations: readonly LedgerAllocation[]): string | null {
  const days = allocations.filter((a) => a.contributionId === contributionId).map((a) => a.date).sort();
  return days[0] ?? null;
}

export interface ContributionBalance {
  /** The amount, once received (0 before its date). For a pledge, 0: a pledge is not received money. */
  received: string;
  allocated: string;
  /** received − allocated: what is left to allocate on the day. */
  balance: string;
}

/** A contribution's balance at the end of `asOf`. */
export function contributionBalance(c: LedgerContribution, allocations: readonly LedgerAllocation[], asOf: string): ContributionBalance {
  const received = c.kind === 'contribution' && c.date <= asOf ? d(c.amount) : new Dec(0);
  const allocated = total(onOrBefore(allocations.filter((a) => a.contributionId === c.id), asOf));
  return { received: normalise(received), allocated: normalise(allocated), balance: normalise(received.minus(allocated)) };
}

export interface AllocationBalance {
  allocated: string;
  spent: string;
  /** allocated − spent at the end of the day. */
  balance: string;
}

/** An allocation's balance at the end of `asOf` (its amount counts from its date). */
export function allocationBalance(a: LedgerAllocation, expenditures: readonly LedgerExpenditure[], asOf: string): AllocationBalance {
  const allocated = a.date <= asOf ? d(a.amount) : new Dec(0);
  const spent = total(onOrBefore(expenditures.filter((e) => e.allocationId === a.id), asOf));
  return { allocated: normalise(allocated), spent: normalise(spent), balance: normalise(allocated.minus(spent)) };
}

/** A donor's figures at a date, in one currency, or (usd) valued in US dollars at each contribution's own rate. */
export interface Figures {
  /** Pledged (pledges dated on or before the day). */
  pledged: string;
  /** Contributions received on or before the day. */
  received: string;
  allocated: string;
  spent: string;
  /** received − allocated */
  unallocated: string;
  /** allocated − spent */
  unspent: string;
}

export interface DonorTotals {
  donorOrganisationId: string;
  byCurrency: (Figures & { currency: string })[];
  /** All currencies in US dollars, each row at its contribution's rate, summed exactly and rounded to cents at the end. */
  usd: Figures;
}

type Acc = Record<keyof Figures, Decimal>;
const emptyAcc = (): Acc => ({ pledged: new Dec(0), received: new Dec(0), allocated: new Dec(0), spent: new Dec(0), unallocated: new Dec(0), unspent: new Dec(0) });

/**
 * Totals per donor (per currency, and in US dollars) at the end of `asOf`, computed from the rows. The dollar figures
 * are exact sums rounded once; so `usd.unallocated` equals `usd.received − usd.allocated` only to the cent.
 */
export function donorTotals(
  contributions: readonly LedgerContribution[],
  allocations: readonly LedgerAllocation[],
  expenditures: readonly LedgerExpenditure[],
  asOf: string,
): DonorTotals[] {
  const byContribution = new Map(contributions.map((c) => [c.id, c]));
  const allocationOwner = new Map<string, LedgerContribution>();
  for (const a of allocations) {
    const c = byContribution.get(a.contributionId);
    if (c) allocationOwner.set(a.id, c);
  }
  const donors = new Map<string, { currencies: Map<string, Acc>; usd: Acc }>();
  const accFor = (c: LedgerContribution) => {
    let donor = donors.get(c.donorOrganisationId);
    if (!donor) donors.set(c.donorOrganisationId, (donor = { currencies: new Map(), usd: emptyAcc() }));
    let cur = donor.currencies.get(c.currency);
    if (!cur) donor.currencies.set(c.currency, (cur = emptyAcc()));
    return { cur, usd: donor.usd };
  };
  const addTo = (c: LedgerContribution, field: keyof Figures, amount: string, sign = 1) => {
    const { cur, usd } = accFor(c);
    const value = d(amount).times(sign);
    cur[field] = cur[field].plus(value);
    usd[field] = usd[field].plus(toUsdExact({ amount: value.toFixed(), currency: c.currency }, c.unitsPerUsd));
  };
  for (const c of contributions) {
    accFor(c);
    if (c.date > asOf) continue;
    if (c.kind === 'pledge') addTo(c, 'pledged', c.amount);
    else {
      addTo(c, 'received', c.amount);
      addTo(c, 'unallocated', c.amount);
    }
  }
  for (const a of allocations) {
    const c = byContribution.get(a.contributionId);
    if (!c || a.date > asOf) continue;
    addTo(c, 'allocated', a.amount);
    addTo(c, 'unallocated', a.amount, -1);
    addTo(c, 'unspent', a.amount);
  }
  for (const e of expenditures) {
    const c = allocationOwner.get(e.allocationId);
    if (!c || e.date > asOf) continue;
    addTo(c, 'spent', e.amount);
    addTo(c, 'unspent', e.amount, -1);
  }
  const out = (acc: Acc): Figures => Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, normalise(v)])) as unknown as Figures;
  const usd = (acc: Acc): Figures => Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, roundUsd(v).amount])) as unknown as Figures;
  return [...donors.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([donorOrganisationId, v]) => ({
      donorOrganisationId,
      byCurrency: [...v.currencies.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, acc]) => ({ currency, ...out(acc) })),
      usd: usd(v.usd),
    }));
}
