// One bilateral treaty (public), with what the caller may do with it.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createBilateralTreatiesRepo } from '#db/repos/cooperation/bilateral-treaties.repo.ts';
import {
  bilateralTreatyAbilities,
  findBilateralTreaty,
  toBilateralTreatyView,
  type BilateralTreatyAbilities,
  type BilateralTreatyView,
} from './bilateral-treaty-presenters.ts';

export async function getBilateralTreaty(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ data: BilateralTreatyView; abilities: BilateralTreatyAbilities }> {
  authorize(actor, 'legal-basis:read');
  const row = await findBilateralTreaty(createBilateralTreatiesRepo(db), id);
  return { data: toBilateralTreatyView(row), abilities: bilateralTreatyAbilities(actor, row) };
}
