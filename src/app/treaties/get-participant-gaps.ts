// One State's gaps, today: the universal instruments it has not joined (and those whose status is unknown, apart),
// legislation (from incorporation assessments; not known until assessed), its open needs without an open request, and whether it has had
// assistance (an open request, or an activity in the last 24 months). Read by the State's focal points and by the
// people who coordinate (gaps.ts mayReadStateGaps); 403 for anyone else (which States exist is public). The needs are
// counted whoever may read them; listed only when the reader may.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { assistanceWindowStart, mayReadStateGaps, stateGaps, type LegislationKnowledge } from '#domain/assistance/gaps.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { InstrumentSummary, ParticipantSummary } from '#domain/treaties/views.ts';
import type { ParticipationStatus } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { createCoordinationRepo } from '#db/repos/assistance/coordination.repo.ts';
import { createNeedsRepo } from '#db/repos/assistance/needs.repo.ts';
import { stateIncorporation } from '#app/library/get-state-legislation.ts';
import { getStatusMatrix } from './get-status-matrix.ts';
import { needViews, type NeedView } from '../assistance/need-presenters.ts';
import { currentDataset } from './treaty-dataset.ts';
import { toParticipantSummary } from './treaty-presenters.ts';

export interface ParticipantGapsView {
  asOf: string;
  participant: ParticipantSummary;
  instrumentsNotJoined: (InstrumentSummary & { status: ParticipationStatus })[];
  /** Not gaps: no complete status list is held, so nothing is known either way (ADR 10). */
  instrumentsUnknown: InstrumentSummary[];
  /** From incorporation assessments; not known until the State has been assessed. */
  legislation: LegislationKnowledge;
  /** All of them are counted; those the reader may read are listed. */
  needsWithoutOpenRequest: { total: number; items: NeedView[] };
  openRequests: number;
  /** Activities (not cancelled) whose dates meet the last 24 months. */
  recentActivities: number;
  /** Activities (not cancelled) planned to start after today. */
  plannedActivities: number;
  assistanceSince: string;
  withoutAssistance: boolean;
  openGaps: number;
}

export async function getParticipantGaps(db: Db, actor: Actor, code: string, now: Date): Promise<ParticipantGapsView> {
  authorize(actor, 'need:read');
  const stateCode = code.toUpperCase();
  if (!mayReadStateGaps(actor, stateCode)) {
    throw new AppError('FORBIDDEN', "Only the State's focal points and coordination readers see its gaps.", {
      params: { action: 'coordination:read', stateCode },
    });
  }
  const ds = await currentDataset(db);
  const participant = ds.participantsByCode.get(stateCode);
  if (!participant) {
    throw new AppError('NOT_FOUND', `No participant with code ${stateCode}.`, { params: { resource: 'participant', code: stateCode } });
  }
  const today = todayIso(now);
  const since = assistanceWindowStart(today);
  const [matrix, inputs] = await Promise.all([
    getStatusMatrix(db, { asOf: today, category: 'universal' }),
    createCoordinationRepo(db).gapInputs({ since, until: today }, stateCode),
  ]);
  const cells = matrix.participants.find((p) => p.code === stateCode)?.cells ?? {};
  const universal = matrix.instruments.map((i) => ({ instrumentId: i.id, status: cells[i.id]?.s ?? ('unknown' as const) }));
  const incorporation = await stateIncorporation(db, stateCode, today);
  const flagged = (f: 'ratifiedNotIncorporated' | 'incorporatedNotRatified' | 'ratifiedIncorporationNotKnown') =>
    incorporation.perInstrument.filter((p) => p.flags[f]).map((p) => p.instrumentId);
  const gaps = stateGaps({
    stateCode,
    legislation:
      incorporation.assessments.length === 0
        ? { known: false }
        : {
            known: true,
            notIncorporated: flagged('ratifiedNotIncorporated').length,
            ratifiedNotIncorporated: flagged('ratifiedNotIncorporated'),
            incorporatedNotRatified: flagged('incorporatedNotRatified'),
            ratifiedNotKnown: flagged('ratifiedIncorporationNotKnown'),
          },
    universal,
    openNeeds: inputs.openNeeds,
    requests: inputs.requests,
    recentActivities: inputs.recentActivities.get(stateCode) ?? 0,
    plannedActivities: inputs.plannedActivities.get(stateCode) ?? 0,
  });
  const byId = new Map(matrix.instruments.map((i) => [i.id, i]));
  const statusOf = new Map(universal.map((u) => [u.instrumentId, u.status]));
  const wanted = new Set(gaps.needsWithoutOpenRequest);
  const { rows } = await createNeedsRepo(db).list(scopeFor(actor), { stateCode, status: 'open' }, { limit: 10_000, offset: 0 });
  return {
    asOf: today,
    participant: toParticipantSummary(participant),
    instrumentsNotJoined: gaps.instrumentsNotJoined.map((id) => ({ ...byId.get(id)!, status: statusOf.get(id)! })),
    instrumentsUnknown: gaps.instrumentsUnknown.map((id) => byId.get(id)!),
    legislation: gaps.legislation,
    needsWithoutOpenRequest: { total: wanted.size, items: await needViews(db, actor, rows.filter((n) => wanted.has(n.id))) },
    openRequests: gaps.openRequests,
    recentActivities: gaps.recentActivities,
    plannedActivities: gaps.plannedActivities,
    assistanceSince: since,
    withoutAssistance: gaps.withoutAssistance,
    openGaps: gaps.openGaps,
  };
}
