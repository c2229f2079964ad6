// Search index entries for tests: public, English, of kind publication, unless told otherwise.
import type { Db } from '#db/client.ts';
import { createSearchRepo, type SearchEntryInput } from '#db/repos/library/search.repo.ts';

export function entry(fields: Partial<SearchEntryInput> & Pick<SearchEntryInput, 'sourceId' | 'title'>): SearchEntryInput {
  return {
    sourceKind: 'document',
    body: '',
    kind: 'publication',
    language: 'en',
    year: null,
    stateCodes: [],
    instrumentIds: [],
    requirementIds: [],
    themes: [],
    mandates: [],
    confidentiality: 'public',
    stateCode: null,
    ownerOrganisationId: null,
    sharedOrganisationIds: [],
    namedUserIds: [],
    ...fields,
  };
}

/** Writes entries straight into the index (as the use cases would). */
export async function putEntries(db: Db, entries: SearchEntryInput[], now = new Date()): Promise<void> {
  const repo = createSearchRepo(db);
  for (const e of entries) await repo.put(e, now);
}
