// "Ratifications following assistance", counted from records: the participation events (the depositary's own record
// of a deposit) that results of activities link to. Per year of deposit, per State, per instrument; every figure
// carries the ids of the events counted and of the results behind them, so it can be traced and checked. An event
// linked by several activities counts once. Only results of activities the caller may open are counted. An expected
// ratification counts once a deposit in the record confirms it (results.repo.ts); until then it is shown apart,
// under `expected`, never as a ratification.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createResultsRepo } from '#db/repos/assistance/results.repo.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export interface SummaryFigure {
  /** Distinct deposits (participation events). */
  ratifications: number;
  eventIds: number[];
  resultIds: string[];
}

export interface ResultsSummary {
  total: SummaryFigure;
  byYear: (SummaryFigure & { year: number })[];
  byState: (SummaryFigure & { stateCode: string })[];
  byInstrument: (SummaryFigure & { instrumentId: string; instrumentName: string })[];
  /** Expected ratifications not yet confirmed by a deposit in the record. */
  expected: { results: number; resultIds: string[] };
}

class Tally {
  readonly events = new Set<number>();
  readonly results = new Set<string>();
  add(eventId: number, resultId: string) {
    this.events.add(eventId);
    this.results.add(resultId);
  }
  figure(): SummaryFigure {
    return { ratifications: this.events.size, eventIds: [...this.events].sort((a, b) => a - b), resultIds: [...this.results].sort() };
  }
}

function tallyBy<K>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = new Tally()));
  return t;
}

export async function getResultsSummary(
  db: Db,
  actor: Actor,
  filters: { stateCode?: string; from?: string; to?: string },
): Promise<{ data: ResultsSummary }> {
  authorize(actor, 'activity:read');
  const repo = createResultsRepo(db);
  const stateFilter = filters.stateCode ? { stateCode: filters.stateCode.toUpperCase() } : {};
  const rows = await repo.ratifications(scopeFor(actor), { ...filters, ...stateFilter });
  const expectedRows = await repo.expectedRatifications(scopeFor(actor), stateFilter);
  const stillExpected = expectedRows.filter((r) => r.status === 'expected');
  for (const r of expectedRows) {
    const e = r.event;
    if (r.status !== 'confirmed' || !e || !e.date) continue;
    if ((filters.from && e.date < filters.from) || (filters.to && e.date > filters.to)) continue;
    rows.push({
      resultId: r.id,
      activityId: r.activityId,
      eventId: e.id,
      eventKind: e.kind,
      eventDate: e.date,
      stateCode: r.stateCode,
      instrumentId: e.instrumentId,
      instrumentShortNames: r.instrumentShortNames ?? {},
    });
  }
  const total = new Tally();
  const byYear = new Map<number, Tally>();
  const byState = new Map<string, Tally>();
  const byInstrument = new Map<string, Tally>();
  const names = new Map<string, string>();
  for (const r of rows) {
    total.add(r.eventId, r.resultId);
    if (r.eventDate) tallyBy(byYear, Number(r.eventDate.slice(0, 4))).add(r.eventId, r.resultId);
    tallyBy(byState, r.stateCode).add(r.eventId, r.resultId);
    tallyBy(byInstrument, r.instrumentId).add(r.eventId, r.resultId);
    names.set(r.instrumentId, nameOf(r.instrumentShortNames ?? {}));
  }
  return {
    data: {
      total: total.figure(),
      byYear: [...byYear].sort(([a], [b]) => a - b).map(([year, t]) => ({ year, ...t.figure() })),
      byState: [...byState].sort(([a], [b]) => a.localeCompare(b)).map(([stateCode, t]) => ({ stateCode, ...t.figure() })),
      byInstrument: [...byInstrument]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([instrumentId, t]) => ({ instrumentId, instrumentName: names.get(instrumentId) ?? instrumentId, ...t.figure() })),
      expected: { results: stillExpected.length, resultIds: stillExpected.map((r) => r.id).sort() },
    },
  };
}
