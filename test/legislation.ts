// Builders for legislation tests: a national law in the library with its provisions, inserted directly (the library's
// own routes write them in the app; these tests do not depend on them).
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '#db/client.ts';
import { documents, legalProvisions } from '#db/schema/index.ts';

const T0 = new Date('2026-01-01T00:00:00Z');

/** A national law (a library record of kind national-legislation) with provisions; returns their ids. */
export async function insertLaw(
  db: Db,
  law: {
    ownerOrganisationId: string;
    stateCode: string;
    confidentiality?: string;
    kind?: string;
    title?: string;
    provisions?: { label: string; requirementIds?: string[] }[];
  },
): Promise<{ documentId: string; provisionIds: string[] }> {
  const content = Buffer.from(`law ${randomUUID()}`);
  const [doc] = await db
    .insert(documents)
    .values({
      title: law.title ?? `Penal Code ${randomUUID().slice(0, 6)}`,
      confidentiality: law.confidentiality ?? 'public',
      stateCode: law.stateCode,
      stateCodes: [law.stateCode],
      kind: law.kind ?? 'national-legislation',
      ownerOrganisationId: law.ownerOrganisationId,
      fileName: 'law.txt',
      mediaType: 'text/plain',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      createdAt: T0,
      updatedAt: T0,
    })
    .returning({ id: documents.id });
  const provisionIds: string[] = [];
  for (const [i, p] of (law.provisions ?? [{ label: 'Article 1' }]).entries()) {
    const [row] = await db
      .insert(legalProvisions)
      .values({ documentId: doc!.id, label: p.label, requirementIds: p.requirementIds ?? [], position: i, createdAt: T0, updatedAt: T0 })
      .returning({ id: legalProvisions.id });
    provisionIds.push(row!.id);
  }
  return { documentId: doc!.id, provisionIds };
}
