// The search index's upkeep for library records (search_entries, written in the writer's transaction): one entry
// for the document (its description and extracted text, its own confidentiality and facets) and one per provision
// of a law (the law's confidentiality and facets, the requirements it implements and their instruments).
import { yearOf } from '#domain/library/records.ts';
import type { Db } from '#db/client.ts';
import { createDocumentsRepo, type DocumentMeta } from '#db/repos/library/documents.repo.ts';
import { createProvisionsRepo, type Provision } from '#db/repos/library/provisions.repo.ts';
import { createSearchRepo, type SearchEntryInput } from '#db/repos/library/search.repo.ts';

/** The instrument of a requirement id (`<instrument>:<kind>`). */
export const instrumentOfRequirement = (requirementId: string): string => requirementId.split(':')[0]!;

function facets(d: DocumentMeta): Omit<SearchEntryInput, 'sourceKind' | 'sourceId' | 'title' | 'body' | 'requirementIds'> {
  return {
    kind: d.kind,
    language: d.detectedLanguage ?? d.language ?? d.languages[0] ?? null,
    year: yearOf(d.documentDate),
    stateCodes: [...new Set([...(d.stateCode ? [d.stateCode] : []), ...d.stateCodes])],
    instrumentIds: d.instrumentIds,
    themes: d.themes,
    mandates: d.mandates,
    confidentiality: d.confidentiality,
    stateCode: d.stateCode,
    ownerOrganisationId: d.ownerOrganisationId,
    sharedOrganisationIds: d.sharedOrganisationIds,
    namedUserIds: d.namedUserIds,
  };
}

export function provisionEntry(d: DocumentMeta, p: Provision): SearchEntryInput {
  const base = facets(d);
  return {
    ...base,
    sourceKind: 'provision',
    sourceId: p.id,
    title: `${p.label} — ${d.title}`,
    body: p.text,
    kind: 'provision',
    requirementIds: p.requirementIds,
    instrumentIds: [...new Set([...base.instrumentIds, ...p.requirementIds.map(instrumentOfRequirement)])],
  };
}

/** (Re)writes the entries of a document and of all its provisions: call it in the transaction that changed them. */
export async function indexDocument(tx: Db, id: string, now: Date): Promise<void> {
  const doc = await createDocumentsRepo(tx).findById(id);
  if (!doc) return;
  const text = await createDocumentsRepo(tx).extractedText(id);
  const search = createSearchRepo(tx);
  await search.put(
    {
      ...facets(doc),
      sourceKind: 'document',
      sourceId: doc.id,
      title: doc.title,
      body: [doc.description, text ?? ''].filter(Boolean).join('\n\n'),
      requirementIds: [],
    },
    now,
  );
  for (const p of await createProvisionsRepo(tx).list(id)) await search.put(provisionEntry(doc, p), now);
}

/** Removes the entries of a document and of its provisions: call it before deleting them, in the same transaction. */
export async function unindexDocument(tx: Db, id: string): Promise<void> {
  const search = createSearchRepo(tx);
  for (const p of await createProvisionsRepo(tx).list(id)) await search.remove('provision', p.id);
  await search.remove('document', id);
}
