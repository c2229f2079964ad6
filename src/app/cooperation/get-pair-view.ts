// The pair view (issue 11 §2): for one conduct, kind and date, how many treaties bind each ordered pair of States.
//
// Cost: each State's standing in each candidate instrument is derived once (O(states × instruments), from the
// per-date derivation the treaty views share), folded into bit masks; each of the ~39,000 pairs then costs a few
// integer operations. The multilateral counts are kept per data version + date + conduct + kind (memo on the
// dataset); bilateral treaties are user records outside the data version, read on every call (one small query) and
// added on top.
import type { Db } from '#db/client.ts';
import { createFinderRepo } from '#db/repos/cooperation/finder.repo.ts';
import { bilateralCovers, bilateralInForce, cellChar, pairCount, standingMasks } from '#domain/cooperation/finder.ts';
import type { ConductId } from '#domain/cooperation/conducts.ts';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import { resolveAsOf } from '../shared/as-of.ts';
import { memo } from '../treaties/treaty-dataset.ts';
import { candidatesFor, loadFinderDataset, participationOn, statesOf } from './finder-facts.ts';

export interface PairViewQuery {
  kind: CooperationKind;
  conduct: ConductId;
  asOf?: string;
}

interface MultilateralCounts {
  codes: string[];
  instrumentIds: string[];
  /** Row-major, per ordered pair: instruments in force for both, or -1 when none is but one may be. */
  counts: Int8Array;
}

export async function getPairView(db: Db, query: PairViewQuery, now: Date) {
  const { ds, provisions } = await loadFinderDataset(db);
  const asOf = resolveAsOf(query.asOf, now);
  const states = statesOf(ds);
  const multilateral = memo(ds, `cooperation|pairs|${asOf}|${query.conduct}|${query.kind}`, (): MultilateralCounts => {
    const candidates = candidatesFor(ds, provisions, query.conduct, query.kind);
    const codes = states.map((s) => s.code);
    const masks = standingMasks(codes, candidates, participationOn(ds, asOf));
    const n = codes.length;
    const counts = new Int8Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) counts[i * n + j] = pairCount(masks, i, j);
    return { codes, instrumentIds: candidates.map((c) => c.id), counts };
  });

  const n = multilateral.codes.length;
  const index = new Map(multilateral.codes.map((c, i) => [c, i]));
  const bilateral = new Uint16Array(n * n);
  for (const t of await createFinderRepo(db).bilateralWithEntryIntoForce()) {
    if (!bilateralCovers(t, query.kind) || !bilateralInForce(t, asOf)) continue;
    const a = index.get(t.stateA);
    const b = index.get(t.stateB);
    if (a === undefined || b === undefined || a === b) continue;
    bilateral[a * n + b]!++;
    bilateral[b * n + a]!++;
  }

  const chars: string[] = new Array<string>(n * n);
  let blindSpots = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      const c = cellChar(multilateral.counts[k]!, bilateral[k]!, i === j);
      if (c === '0') blindSpots++;
      chars[k] = c;
    }
  }
  return {
    asOf,
    kind: query.kind,
    conduct: query.conduct,
    states: states.map((s) => ({ code: s.code, names: s.names, regionalGroup: s.regionalGroup })),
    cells: chars.join(''),
    instrumentIds: multilateral.instrumentIds,
    blindSpots,
  };
}

export type PairViewData = Awaited<ReturnType<typeof getPairView>>;
