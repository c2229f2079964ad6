// One request as a party sees it (issue 12). To anyone who is not a party, the public included, it does not exist
// (404, the answer to a wrong id). Every read is audited.
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { findRequestFor, presentRequest, type RequestDetailView } from './request-presenters.ts';

export async function getCooperationRequest(db: Db, actor: Actor, id: string, now: Date): Promise<{ data: RequestDetailView }> {
  const row = await findRequestFor(createCooperationRequestsRepo(db), actor, id, 'cooperation-request:read');
  return presentRequest(db, actor, row, now);
}
