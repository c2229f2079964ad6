// The money in the Secretary-General's report (issue 14 §3): contributions received and expenditure in a period, in
// US dollars at each contribution's own rate, in total, by donor and by earmark. Exact decimals (numeric in SQL,
// decimal strings here). Contributions are reported by donor by name, so these figures are never suppressed; the
// records behind them are read under funding:read.
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createFundingFiguresRepo, type MoneyCell } from '#db/repos/funding/funding-figures.repo.ts';
import { readableDonors } from './contribution-presenters.ts';

export interface FundingFigures {
  received: { total: MoneyCell[]; byDonor: MoneyCell[]; byEarmark: MoneyCell[] };
  spent: { total: MoneyCell[]; byDonor: MoneyCell[] };
}

export async function getFundingFigures(db: Db, from: string, to: string): Promise<FundingFigures> {
  const repo = createFundingFiguresRepo(db);
  const [total, byDonor, byEarmark, spentTotal, spentByDonor] = await Promise.all([
    repo.receivedBy('total', from, to),
    repo.receivedBy('donor', from, to),
    repo.receivedBy('earmark', from, to),
    repo.spentBy('total', from, to),
    repo.spentBy('donor', from, to),
  ]);
  return { received: { total, byDonor, byEarmark }, spent: { total: spentTotal, byDonor: spentByDonor } };
}

/**
 * The contributions behind a received figure, only those whose donor the reader may read (funding:read, as
 * list-contributions filters): a donor's representative sees its own donor's, a reader without funding:read none; the
 * others are counted as hidden.
 */
export async function listContributionRecords(
  db: Db,
  actor: Actor,
  dimension: string,
  key: string,
  from: string,
  to: string,
  page: { offset: number; limit: number },
) {
  const found = await createFundingFiguresRepo(db).receivedRecords(dimension, key, from, to, page, readableDonors(actor));
  return {
    total: found.total,
    hidden: found.total - found.readable,
    records: found.records.map((r) => ({ kind: 'contribution', id: r.id, label: r.label, date: r.date, href: `/funding/contributions/${r.id}` })),
  };
}
