// The SQL scope gives exactly the answer of `isInScope`: documents over every combination of level, State (with and
// without a regional group, unknown, none), holder, sharing and naming, read by a cast of actors and hand-made
// scopes. Also on PostgreSQL when TEST_DATABASE_URL is set.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { PUBLIC_SCOPE, isInScope, scopeFor, type Scope } from '#domain/accounts/confidentiality.ts';
import { CONFIDENTIALITY_LEVELS, type Membership, type OrganisationKind, type Role } from '#domain/accounts/types.ts';
import { buildOrganisation, buildUser } from '../../../../test/accounts.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { documents } from '#db/schema/index.ts';
import { META_COLUMNS, createDocumentsRepo, toConfidentialRecord, type DocumentMeta } from './documents.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let repo: ReturnType<typeof createDocumentsRepo>;
let all: DocumentMeta[];
const org: Record<'unodc' | 'cted' | 'donor' | 'afg', string> = { unodc: '', cted: '', donor: '', afg: '' };
const person: Record<'one' | 'two' | 'three', string> = { one: '', two: '', three: '' };

// AFG: Asia-Pacific; NGA: African; XEU: a participant without regional group; ZZZ: no such participant.
const STATES = ['AFG', 'NGA', 'XEU', 'ZZZ', null];
const T0 = new Date('2026-01-01T00:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  repo = createDocumentsRepo(db);
  org.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id;
  org.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  org.donor = (await buildOrganisation(db, { kind: 'donor', name: 'Donor' })).id;
  org.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  person.one = (await buildUser(db)).user.id;
  person.two = (await buildUser(db)).user.id;
  person.three = (await buildUser(db)).user.id;

  const owners = [org.unodc, org.cted, org.afg];
  const shares = [[], [org.unodc], [org.cted, org.donor]];
  const named = [[], [person.one], [person.one, person.two]];
  const rows: (typeof documents.$inferInsert)[] = [];
  let i = 0;
  for (const confidentiality of CONFIDENTIALITY_LEVELS)
    for (const stateCode of STATES)
      for (const ownerOrganisationId of owners)
        for (const sharedOrganisationIds of shares)
          for (const namedUserIds of named) {
            const content = Buffer.from(`document ${i}`);
            rows.push({
              title: `${confidentiality} ${stateCode ?? 'none'} #${i}`,
              description: i % 7 === 0 ? 'Assessment of 100% of the legislation_gaps' : '',
              confidentiality,
              stateCode,
              ownerOrganisationId,
              sharedOrganisationIds,
              namedUserIds,
              fileName: `d${i}.txt`,
              mediaType: 'text/plain',
              sizeBytes: content.length,
              sha256: createHash('sha256').update(content).digest('hex'),
              content,
              createdAt: new Date(T0.getTime() + i * 1000),
              updatedAt: T0,
            });
            i++;
          }
  await db.insert(documents).values(rows);
  all = (await repo.list({ ...PUBLIC_SCOPE, allStateRestricted: true, unInternal: true }, {}, { limit: 10_000, offset: 0 })).rows;
  // Everything but named-people records without the reader: fetch the rest one by one.
  const ids = new Set(all.map((d) => d.id));
  const rest = await db.select({ id: documents.id }).from(documents);
  for (const { id } of rest) if (!ids.has(id)) all.push((await repo.findById(id))!);
});

afterAll(() => database.dispose());

function m(organisationId: string, organisationKind: OrganisationKind, role: Role, extra: Partial<Membership> = {}): Membership {
  return { id: randomUUID(), organisationId, organisationKind, stateCode: null, role, regions: null, themes: null, ...extra };
}

function scopes(): [string, Scope][] {
  const actor = (userId: string, memberships: Membership[], platformAdmin = false): Actor => ({
    kind: 'user',
    userId,
    platformAdmin,
    memberships,
  });
  const actors: [string, Actor][] = [
    ['anonymous', ANONYMOUS],
    ['administrator named on some', actor(person.one, [], true)],
    ['person named on fewer', actor(person.two, [])],
    ['person named on none', actor(person.three, [])],
    ['UNODC officer', actor(person.three, [m(org.unodc, 'un-entity', 'entity-officer')])],
    ['UNODC officer limited to Africa', actor(person.two, [m(org.unodc, 'un-entity', 'entity-officer', { regions: ['African States'] })])],
    [
      'UNODC officer limited to Africa and Asia-Pacific',
      actor(person.one, [m(org.unodc, 'un-entity', 'entity-officer', { regions: ['African States', 'Asia-Pacific States'] })]),
    ],
    [
      'officer limited at UNODC, unlimited at CTED',
      actor(person.three, [
        m(org.unodc, 'un-entity', 'entity-officer', { regions: ['Asia-Pacific States'] }),
        m(org.cted, 'un-entity', 'entity-officer'),
      ]),
    ],
    ['coordinator', actor(person.three, [m(org.cted, 'un-entity', 'coordinator')])],
    ['AFG focal point', actor(person.one, [m(org.afg, 'state-authority', 'focal-point', { stateCode: 'AFG' })])],
    ['donor representative', actor(person.two, [m(org.donor, 'donor', 'donor-representative')])],
  ];
  return [
    ...actors.map(([name, a]): [string, Scope] => [name, scopeFor(a)]),
    ['several States, one unknown', { ...PUBLIC_SCOPE, stateCodes: ['AFG', 'NGA', 'ZZZ'] }],
    ['an empty list of regions', { ...PUBLIC_SCOPE, organisations: [{ organisationId: org.unodc, regions: [] }] }],
    [
      'two limited grants',
      {
        ...PUBLIC_SCOPE,
        organisations: [
          { organisationId: org.unodc, regions: ['African States'] },
          { organisationId: org.donor, regions: ['Asia-Pacific States'] },
        ],
      },
    ],
    ['everything', { unInternal: true, allStateRestricted: true, stateCodes: ['AFG'], organisations: [], userId: person.one }],
  ];
}

describe('scopeCondition', () => {
  it('built every combination', () => {
    expect(all).toHaveLength(4 * STATES.length * 3 * 3 * 3);
    expect(all.find((d) => d.stateCode === 'AFG')!.stateRegion).toBe('Asia-Pacific States');
    expect(all.find((d) => d.stateCode === 'XEU')!.stateRegion).toBeNull();
    expect(all.find((d) => d.stateCode === 'ZZZ')!.stateRegion).toBeNull();
  });

  it('selects exactly what isInScope admits, for every actor', async () => {
    for (const [name, scope] of scopes()) {
      const { rows, total } = await repo.list(scope, {}, { limit: 10_000, offset: 0 });
      const expected = all.filter((d) => isInScope(scope, toConfidentialRecord(d))).map((d) => d.id).sort();
      expect(rows.map((d) => d.id).sort(), name).toEqual(expected);
      expect(total, name).toBe(expected.length);
      // A scope that admits nothing beyond public would make this test vacuous.
      if (name !== 'anonymous' && name !== 'an empty list of regions' && name !== 'person named on none') {
        expect(expected.length, name).toBeGreaterThan(all.filter((d) => d.confidentiality === 'public').length);
      }
    }
  });
});

describe('list', () => {
  const everything: Scope = { unInternal: true, allStateRestricted: true, stateCodes: [], organisations: [], userId: null };

  it('filters by State, level, organisation (holding or sharing) and text, within the scope', async () => {
    const page = { limit: 10_000, offset: 0 };
    const byState = await repo.list(everything, { stateCode: 'NGA' }, page);
    expect(byState.rows.every((d) => d.stateCode === 'NGA')).toBe(true);
    expect(byState.total).toBe(3 * 3 * 3 * 3); // named-people ones are out of this scope

    const byLevel = await repo.list(everything, { confidentiality: 'un-internal' }, page);
    expect(byLevel.total).toBe(STATES.length * 27);

    const byOrg = await repo.list(everything, { organisationId: org.donor }, page);
    expect(byOrg.rows.every((d) => d.sharedOrganisationIds.includes(org.donor))).toBe(true);
    expect(byOrg.total).toBe(3 * STATES.length * 3 * 3);

    // % and _ are matched literally, not as wildcards.
    const byText = await repo.list(everything, { q: '100% OF THE LEGISLATION_gaps' }, page);
    expect(byText.total).toBeGreaterThan(0);
    expect(byText.rows.every((d) => d.description.includes('100%'))).toBe(true);
    expect((await repo.list(everything, { q: '1_0%' }, page)).total).toBe(0);
    expect((await repo.list(everything, { q: `public AFG #` }, page)).total).toBe(27);
  });

  it('pages newest first, and never carries the file', async () => {
    const first = await repo.list(everything, {}, { limit: 5, offset: 0 });
    const second = await repo.list(everything, {}, { limit: 5, offset: 5 });
    const times = [...first.rows, ...second.rows].map((d) => d.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set([...first.rows, ...second.rows].map((d) => d.id)).size).toBe(10);
    expect(first.rows[0]).not.toHaveProperty('content');
    expect(META_COLUMNS).not.toContain('content');
    expect(first.rows[0]!.ownerOrganisationNames.en).toBeTruthy();
  });

  it('reads the file only on request', async () => {
    const d = all[0]!;
    const content = await repo.content(d.id);
    expect(createHash('sha256').update(content!).digest('hex')).toBe(d.sha256);
    expect(await repo.content(randomUUID())).toBeUndefined();
  });
});

describe('lookups', () => {
  it('tells participants, people and organisations that exist', async () => {
    expect(await repo.participantRegion('NGA')).toBe('African States');
    expect(await repo.participantRegion('XEU')).toBeNull();
    expect(await repo.participantRegion('ZZZ')).toBeUndefined();
    const unknown = randomUUID();
    expect(await repo.existingUserIds([person.one, unknown])).toEqual([person.one]);
    expect(await repo.existingOrganisationIds([unknown, org.cted])).toEqual([org.cted]);
    expect(await repo.existingUserIds([])).toEqual([]);
  });
});
