// Builders for coordination tests: activities, requests, overlaps, documents and needs inserted directly (with the
// fewest fields their tables require), so these tests do not depend on the write paths they read from.
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '#db/client.ts';
import { activities, activityOverlaps, assistanceNeeds, assistanceRequests, documents } from '#db/schema/index.ts';

const T0 = new Date('2026-01-01T00:00:00Z');

export async function insertActivity(
  db: Db,
  a: {
    organisationId: string;
    stateCodes: string[];
    themes: string[];
    startDate: string;
    endDate: string;
    title?: string;
    status?: string;
    confidentiality?: string;
    namedUserIds?: string[];
    sharedOrganisationIds?: string[];
    createdBy?: string | null;
  },
): Promise<string> {
  const [row] = await db
    .insert(activities)
    .values({
      title: a.title ?? `Activity ${randomUUID().slice(0, 8)}`,
      kind: 'national-workshop',
      status: a.status ?? 'planned',
      organisationId: a.organisationId,
      stateCodes: a.stateCodes,
      themes: a.themes,
      startDate: a.startDate,
      endDate: a.endDate,
      confidentiality: a.confidentiality ?? 'state-restricted',
      namedUserIds: a.namedUserIds ?? [],
      sharedOrganisationIds: a.sharedOrganisationIds ?? [],
      createdBy: a.createdBy ?? null,
      createdAt: T0,
      updatedAt: T0,
    })
    .returning({ id: activities.id });
  return row!.id;
}

let serial = 0;

export async function insertRequest(
  db: Db,
  r: { stateCode: string; addressedToOrganisationId: string; themes: string[]; status: string; title?: string; confidentiality?: string },
): Promise<{ id: string; reference: string; title: string }> {
  const reference = `REQ-T-${String(++serial).padStart(4, '0')}-${randomUUID().slice(0, 6)}`;
  const title = r.title ?? `Request ${reference}`;
  const [row] = await db
    .insert(assistanceRequests)
    .values({
      reference,
      stateCode: r.stateCode,
      addressedToOrganisationId: r.addressedToOrganisationId,
      title,
      themes: r.themes,
      status: r.status,
      statusChangedAt: T0,
      confidentiality: r.confidentiality ?? 'state-restricted',
      submittedAt: r.status === 'draft' ? null : T0,
      createdAt: T0,
      updatedAt: T0,
    })
    .returning({ id: assistanceRequests.id });
  return { id: row!.id, reference, title };
}

export async function insertOverlap(
  db: Db,
  o: { activityId: string; otherActivityId: string; stateCodes: string[]; themes: string[]; fromDate: string; toDate: string },
): Promise<string> {
  const [row] = await db
    .insert(activityOverlaps)
    .values({ ...o, detectedAt: T0 })
    .returning({ id: activityOverlaps.id });
  return row!.id;
}

export async function insertDocument(
  db: Db,
  d: { ownerOrganisationId: string; confidentiality: string; stateCode: string | null; title?: string },
): Promise<string> {
  const content = Buffer.from(`assessment ${randomUUID()}`);
  const [row] = await db
    .insert(documents)
    .values({
      title: d.title ?? 'Assessment',
      confidentiality: d.confidentiality,
      stateCode: d.stateCode,
      ownerOrganisationId: d.ownerOrganisationId,
      fileName: 'assessment.txt',
      mediaType: 'text/plain',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      createdAt: T0,
      updatedAt: T0,
    })
    .returning({ id: documents.id });
  return row!.id;
}

export async function insertNeed(
  db: Db,
  n: {
    stateCode: string;
    themes: string[];
    assessedOn: string;
    ownerOrganisationId: string;
    confidentiality?: string;
    status?: string;
    description?: string;
    sourceDocumentId?: string;
  },
): Promise<string> {
  const [row] = await db
    .insert(assistanceNeeds)
    .values({
      stateCode: n.stateCode,
      themes: n.themes,
      description: n.description ?? `Need ${randomUUID().slice(0, 8)}`,
      sourceTitle: 'Assessment',
      sourceDocumentId: n.sourceDocumentId ?? null,
      assessedOn: n.assessedOn,
      status: n.status ?? 'open',
      confidentiality: n.confidentiality ?? 'state-restricted',
      ownerOrganisationId: n.ownerOrganisationId,
      createdAt: T0,
      updatedAt: T0,
    })
    .returning({ id: assistanceNeeds.id });
  return row!.id;
}
