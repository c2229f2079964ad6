// One State's legislation view (issue 13 §1): per instrument, the checklist with each item's current assessments,
// evidence, who and when, disagreements; a summary; and the flags "ratified but not incorporated" and "incorporated
// but not ratified" from the State's participation today (treaty status) and the assessments
// (domain/library/incorporation.ts). Public, like treaty status: the evidence is public law.
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import type { ChecklistItem } from '#domain/library/checklist.ts';
import {
  incorporationFlags,
  itemStatuses,
  summarise,
  type IncorporationFlags,
  type IncorporationSummary,
  type ItemIncorporation,
} from '#domain/library/incorporation.ts';
import { can } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { ParticipationStatus } from '#domain/treaties/types.ts';
import type { InstrumentSummary, ParticipantSummary } from '#domain/treaties/views.ts';
import type { Db } from '#db/client.ts';
import { createLegislationRepo, type AssessmentRecord } from '#db/repos/library/legislation.repo.ts';
import { getStatusMatrix } from '#app/treaties/get-status-matrix.ts';
import { currentDataset } from '#app/treaties/treaty-dataset.ts';
import { toInstrumentSummary, toParticipantSummary } from '#app/treaties/treaty-presenters.ts';
import { getChecklist } from './get-checklist.ts';
import { toAssessmentView, type AssessmentView } from './legislation-presenters.ts';

export interface StateLegislationItem extends ChecklistItem, ItemIncorporation {
  assessments: AssessmentView[];
}

export interface StateInstrumentLegislation {
  instrument: InstrumentSummary;
  participation: ParticipationStatus;
  summary: IncorporationSummary;
  flags: IncorporationFlags;
  items: StateLegislationItem[];
}

export interface StateLegislationView {
  asOf: string;
  participant: ParticipantSummary;
  instruments: StateInstrumentLegislation[];
  /** Instrument ids, by flag. */
  ratifiedNotIncorporated: string[];
  incorporatedNotRatified: string[];
  ratifiedIncorporationNotKnown: string[];
  /** Requirements whose current assessment comes from an assistance activity. */
  assistedRequirements: number;
  abilities: { assess: boolean };
}

/** What the gaps and the profile need: per instrument, the summary and flags (no items). */
export interface StateIncorporation {
  perInstrument: { instrumentId: string; participation: ParticipationStatus; summary: IncorporationSummary; flags: IncorporationFlags }[];
  assessments: AssessmentRecord[];
  checklist: ChecklistItem[];
}

export async function stateIncorporation(db: Db, stateCode: string, today: string): Promise<StateIncorporation> {
  const [checklist, assessments, matrix] = await Promise.all([
    getChecklist(db),
    createLegislationRepo(db).listCurrent({ stateCode }),
    getStatusMatrix(db, { asOf: today }),
  ]);
  const cells = matrix.participants.find((p) => p.code === stateCode)?.cells ?? {};
  const statuses = itemStatuses(assessments);
  const instrumentIds = [...new Set(checklist.map((i) => i.instrumentId))];
  return {
    checklist,
    assessments,
    perInstrument: instrumentIds.map((instrumentId) => {
      const participation = cells[instrumentId]?.s ?? 'unknown';
      const summary = summarise(checklist.filter((i) => i.instrumentId === instrumentId), statuses);
      return { instrumentId, participation, summary, flags: incorporationFlags(participation, summary.incorporation) };
    }),
  };
}

export async function getStateLegislation(db: Db, actor: Actor, code: string, now: Date): Promise<StateLegislationView> {
  const stateCode = code.toUpperCase();
  const ds = await currentDataset(db);
  const participant = ds.participantsByCode.get(stateCode);
  if (!participant) {
    throw new AppError('NOT_FOUND', `No participant with code ${stateCode}.`, { params: { resource: 'participant', code: stateCode } });
  }
  const today = todayIso(now);
  const { checklist, assessments, perInstrument } = await stateIncorporation(db, stateCode, today);
  const statuses = itemStatuses(assessments);
  const mayWithdraw = (a: AssessmentRecord) =>
    can(actor, 'incorporation-assessment:withdraw', {
      kind: 'incorporation-assessment',
      stateCode,
      stateRegion: participant.regionalGroup,
      source: a.source,
      organisationId: a.organisationId,
    });
  const instruments = perInstrument.flatMap((p): StateInstrumentLegislation[] => {
    const instrument = ds.instrumentsById.get(p.instrumentId);
    if (!instrument) return [];
    const items = checklist
      .filter((i) => i.instrumentId === p.instrumentId)
      .map((item) => ({
        ...item,
        ...(statuses.get(item.requirementId) ?? { status: 'not-known' as const, disagreement: false }),
        assessments: assessments.filter((a) => a.requirementId === item.requirementId).map((a) => toAssessmentView(a, mayWithdraw(a))),
      }));
    return [{ instrument: toInstrumentSummary(instrument), participation: p.participation, summary: p.summary, flags: p.flags, items }];
  });
  const flagged = (f: keyof IncorporationFlags) => perInstrument.filter((p) => p.flags[f]).map((p) => p.instrumentId);
  return {
    asOf: today,
    participant: toParticipantSummary(participant),
    instruments,
    ratifiedNotIncorporated: flagged('ratifiedNotIncorporated'),
    incorporatedNotRatified: flagged('incorporatedNotRatified'),
    ratifiedIncorporationNotKnown: flagged('ratifiedIncorporationNotKnown'),
    assistedRequirements: new Set(assessments.filter((a) => a.activityId).map((a) => a.requirementId)).size,
    abilities: { assess: can(actor, 'incorporation-assessment:create') },
  };
}
