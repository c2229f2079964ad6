// The SQL scope of requests gives exactly the answer of `isRequestVisible`: requests over every combination of status
// (draft or not), recording on the State's behalf, level, State (with and without a regional group), addressed
// entity, requesting authority, sharing, naming and author, read by a cast of actors. Also: references per State and year,
// filters, and the timeline and conversation. Also on PostgreSQL when TEST_DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { CONFIDENTIALITY_LEVELS, type Membership, type OrganisationKind, type Role } from '#domain/accounts/types.ts';
import { isRequestVisible } from '#domain/assistance/access.ts';
import { buildOrganisation, buildUser } from '../../../../test/accounts.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { assistanceRequests } from '#db/schema/index.ts';
import { createAssistanceRequestsRepo, toRequestRecord, type RequestRow } from './assistance-requests.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let repo: ReturnType<typeof createAssistanceRequestsRepo>;
let all: RequestRow[];
const org: Record<'unodc' | 'cted' | 'donor' | 'afg' | 'nga', string> = { unodc: '', cted: '', donor: '', afg: '', nga: '' };
const person: Record<'one' | 'two' | 'three', string> = { one: '', two: '', three: '' };

// AFG: Asia-Pacific; NGA: African; XEU: a participant without regional group.
const STATES = ['AFG', 'NGA', 'XEU'];
const T0 = new Date('2026-01-01T00:00:00Z');
const everything = { limit: 100_000, offset: 0 };

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  repo = createAssistanceRequestsRepo(db);
  org.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id;
  org.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  org.donor = (await buildOrganisation(db, { kind: 'donor', name: 'Donor' })).id;
  org.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  org.nga = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'NGA' })).id;
  person.one = (await buildUser(db)).user.id;
  person.two = (await buildUser(db)).user.id;
  person.three = (await buildUser(db)).user.id;

  const rows: (typeof assistanceRequests.$inferInsert)[] = [];
  let i = 0;
  for (const status of ['draft', 'submitted'])
    for (const recordedOnBehalf of [false, true])
      for (const confidentiality of CONFIDENTIALITY_LEVELS)
        for (const stateCode of STATES)
          for (const addressedToOrganisationId of [org.unodc, org.cted])
            for (const requestingOrganisationId of [null, org.afg])
              for (const sharedOrganisationIds of [[], [org.donor]])
                for (const namedUserIds of [[], [person.one]])
                  for (const createdBy of [person.one, person.two]) {
                    rows.push({
                      reference: `TEST-${String(i).padStart(5, '0')}`,
                      stateCode,
                      requestingOrganisationId,
                      addressedToOrganisationId,
                      title: `${status} ${confidentiality} ${stateCode} #${i}`,
                      themes: i % 2 === 0 ? ['terrorist-financing'] : ['victims', 'cbrn'],
                      needs: i % 11 === 0 ? 'Drafting 100% of the anti_terror law' : '',
                      urgency: i % 3 === 0 ? 'urgent' : 'normal',
                      status,
                      statusChangedAt: T0,
                      recordedOnBehalf,
                      confidentiality,
                      sharedOrganisationIds,
                      namedUserIds,
                      createdBy,
                      createdAt: T0,
                      updatedAt: new Date(T0.getTime() + i * 1000),
                    });
                    i++;
                  }
  for (let start = 0; start < rows.length; start += 500) await db.insert(assistanceRequests).values(rows.slice(start, start + 500));
  all = [];
  for (const { id } of await db.select({ id: assistanceRequests.id }).from(assistanceRequests)) all.push((await repo.findById(id))!);
});

afterAll(() => database.dispose());

function m(organisationId: string, organisationKind: OrganisationKind, role: Role, extra: Partial<Membership> = {}): Membership {
  return { id: randomUUID(), organisationId, organisationKind, stateCode: null, role, regions: null, themes: null, ...extra };
}

function actors(): [string, Actor][] {
  const actor = (userId: string, memberships: Membership[], platformAdmin = false): Actor => ({
    kind: 'user',
    userId,
    platformAdmin,
    memberships,
  });
  return [
    ['anonymous', ANONYMOUS],
    ['administrator, author of some drafts', actor(person.one, [], true)],
    ['person named on none, author of none', actor(person.three, [])],
    ['UNODC officer', actor(person.three, [m(org.unodc, 'un-entity', 'entity-officer')])],
    ['UNODC officer limited to Africa', actor(person.three, [m(org.unodc, 'un-entity', 'entity-officer', { regions: ['African States'] })])],
    ['UNODC officer limited to themes', actor(person.three, [m(org.unodc, 'un-entity', 'entity-officer', { themes: ['victims'] })])],
    [
      'officer limited at UNODC, unlimited at CTED',
      actor(person.two, [
        m(org.unodc, 'un-entity', 'entity-officer', { regions: ['Asia-Pacific States'] }),
        m(org.cted, 'un-entity', 'entity-officer'),
      ]),
    ],
    ['coordinator', actor(person.three, [m(org.cted, 'un-entity', 'coordinator')])],
    ['AFG focal point', actor(person.three, [m(org.afg, 'state-authority', 'focal-point', { stateCode: 'AFG' })])],
    ['AFG focal point, author of some', actor(person.two, [m(org.afg, 'state-authority', 'focal-point', { stateCode: 'AFG' })])],
    ['NGA focal point', actor(person.three, [m(org.nga, 'state-authority', 'focal-point', { stateCode: 'NGA' })])],
    ['donor representative', actor(person.three, [m(org.donor, 'donor', 'donor-representative')])],
    ['named person', actor(person.one, [])],
  ];
}

const ACTOR_NAMES = [
  'anonymous',
  'administrator, author of some drafts',
  'person named on none, author of none',
  'UNODC officer',
  'UNODC officer limited to Africa',
  'UNODC officer limited to themes',
  'officer limited at UNODC, unlimited at CTED',
  'coordinator',
  'AFG focal point',
  'AFG focal point, author of some',
  'NGA focal point',
  'donor representative',
  'named person',
];

describe('requestScopeCondition', () => {
  it('has a test for every actor', () => {
    expect(actors().map(([n]) => n)).toEqual(ACTOR_NAMES);
  });


  it('built every combination', () => {
    expect(all).toHaveLength(2 * 2 * 4 * STATES.length * 2 * 2 * 2 * 2 * 2);
    expect(all.find((r) => r.stateCode === 'AFG')!.stateRegion).toBe('Asia-Pacific States');
    expect(all.find((r) => r.stateCode === 'XEU')!.stateRegion).toBeNull();
  });

  it.each(ACTOR_NAMES)('selects exactly what isRequestVisible admits: %s', async (name) => {
    const actor = actors().find(([n]) => n === name)![1];
    const scope = actor.kind === 'user' ? scopeFor(actor) : null;
    const { rows, total } = await repo.list(scope, {}, everything);
    const expected = all.filter((r) => isRequestVisible(actor, toRequestRecord(r))).map((r) => r.id).sort();
    expect(rows.map((r) => r.id).sort()).toEqual(expected);
    expect(total).toBe(expected.length);
    // A cast that sees nothing would make this test vacuous.
    if (name !== 'anonymous') expect(expected.length, name).toBeGreaterThan(0);
  });

  it('keeps a private draft from the addressed entity, but not one it recorded', async () => {
    const officer = actors().find(([n]) => n === 'UNODC officer')![1];
    const { rows } = await repo.list(scopeFor(officer), { statuses: ['draft'] }, everything);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.recordedOnBehalf)).toBe(true);
  });
});

describe('list filters', () => {
  const coordinator = () => scopeFor(actors().find(([n]) => n === 'coordinator')![1]);

  it('filters by status, State, theme, addressed entity, urgency and text', async () => {
    const scope = { ...coordinator(), allStateRestricted: true, unInternal: true };
    const submitted = await repo.list(scope, { statuses: ['submitted'], stateCode: 'NGA' }, everything);
    expect(submitted.total).toBeGreaterThan(0);
    expect(submitted.rows.every((r) => r.status === 'submitted' && r.stateCode === 'NGA')).toBe(true);
    const victims = await repo.list(scope, { theme: 'victims', addressedTo: org.cted, urgency: 'urgent' }, everything);
    expect(victims.total).toBeGreaterThan(0);
    expect(victims.rows.every((r) => r.themes.includes('victims') && r.addressedToOrganisationId === org.cted && r.urgency === 'urgent')).toBe(true);
    const text = await repo.list(scope, { q: '100% OF THE ANTI_TERROR' }, everything);
    expect(text.total).toBeGreaterThan(0);
    expect((await repo.list(scope, { q: '1_0%' }, everything)).total).toBe(0);
    expect((await repo.list(scope, { addressedToAny: [] }, everything)).total).toBe(0);
    expect((await repo.list(scope, { stateCodes: [] }, everything)).total).toBe(0);
    const mine = await repo.list(scope, { stateCodes: ['AFG', 'XEU'] }, everything);
    expect(new Set(mine.rows.map((r) => r.stateCode))).toEqual(new Set(['AFG', 'XEU']));
  });

  it('pages, most recently changed first', async () => {
    const scope = coordinator();
    const first = await repo.list(scope, {}, { limit: 5, offset: 0 });
    const second = await repo.list(scope, {}, { limit: 5, offset: 5 });
    const times = [...first.rows, ...second.rows].map((r) => r.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(10);
  });
});

describe('references, timeline and conversation', () => {
  const base = () => ({
    stateCode: 'AFG',
    addressedToOrganisationId: org.unodc,
    title: 'Reference test',
    status: 'draft',
    statusChangedAt: T0,
  });

  it('numbers requests per State and year, <State>-<year>-<serial>, without gaps or repeats', async () => {
    const db = database.db;
    const insert = (at: Date, stateCode = 'AFG') =>
      db.transaction((tx) => createAssistanceRequestsRepo(tx as never).insert({ ...base(), stateCode, createdAt: at, updatedAt: at }));
    const a = await insert(new Date('2025-12-31T23:00:00Z'));
    const b = await insert(new Date('2026-01-02T00:00:00Z'));
    const n = await insert(new Date('2026-03-02T00:00:00Z'), 'NGA');
    const c = await insert(new Date('2026-06-02T00:00:00Z'));
    const d = await insert(new Date('2025-05-02T00:00:00Z'));
    // Nigeria's request does not move Afghanistan's serial: a State learns nothing of another's requests.
    expect([a, b, n, c, d].map((r) => r.reference)).toEqual(['AFG-2025-0001', 'AFG-2026-0001', 'NGA-2026-0001', 'AFG-2026-0002', 'AFG-2025-0002']);
  });

  it('numbers concurrent creations for two States, each in its creating transaction, without gaps or repeats', async () => {
    const db = database.db;
    const at = new Date('2027-03-01T00:00:00Z');
    const insert = (stateCode: string) =>
      db.transaction((tx) => createAssistanceRequestsRepo(tx as never).insert({ ...base(), stateCode, createdAt: at, updatedAt: at }));
    const made = await Promise.all(Array.from({ length: 12 }, (_, i) => insert(i % 2 === 0 ? 'AFG' : 'NGA')));
    const serials = (state: string) => made.map((r) => r.reference).filter((r) => r.startsWith(`${state}-`)).sort();
    const expected = (state: string) => Array.from({ length: 6 }, (_, i) => `${state}-2027-000${i + 1}`);
    expect(serials('AFG')).toEqual(expected('AFG'));
    expect(serials('NGA')).toEqual(expected('NGA'));
    // A creation that rolls back gives its serial back.
    await expect(
      db.transaction(async (tx) => {
        await createAssistanceRequestsRepo(tx as never).insert({ ...base(), stateCode: 'AFG', createdAt: at, updatedAt: at });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await insert('AFG')).reference).toBe('AFG-2027-0007');
  });

  it('keeps references made before per-State numbering, found by them', async () => {
    const db = database.db;
    const at = new Date('2028-01-05T00:00:00Z');
    const [old] = await db
      .insert(assistanceRequests)
      .values({ ...base(), status: 'submitted', reference: 'REQ-2028-0001', createdAt: at, updatedAt: at })
      .returning({ id: assistanceRequests.id });
    const fresh = await db.transaction((tx) => createAssistanceRequestsRepo(tx as never).insert({ ...base(), createdAt: at, updatedAt: at }));
    expect(fresh.reference).toBe('AFG-2028-0001');
    expect((await repo.findById(old!.id))!.reference).toBe('REQ-2028-0001');
    const coordinator = { unInternal: true, allStateRestricted: true, stateCodes: [], organisations: [], userId: person.one };
    expect((await repo.list(coordinator, { q: 'REQ-2028-0001' }, everything)).rows.map((r) => r.id)).toEqual([old!.id]);
  });

  it('keeps the timeline and the conversation in order', async () => {
    const request = all[0]!;
    await repo.insertEvent({ requestId: request.id, fromStatus: null, toStatus: 'draft', event: 'create', at: T0, byUserId: person.one });
    await repo.insertEvent({
      requestId: request.id,
      fromStatus: 'under-review',
      toStatus: 'referred',
      event: 'refer',
      comment: 'CTED covers this',
      referredToOrganisationId: org.cted,
      at: new Date(T0.getTime() + 1000),
      byUserId: person.two,
    });
    const events = await repo.events(request.id);
    expect(events.map((e) => e.event)).toEqual(['create', 'refer']);
    expect(events[1]!.referredToOrganisationNames?.en).toBe('CTED');
    expect(events[0]!.byDisplayName).toBe('Test Person');

    // In the order of writing, also within one millisecond (a question and its answer from a script).
    for (const body of ['first', 'second', 'third']) {
      await repo.insertMessage({ requestId: request.id, authorId: person.one, authorOrganisationId: null, body, createdAt: T0 });
    }
    expect((await repo.messages(request.id)).map((x) => x.body)).toEqual(['first', 'second', 'third']);
    expect(await repo.messages(randomUUID())).toEqual([]);
  });
});
