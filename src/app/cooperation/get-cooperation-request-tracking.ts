// The shared record of a request with its timeline, as both authorities follow it (no content): what a transition
// answers, and what a transition that lost the race (412) shows as the record is now. Whoever is no party gets 404.
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { findPartyRequest, toTrackingView, type RequestTrackingView } from './request-tracking-presenters.ts';

export async function getCooperationRequestTracking(db: Db, actor: Actor, id: string, now: Date): Promise<{ data: RequestTrackingView }> {
  const repo = createCooperationRequestsRepo(db);
  const { row, sides } = await findPartyRequest(repo, actor, id);
  return { data: await toTrackingView(repo, row, sides, now) };
}
