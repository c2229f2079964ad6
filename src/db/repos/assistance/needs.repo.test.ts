// The SQL scope of needs gives exactly the answer of `isMultiStateVisible` for a record of one State: needs over every
// level a need may have, several States (with and without a regional group, unknown) and holders, read by a cast of
// actors and hand-made scopes. Also on PostgreSQL when TEST_DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { PUBLIC_SCOPE, scopeFor, type Scope } from '#domain/accounts/confidentiality.ts';
import type { Membership, OrganisationKind, Role } from '#domain/accounts/types.ts';
import { isInScopeOfAny } from '#domain/assistance/access.ts';
import { buildOrganisation, buildUser } from '../../../../test/accounts.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { assistanceNeeds } from '#db/schema/index.ts';
import { createNeedsRepo, toMultiStateRecord, type NeedRow } from './needs.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let repo: ReturnType<typeof createNeedsRepo>;
let all: NeedRow[];
const org: Record<'unodc' | 'cted' | 'afg', string> = { unodc: '', cted: '', afg: '' };
let person = '';

// AFG: Asia-Pacific; NGA: African; XEU: no regional group; ZZZ: no such participant.
const STATES = ['AFG', 'NGA', 'XEU', 'ZZZ'];
const LEVELS = ['public', 'state-restricted', 'un-internal', 'named-people'];
const T0 = new Date('2026-01-01T00:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  repo = createNeedsRepo(db);
  org.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id;
  org.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  org.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  person = (await buildUser(db)).user.id;
  const rows: (typeof assistanceNeeds.$inferInsert)[] = [];
  for (const confidentiality of LEVELS)
    for (const stateCode of STATES)
      for (const ownerOrganisationId of [org.unodc, org.cted, org.afg])
        rows.push({
          stateCode,
          themes: ['victims'],
          description: `${confidentiality} ${stateCode}`,
          sourceTitle: 'Assessment',
          assessedOn: '2025-01-01',
          confidentiality,
          ownerOrganisationId,
          createdBy: person,
          createdAt: T0,
          updatedAt: T0,
        });
  await db.insert(assistanceNeeds).values(rows);
  const ids = (await db.select({ id: assistanceNeeds.id }).from(assistanceNeeds)).map((r) => r.id);
  all = await Promise.all(ids.map(async (id) => (await repo.findById(id))!));
});

afterAll(() => database.dispose());

function m(organisationId: string, organisationKind: OrganisationKind, role: Role, extra: Partial<Membership> = {}): Membership {
  return { id: randomUUID(), organisationId, organisationKind, stateCode: null, role, regions: null, themes: null, ...extra };
}

function scopes(): [string, Scope][] {
  const actor = (memberships: Membership[]): Actor => ({ kind: 'user', userId: person, platformAdmin: false, memberships });
  const actors: [string, Actor][] = [
    ['anonymous', ANONYMOUS],
    ['the author, without membership', actor([])],
    ['UNODC officer', actor([m(org.unodc, 'un-entity', 'entity-officer')])],
    ['UNODC officer limited to Africa', actor([m(org.unodc, 'un-entity', 'entity-officer', { regions: ['African States'] })])],
    ['limited at UNODC, unlimited at CTED', actor([
      m(org.unodc, 'un-entity', 'entity-officer', { regions: ['Asia-Pacific States'] }),
      m(org.cted, 'un-entity', 'entity-officer'),
    ])],
    ['coordinator', actor([m(org.cted, 'un-entity', 'coordinator')])],
    ['AFG focal point', actor([m(org.afg, 'state-authority', 'focal-point', { stateCode: 'AFG' })])],
  ];
  return [
    ...actors.map(([name, a]): [string, Scope] => [name, scopeFor(a)]),
    ['several States, one unknown', { ...PUBLIC_SCOPE, stateCodes: ['NGA', 'ZZZ'] }],
    ['an empty list of regions', { ...PUBLIC_SCOPE, organisations: [{ organisationId: org.unodc, regions: [] }] }],
    ['everything', { unInternal: true, allStateRestricted: true, stateCodes: ['AFG'], organisations: [], userId: person }],
  ];
}

describe('needs scopeCondition', () => {
  it('built every combination, with regions', () => {
    expect(all).toHaveLength(LEVELS.length * STATES.length * 3);
    expect(all.find((n) => n.stateCode === 'NGA')!.stateRegion).toBe('African States');
    expect(all.find((n) => n.stateCode === 'ZZZ')!.stateRegion).toBeNull();
  });

  it('selects exactly what isInScopeOfAny admits, for every scope', async () => {
    for (const [name, scope] of scopes()) {
      const { rows, total } = await repo.list(scope, {}, { limit: 10_000, offset: 0 });
      const expected = all.filter((n) => isInScopeOfAny(scope, toMultiStateRecord(n))).map((n) => n.id).sort();
      expect(rows.map((n) => n.id).sort(), name).toEqual(expected);
      expect(total, name).toBe(expected.length);
    }
  });

  it('findById with a scope finds a need only in scope, decided in the query (out of scope: as a random id)', async () => {
    for (const [name, scope] of scopes()) {
      for (const n of all.filter((_, i) => i % 2 === 0)) {
        const found = await repo.findById(n.id, { scope });
        expect(found?.id, `${name}: ${n.id}`).toBe(isInScopeOfAny(scope, toMultiStateRecord(n)) ? n.id : undefined);
      }
      expect(await repo.findById(randomUUID(), { scope }), name).toBeUndefined();
    }
  }, 120_000);
});
