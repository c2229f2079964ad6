// One resolution of the registry with its paragraphs, links both ways and corrections. Public.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { findResolution, resolutionAbilities, resolutionDetail, type ResolutionAbilities, type ResolutionDetail } from './resolution-presenters.ts';

export async function getResolution(db: Db, actor: Actor, id: string): Promise<{ data: ResolutionDetail; abilities: ResolutionAbilities }> {
  authorize(actor, 'mandate:read');
  return { data: await resolutionDetail(db, await findResolution(db, id)), abilities: resolutionAbilities(actor) };
}
