// The books as the exports (CSV, XLSX, IATI) and the donor page read them: each contribution the caller may read, with
// its allocations, the expenditure against them and the balances on a day, computed here from the rows (never
// stored) in exact decimals. Amounts are decimal strings in the contribution's currency; the US-dollar value of an
// amount is at the contribution's own rate, rounded to cents half-even at the end only.
import type { Decimal } from 'decimal.js';
import { Dec } from '#domain/funding/money.ts';
import type { Actor } from '#domain/actor.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createFundingLedgerRepo, type LedgerFilters, type OrganisationName } from '#db/repos/funding/funding-ledger.repo.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export interface ExpenditureLine {
  id: string;
  date: string;
  amount: string;
  description: string;
}

export interface AllocationLine {
  id: string;
  contributionId: string;
  programmeId: string | null;
  activityId: string | null;
  date: string;
  amount: string;
  spent: string;
  balance: string;
  notes: string;
  expenditures: ExpenditureLine[];
}

export interface ContributionLine {
  id: string;
  kind: string;
  form: string;
  donorOrganisationId: string;
  donorName: string;
  recipientOrganisationId: string;
  recipientName: string;
  date: string;
  currency: string;
  amount: string;
  unitsPerUsd: string;
  rateDate: string;
  rateSource: string;
  amountUsd: string;
  earmarkKind: string;
  earmarkValue: string | null;
  reference: string;
  /** Allocated on or before the day; a pledge is never allocated. */
  allocated: string;
  spent: string;
  /** amount − allocated. */
  balance: string;
  balanceUsd: string;
  allocations: AllocationLine[];
}

export interface LedgerView {
  asOf: string;
  contributions: ContributionLine[];
  organisations: Map<string, OrganisationName>;
}

const sum = (values: readonly string[]): Decimal => values.reduce((a, v) => a.plus(v), new Dec(0));

/** An amount in US dollars at `unitsPerUsd`, rounded to cents half-even. */
export function toUsd(amount: Decimal.Value, unitsPerUsd: Decimal.Value): string {
  return new Dec(amount).dividedBy(unitsPerUsd).toDecimalPlaces(2, Dec.ROUND_HALF_EVEN).toFixed(2);
}

/** A numeric column's text without trailing zeros ("1000.500000" → "1000.5"). */
export function plain(value: Decimal.Value): string {
  return new Dec(value).toFixed();
}

/**
 * Whether a funded programme or activity may be named in the funding views: the reader may read it, and it is not a
 * named-people record (those are shown only on their own page, where each read is audited; here they are counted).
 */
export function discloses(record: { readable: boolean; confidentiality: string }): boolean {
  return record.readable && record.confidentiality !== 'named-people';
}

/**
 * The contributions with each allocation's programme or activity left out (null) where that record may not be named
 * (`disclosed` holds the ids that may): the amount stays, counted in the totals, with no link to the record. The
 * allocation's notes and its expenditures' descriptions are blanked too: free text that could name the hidden record.
 */
export function withUndisclosedTargetsHidden(contributions: ContributionLine[], disclosed: ReadonlySet<string>): ContributionLine[] {
  return contributions.map((c) => ({ ...c, allocations: c.allocations.map((a) => withTargetHidden(a, disclosed)) }));
}

/** One allocation with its target, notes and expenditure descriptions hidden unless its target is in `disclosed`. */
export function withTargetHidden<A extends { programmeId: string | null; activityId: string | null; notes: string; expenditures: E[] }, E extends { description: string }>(
  a: A,
  disclosed: ReadonlySet<string>,
): A {
  const target = a.activityId ?? a.programmeId;
  if (target && disclosed.has(target)) return a;
  return {
    ...a,
    programmeId: a.programmeId && disclosed.has(a.programmeId) ? a.programmeId : null,
    activityId: a.activityId && disclosed.has(a.activityId) ? a.activityId : null,
    notes: '',
    expenditures: a.expenditures.map((e) => ({ ...e, description: '' })),
  };
}

/** Today, as the day the books are read on by default. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The contributions the actor may read (funding:read on each: its donor and recipient), with balances on `asOf`. */
export async function readLedger(db: Db, actor: Actor, filters: LedgerFilters): Promise<LedgerView> {
  const ledger = await createFundingLedgerRepo(db).ledger(filters);
  const readable = ledger.contributions.filter((c) =>
    can(actor, 'funding:read', { kind: 'funding', donorOrganisationId: c.donorOrganisationId, recipientOrganisationId: c.recipientOrganisationId }),
  );
  const spentOf = new Map<string, ExpenditureLine[]>();
  for (const e of ledger.expenditures) {
    spentOf.set(e.allocationId, [...(spentOf.get(e.allocationId) ?? []), { id: e.id, date: e.date, amount: plain(e.amount), description: e.description }]);
  }
  const allocationsOf = new Map<string, AllocationLine[]>();
  for (const a of ledger.allocations) {
    const ex = spentOf.get(a.id) ?? [];
    const spent = sum(ex.map((e) => e.amount));
    const line: AllocationLine = {
      id: a.id,
      contributionId: a.contributionId,
      programmeId: a.programmeId,
      activityId: a.activityId,
      date: a.date,
      amount: plain(a.amount),
      spent: spent.toFixed(),
      balance: new Dec(a.amount).minus(spent).toFixed(),
      notes: a.notes,
      expenditures: ex,
    };
    allocationsOf.set(a.contributionId, [...(allocationsOf.get(a.contributionId) ?? []), line]);
  }
  const name = (id: string) => {
    const o = ledger.organisations.get(id);
    return o ? (o.acronym ?? nameOf(o.names)) : '';
  };
  return {
    asOf: filters.asOf,
    organisations: ledger.organisations,
    contributions: readable.map((c) => {
      const lines = allocationsOf.get(c.id) ?? [];
      const allocated = sum(lines.map((l) => l.amount));
      const balance = new Dec(c.amount).minus(allocated);
      return {
        id: c.id,
        kind: c.kind,
        form: c.form,
        donorOrganisationId: c.donorOrganisationId,
        donorName: name(c.donorOrganisationId),
        recipientOrganisationId: c.recipientOrganisationId,
        recipientName: name(c.recipientOrganisationId),
        date: c.date,
        currency: c.currency,
        amount: plain(c.amount),
        unitsPerUsd: plain(c.unitsPerUsd),
        rateDate: c.rateDate,
        rateSource: c.rateSource,
        amountUsd: toUsd(c.amount, c.unitsPerUsd),
        earmarkKind: c.earmarkKind,
        earmarkValue: c.earmarkValue,
        reference: c.reference,
        allocated: allocated.toFixed(),
        spent: sum(lines.map((l) => l.spent)).toFixed(),
        balance: balance.toFixed(),
        balanceUsd: toUsd(balance, c.unitsPerUsd),
        allocations: lines,
      };
    }),
  };
}
