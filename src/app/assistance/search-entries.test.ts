// What an assistance record's search entry carries: the record's own scope columns (a request's requesting authority
// shares it), and no entry for a private draft. Search visibility over a grid: app/library/reindex-search.test.ts.
import { describe, expect, it } from 'vitest';
import type { RequestRow } from '#db/repos/assistance/assistance-requests.repo.ts';
import { requestEntry } from './search-entries.ts';

const request = (fields: Partial<RequestRow>): RequestRow =>
  ({
    id: 'r1',
    reference: 'AFG-2026-001',
    title: 'Drafting of a law on terrorist financing',
    needs: 'Review of the draft law',
    priorities: '',
    status: 'submitted',
    recordedOnBehalf: false,
    stateCode: 'AFG',
    addressedToOrganisationId: 'unodc',
    requestingOrganisationId: 'afg',
    sharedOrganisationIds: ['donor', 'afg'],
    namedUserIds: ['p1'],
    confidentiality: 'state-restricted',
    instrumentIds: ['financing1999'],
    themes: ['terrorist-financing'],
    mandates: ['68/187/OP1'],
    submittedAt: new Date('2026-03-01T00:00:00Z'),
    createdAt: new Date('2025-12-01T00:00:00Z'),
    ...fields,
  }) as RequestRow;

describe('requestEntry', () => {
  it('copies the scope: held by the addressed entity, shared with the requesting authority', () => {
    expect(requestEntry(request({}))).toMatchObject({
      sourceKind: 'assistance-request',
      title: 'AFG-2026-001 Drafting of a law on terrorist financing',
      year: 2026,
      stateCodes: ['AFG'],
      confidentiality: 'state-restricted',
      ownerOrganisationId: 'unodc',
      sharedOrganisationIds: ['afg', 'donor'],
      namedUserIds: ['p1'],
      instrumentIds: ['financing1999'],
    });
  });

  it('leaves out a private draft, not a draft recorded on behalf of the State', () => {
    expect(requestEntry(request({ status: 'draft' }))).toBeNull();
    expect(requestEntry(request({ status: 'draft', recordedOnBehalf: true, submittedAt: null }))).toMatchObject({ year: 2025 });
  });
});
