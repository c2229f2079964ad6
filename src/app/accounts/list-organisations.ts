// The directory of organisations. Every signed-in person may read it; archived organisations only administrators.
import type { Actor } from '#domain/actor.ts';
import { authorize, can } from '#domain/policy.ts';
import type { OrganisationKind } from '#domain/accounts/types.ts';
import type { Db } from '#db/client.ts';
import { createOrganisationsRepo } from '#db/repos/accounts/organisations.repo.ts';
import { toOrganisationView, type OrganisationView } from './admin-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';

export interface OrganisationQuery extends PageQuery {
  q?: string;
  kind?: OrganisationKind;
  stateCode?: string;
  includeArchived?: boolean;
  lang?: string;
}

export async function listOrganisations(db: Db, actor: Actor, query: OrganisationQuery): Promise<Page<OrganisationView>> {
  authorize(actor, 'organisation:read');
  const repo = createOrganisationsRepo(db);
  const filter = {
    q: query.q,
    kind: query.kind,
    stateCode: query.stateCode,
    includeArchived: query.includeArchived === true && can(actor, 'organisation:update'),
  };
  const [rows, total] = await Promise.all([repo.list(filter, offsetOf(query)), repo.count(filter)]);
  return {
    data: rows.map((r) => toOrganisationView(r, query.lang)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
