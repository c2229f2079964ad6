// One need with the open requests and activities that cover it. Outside the caller's scope it does not exist (404,
// the same answer as a wrong id).
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createNeedsRepo } from '#db/repos/assistance/needs.repo.ts';
import {
  findVisibleNeed,
  needAbilities,
  needMatches,
  needViews,
  type NeedAbilities,
  type NeedMatchesView,
  type NeedView,
} from './need-presenters.ts';

export async function getNeed(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ data: NeedView & { matches: NeedMatchesView }; abilities: NeedAbilities }> {
  const repo = createNeedsRepo(db);
  const need = await findVisibleNeed(repo, actor, id);
  const matches = await needMatches(db, repo, actor, need);
  const [view] = await needViews(db, actor, [need]);
  return { data: { ...view!, matches }, abilities: needAbilities(actor, need) };
}
