// The mandates activities and programmes serve (resolution 68/187's operative paragraphs, and later others), each
// with how many of the activities and programmes the caller may see are tagged with it — in a year when asked:
// "what was done under OP9 in 2014?" is then this count, and the activities list filtered by mandate and year.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { MANDATES } from '#domain/assistance/themes.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createProgrammesRepo } from '#db/repos/assistance/programmes.repo.ts';

export interface MandateView {
  id: string;
  resolution: string;
  paragraph: number;
  description: string;
  activities: number;
  programmes: number;
}

export async function listMandates(db: Db, actor: Actor, query: { year?: number }): Promise<{ data: MandateView[]; year: number | null }> {
  authorize(actor, 'activity:read');
  const scope = scopeFor(actor);
  const [activityCounts, programmeCounts] = await Promise.all([
    createActivitiesRepo(db).countByMandate(scope, query),
    createProgrammesRepo(db).countByMandate(scope, query),
  ]);
  const activities = new Map(activityCounts.map((r) => [r.mandate, r.n]));
  return {
    data: MANDATES.map((m) => ({ ...m, activities: activities.get(m.id) ?? 0, programmes: programmeCounts.get(m.id) ?? 0 })),
    year: query.year ?? null,
  };
}
