// The contributions behind a report's money figure: a reader sees only those of the donors it may read (funding:read
// on each, as the contributions list filters), the others counted as hidden; a page is of readable records only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/actor.ts';
import type { Membership } from '#domain/accounts/types.ts';
import { buildOrganisation } from '../../../test/accounts.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { buildContribution } from '../../../test/funding.ts';
import { TEST_NOW } from '../../../test/http.ts';
import { listContributionRecords } from './get-funding-figures.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const actors = {} as Record<'officer' | 'donorRep' | 'focalPoint', Actor>;
const ids = { mine: [] as string[], other: '' };

function member(organisationId: string, organisationKind: Membership['organisationKind'], role: Membership['role'], stateCode: string | null = null): Membership {
  return { id: `${organisationId}-${role}`, organisationId, organisationKind, stateCode, role, regions: null, themes: null };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const entity = await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC', acronym: 'UNODC' }, TEST_NOW);
  const donor = await buildOrganisation(db, { kind: 'donor', name: 'First Donor' }, TEST_NOW);
  const otherDonor = await buildOrganisation(db, { kind: 'donor', name: 'Second Donor' }, TEST_NOW);
  actors.officer = { kind: 'user', userId: '00000000-0000-4000-8000-000000000001', platformAdmin: false, memberships: [member(entity.id, 'un-entity', 'entity-officer')] };
  actors.donorRep = { kind: 'user', userId: '00000000-0000-4000-8000-000000000002', platformAdmin: false, memberships: [member(donor.id, 'donor', 'donor-representative')] };
  actors.focalPoint = { kind: 'user', userId: '00000000-0000-4000-8000-000000000003', platformAdmin: false, memberships: [member(entity.id, 'state-authority', 'focal-point', 'AFG')] };
  ids.other = (await buildContribution(db, { donorOrganisationId: otherDonor.id, recipientOrganisationId: entity.id, amount: '10', date: '2025-01-01' }, TEST_NOW)).id;
  for (const date of ['2025-02-01', '2025-03-01']) {
    ids.mine.push((await buildContribution(db, { donorOrganisationId: donor.id, recipientOrganisationId: entity.id, amount: '20', date }, TEST_NOW)).id);
  }
}, 120_000);
afterAll(() => database.dispose());

const list = (who: keyof typeof actors, page = { offset: 0, limit: 10 }) => listContributionRecords(database.db, actors[who], 'total', '', '2025-01-01', '2025-12-31', page);

describe('listContributionRecords', () => {
  it('gives a donor’s representative only its own donor’s contributions, counting the others as hidden', async () => {
    const r = await list('donorRep');
    expect(r.total).toBe(3);
    expect(r.hidden).toBe(1);
    expect(r.records.map((x) => x.id)).toEqual(ids.mine);
    expect((await list('donorRep', { offset: 0, limit: 1 })).records.map((x) => x.id)).toEqual([ids.mine[0]]);
  });

  it('gives the entity’s officer every one, and a reader without funding:read none', async () => {
    expect((await list('officer')).records.map((x) => x.id)).toEqual([ids.other, ...ids.mine]);
    expect(await list('focalPoint')).toEqual({ total: 3, hidden: 3, records: [] });
  });
});
