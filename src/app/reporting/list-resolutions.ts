// The registry: every imported resolution, the latest adopted first, with its languages and paragraph counts. The
// registry holds tens of resolutions, not thousands: one page.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createResolutionsRepo } from '#db/repos/reporting/resolutions.repo.ts';
import { resolutionAbilities, toListItem, type ResolutionAbilities, type ResolutionListItem } from './resolution-presenters.ts';

export async function listResolutions(db: Db, actor: Actor): Promise<{ data: ResolutionListItem[]; total: number; abilities: ResolutionAbilities }> {
  authorize(actor, 'mandate:read');
  const rows = (await createResolutionsRepo(db).list()).map(toListItem);
  return { data: rows, total: rows.length, abilities: resolutionAbilities(actor) };
}
