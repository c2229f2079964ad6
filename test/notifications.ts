// Rows the notification tests write and read directly: a request as the requests module stores it (its use cases are
// another helper's, built in parallel), people's settings, subscriptions and audit entries.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { RequestRecord } from '#domain/assistance/access.ts';
import type { Db } from '#db/client.ts';
import { activities, activityOverlaps, assistanceRequests, auditLog, subscriptions, users } from '#db/schema/index.ts';

/** A submitted request of the State of `requestingOrganisationId`'s, addressed to an entity, about victims. */
export async function insertRequest(
  db: Db,
  input: { stateCode: string; requestingOrganisationId: string; addressedToOrganisationId: string; createdBy: string; title: string },
  now: Date,
): Promise<string> {
  const [row] = await db
    .insert(assistanceRequests)
    .values({
      reference: `REQ-${now.getUTCFullYear()}-${randomUUID().slice(0, 4)}`,
      stateCode: input.stateCode,
      requestingOrganisationId: input.requestingOrganisationId,
      addressedToOrganisationId: input.addressedToOrganisationId,
      title: input.title,
      themes: ['victims'],
      status: 'submitted',
      statusChangedAt: now,
      createdBy: input.createdBy,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!.id;
}

/** The request as the policy sees it, and its reference and title. */
export async function requestOf(db: Db, id: string): Promise<{ record: RequestRecord; reference: string; title: string }> {
  const [r] = await db.select().from(assistanceRequests).where(eq(assistanceRequests.id, id));
  if (!r) throw new Error(`no request ${id}`);
  return {
    reference: r.reference,
    title: r.title,
    record: {
      status: r.status as RequestRecord['status'],
      stateCode: r.stateCode,
      stateRegion: null,
      addressedToOrganisationId: r.addressedToOrganisationId,
      requestingOrganisationId: r.requestingOrganisationId,
      themes: r.themes,
      recordedOnBehalf: r.recordedOnBehalf,
      confidentiality: r.confidentiality as RequestRecord['confidentiality'],
      sharedOrganisationIds: r.sharedOrganisationIds,
      namedUserIds: r.namedUserIds,
      createdBy: r.createdBy,
    },
  };
}

export async function updateRequest(db: Db, id: string, patch: Partial<typeof assistanceRequests.$inferInsert>): Promise<void> {
  await db.update(assistanceRequests).set(patch).where(eq(assistanceRequests.id, id));
}

export async function updateUser(db: Db, id: string, patch: { languages?: string[]; disabledAt?: Date | null; displayName?: string }) {
  await db.update(users).set(patch).where(eq(users.id, id));
}

export async function subscriptionRow(db: Db, id: string) {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, id));
  return row;
}

export async function auditOf(db: Db, targetType: string, targetId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, targetId)))
    .orderBy(auditLog.id);
}

/** A State-restricted workshop about these States, held by an entity, and (optionally) an overlap with another. */
export async function insertActivity(
  db: Db,
  input: { organisationId: string; stateCodes: string[]; title: string; confidentiality?: string },
  now: Date,
): Promise<string> {
  const [row] = await db
    .insert(activities)
    .values({
      title: input.title,
      kind: 'national-workshop',
      organisationId: input.organisationId,
      stateCodes: input.stateCodes,
      themes: ['victims'],
      startDate: '2026-04-01',
      endDate: '2026-04-03',
      confidentiality: input.confidentiality ?? 'state-restricted',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!.id;
}

export async function insertOverlap(db: Db, activityId: string, otherActivityId: string, now: Date): Promise<string> {
  const [row] = await db
    .insert(activityOverlaps)
    .values({ activityId, otherActivityId, stateCodes: ['AFG'], themes: ['victims'], fromDate: '2026-04-01', toDate: '2026-04-03', detectedAt: now })
    .returning();
  return row!.id;
}

export async function updateActivity(db: Db, id: string, patch: Partial<typeof activities.$inferInsert>): Promise<void> {
  await db.update(activities).set(patch).where(eq(activities.id, id));
}
