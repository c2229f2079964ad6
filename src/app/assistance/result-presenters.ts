// How results leave the use cases: the result, and for a ratification the participation event it is (so the figure
// can be traced to the depositary's record).
import type { Actor } from '#domain/actor.ts';
import type { ActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import type { ResultRecord } from '#db/repos/assistance/results.repo.ts';
import { hideUnreadableFields } from './activity-presenters.ts';

export interface ResultView {
  id: string;
  kind: string;
  activityId: string | null;
  activityTitle: string | null;
  requestId: string | null;
  stateCode: string;
  date: string;
  participationEventId: number | null;
  participationEvent: { id: number; kind: string; date: string | null; instrumentId: string } | null;
  instrumentId: string | null;
  /** For a ratification: `confirmed` (an event of a non-reverted import) or `expected`; null for other kinds. */
  status: 'confirmed' | 'expected' | null;
  /** The confirming deposit's date. */
  confirmedAt: string | null;
  expectedDate: string | null;
  strategyId: string | null;
  documentId: string | null;
  description: string;
  createdBy: string | null;
  createdAt: string;
}

export function toResultView(r: ResultRecord): ResultView {
  return {
    id: r.id,
    kind: r.kind,
    activityId: r.activityId,
    activityTitle: r.activityTitle,
    requestId: r.requestId,
    stateCode: r.stateCode,
    date: r.date,
    participationEventId: r.participationEventId,
    participationEvent: r.event,
    instrumentId: r.instrumentId,
    status: r.status,
    confirmedAt: r.status === 'confirmed' ? (r.event?.date ?? null) : null,
    expectedDate: r.expectedDate,
    strategyId: r.strategyId,
    documentId: r.documentId,
    description: r.description,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The results with the request, strategy and document the actor may not read not named. */
export function hideUnreadableResultLinks(repo: ActivitiesRepo, actor: Actor, views: ResultView[]): Promise<ResultView[]> {
  return hideUnreadableFields(repo, actor, views, { requestId: 'requests', strategyId: 'strategies', documentId: 'documents' });
}
