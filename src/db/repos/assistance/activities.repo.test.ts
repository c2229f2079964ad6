// The SQL scope of multi-State records gives exactly the answer of `isInScopeOfAny`: activities over every
// combination of level, States (none, one with a regional group, one without, several across regions, an unknown
// code), holder, sharing and naming, read by a cast of actors and hand-made scopes. Also the overlap candidates'
// narrowing, and mandate counts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { PUBLIC_SCOPE, scopeFor, type Scope } from '#domain/accounts/confidentiality.ts';
import { CONFIDENTIALITY_LEVELS, type Membership, type OrganisationKind, type Role } from '#domain/accounts/types.ts';
import { isInScopeOfAny } from '#domain/assistance/access.ts';
import { findOverlaps } from '#domain/assistance/overlap.ts';
import { buildOrganisation, buildUser } from '../../../../test/accounts.ts';
import { insertActivities } from '../../../../test/activities.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { activities } from '#db/schema/index.ts';
import { activityAsRecord, createActivitiesRepo, type ActivityRecord } from './activities.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let repo: ReturnType<typeof createActivitiesRepo>;
let all: ActivityRecord[];
let regions: Map<string, string | null>;
const org: Record<'unodc' | 'cted' | 'donor' | 'afg', string> = { unodc: '', cted: '', donor: '', afg: '' };
const person: Record<'one' | 'two' | 'three', string> = { one: '', two: '', three: '' };

// AFG: Asia-Pacific; NGA: African; XEU: no regional group; ZZZ: no such participant.
const STATE_SETS = [[], ['AFG'], ['NGA'], ['XEU'], ['ZZZ'], ['AFG', 'NGA'], ['XEU', 'NGA']];
const T0 = new Date('2026-01-01T00:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  repo = createActivitiesRepo(db);
  org.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id;
  org.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  org.donor = (await buildOrganisation(db, { kind: 'donor', name: 'Donor' })).id;
  org.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  person.one = (await buildUser(db)).user.id;
  person.two = (await buildUser(db)).user.id;
  person.three = (await buildUser(db)).user.id;

  const rows: Parameters<typeof insertActivities>[1] = [];
  let i = 0;
  for (const confidentiality of CONFIDENTIALITY_LEVELS)
    for (const stateCodes of STATE_SETS)
      for (const organisationId of [org.unodc, org.cted, org.afg])
        for (const sharedOrganisationIds of [[], [org.unodc], [org.cted, org.donor]])
          for (const namedUserIds of [[], [person.one], [person.one, person.two]]) {
            rows.push({
              title: `${confidentiality} ${stateCodes.join('+') || 'none'} #${i}`,
              confidentiality,
              stateCodes,
              organisationId,
              sharedOrganisationIds,
              namedUserIds,
              mandates: i % 3 === 0 ? ['68/187/OP9'] : ['68/187/OP1', '68/187/OP4'],
              startDate: `201${i % 10}-03-0${1 + (i % 5)}`,
              endDate: `201${i % 10}-03-0${5 + (i % 5)}`,
              themes: [i % 2 ? 'internet-use' : 'victims'],
              createdAt: T0,
              updatedAt: T0,
            });
            i++;
          }
  await insertActivities(db, rows, T0, 200);
  all = (await repo.list({ ...PUBLIC_SCOPE, allStateRestricted: true, unInternal: true }, {}, { limit: 100_000, offset: 0 })).rows;
  const ids = new Set(all.map((a) => a.id));
  for (const { id } of await db.select({ id: activities.id }).from(activities)) if (!ids.has(id)) all.push((await repo.findById(id))!);
  regions = await repo.regionsOf(['AFG', 'NGA', 'XEU', 'ZZZ']);
});

afterAll(() => database.dispose());

function m(organisationId: string, organisationKind: OrganisationKind, role: Role, extra: Partial<Membership> = {}): Membership {
  return { id: randomUUID(), organisationId, organisationKind, stateCode: null, role, regions: null, themes: null, ...extra };
}

function scopes(): [string, Scope][] {
  const actor = (userId: string, memberships: Membership[], platformAdmin = false): Actor => ({ kind: 'user', userId, platformAdmin, memberships });
  const actors: [string, Actor][] = [
    ['anonymous', ANONYMOUS],
    ['person named on some', actor(person.one, [])],
    ['UNODC officer', actor(person.three, [m(org.unodc, 'un-entity', 'entity-officer')])],
    ['UNODC officer limited to Africa', actor(person.two, [m(org.unodc, 'un-entity', 'entity-officer', { regions: ['African States'] })])],
    [
      'officer limited at UNODC, unlimited at CTED',
      actor(person.three, [m(org.unodc, 'un-entity', 'entity-officer', { regions: ['Asia-Pacific States'] }), m(org.cted, 'un-entity', 'entity-officer')]),
    ],
    ['coordinator', actor(person.three, [m(org.cted, 'un-entity', 'coordinator')])],
    ['AFG focal point', actor(person.one, [m(org.afg, 'state-authority', 'focal-point', { stateCode: 'AFG' })])],
    ['donor representative', actor(person.two, [m(org.donor, 'donor', 'donor-representative')])],
  ];
  return [
    ...actors.map(([name, a]): [string, Scope] => [name, scopeFor(a)]),
    ['several States, one unknown', { ...PUBLIC_SCOPE, stateCodes: ['NGA', 'ZZZ'] }],
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
  ];
}

describe('scopeCondition over activities', () => {
  it('built every combination', () => {
    expect(all).toHaveLength(4 * STATE_SETS.length * 3 * 3 * 3);
  });

  it('selects exactly what isInScopeOfAny admits, for every actor: a State-restricted record through any of its States', async () => {
    for (const [name, scope] of scopes()) {
      const { rows, total } = await repo.list(scope, {}, { limit: 100_000, offset: 0 });
      const expected = all.filter((a) => isInScopeOfAny(scope, activityAsRecord(a, regions))).map((a) => a.id).sort();
      expect(rows.map((a) => a.id).sort(), name).toEqual(expected);
      expect(total, name).toBe(expected.length);
      if (!['anonymous', 'an empty list of regions'].includes(name)) {
        expect(expected.length, name).toBeGreaterThan(all.filter((a) => a.confidentiality === 'public').length);
      }
    }
    // The point of "any": an Africa-limited officer sees the UNODC AFG+NGA workshop through Nigeria.
    const africa = scopes().find(([n]) => n === 'UNODC officer limited to Africa')![1];
    const both = all.find((a) => a.confidentiality === 'state-restricted' && a.stateCodes.join() === 'AFG,NGA' && a.organisationId === org.unodc)!;
    expect((await repo.list(africa, { q: both.title }, { limit: 10, offset: 0 })).total).toBe(1);
  });
});

describe('findById with a scope', () => {
  it('finds a record only in scope, decided in the query: out of scope it answers exactly as a random id does', async () => {
    // Every 13th record (a prime step over the nested loops: every level, State set, holder and naming recurs).
    const sample = all.filter((_, i) => i % 13 === 0);
    expect(new Set(sample.map((a) => a.confidentiality)).size).toBe(CONFIDENTIALITY_LEVELS.length);
    for (const [name, scope] of scopes()) {
      for (const a of sample) {
        const found = await repo.findById(a.id, { scope });
        expect(found?.id, `${name}: ${a.title}`).toBe(isInScopeOfAny(scope, activityAsRecord(a, regions)) ? a.id : undefined);
      }
      expect(await repo.findById(randomUUID(), { scope }), name).toBeUndefined();
    }
  }, 120_000);
});

describe('filters', () => {
  const everything: Scope = { unInternal: true, allStateRestricted: true, stateCodes: [], organisations: [], userId: null };
  const page = { limit: 100_000, offset: 0 };

  it('answer "what was done under OP9 in 2014?"', async () => {
    const { rows } = await repo.list(everything, { mandate: '68/187/OP9', year: 2014 }, page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((a) => a.mandates.includes('68/187/OP9') && a.startDate.startsWith('2014'))).toBe(true);
    const counts = await repo.countByMandate(everything, { year: 2014 });
    expect(counts.find((c) => c.mandate === '68/187/OP9')!.n).toBe(rows.length);
  });

  it('by State (any of them), period, theme and organisation', async () => {
    const nga = await repo.list(everything, { stateCode: 'NGA' }, page);
    expect(nga.rows.every((a) => a.stateCodes.includes('NGA'))).toBe(true);
    expect(nga.rows.some((a) => a.stateCodes.length === 2)).toBe(true);
    const period = await repo.list(everything, { from: '2013-03-07', to: '2013-03-07' }, page);
    expect(period.rows.every((a) => a.startDate <= '2013-03-07' && a.endDate >= '2013-03-07')).toBe(true);
    expect(period.total).toBeGreaterThan(0);
    const theme = await repo.list(everything, { theme: 'victims' }, page);
    expect(theme.rows.every((a) => a.themes.includes('victims'))).toBe(true);
    const byDonor = await repo.list(everything, { organisationId: org.donor }, page);
    expect(byDonor.rows.every((a) => a.sharedOrganisationIds.includes(org.donor))).toBe(true);
  });
});

describe('overlap candidates', () => {
  it('narrow to what findOverlaps decides on, leaving out the entity’s own', async () => {
    const subject = { id: randomUUID(), organisationId: org.unodc, stateCodes: ['NGA'], themes: ['victims'], startDate: '2012-03-05', endDate: '2012-03-05' };
    const candidates = await repo.overlapCandidates(subject);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => c.organisationId !== org.unodc)).toBe(true);
    const everyone = all.map((a) => ({ ...a }));
    const fromAll = findOverlaps(subject, everyone).map((o) => o.activity.id).sort();
    expect(findOverlaps(subject, candidates).map((o) => o.activity.id).sort()).toEqual(fromAll);
  });
});
