// Whom a request may be shared with: the people of the requesting State's authorities, by name, for the form that
// names them. Only to those who decide the shares; to anyone else the request does not exist.
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo, createRequestNamesRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { findRequestFor } from './request-presenters.ts';

export async function listShareCandidates(db: Db, actor: Actor, id: string): Promise<{ data: { id: string; name: string; shared: boolean }[] }> {
  const row = await findRequestFor(createCooperationRequestsRepo(db), actor, id, 'cooperation-request:share');
  const people = await createRequestNamesRepo(db).peopleOfStateAuthorities(row.requestingStateCode);
  // A person in several of the State's authorities is listed once.
  const seen = new Set<string>();
  const data = people
    .filter((p) => p.id !== row.createdBy && !seen.has(p.id) && seen.add(p.id))
    .map((p) => ({ id: p.id, name: p.name, shared: row.sharedUserIds.includes(p.id) }));
  return { data };
}
