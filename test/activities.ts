// Factories for delivery records, inserting directly (no policy, no checks): for tests that need activities around
// them, and for the benchmark that loads ten years of them. `buildActivity` builds its entity when none is given.
import type { Db } from '#db/client.ts';
import { activities, programmes, strategies } from '#db/schema/index.ts';
import { buildOrganisation } from './accounts.ts';

export type ActivityInsert = typeof activities.$inferInsert;

const DEFAULTS = (now: Date): Omit<ActivityInsert, 'organisationId'> => ({
  title: 'Workshop on the universal instruments',
  kind: 'national-workshop',
  status: 'planned',
  stateCodes: ['AFG'],
  themes: ['ratification-legislation'],
  mandates: ['68/187/OP1'],
  startDate: '2026-04-01',
  endDate: '2026-04-03',
  online: false,
  placeCity: 'Kabul',
  placeCountryCode: 'AFG',
  languages: ['en'],
  confidentiality: 'state-restricted',
  createdAt: now,
  updatedAt: now,
});

/** One activity (its entity built when `organisationId` is not given). */
export async function buildActivity(db: Db, input: Partial<ActivityInsert> = {}, now = new Date()) {
  const organisationId = input.organisationId ?? (await buildOrganisation(db, { kind: 'un-entity' }, now)).id;
  const [row] = await db.insert(activities).values({ ...DEFAULTS(now), ...input, organisationId }).returning();
  return row!;
}

/** Many activities, in batches (a few thousand parameters a statement); returns how many were inserted. */
export async function insertActivities(db: Db, rows: (Partial<ActivityInsert> & Pick<ActivityInsert, 'organisationId'>)[], now = new Date(), batchSize = 500): Promise<number> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await db.insert(activities).values(rows.slice(i, i + batchSize).map((r) => ({ ...DEFAULTS(now), ...r })));
  }
  return rows.length;
}

export async function buildProgramme(db: Db, input: Partial<typeof programmes.$inferInsert> = {}, now = new Date()) {
  const organisationId = input.organisationId ?? (await buildOrganisation(db, { kind: 'un-entity' }, now)).id;
  const [row] = await db
    .insert(programmes)
    .values({
      code: `PRG-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
      kind: 'regional',
      names: { en: 'Regional programme' },
      confidentiality: 'public',
      createdAt: now,
      updatedAt: now,
      ...input,
      organisationId,
    })
    .returning();
  return row!;
}

export async function buildStrategy(db: Db, input: Partial<typeof strategies.$inferInsert> = {}, now = new Date()) {
  const ownerOrganisationId = input.ownerOrganisationId ?? (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' }, now)).id;
  const [row] = await db
    .insert(strategies)
    .values({
      scope: 'national',
      stateCodes: ['AFG'],
      title: 'National counter-terrorism strategy',
      stage: 'drafting',
      confidentiality: 'public',
      createdAt: now,
      updatedAt: now,
      ...input,
      ownerOrganisationId,
    })
    .returning();
  return row!;
}
