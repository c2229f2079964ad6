// The legislation view of the matrix (issue 13 §1): States × instruments, each cell an incorporation summary. Only
// States with at least one current assessment carry cells: every other cell is "not known" for all its items (the
// checklist's size per instrument is given). Public, like the treaty matrix.
import { incorporationFlags, itemStatuses, summarise, type Incorporation } from '#domain/library/incorporation.ts';
import type { ParticipationStatus } from '#domain/treaties/types.ts';
import type { InstrumentSummary, ParticipantSummary } from '#domain/treaties/views.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createLegislationRepo } from '#db/repos/library/legislation.repo.ts';
import { getStatusMatrix } from '#app/treaties/get-status-matrix.ts';
import { currentDataset } from '#app/treaties/treaty-dataset.ts';
import { toInstrumentSummary } from '#app/treaties/treaty-presenters.ts';
import { getChecklist } from './get-checklist.ts';

export interface LegislationMatrixCell {
  covered: number;
  partlyCovered: number;
  notCovered: number;
  notKnown: number;
  disagreements: number;
  incorporation: Incorporation;
  participation: ParticipationStatus;
  ratifiedNotIncorporated: boolean;
  incorporatedNotRatified: boolean;
}

export interface LegislationMatrixView {
  asOf: string;
  instruments: (InstrumentSummary & { requirements: number })[];
  participants: (ParticipantSummary & { cells: Record<string, LegislationMatrixCell> })[];
  /** Requirements (State × requirement) whose current assessment comes from an assistance activity. */
  assistedRequirements: number;
}

export async function getLegislationMatrix(db: Db, now: Date): Promise<LegislationMatrixView> {
  const asOf = todayIso(now);
  const [ds, checklist, current, matrix] = await Promise.all([
    currentDataset(db),
    getChecklist(db),
    createLegislationRepo(db).currentStatuses(),
    getStatusMatrix(db, { asOf }),
  ]);
  const instrumentIds = [...new Set(checklist.map((i) => i.instrumentId))].filter((id) => ds.instrumentsById.has(id));
  const byState = new Map<string, typeof current>();
  for (const a of current) byState.set(a.stateCode, [...(byState.get(a.stateCode) ?? []), a]);
  const participants = matrix.participants
    .filter((p) => byState.has(p.code))
    .map(({ cells: statusCells, partyCount: _, ...p }) => {
      const statuses = itemStatuses(byState.get(p.code)!);
      const cells: Record<string, LegislationMatrixCell> = {};
      for (const id of instrumentIds) {
        const { total: _total, ...summary } = summarise(checklist.filter((i) => i.instrumentId === id), statuses);
        const participation = statusCells[id]?.s ?? 'unknown';
        const { ratifiedNotIncorporated, incorporatedNotRatified } = incorporationFlags(participation, summary.incorporation);
        cells[id] = { ...summary, participation, ratifiedNotIncorporated, incorporatedNotRatified };
      }
      return { ...p, cells };
    });
  return {
    asOf,
    instruments: instrumentIds.map((id) => ({
      ...toInstrumentSummary(ds.instrumentsById.get(id)!),
      requirements: checklist.filter((i) => i.instrumentId === id).length,
    })),
    participants,
    assistedRequirements: new Set(current.filter((a) => a.hasActivity).map((a) => `${a.stateCode}|${a.requirementId}`)).size,
  };
}
