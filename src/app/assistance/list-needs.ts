// Needs the caller may see, filtered, latest assessment first, paged. The scope is applied in SQL (needs.repo
// scopeCondition), so the page and the total never count a need the caller could not open.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createNeedsRepo, type NeedFilters } from '#db/repos/assistance/needs.repo.ts';
import { needListAbilities, needViews, type NeedView } from './need-presenters.ts';
import { offsetOf, type Page, type PageQuery } from '../shared/paging.ts';

export async function listNeeds(
  db: Db,
  actor: Actor,
  query: NeedFilters & PageQuery,
): Promise<Page<NeedView> & { abilities: { create: boolean } }> {
  authorize(actor, 'need:read');
  const { page, pageSize, ...filters } = query;
  const { rows, total } = await createNeedsRepo(db).list(scopeFor(actor), normaliseNeedFilters(filters), offsetOf(query));
  return { data: await needViews(db, actor, rows), page, pageSize, total, abilities: needListAbilities(actor) };
}

export function normaliseNeedFilters(f: NeedFilters): NeedFilters {
  return {
    ...(f.stateCode ? { stateCode: f.stateCode.toUpperCase() } : {}),
    ...(f.theme ? { theme: f.theme } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.q?.trim() ? { q: f.q.trim() } : {}),
  };
}
