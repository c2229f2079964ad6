// The people directory: everyone for administrators, the people of their own State's authorities for focal points.
import { stateCodesOf, type Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Role } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createPeopleRepo } from '#db/repos/accounts/people.repo.ts';
import { toPersonView, type PersonView } from './admin-presenters.ts';
import { visibleMemberships } from './get-person.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';

export interface PeopleQuery extends PageQuery {
  q?: string;
  organisationId?: string;
  role?: Role;
  stateCode?: string;
  lang?: string;
}

export async function listPeople(db: Db, actor: Actor, query: PeopleQuery): Promise<Page<PersonView>> {
  authorize(actor, 'person:read');
  const admin = actor.kind === 'user' && actor.platformAdmin;
  const repo = createPeopleRepo(db);
  const filter = {
    q: query.q,
    organisationId: query.organisationId,
    role: query.role,
    stateCode: query.stateCode,
    withinStateCodes: admin ? null : stateCodesOf(actor),
  };
  const [users, total] = await Promise.all([repo.list(filter, offsetOf(query)), repo.count(filter)]);
  const ids = users.map((u) => u.id);
  const [memberships, lastSignIns] = await Promise.all([repo.membershipsOf(ids), repo.lastSignIns(ids)]);
  return {
    data: users.map((u) => {
      const own = memberships.filter((m) => m.userId === u.id);
      return toPersonView(u, own, lastSignIns.get(u.id) ?? null, query.lang, visibleMemberships(actor, own));
    }),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
