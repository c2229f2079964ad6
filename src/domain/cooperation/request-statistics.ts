// Aggregate figures on requests for the report (issue 12 §2): requests by pair of regions, the median time from
// sending to execution, refusals by ground. Never a figure resting on fewer than STATISTICS_MIN_CELL requests. Pure.
//
// Why more than "hide the small cells". A figure is suppressed (null) when it rests on fewer than 5 requests; but a
// suppressed cell can be recomputed by subtraction when the other cells of its breakdown and their total are known
// (total 12, published pairs 5 and 4: the third pair is 3). The rules, applied to every breakdown:
//
// 1. A cell of fewer than 5 requests is suppressed (0 included: "no refusal for political offences" is a figure
//    about fewer than 5 requests too).
// 2. Complementary suppression: when a breakdown has suppressed cells, the suppressed cells together must hold at
//    least 5 requests and be more than one; otherwise the smallest published cell is suppressed as well, until they
//    do (or nothing is left). Then `total − published cells` is at least 5 and spread over several unknown cells.
//    Every breakdown is protected so, whether or not its total is published (refusals' is not, today), so that
//    publishing one more total later cannot open a hole.
// 3. "Executed" is one cell of the partition executed / not executed of the total, protected as in 2: so
//    `total − executed` never reveals fewer than 5 unexecuted requests. The median rests on the executed requests:
//    published when at least 5 were executed (a median reveals no count).
// 4. One table per calendar year of sending and kind of request, never a sum of them. Totals of overlapping selections
//    (all kinds, and MLA alone; 2025, and 2025–2026) would let a cell suppressed in one be had by subtracting the
//    other, which no suppression within one table prevents. The caller adds published figures if it must; suppressed
//    cells stay unknown. What cannot be prevented, and is accepted: a table read at two dates differs by the requests
//    executed or refused between them (sending dates, hence totals and pairs, do not move).
//
// Drafts never count: a request counts in the year it was sent.
import type { CooperationKind } from './types.ts';
import { REFUSAL_GROUNDS, type RefusalGround, type RequestStatus } from './requests.ts';

export const STATISTICS_MIN_CELL = 5;

/** A sent request as the figures need it: no content, no party, only what is counted. */
export interface CountedRequest {
  kind: CooperationKind;
  status: RequestStatus;
  /** The regional groups of the two States (null: a participant without one). */
  requestingRegion: string | null;
  requestedRegion: string | null;
  sentAt: Date;
  /** When it was executed, refused or withdrawn. */
  closedAt: Date | null;
  refusalGround: RefusalGround | null;
}

export interface RequestStatistics {
  minimumCell: number;
  total: number | null;
  /** Only the pairs whose figure is published. */
  byRegionPair: { requestingRegion: string | null; requestedRegion: string | null; requests: number }[];
  medianDaysToExecution: number | null;
  executed: number | null;
  refusalsByGround: { ground: RefusalGround; refusals: number | null }[];
}

/**
 * Rules 1 and 2 on one breakdown: the counts to publish, in the same order, null where suppressed. Exported for its
 * tests (every published breakdown goes through it).
 */
export function suppressSmallCells(counts: readonly number[], min = STATISTICS_MIN_CELL): (number | null)[] {
  const suppressed = counts.map((n) => n < min);
  const hidden = () => counts.filter((_, i) => suppressed[i]);
  const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
  while (hidden().length > 0 && (sum(hidden()) < min || hidden().length === 1)) {
    // The smallest cell still published (ties: the first), or none left.
    let next = -1;
    counts.forEach((n, i) => {
      if (!suppressed[i] && (next === -1 || n < counts[next]!)) next = i;
    });
    if (next === -1) break;
    suppressed[next] = true;
  }
  return counts.map((n, i) => (suppressed[i] ? null : n));
}

const DAY = 86_400_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The figures of one table (rule 4: the caller passes the requests of one year and one kind). */
export function requestStatistics(requests: readonly CountedRequest[]): RequestStatistics {
  const min = STATISTICS_MIN_CELL;
  const total = requests.length;

  const pairs = new Map<string, { requestingRegion: string | null; requestedRegion: string | null; n: number }>();
  for (const r of requests) {
    const key = JSON.stringify([r.requestingRegion, r.requestedRegion]);
    const pair = pairs.get(key) ?? { requestingRegion: r.requestingRegion, requestedRegion: r.requestedRegion, n: 0 };
    pair.n += 1;
    pairs.set(key, pair);
  }
  const pairRows = [...pairs.values()].sort(
    (a, b) => (a.requestingRegion ?? '').localeCompare(b.requestingRegion ?? '') || (a.requestedRegion ?? '').localeCompare(b.requestedRegion ?? ''),
  );
  const pairCounts = suppressSmallCells(pairRows.map((p) => p.n));

  const executed = requests.filter((r) => r.status === 'executed' && r.closedAt !== null);
  const [executedCount] = suppressSmallCells([executed.length, total - executed.length]);
  const days = executed.map((r) => (r.closedAt!.getTime() - r.sentAt.getTime()) / DAY);

  const refusals = REFUSAL_GROUNDS.map((ground) => requests.filter((r) => r.status === 'refused' && r.refusalGround === ground).length);
  const refusalCounts = suppressSmallCells(refusals);

  return {
    minimumCell: min,
    total: total < min ? null : total,
    // A suppressed pair is left out: listed, even without its figure, it would tell that it has at least one request.
    byRegionPair: pairRows.flatMap((p, i) =>
      pairCounts[i] === null ? [] : [{ requestingRegion: p.requestingRegion, requestedRegion: p.requestedRegion, requests: pairCounts[i]! }],
    ),
    // Whole days and a tenth: the report's precision; the figure rests on the executed requests only.
    medianDaysToExecution: executed.length < min ? null : Math.round(median(days) * 10) / 10,
    executed: executedCount ?? null,
    refusalsByGround: REFUSAL_GROUNDS.map((ground, i) => ({ ground, refusals: refusalCounts[i]! })),
  };
}
