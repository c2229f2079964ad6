// The ledger's rules, as examples and as properties over random sequences of contributions, allocations and
// expenditure. Amounts are multiples of 0.1 (sums of 0.1s are where floating point goes wrong); an independent model
// counts them in integer tenths, so the decimal arithmetic is checked against exact integers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import {
  allocationBalance,
  allocationProblem,
  contributionBalance,
  donorTotals,
  expenditureProblem,
  moveError,
  type LedgerAllocation,
  type LedgerContribution,
  type LedgerExpenditure,
} from './ledger.ts';

const c1: LedgerContribution = { id: 'c1', kind: 'contribution', donorOrganisationId: 'd1', date: '2014-01-10', amount: '1000', currency: 'EUR', unitsPerUsd: '0.8' };

describe('the rules', () => {
  it('allocates only from a contribution, on or after its date, within its amount', () => {
    expect(allocationProblem({ ...c1, kind: 'pledge' }, [], '1', '2014-02-01')).toEqual({ code: 'from_pledge' });
    expect(allocationProblem(c1, [], '1', '2014-01-09')).toEqual({ code: 'before_source', sourceDate: '2014-01-10' });
    expect(allocationProblem(c1, [], '1000', '2014-01-10')).toBeNull();
    const a: LedgerAllocation = { id: 'a1', contributionId: 'c1', date: '2014-03-01', amount: '999.9' };
    // An allocation dated later still counts: money allocated in March is not available in February either.
    expect(allocationProblem(c1, [a], '0.2', '2014-02-01')).toEqual({ code: 'overspend', available: { amount: '0.1', currency: 'EUR' } });
    expect(allocationProblem(c1, [a], '0.1', '2014-02-01')).toBeNull();
  });

  it('spends an allocation within its amount, on or after its date', () => {
    const a: LedgerAllocation = { id: 'a1', contributionId: 'c1', date: '2014-03-01', amount: '100' };
    const e: LedgerExpenditure = { id: 'e1', allocationId: 'a1', date: '2014-03-02', amount: '99.7' };
    expect(expenditureProblem(a, 'EUR', [], '1', '2014-02-28')).toMatchObject({ code: 'before_source' });
    expect(expenditureProblem(a, 'EUR', [e], '0.4', '2014-03-03')).toEqual({ code: 'overspend', available: { amount: '0.3', currency: 'EUR' } });
  });

  it('an overspend is a 409 naming the available balance', () => {
    const err = moveError({ code: 'overspend', available: { amount: '0.3', currency: 'EUR' } }, 'allocation', { amount: '0.4', currency: 'EUR' });
    expect(isAppError(err) && err.code).toBe('CONFLICT');
    expect(err.message).toBe('The contribution has 0.30 EUR available; 0.40 EUR cannot be allocated from it.');
  });

  it('balances at a date', () => {
    const allocations: LedgerAllocation[] = [
      { id: 'a1', contributionId: 'c1', date: '2014-02-01', amount: '0.1' },
      { id: 'a2', contributionId: 'c1', date: '2014-03-01', amount: '0.2' },
    ];
    expect(contributionBalance(c1, allocations, '2014-01-09')).toEqual({ received: '0', allocated: '0', balance: '0' });
    expect(contributionBalance(c1, allocations, '2014-02-01')).toEqual({ received: '1000', allocated: '0.1', balance: '999.9' });
    expect(contributionBalance(c1, allocations, '2014-03-01')).toEqual({ received: '1000', allocated: '0.3', balance: '999.7' });
    expect(allocationBalance(allocations[1]!, [{ id: 'e', allocationId: 'a2', date: '2014-03-05', amount: '0.15' }], '2014-03-04')).toEqual({ allocated: '0.2', spent: '0', balance: '0.2' });
  });

  it('totals per donor in each currency and in dollars at each contribution’s rate', () => {
    const c2: LedgerContribution = { id: 'c2', kind: 'contribution', donorOrganisationId: 'd1', date: '2014-01-11', amount: '300', currency: 'USD', unitsPerUsd: '1' };
    const pledge: LedgerContribution = { id: 'p', kind: 'pledge', donorOrganisationId: 'd1', date: '2014-01-01', amount: '5000', currency: 'EUR', unitsPerUsd: '0.8' };
    const [t] = donorTotals([c1, c2, pledge], [{ id: 'a1', contributionId: 'c1', date: '2014-02-01', amount: '400' }], [{ id: 'e1', allocationId: 'a1', date: '2014-02-02', amount: '100' }], '2014-12-31');
    expect(t!.byCurrency).toEqual([
      { currency: 'EUR', pledged: '5000', received: '1000', allocated: '400', spent: '100', unallocated: '600', unspent: '300' },
      { currency: 'USD', pledged: '0', received: '300', allocated: '0', spent: '0', unallocated: '300', unspent: '0' },
    ]);
    expect(t!.usd).toEqual({ pledged: '6250', received: '1550', allocated: '500', spent: '125', unallocated: '1050', unspent: '375' });
  });
});

// A random sequence: contributions (amount in tenths, day), allocations (of the nth contribution) and expenditure
// (of the nth allocation). Days are offsets in one year.
const op = fc.oneof(
  fc.record({ t: fc.constant('contribution' as const), tenths: fc.integer({ min: 1, max: 100 }), day: fc.integer({ min: 0, max: 300 }), pledge: fc.boolean(), donor: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ t: fc.constant('allocate' as const), of: fc.nat(), tenths: fc.integer({ min: 1, max: 60 }), day: fc.integer({ min: 0, max: 364 }) }),
  fc.record({ t: fc.constant('spend' as const), of: fc.nat(), tenths: fc.integer({ min: 1, max: 40 }), day: fc.integer({ min: 0, max: 364 }) }),
);
const dayOf = (offset: number) => new Date(Date.UTC(2014, 0, 1 + offset)).toISOString().slice(0, 10);
const tenths = (n: number) => (n % 10 === 0 ? String(n / 10) : `${Math.trunc(n / 10)}.${n % 10}`);
const DAYS = Array.from({ length: 366 }, (_, i) => dayOf(i - 1));

describe('properties over random sequences', () => {
  it('never double-spends; balance = contributions − allocations at every date; never negative; a refusal changes nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const contributions: LedgerContribution[] = [];
        const allocations: LedgerAllocation[] = [];
        const expenditures: LedgerExpenditure[] = [];
        // The independent model, in integer tenths.
        const model = { contributed: new Map<string, number>(), allocatedOf: new Map<string, number>(), spentOf: new Map<string, number>() };
        for (const o of ops) {
          const snapshot = JSON.stringify([contributions, allocations, expenditures]);
          if (o.t === 'contribution') {
            const id = `c${contributions.length}`;
            contributions.push({ id, kind: o.pledge ? 'pledge' : 'contribution', donorOrganisationId: `d${o.donor}`, date: dayOf(o.day), amount: tenths(o.tenths), currency: 'EUR', unitsPerUsd: '0.5' });
            model.contributed.set(id, o.pledge ? 0 : o.tenths);
            model.allocatedOf.set(id, 0);
          } else if (o.t === 'allocate' && contributions.length > 0) {
            const c = contributions[o.of % contributions.length]!;
            const problem = allocationProblem(c, allocations, tenths(o.tenths), dayOf(o.day));
            const available = model.contributed.get(c.id)! - model.allocatedOf.get(c.id)!;
            const shouldRefuse = c.kind === 'pledge' || dayOf(o.day) < c.date || o.tenths > available;
            expect(problem !== null).toBe(shouldRefuse);
            if (problem?.code === 'overspend') expect(problem.available.amount).toBe(tenths(available));
            if (problem) {
              expect(JSON.stringify([contributions, allocations, expenditures])).toBe(snapshot);
              continue;
            }
            const id = `a${allocations.length}`;
            allocations.push({ id, contributionId: c.id, date: dayOf(o.day), amount: tenths(o.tenths) });
            model.allocatedOf.set(c.id, model.allocatedOf.get(c.id)! + o.tenths);
            model.spentOf.set(id, 0);
          } else if (o.t === 'spend' && allocations.length > 0) {
            const a = allocations[o.of % allocations.length]!;
            const problem = expenditureProblem(a, 'EUR', expenditures, tenths(o.tenths), dayOf(o.day));
            const available = Number(a.amount) * 10 - model.spentOf.get(a.id)!;
            expect(problem !== null).toBe(dayOf(o.day) < a.date || o.tenths > Math.round(available));
            if (problem) continue;
            expenditures.push({ id: `e${expenditures.length}`, allocationId: a.id, date: dayOf(o.day), amount: tenths(o.tenths) });
            model.spentOf.set(a.id, model.spentOf.get(a.id)! + o.tenths);
          }
        }
        for (const day of DAYS) {
          for (const c of contributions) {
            const b = contributionBalance(c, allocations, day);
            const received = c.kind === 'contribution' && c.date <= day ? Math.round(Number(c.amount) * 10) : 0;
            const allocated = allocations.filter((a) => a.contributionId === c.id && a.date <= day).reduce((s, a) => s + Math.round(Number(a.amount) * 10), 0);
            expect(b).toEqual({ received: tenths(received), allocated: tenths(allocated), balance: tenths(received - allocated) });
            expect(received - allocated).toBeGreaterThanOrEqual(0);
          }
          for (const a of allocations) expect(allocationBalance(a, expenditures, day).balance.startsWith('-')).toBe(false);
        }
        // Totals: per donor, unallocated = received − allocated and unspent = allocated − spent, exactly.
        for (const t of donorTotals(contributions, allocations, expenditures, '2014-12-31')) {
          for (const f of t.byCurrency) {
            expect(Math.round(Number(f.received) * 10) - Math.round(Number(f.allocated) * 10)).toBe(Math.round(Number(f.unallocated) * 10));
            expect(Math.round(Number(f.allocated) * 10) - Math.round(Number(f.spent) * 10)).toBe(Math.round(Number(f.unspent) * 10));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
