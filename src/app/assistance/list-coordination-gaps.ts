// States ranked by their open gaps (universal instruments not joined + open needs without an open request), for
// outreach: by default only the States without assistance (no open request, no activity in the last 24 months);
// most gaps first, ties by code. Treaty statuses for all States at once come from the status matrix (cached per
// data version); requests, needs and recent activities from one read each. Counts only: the needs themselves are
// read through /needs with their own confidentiality.
import type { Actor } from '#domain/actor.ts';
import { assistanceWindowStart, rankByOpenGaps, stateGaps, type LegislationKnowledge } from '#domain/assistance/gaps.ts';
import { authorize } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createCoordinationRepo } from '#db/repos/assistance/coordination.repo.ts';
import { getStatusMatrix } from '../treaties/get-status-matrix.ts';
import { pageOf, type Page, type PageQuery } from '../shared/paging.ts';

export interface StateGapsRow {
  stateCode: string;
  names: LocalizedText;
  regionalGroup: string | null;
  instrumentsNotJoined: number;
  instrumentsUnknown: number;
  legislation: LegislationKnowledge;
  needsWithoutOpenRequest: number;
  openGaps: number;
  openRequests: number;
  recentActivities: number;
  plannedActivities: number;
  withoutAssistance: boolean;
}

export interface CoordinationGapsQuery {
  regionalGroup?: string;
  /** without-assistance (default): only States without assistance; all: every State, ranked the same way. */
  include?: 'without-assistance' | 'all';
}

export async function listCoordinationGaps(
  db: Db,
  actor: Actor,
  query: CoordinationGapsQuery & PageQuery,
  now: Date,
): Promise<Page<StateGapsRow> & { asOf: string; assistanceSince: string }> {
  authorize(actor, 'coordination:read');
  const today = todayIso(now);
  const since = assistanceWindowStart(today);
  const [matrix, inputs] = await Promise.all([
    getStatusMatrix(db, { asOf: today, category: 'universal', ...(query.regionalGroup ? { regionalGroup: query.regionalGroup } : {}) }),
    createCoordinationRepo(db).gapInputs({ since, until: today }),
  ]);
  const needsByState = byState(inputs.openNeeds);
  const requestsByState = byState(inputs.requests);
  const rows: StateGapsRow[] = matrix.participants
    // States (members, observers, others): not the organisations that join some instruments.
    .filter((p) => p.kind !== 'organization')
    .map((p) => {
      const g = stateGaps({
        stateCode: p.code,
        universal: matrix.instruments.map((i) => ({ instrumentId: i.id, status: p.cells[i.id]?.s ?? 'unknown' })),
        openNeeds: needsByState.get(p.code) ?? [],
        requests: requestsByState.get(p.code) ?? [],
        recentActivities: inputs.recentActivities.get(p.code) ?? 0,
        plannedActivities: inputs.plannedActivities.get(p.code) ?? 0,
      });
      return {
        stateCode: p.code,
        names: p.names,
        regionalGroup: p.regionalGroup,
        instrumentsNotJoined: g.instrumentsNotJoined.length,
        instrumentsUnknown: g.instrumentsUnknown.length,
        legislation: g.legislation,
        needsWithoutOpenRequest: g.needsWithoutOpenRequest.length,
        openGaps: g.openGaps,
        openRequests: g.openRequests,
        recentActivities: g.recentActivities,
        plannedActivities: g.plannedActivities,
        withoutAssistance: g.withoutAssistance,
      };
    });
  const kept = (query.include ?? 'without-assistance') === 'all' ? rows : rows.filter((r) => r.withoutAssistance);
  return { ...pageOf(rankByOpenGaps(kept), query), asOf: today, assistanceSince: since };
}

function byState<T extends { stateCode: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.stateCode);
    if (list) list.push(item);
    else out.set(item.stateCode, [item]);
  }
  return out;
}
