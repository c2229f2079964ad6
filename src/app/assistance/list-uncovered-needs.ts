// Needs nobody covers: the open needs the caller may see for which there is neither an open request of the State
// sharing a theme nor an activity of the State sharing a theme ending on or after the assessment. Coverage counts
// every request and activity, whoever may read them: a need covered by work the reader cannot see is still covered.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { uncoveredNeeds } from '#domain/assistance/needs.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createNeedsRepo, type NeedFilters } from '#db/repos/assistance/needs.repo.ts';
import { normaliseNeedFilters } from './list-needs.ts';
import { needListAbilities, needViews, type NeedView } from './need-presenters.ts';
import { pageOf, type Page, type PageQuery } from '../shared/paging.ts';

export async function listUncoveredNeeds(
  db: Db,
  actor: Actor,
  query: Omit<NeedFilters, 'status'> & PageQuery,
): Promise<Page<NeedView> & { abilities: { create: boolean } }> {
  const { page, pageSize, ...filters } = query;
  return { ...pageOf(await listUncoveredNeedViews(db, actor, filters), { page, pageSize }), abilities: needListAbilities(actor) };
}

/** Every uncovered need the caller may see (the list pages it; the export takes it whole). */
export async function listUncoveredNeedViews(db: Db, actor: Actor, filters: Omit<NeedFilters, 'status'>): Promise<NeedView[]> {
  authorize(actor, 'need:read');
  const { needs, requests, activities } = await createNeedsRepo(db).openNeedsWithCandidates(scopeFor(actor), normaliseNeedFilters(filters));
  return needViews(db, actor, uncoveredNeeds(needs, requests, activities));
}
