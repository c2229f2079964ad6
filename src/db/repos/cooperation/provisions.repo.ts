// Reads of cooperation_provisions: what each treaty says about cooperation (reference data seeded from
// data/reference/cooperation/provisions.csv), in the file's order.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { cooperationProvisions } from '#db/schema/cooperation.ts';
import type { CooperationProvision, ProvisionKind } from '#domain/cooperation/types.ts';

const toProvision = (r: typeof cooperationProvisions.$inferSelect): CooperationProvision => ({
  instrumentId: r.instrumentId,
  kind: r.kind as ProvisionKind,
  article: r.article,
  paraphrase: r.paraphrase,
  source: r.source,
  verified: r.verified,
});

export function createProvisionRepo(db: Db) {
  return {
    async listByInstrument(instrumentId: string): Promise<CooperationProvision[]> {
      const rows = await db
        .select()
        .from(cooperationProvisions)
        .where(eq(cooperationProvisions.instrumentId, instrumentId))
        .orderBy(asc(cooperationProvisions.sortOrder));
      return rows.map(toProvision);
    },

    /** Every treaty's provisions, in the file's order. */
    async listAll(): Promise<CooperationProvision[]> {
      const rows = await db.select().from(cooperationProvisions).orderBy(asc(cooperationProvisions.sortOrder));
      return rows.map(toProvision);
    },
  };
}
