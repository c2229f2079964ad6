// A donor's page (issue 14 §1): its pledges and contributions with their balances on a day, and where the money went:
// programmes, activities, States and themes, the participants trained (by sex) in the funded activities, and the
// results (ratifications, legislation) recorded against them, with the records.
//
// Confidentiality: a funded programme or activity is named (title, link, its results' records) only when the reader
// may read that record (its own rule, through app/assistance/summarise-activities.ts) and it is not a named-people
// record (whose reads are audited on its own page). The others are only counted and
// summed, with no title: `undisclosed` holds how many, how much was allocated to them, and their participants and
// results by kind. By State and theme, only disclosed activities count (one in several States or themes counts in each).
import type { Decimal } from 'decimal.js';
import { Dec } from '#domain/funding/money.ts';
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createFundingLedgerRepo } from '#db/repos/funding/funding-ledger.repo.ts';
import { summariseActivities, type ResultSummary } from '../assistance/summarise-activities.ts';
import { discloses, readLedger, today, withUndisclosedTargetsHidden, toUsd, type ContributionLine } from './export-ledger.ts';
import { isUuid } from '../library/document-presenters.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

/** Amounts of one currency, and their value in US dollars at each contribution's rate. */
export interface CurrencyTotal {
  currency: string;
  amount: string;
  usd: string;
}

export interface Participants {
  total: number;
  female: number;
  male: number;
  other: number;
}

export interface FundedActivityView {
  id: string;
  title: string;
  status: string;
  startDate: string;
  endDate: string;
  stateCodes: string[];
  themes: string[];
  programmeId: string | null;
  allocated: CurrencyTotal[];
  spent: CurrencyTotal[];
  participants: Participants;
  results: ResultSummary[];
}

export interface FundedProgrammeView {
  id: string;
  code: string;
  name: string;
  allocated: CurrencyTotal[];
  spent: CurrencyTotal[];
}

export interface DonorFunding {
  donor: { id: string; name: string; names: Partial<Record<string, string>>; acronym: string | null };
  asOf: string;
  /** Per currency: pledged, received (contributions), allocated, spent, and the balance still to allocate. */
  totals: { currency: string; pledged: string; received: string; allocated: string; spent: string; balance: string }[];
  totalsUsd: { pledged: string; received: string; allocated: string; spent: string; balance: string };
  contributions: ContributionLine[];
  programmes: FundedProgrammeView[];
  activities: FundedActivityView[];
  /** The funded programmes and activities the reader may not read: counted and summed only. */
  undisclosed: {
    programmes: number;
    activities: number;
    allocated: CurrencyTotal[];
    participants: Participants;
    resultsByKind: Record<string, number>;
  };
  byState: { stateCode: string; activities: number; allocatedUsd: string }[];
  byTheme: { theme: string; activities: number; allocatedUsd: string }[];
  /** All funded activities, disclosed or not. */
  participants: Participants;
  resultsByKind: Record<string, number>;
}

class Totals {
  private readonly byCurrency = new Map<string, { amount: Decimal; usd: Decimal }>();
  add(currency: string, amount: Decimal.Value, unitsPerUsd: Decimal.Value) {
    const t = this.byCurrency.get(currency) ?? { amount: new Dec(0), usd: new Dec(0) };
    this.byCurrency.set(currency, { amount: t.amount.plus(amount), usd: t.usd.plus(new Dec(amount).dividedBy(unitsPerUsd)) });
  }
  merge(other: Totals) {
    for (const [currency, t] of other.byCurrency) {
      const mine = this.byCurrency.get(currency) ?? { amount: new Dec(0), usd: new Dec(0) };
      this.byCurrency.set(currency, { amount: mine.amount.plus(t.amount), usd: mine.usd.plus(t.usd) });
    }
  }
  usd(): Decimal {
    return [...this.byCurrency.values()].reduce((a, t) => a.plus(t.usd), new Dec(0));
  }
  list(): CurrencyTotal[] {
    return [...this.byCurrency]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, t]) => ({ currency, amount: t.amount.toFixed(), usd: toUsd(t.usd, 1) }));
  }
}

const noParticipants = (): Participants => ({ total: 0, female: 0, male: 0, other: 0 });
function addParticipants(to: Participants, p: { total: number | null; female: number | null; male: number | null; other: number | null }) {
  to.total += p.total ?? 0;
  to.female += p.female ?? 0;
  to.male += p.male ?? 0;
  to.other += p.other ?? 0;
}

export function donorNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such donor.', { params: { resource: 'donor', id } });
}

export async function getDonorFunding(db: Db, actor: Actor, donorId: string, query: { asOf?: string }, now: Date): Promise<{ data: DonorFunding; abilities: { export: boolean } }> {
  authorize(actor, 'funding:read');
  const asOf = query.asOf ?? today(now);
  const donor = isUuid(donorId) ? (await createFundingLedgerRepo(db).organisations([donorId])).get(donorId) : undefined;
  // Another donor's page, like a missing one, does not exist for a donor's representative (404, not 403). The
  // recipient is left empty: reading a donor's funding does not depend on who received it.
  if (!donor || donor.kind !== 'donor' || !can(actor, 'funding:read', { kind: 'funding', donorOrganisationId: donorId, recipientOrganisationId: '' })) {
    throw donorNotFound(donorId);
  }
  const ledger = await readLedger(db, actor, { donorOrganisationId: donorId, asOf });
  const lines = ledger.contributions.flatMap((c) => c.allocations.map((a) => ({ c, a })));
  const summaries = await summariseActivities(db, actor, {
    activityIds: lines.flatMap((l) => (l.a.activityId ? [l.a.activityId] : [])),
    programmeIds: lines.flatMap((l) => (l.a.programmeId ? [l.a.programmeId] : [])),
  });

  const perCurrency = new Map<string, { pledged: Decimal; received: Decimal; allocated: Decimal; spent: Decimal }>();
  const usd = { pledged: new Dec(0), received: new Dec(0), allocated: new Dec(0), spent: new Dec(0) };
  for (const c of ledger.contributions) {
    const t = perCurrency.get(c.currency) ?? { pledged: new Dec(0), received: new Dec(0), allocated: new Dec(0), spent: new Dec(0) };
    const key = c.kind === 'pledge' ? 'pledged' : 'received';
    t[key] = t[key].plus(c.amount);
    t.allocated = t.allocated.plus(c.allocated);
    t.spent = t.spent.plus(c.spent);
    perCurrency.set(c.currency, t);
    usd[key] = usd[key].plus(new Dec(c.amount).dividedBy(c.unitsPerUsd));
    usd.allocated = usd.allocated.plus(new Dec(c.allocated).dividedBy(c.unitsPerUsd));
    usd.spent = usd.spent.plus(new Dec(c.spent).dividedBy(c.unitsPerUsd));
  }

  const allocatedTo = new Map<string, Totals>();
  const spentOn = new Map<string, Totals>();
  for (const { c, a } of lines) {
    const target = a.activityId ?? a.programmeId!;
    if (!allocatedTo.has(target)) allocatedTo.set(target, new Totals());
    if (!spentOn.has(target)) spentOn.set(target, new Totals());
    allocatedTo.get(target)!.add(c.currency, a.amount, c.unitsPerUsd);
    spentOn.get(target)!.add(c.currency, a.spent, c.unitsPerUsd);
  }

  const undisclosedAllocated = new Totals();
  const undisclosed = { programmes: 0, activities: 0, participants: noParticipants(), resultsByKind: {} as Record<string, number> };
  const participants = noParticipants();
  const resultsByKind: Record<string, number> = {};
  const byState = new Map<string, { activities: number; usd: Decimal }>();
  const byTheme = new Map<string, { activities: number; usd: Decimal }>();
  const activities: FundedActivityView[] = [];
  for (const a of summaries.activities) {
    const allocated = allocatedTo.get(a.id) ?? new Totals();
    addParticipants(participants, a.participants);
    for (const r of a.results) resultsByKind[r.kind] = (resultsByKind[r.kind] ?? 0) + 1;
    if (!discloses(a)) {
      undisclosed.activities += 1;
      undisclosedAllocated.merge(allocated);
      addParticipants(undisclosed.participants, a.participants);
      for (const r of a.results) undisclosed.resultsByKind[r.kind] = (undisclosed.resultsByKind[r.kind] ?? 0) + 1;
      continue;
    }
    // Only a disclosed activity shows its States and themes: an undisclosed one is in `undisclosed` alone (count and
    // amount, no State, no theme), or its State code and amount would name what the reader may not read.
    for (const code of a.stateCodes) {
      const s = byState.get(code) ?? { activities: 0, usd: new Dec(0) };
      byState.set(code, { activities: s.activities + 1, usd: s.usd.plus(allocated.usd()) });
    }
    for (const theme of a.themes) {
      const s = byTheme.get(theme) ?? { activities: 0, usd: new Dec(0) };
      byTheme.set(theme, { activities: s.activities + 1, usd: s.usd.plus(allocated.usd()) });
    }
    const p = noParticipants();
    addParticipants(p, a.participants);
    activities.push({
      id: a.id,
      title: a.title,
      status: a.status,
      startDate: a.startDate,
      endDate: a.endDate,
      stateCodes: a.stateCodes,
      themes: a.themes,
      programmeId: a.programmeId,
      allocated: allocated.list(),
      spent: (spentOn.get(a.id) ?? new Totals()).list(),
      participants: p,
      results: a.results,
    });
  }
  const programmes: FundedProgrammeView[] = [];
  for (const p of summaries.programmes) {
    const allocated = allocatedTo.get(p.id) ?? new Totals();
    if (!discloses(p)) {
      undisclosed.programmes += 1;
      undisclosedAllocated.merge(allocated);
      continue;
    }
    programmes.push({ id: p.id, code: p.code, name: p.name, allocated: allocated.list(), spent: (spentOn.get(p.id) ?? new Totals()).list() });
  }
  const sorted = <T>(m: Map<string, { activities: number; usd: Decimal }>, key: (k: string, v: { activities: number; usd: Decimal }) => T) =>
    [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => key(k, v));
  return {
    data: {
      donor: { id: donor.id, name: nameOf(donor.names), names: donor.names, acronym: donor.acronym },
      asOf,
      totals: [...perCurrency]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, t]) => ({
          currency,
          pledged: t.pledged.toFixed(),
          received: t.received.toFixed(),
          allocated: t.allocated.toFixed(),
          spent: t.spent.toFixed(),
          balance: t.received.minus(t.allocated).toFixed(),
        })),
      totalsUsd: {
        pledged: toUsd(usd.pledged, 1),
        received: toUsd(usd.received, 1),
        allocated: toUsd(usd.allocated, 1),
        spent: toUsd(usd.spent, 1),
        balance: toUsd(usd.received.minus(usd.allocated), 1),
      },
      contributions: withUndisclosedTargetsHidden(ledger.contributions, new Set([...activities.map((a) => a.id), ...programmes.map((p) => p.id)])),
      programmes,
      activities,
      undisclosed: { ...undisclosed, allocated: undisclosedAllocated.list() },
      byState: sorted(byState, (stateCode, v) => ({ stateCode, activities: v.activities, allocatedUsd: toUsd(v.usd, 1) })),
      byTheme: sorted(byTheme, (theme, v) => ({ theme, activities: v.activities, allocatedUsd: toUsd(v.usd, 1) })),
      participants,
      resultsByKind,
    },
    abilities: { export: true },
  };
}
