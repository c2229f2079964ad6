// How results leave the use cases: the result, and for a ratification the participation event it is (so the figure
// can be traced to the depositary's record).
import type { Actor } from '#domain/actor.ts';
import type { ActivitiesRepo } from '#db/repos/activities.repo.ts';
import type { ResultRecord } from '#db/repos/results.repo.ts';
import { readableLinks } from './activity-presenters.ts';

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
    strategyId: r.strategyId,
    documentId: r.documentId,
    description: r.description,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * The results with the ids of the request, strategy and document the actor may not read set to null (a hidden record
 * is not even named): one query per kind.
 */
export async function hideUnreadableResultLinks(repo: ActivitiesRepo, actor: Actor, views: ResultView[]): Promise<ResultView[]> {
  const readable = await readableLinks(repo, actor, {
    requestIds: views.map((v) => v.requestId),
    strategyIds: views.map((v) => v.strategyId),
    documentIds: views.map((v) => v.documentId),
  });
  return views.map((v) => ({
    ...v,
    requestId: v.requestId && readable.requests.has(v.requestId) ? v.requestId : null,
    strategyId: v.strategyId && readable.strategies.has(v.strategyId) ? v.strategyId : null,
    documentId: v.documentId && readable.documents.has(v.documentId) ? v.documentId : null,
  }));
}
