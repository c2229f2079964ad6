// Names the people outside the requesting authority who may work on a request (issue 12 §1: "whomever they share
// with, by name"). Only people of the requesting State's own authorities may be named: a draft does not leave its
// State that way. The list replaces the one stored; the requesting authority's practitioners decide it.
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo, createRequestNamesRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';
import { auditRequest, findRequestFor, presentRequest, validationFailed, type RequestDetailView } from './request-presenters.ts';

export async function shareCooperationRequest(
  db: Db,
  actor: Actor,
  id: string,
  input: { userIds: string[] },
  now: Date,
  expectedVersion: number,
): Promise<{ data: RequestDetailView }> {
  const updated = await inTransaction(db, async (tx) => {
    const repo = createCooperationRequestsRepo(tx);
    const current = await findRequestFor(repo, actor, id, 'cooperation-request:share', true);
    assertVersion(current, expectedVersion);
    const candidates = new Set((await createRequestNamesRepo(tx).peopleOfStateAuthorities(current.requestingStateCode)).map((c) => c.id));
    const issues = input.userIds.flatMap((userId, i) =>
      candidates.has(userId) ? [] : [{ path: ['body', 'userIds', i], code: 'not_allowed', message: `not a person of a State authority of ${current.requestingStateCode}` }],
    );
    if (issues.length > 0) throw validationFailed(issues);
    const userIds = [...new Set(input.userIds)];
    if (!(await repo.update(current.id, { sharedUserIds: userIds, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
    await auditRequest(tx, actor, 'cooperation-request:share', current.id, { before: { sharedUserIds: current.sharedUserIds }, after: { sharedUserIds: userIds } }, now);
    return (await repo.findById(current.id))!;
  });
  return presentRequest(db, actor, updated, now);
}
