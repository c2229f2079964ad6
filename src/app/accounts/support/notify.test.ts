// notify(): who is told of what happens to an assistance record, on a real database. The event is built here as the
// request use cases build it (a State-restricted AFG request addressed to UNODC), with the real visibility rule.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listMailOutbox } from '#app/accounts/list-mail-outbox.ts';
import { createSubscription } from '#app/accounts/create-subscription.ts';
import { isRequestVisible, type RequestRecord } from '#domain/assistance/access.ts';
import type { UserActor } from '#domain/actor.ts';
import { mailOutbox, notifications, users } from '#db/schema/index.ts';
import { buildOrganisation, buildUser } from '../../../../test/accounts.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { notify, type AssistanceEvent } from './notify.ts';
import { inTransaction } from '#app/shared/transaction.ts';

const NOW = new Date('2026-03-01T12:00:00Z');
const BASE = 'https://accord.example.org';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const db = () => database.db;
const orgs = { unodc: '', cted: '', afg: '', fra: '' };
const people = {
  afgFocal: '',
  unodcOfficer: '',
  unodcActor: '',
  unodcDisabled: '',
  fraFocal: '',
  coordinator: '',
  entityFollower: '',
  otherThemeFollower: '',
};

/** Someone as the policy sees them (one membership is enough here). */
function asActor(id: string): UserActor {
  return { kind: 'user', userId: id, platformAdmin: false, memberships: [] };
}

async function follow(userId: string, kind: 'state' | 'theme' | 'entity', value: string, email: boolean) {
  const actor: UserActor = { ...asActor(userId) };
  return createSubscription(db(), actor, { kind, value, email }, NOW, { baseUrl: BASE, lang: 'en' });
}

function requestRecord(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    status: 'submitted',
    stateCode: 'AFG',
    stateRegion: 'Asia-Pacific States',
    addressedToOrganisationId: orgs.unodc,
    requestingOrganisationId: orgs.afg,
    themes: ['victims'],
    recordedOnBehalf: false,
    confidentiality: 'state-restricted',
    sharedOrganisationIds: [],
    namedUserIds: [],
    createdBy: people.afgFocal,
    ...overrides,
  };
}

function requestEvent(overrides: Partial<AssistanceEvent> = {}, record = requestRecord()): AssistanceEvent {
  return {
    kind: 'request-submitted',
    recordType: 'request',
    recordId: randomUUID(),
    actorUserId: people.unodcActor,
    stateCodes: ['AFG'],
    themes: ['victims'],
    organisationIds: [orgs.unodc],
    visibleTo: (actor) => isRequestVisible(actor, record),
    partyOrganisationIds: [orgs.unodc, orgs.afg],
    partyStateCodes: ['AFG'],
    params: { reference: 'REQ-2026-0001', title: 'Support for victims’ associations', status: 'submitted', comment: 'secret words' },
    ...overrides,
  };
}

async function run(event: AssistanceEvent) {
  await inTransaction(db(), (tx) => notify(tx, event, NOW, { baseUrl: BASE }));
  const rows = await db().select().from(notifications).where(eq(notifications.recordId, event.recordId));
  return new Map(rows.map((r) => [r.userId, r]));
}

const mailsTo = async (userId: string) => {
  const [user] = await db().select().from(users).where(eq(users.id, userId));
  return (await listMailOutbox(db(), { limit: 1000 })).filter((m) => m.to === user!.email);
};

beforeAll(async () => {
  database = await createTestDatabase();
  orgs.unodc = (await buildOrganisation(db(), { kind: 'un-entity', name: 'UNODC' }, NOW)).id;
  orgs.cted = (await buildOrganisation(db(), { kind: 'un-entity', name: 'CTED' }, NOW)).id;
  orgs.afg = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'AFG', name: 'AFG Interior' }, NOW)).id;
  orgs.fra = (await buildOrganisation(db(), { kind: 'state-authority', stateCode: 'FRA', name: 'FRA Intérieur' }, NOW)).id;
  const person = async (role: 'focal-point' | 'entity-officer' | 'coordinator', organisation: string) =>
    (await buildUser(db(), { role, organisation: { id: organisation } }, NOW)).user.id;
  people.afgFocal = await person('focal-point', orgs.afg);
  people.unodcOfficer = await person('entity-officer', orgs.unodc);
  people.unodcActor = await person('entity-officer', orgs.unodc);
  people.unodcDisabled = await person('entity-officer', orgs.unodc);
  people.fraFocal = await person('focal-point', orgs.fra);
  people.coordinator = await person('coordinator', orgs.cted);
  people.entityFollower = await person('coordinator', orgs.cted);
  people.otherThemeFollower = await person('coordinator', orgs.cted);
  await db().update(users).set({ languages: ['ar', 'en'], displayName: 'أمينة' }).where(eq(users.id, people.afgFocal));
  await db().update(users).set({ languages: ['fr', 'en'] }).where(eq(users.id, people.coordinator));
  await db().update(users).set({ disabledAt: NOW }).where(eq(users.id, people.unodcDisabled));

  await follow(people.fraFocal, 'theme', 'victims', true);
  await follow(people.unodcDisabled, 'theme', 'victims', true);
  await follow(people.coordinator, 'state', 'AFG', true);
  await follow(people.entityFollower, 'entity', orgs.unodc, false);
  await follow(people.otherThemeFollower, 'theme', 'cbrn', true);
  await follow(people.unodcActor, 'state', 'AFG', true);
});
afterAll(() => database?.dispose());
beforeEach(async () => {
  await db().delete(mailOutbox);
});

describe('notify', () => {
  it('tells the parties and the followers who may see the request, and nobody else', async () => {
    const got = await run(requestEvent());
    expect(new Set(got.keys())).toEqual(
      new Set([people.afgFocal, people.unodcOfficer, people.coordinator, people.entityFollower]),
    );
    // The actor (who also follows AFG), the disabled officer, France's focal point following the theme (the request
    // is not theirs to see) and the follower of another theme get nothing.
    for (const absent of [people.unodcActor, people.unodcDisabled, people.fraFocal, people.otherThemeFollower]) {
      expect(got.has(absent)).toBe(false);
    }
    expect(await mailsTo(people.fraFocal)).toEqual([]);
    expect(await mailsTo(people.unodcActor)).toEqual([]);
  });

  it('ties a follower’s notification to the subscription it matched, a party’s to none', async () => {
    const got = await run(requestEvent());
    expect(got.get(people.afgFocal)!.subscriptionId).toBeNull();
    expect(got.get(people.unodcOfficer)!.subscriptionId).toBeNull();
    expect(got.get(people.coordinator)!.subscriptionId).not.toBeNull();
    expect(got.get(people.entityFollower)!.subscriptionId).not.toBeNull();
  });

  it('keeps only the params a notification may hold', async () => {
    const got = await run(requestEvent());
    expect(got.get(people.afgFocal)!.params).toEqual({
      reference: 'REQ-2026-0001',
      title: 'Support for victims’ associations',
      status: 'submitted',
    });
  });

  it('mails the parties of a submitted request and the followers who asked, each in their first language', async () => {
    const event = requestEvent();
    await run(event);
    const [arabic] = await mailsTo(people.afgFocal);
    expect(arabic!.subject).toBe('تم تقديم الطلب REQ-2026-0001');
    expect(arabic!.text).toContain('أمينة');
    expect(arabic!.text).toContain('Support for victims’ associations');
    expect(arabic!.links).toEqual([`${BASE}/ar/requests/${event.recordId}`]);
    const row = await db().select({ html: mailOutbox.html }).from(mailOutbox).where(eq(mailOutbox.id, arabic!.id));
    expect(row[0]!.html).toContain('dir="rtl"');

    const [french] = await mailsTo(people.coordinator);
    expect(french!.subject).toBe('Demande REQ-2026-0001 soumise');
    expect(french!.links).toEqual([`${BASE}/fr/requests/${event.recordId}`]);
    expect(french!.text).toContain('vous suivez');

    expect((await mailsTo(people.unodcOfficer)).map((m) => m.subject)).toEqual(['Request REQ-2026-0001 submitted']);
    // Following UNODC without e-mail: in-app only.
    expect(await mailsTo(people.entityFollower)).toEqual([]);
    // The subject never carries the record's title (the body does, for people who may see it).
    for (const m of await listMailOutbox(db(), { limit: 100 })) expect(m.subject).not.toContain('victims’');
  });

  it('mails parties of a message only if they asked for mail', async () => {
    await run(requestEvent({ kind: 'request-message' }));
    expect(await mailsTo(people.afgFocal)).toEqual([]);
    expect(await mailsTo(people.unodcOfficer)).toEqual([]);
    expect((await mailsTo(people.coordinator)).map((m) => m.subject)).toEqual(['Nouveau message sur la demande REQ-2026-0001']);
  });

  it('sees a draft as its State does: the entity and the followers do not hear of it', async () => {
    const draft = requestRecord({ status: 'draft' });
    const got = await run(requestEvent({ kind: 'request-transition', actorUserId: people.afgFocal }, draft));
    // The draft is the State's own: only its focal points see it, and the actor is the only one here.
    expect([...got.keys()]).toEqual([]);
  });

  it('matches subscriptions by State, by theme and by entity', async () => {
    const publicRecord = requestRecord({ confidentiality: 'public' });
    const byState = await run(
      requestEvent({ stateCodes: ['AFG'], themes: [], organisationIds: [], partyOrganisationIds: [], partyStateCodes: [] }, publicRecord),
    );
    expect(new Set(byState.keys())).toEqual(new Set([people.coordinator]));
    const byTheme = await run(
      requestEvent({ stateCodes: [], themes: ['victims'], organisationIds: [], partyOrganisationIds: [], partyStateCodes: [] }, publicRecord),
    );
    // A public record: France's focal point may see it now (the disabled account still hears nothing).
    expect(new Set(byTheme.keys())).toEqual(new Set([people.fraFocal]));
    const byEntity = await run(
      requestEvent({ stateCodes: [], themes: [], organisationIds: [orgs.unodc], partyOrganisationIds: [], partyStateCodes: [] }, publicRecord),
    );
    expect(new Set(byEntity.keys())).toEqual(new Set([people.entityFollower]));
    const nothing = await run(
      requestEvent({ stateCodes: [], themes: [], organisationIds: [], partyOrganisationIds: [], partyStateCodes: [] }, publicRecord),
    );
    expect(nothing.size).toBe(0);
  });

  it('drops an overlap’s title: its recipients may not see the other entity’s activity', async () => {
    const got = await run({
      kind: 'overlap-found',
      recordType: 'overlap',
      recordId: randomUUID(),
      actorUserId: people.unodcActor,
      stateCodes: ['AFG'],
      themes: ['victims'],
      organisationIds: [orgs.unodc, orgs.cted],
      visibleTo: () => true,
      partyOrganisationIds: [orgs.unodc],
      partyStateCodes: [],
      params: { title: 'Confidential workshop', stateCodes: 'AFG', themes: 'victims', from: '2026-04-01', to: '2026-04-03', activityId: randomUUID() },
    });
    const row = got.get(people.unodcOfficer)!;
    expect(row.params).toEqual({ stateCodes: 'AFG', themes: 'victims', from: '2026-04-01', to: '2026-04-03' });
  });
});
