// Activities and programmes by id, in the few columns another module needs to say what was funded (funding's donor
// page and IATI export, through app/assistance/summarise-activities.ts): no participant names, only counts.
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { activities, assistanceResults, participants, programmes } from '#db/schema/index.ts';

export function createActivitySummariesRepo(db: Db) {
  return {
    async activities(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db.select().from(activities).where(inArray(activities.id, [...new Set(ids)])).orderBy(asc(activities.startDate), asc(activities.id));
    },

    async programmes(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return db.select().from(programmes).where(inArray(programmes.id, [...new Set(ids)])).orderBy(asc(programmes.code));
    },

    /** The results recorded against these activities, oldest first. */
    async resultsOf(activityIds: readonly string[]) {
      if (activityIds.length === 0) return [];
      return db
        .select()
        .from(assistanceResults)
        .where(inArray(assistanceResults.activityId, [...new Set(activityIds)]))
        .orderBy(asc(assistanceResults.date), asc(assistanceResults.id));
    },

    /** Each participant code's regional group and ISO 3166-1 alpha-2 code (null when it has none). */
    async states(codes: readonly string[]): Promise<Map<string, { region: string | null; iso2: string | null }>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: participants.code, region: participants.regionalGroup, iso2: participants.iso2 })
        .from(participants)
        .where(inArray(participants.code, [...new Set(codes)]));
      return new Map(rows.map((r) => [r.code, { region: r.region, iso2: r.iso2 }]));
    },
  };
}
