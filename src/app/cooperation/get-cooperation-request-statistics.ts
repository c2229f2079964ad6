// The report's figures on requests for one calendar year of sending and one kind (issue 12 §2): public, and safe to
// be so because no figure rests on fewer than 5 requests nor can be recomputed from others
// (domain/cooperation/request-statistics.ts says how).
import type { Actor } from '#domain/actor.ts';
import { requestStatistics, type RequestStatistics } from '#domain/cooperation/request-statistics.ts';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';

export async function getCooperationRequestStatistics(
  db: Db,
  actor: Actor,
  query: { year: number; kind: CooperationKind },
): Promise<{ data: RequestStatistics & { year: number; kind: CooperationKind } }> {
  authorize(actor, 'cooperation-request:statistics');
  const from = new Date(Date.UTC(query.year, 0, 1));
  const to = new Date(Date.UTC(query.year + 1, 0, 1));
  const counted = await createCooperationRequestsRepo(db).counted(query.kind, from, to);
  return { data: { year: query.year, kind: query.kind, ...requestStatistics(counted) } };
}
