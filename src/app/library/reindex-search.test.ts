// The search index holds each assistance record for exactly those who may read it: requests, activities and
// programmes over every combination of level, State, holder, sharing and naming (and requests' drafts), indexed by
// `reindexSearch`, then searched by a cast of people, compared with each record's own read rule. Also: the treaty
// articles are indexed, a reindex is idempotent, and the use cases keep entries current.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '#domain/actor.ts';
import { CONFIDENTIALITY_LEVELS, type Membership, type OrganisationKind, type Role } from '#domain/accounts/types.ts';
import { isMultiStateVisible, isRequestVisible } from '#domain/assistance/access.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { activityAsRecord } from '#db/repos/assistance/activities.repo.ts';
import { toRequestRecord, type RequestRow } from '#db/repos/assistance/assistance-requests.repo.ts';
import { createSearchRepo } from '#db/repos/library/search.repo.ts';
import { buildOrganisation, buildUser } from '../../../test/accounts.ts';
import { buildActivity, buildProgramme } from '../../../test/activities.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { buildRequest } from '../../../test/requests.ts';
import { programmeRecord } from '../assistance/programme-presenters.ts';
import { reindexSearch } from './reindex-search.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const org = { unodc: '', cted: '', afg: '', donor: '' };
const person = { one: '', two: '', three: '' };
const REGIONS = new Map<string, string | null>([
  ['AFG', 'Asia-Pacific States'],
  ['NGA', 'African States'],
]);
const T0 = new Date('2026-02-01T00:00:00Z');
const requests: RequestRow[] = [];
const activities: Awaited<ReturnType<typeof buildActivity>>[] = [];
const programmes: Awaited<ReturnType<typeof buildProgramme>>[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  org.unodc = (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id;
  org.cted = (await buildOrganisation(db, { kind: 'un-entity', name: 'CTED' })).id;
  org.afg = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG' })).id;
  org.donor = (await buildOrganisation(db, { kind: 'donor', name: 'Donor' })).id;
  person.one = (await buildUser(db)).user.id;
  person.two = (await buildUser(db)).user.id;
  person.three = (await buildUser(db)).user.id;

  for (const confidentiality of CONFIDENTIALITY_LEVELS)
    for (const shared of [[], [org.donor]])
      for (const named of [[], [person.one]]) {
        for (const stateCode of ['AFG', 'NGA'])
          for (const [status, recordedOnBehalf] of [['draft', false], ['draft', true], ['submitted', false]] as const) {
            requests.push(
              await buildRequest(db, {
                stateCode,
                status,
                recordedOnBehalf,
                confidentiality,
                addressedToOrganisationId: org.unodc,
                requestingOrganisationId: org.afg,
                sharedOrganisationIds: shared,
                namedUserIds: named,
                createdBy: person.two,
                title: 'Visibilityword request',
                at: T0,
              }),
            );
          }
        for (const stateCodes of [['AFG'], ['NGA'], ['AFG', 'NGA'], []])
          activities.push(
            await buildActivity(
              db,
              { title: 'Visibilityword activity', organisationId: org.cted, confidentiality, stateCodes, sharedOrganisationIds: shared, namedUserIds: named },
              T0,
            ),
          );
        programmes.push(
          await buildProgramme(
            db,
            {
              names: { en: 'Visibilityword programme' },
              organisationId: org.unodc,
              confidentiality,
              stateCodes: named.length ? ['NGA'] : ['AFG'],
              partnerOrganisationIds: shared,
            },
            T0,
          ),
        );
      }
});

afterAll(() => database.dispose());

function m(organisationId: string, organisationKind: OrganisationKind, role: Role, extra: Partial<Membership> = {}): Membership {
  return { id: randomUUID(), organisationId, organisationKind, stateCode: null, role, regions: null, themes: null, ...extra };
}

function cast(): [string, Actor][] {
  const actor = (userId: string, memberships: Membership[]): Actor => ({ kind: 'user', userId, platformAdmin: false, memberships });
  return [
    ['anonymous', ANONYMOUS],
    ['person named', actor(person.one, [])],
    ['author of the drafts', actor(person.two, [])],
    ['UNODC officer', actor(person.three, [m(org.unodc, 'un-entity', 'entity-officer')])],
    ['UNODC officer limited to Africa', actor(person.three, [m(org.unodc, 'un-entity', 'entity-officer', { regions: ['African States'] })])],
    ['CTED officer', actor(person.one, [m(org.cted, 'un-entity', 'entity-officer')])],
    ['coordinator', actor(person.three, [m(org.cted, 'un-entity', 'coordinator')])],
    ['AFG focal point', actor(person.three, [m(org.afg, 'state-authority', 'focal-point', { stateCode: 'AFG' })])],
    ['donor representative', actor(person.three, [m(org.donor, 'donor', 'donor-representative')])],
  ];
}

describe('reindexSearch', () => {
  it('indexes the treaty articles and the assistance records, and is idempotent', async () => {
    const first = await reindexSearch(database.db, T0);
    const privateDrafts = requests.filter((r) => r.status === 'draft' && !r.recordedOnBehalf).length;
    expect(first.entries['assistance-request']).toBe(requests.length - privateDrafts);
    expect(first.entries.activity).toBe(activities.length);
    expect(first.entries.programme).toBe(programmes.length);
    expect(first.entries.article).toBeGreaterThan(300);
    const progress: number[] = [];
    const second = await reindexSearch(database.db, T0, (done) => progress.push(done));
    expect(second).toEqual(first);
    expect(progress.at(-1)).toBe(progress.length - 1);
  });

  it('finds each assistance record for exactly those who may read it', async () => {
    const repo = createSearchRepo(database.db);
    for (const [name, actor] of cast()) {
      const result = await repo.search({ q: 'visibilityword', facets: {}, limit: 1000, offset: 0 }, scopeFor(actor));
      const found = (kind: string) => result.hits.filter((h) => h.sourceKind === kind).map((h) => h.sourceId).sort();
      // A private draft is its State's and its author's: they read it on its page, search does not show it.
      const readable = requests.filter((r) => isRequestVisible(actor, toRequestRecord(r)));
      expect(found('assistance-request'), name).toEqual(
        readable.filter((r) => !(r.status === 'draft' && !r.recordedOnBehalf)).map((r) => r.id).sort(),
      );
      expect(found('activity'), name).toEqual(activities.filter((a) => isMultiStateVisible(actor, activityAsRecord(a, REGIONS))).map((a) => a.id).sort());
      expect(found('programme'), name).toEqual(programmes.filter((p) => isMultiStateVisible(actor, programmeRecord(p, REGIONS))).map((p) => p.id).sort());
      expect(result.total, name).toBe(result.hits.length);
    }
  });

  it('finds a treaty article by its words, linking to its instrument', async () => {
    const result = await createSearchRepo(database.db).search(
      { q: 'provides collects funds', facets: { instrumentIds: ['financing1999'] }, limit: 5, offset: 0 },
      scopeFor(ANONYMOUS),
    );
    expect(result.hits[0]).toMatchObject({ sourceKind: 'article', kind: 'treaty-article', instrumentIds: ['financing1999'], language: 'en' });
  });
});
