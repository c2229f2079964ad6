// Search index entries for tests: public, English, of kind publication, unless told otherwise.
import type { SearchEntryInput } from '#db/repos/library/search.repo.ts';

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
