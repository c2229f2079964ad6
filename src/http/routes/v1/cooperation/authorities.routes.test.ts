// API tests of the directory of competent authorities: the access matrix of every route (who × whose entry →
// status), confidentiality (the public never sees contacts, in the list, one entry or its history), reads of contact
// details audited, validation naming the field, conditional writes (ADR 19), confirmation and history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { insertAuthority } from '../../../../../test/authorities.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';
import { auditSince, lastAuditId } from '../../../../../test/named-people.ts';

let t: Awaited<ReturnType<typeof buildTestServer>>;

const ACTORS = ['anonymous', 'admin', 'fraFocal', 'deuFocal', 'fraPractitioner', 'deuPractitioner', 'unOfficer', 'donor'] as const;
type ActorName = (typeof ACTORS)[number];
const headers = {} as Record<ActorName, Record<string, string>>;
const userIds = {} as Record<ActorName, string>;
const ids = {} as Record<'fra' | 'deu' | 'old', string>;

const ENTRY = {
  stateCode: 'FRA',
  kind: 'mla',
  name: 'Bureau de l’entraide pénale internationale',
  address: '13 place Vendôme, Paris',
  channels: ['direct', 'diplomatic'],
  languages: ['fr', 'en'],
  urgentProcedure: 'By e-mail first.',
  requirements: { dualCriminality: 'For coercive measures.' },
  requestItems: ['offence-law-text', 'assurances'],
  lawLinks: [{ title: 'Code de procédure pénale', url: 'https://www.legifrance.gouv.fr/' }],
  contacts: [{ name: 'Duty officer', role: 'Permanence', email: 'entraide@example.fr', phone: '+33 1 44 77 60 60' }],
  publicFields: ['address'],
};

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  const fra = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA' })).id;
  const deu = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'DEU' })).id;
  const people: Record<Exclude<ActorName, 'anonymous'>, Parameters<typeof buildUser>[1]> = {
    admin: { platformAdmin: true },
    fraFocal: { role: 'focal-point', organisation: { id: fra } },
    deuFocal: { role: 'focal-point', organisation: { id: deu } },
    fraPractitioner: { role: 'central-authority-practitioner', organisation: { id: fra } },
    deuPractitioner: { role: 'central-authority-practitioner', organisation: { id: deu } },
    unOfficer: { role: 'entity-officer', organisation: { id: (await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' })).id } },
    donor: { role: 'donor-representative' },
  };
  headers.anonymous = {};
  for (const [name, input] of Object.entries(people) as [Exclude<ActorName, 'anonymous'>, Parameters<typeof buildUser>[1]][]) {
    const u = (await buildUser(db, input, TEST_NOW)).user;
    userIds[name] = u.id;
    headers[name] = (await signedIn(db, u.id, TEST_NOW)).headers;
  }
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: headers.fraPractitioner, payload: ENTRY });
  if (created.statusCode !== 201) throw new Error(created.body);
  ids.fra = created.json().data.id;
  const fields = ENTRY as unknown as Parameters<typeof insertAuthority>[1];
  ids.deu = (await insertAuthority(db, { ...fields, stateCode: 'DEU', name: 'Bundesamt für Justiz' }, TEST_NOW)).id;
  // Confirmed 13 months before "now": stale.
  ids.old = (await insertAuthority(db, { ...fields, kind: 'extradition', name: 'Old desk' }, new Date('2025-02-01T00:00:00Z'))).id;
}, 120_000);
afterAll(() => t.close());

const get = (who: ActorName, url: string) => t.app.inject({ method: 'GET', url, headers: headers[who] });

// Reading: everyone sees the entry; contacts only practitioners (any State), UN officers and the State's focal points.
const SEES_CONTACTS: Record<ActorName, boolean> = {
  anonymous: false,
  admin: false,
  fraFocal: true,
  deuFocal: false,
  fraPractitioner: true,
  deuPractitioner: true,
  unOfficer: true,
  donor: false,
};

describe('reading: the access matrix', () => {
  it.each(ACTORS)('%s reads the FRA entry, its list and its history, with contacts only when entitled', async (who) => {
    const sees = SEES_CONTACTS[who];
    const one = await get(who, `/api/v1/cooperation/authorities/${ids.fra}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.headers.etag).toBe('"v1"');
    expect(one.headers['cache-control']).toBe('private, no-store');
    const data = one.json().data;
    expect(data).toMatchObject({ name: ENTRY.name, channels: ENTRY.channels, languages: ENTRY.languages, address: ENTRY.address });
    expect(one.json().abilities.readContacts).toBe(sees);
    if (sees) {
      expect(data.contacts).toEqual(ENTRY.contacts);
      expect(data.requestItems).toEqual(ENTRY.requestItems);
      expect(data.withheld).toEqual([]);
    } else {
      expect(data.contacts).toBeNull();
      expect(data.requirements).toBeNull();
      expect(data.requestItems).toBeNull();
      expect(data.withheld.sort()).toEqual(['contacts', 'lawLinks', 'requirements', 'urgentProcedure']);
      expect(one.body).not.toContain('entraide@example.fr');
    }
    const list = await get(who, '/api/v1/cooperation/authorities?stateCode=fra');
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((e: { name: string }) => e.name)).toEqual(['Old desk', ENTRY.name]); // by kind, then name
    expect(list.body.includes('entraide@example.fr')).toBe(sees);
    const history = await get(who, `/api/v1/cooperation/authorities/${ids.fra}/history`);
    expect(history.statusCode).toBe(200);
    expect(history.body.includes('entraide@example.fr')).toBe(sees);
  });

  it('answers 404 for unknown ids and ids that are not ids, on every route', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      expect((await get('anonymous', `/api/v1/cooperation/authorities/${id}`)).statusCode).toBe(404);
      expect((await get('anonymous', `/api/v1/cooperation/authorities/${id}/history`)).statusCode).toBe(404);
      const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/cooperation/authorities/${id}`, headers: { ...headers.fraFocal, 'if-match': '"v1"' }, payload: { name: 'X' } });
      expect(patch.statusCode).toBe(404);
      const confirm = await t.app.inject({ method: 'POST', url: `/api/v1/cooperation/authorities/${id}/confirm`, headers: { ...headers.fraFocal, 'if-match': '"v1"' } });
      expect(confirm.statusCode).toBe(404);
      const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/cooperation/authorities/${id}`, headers: { ...headers.fraFocal, 'if-match': '"v1"' } });
      expect(del.statusCode).toBe(404);
    }
  });

  it('filters by kind and staleness, and marks the old entry stale', async () => {
    const stale = (await get('anonymous', '/api/v1/cooperation/authorities?stale=true')).json();
    expect(stale.data.map((e: { id: string }) => e.id)).toEqual([ids.old]);
    expect(stale.data[0].stale).toBe(true);
    const fresh = (await get('anonymous', '/api/v1/cooperation/authorities?stale=false&kind=mla')).json();
    expect(fresh.data.map((e: { id: string }) => e.id).sort()).toEqual([ids.fra, ids.deu].sort());
    expect((await get('anonymous', '/api/v1/cooperation/authorities?kind=police')).statusCode).toBe(400);
  });
});

describe('reads of contact details are audited', () => {
  it('writes one entry per request naming the entries shown, and none for the public', async () => {
    let before = await lastAuditId(t.database.db);
    await get('deuPractitioner', '/api/v1/cooperation/authorities?stateCode=FRA');
    let entries = await auditSince(t.database.db, before, `user:${userIds.deuPractitioner}`);
    expect(entries.map((e) => [e.action, e.targetId])).toEqual([['authority-contacts:read', 'list']]);
    expect((entries[0]!.after as { authority: string[] }).authority.sort()).toEqual([ids.fra, ids.old].sort());

    before = await lastAuditId(t.database.db);
    await get('unOfficer', `/api/v1/cooperation/authorities/${ids.fra}`);
    await get('unOfficer', `/api/v1/cooperation/authorities/${ids.fra}/history`);
    entries = await auditSince(t.database.db, before, `user:${userIds.unOfficer}`);
    expect(entries.map((e) => [e.action, e.targetId, (e.after as { via: string }).via])).toEqual([
      ['authority-contacts:read', ids.fra, `authority:${ids.fra}`],
      ['authority-contacts:read', ids.fra, `authority:${ids.fra}:history`],
    ]);

    before = await lastAuditId(t.database.db);
    await get('anonymous', `/api/v1/cooperation/authorities/${ids.fra}`);
    await get('deuFocal', '/api/v1/cooperation/authorities?stateCode=FRA');
    expect(await auditSince(t.database.db, before)).toEqual([]);
  });
});

// Writing: [FRA entry] → status of PATCH. 401 without a session, 403 for whoever may not keep the directory at all
// or not this State's entry (the entry itself is public, so its existence does not need hiding).
const WRITE: Record<ActorName, number> = {
  anonymous: 401,
  admin: 403,
  fraFocal: 200,
  deuFocal: 403,
  fraPractitioner: 200,
  deuPractitioner: 403,
  unOfficer: 403,
  donor: 403,
};

describe('writing: the access matrix', () => {
  it.each(ACTORS)('%s PATCH, confirm and DELETE of the FRA entry', async (who) => {
    const current = (await get('fraFocal', `/api/v1/cooperation/authorities/${ids.fra}`)).headers.etag as string;
    const h = { ...headers[who], 'if-match': current };
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/cooperation/authorities/${ids.fra}`, headers: h, payload: { urgentProcedure: `By ${who}` } });
    expect(patch.statusCode, patch.body).toBe(WRITE[who]);
    if (WRITE[who] !== 200) {
      const confirm = await t.app.inject({ method: 'POST', url: `/api/v1/cooperation/authorities/${ids.fra}/confirm`, headers: h });
      expect(confirm.statusCode).toBe(WRITE[who]);
      const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/cooperation/authorities/${ids.fra}`, headers: h });
      expect(del.statusCode).toBe(WRITE[who]);
      const post = await t.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: headers[who], payload: ENTRY });
      expect(post.statusCode).toBe(WRITE[who] === 401 ? 401 : 403);
    } else {
      expect(patch.json().data.urgentProcedure).toBe(`By ${who}`);
      expect(patch.json().abilities).toEqual({ update: true, readContacts: true });
    }
  });

  it('lets a practitioner of DEU add an entry for DEU, not for FRA', async () => {
    const deu = await t.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: headers.deuPractitioner, payload: { ...ENTRY, stateCode: 'DEU', name: 'Second DEU desk' } });
    expect(deu.statusCode, deu.body).toBe(201);
    const fra = await t.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: headers.deuPractitioner, payload: ENTRY });
    expect(fra.statusCode).toBe(403);
    expect((await get('deuPractitioner', '/api/v1/cooperation/authorities?stateCode=DEU')).json().abilities).toEqual({ create: true });
    expect((await get('deuPractitioner', '/api/v1/cooperation/authorities?stateCode=FRA')).json().abilities).toEqual({ create: false });
    expect((await get('anonymous', '/api/v1/cooperation/authorities')).json().abilities).toEqual({ create: false });
  });
});

describe('validation', () => {
  it('answers 400 naming each field at fault', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cooperation/authorities',
      headers: headers.fraFocal,
      payload: { ...ENTRY, kind: 'central-authority', languages: ['fr', 'french'], lawLinks: [{ title: 'Law', url: 'javascript:alert(1)' }], contacts: [{ name: 'A', email: 'not-an-address' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual(
      ['body.contacts.0.email', 'body.instrumentId', 'body.languages.1', 'body.lawLinks.0.url'].sort(),
    );
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: headers.fraFocal, payload: { ...ENTRY, kind: 'central-authority', instrumentId: 'no-such-treaty' } });
    expect(unknown.json().error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['body.instrumentId']);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: headers.fraFocal, payload: { ...ENTRY, name: 'UNTOC central authority', kind: 'central-authority', instrumentId: 'untoc2000' } });
    expect(ok.statusCode, ok.body).toBe(201);
    const extra = await t.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: headers.fraFocal, payload: { ...ENTRY, secret: 1 } });
    expect(extra.statusCode).toBe(400);
  });

  it('takes the request items an authority requires, refusing a key the request template does not have', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cooperation/authorities',
      headers: headers.fraFocal,
      payload: { ...ENTRY, name: 'Items desk', requestItems: ['offences', 'notarised-copy'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['body.requestItems.1']);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: headers.fraFocal, payload: { ...ENTRY, name: 'Items desk' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().data.id as string;
    // null is "not known", never "nothing required": it is kept as such, and so is an empty list.
    const unknown = await t.app.inject({ method: 'PATCH', url: `/api/v1/cooperation/authorities/${id}`, headers: { ...headers.fraFocal, 'if-match': '"v1"' }, payload: { requestItems: null } });
    expect(unknown.statusCode, unknown.body).toBe(200);
    expect(unknown.json().data.requestItems).toBeNull();
    const none = await t.app.inject({ method: 'PATCH', url: `/api/v1/cooperation/authorities/${id}`, headers: { ...headers.fraFocal, 'if-match': '"v2"' }, payload: { requestItems: [] } });
    expect(none.json().data.requestItems).toEqual([]);
    const history = (await get('fraFocal', `/api/v1/cooperation/authorities/${id}/history`)).json().data;
    expect(history.map((h: { entry: { requestItems: unknown } }) => h.entry.requestItems)).toEqual([[], null, ENTRY.requestItems]);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/cooperation/authorities/${id}`, headers: { ...headers.fraFocal, 'if-match': '"v3"' } });
  });
});

describe('versions, confirmation and history', () => {
  it('refuses a write without a version (428) or on an old one (412, with the entry as it is now)', async () => {
    const server = await buildTestServer([], () => TEST_NOW, { sendCurrentVersion: false });
    try {
      const h = (await signedIn(server.database.db, (await buildUser(server.database.db, { role: 'central-authority-practitioner', stateCode: 'FRA' }, TEST_NOW)).user.id, TEST_NOW)).headers;
      const created = await server.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: h, payload: ENTRY });
      const id = created.json().data.id as string;
      expect((await server.app.inject({ method: 'PATCH', url: `/api/v1/cooperation/authorities/${id}`, headers: h, payload: { name: 'X' } })).statusCode).toBe(428);
      expect((await server.app.inject({ method: 'POST', url: `/api/v1/cooperation/authorities/${id}/confirm`, headers: h })).statusCode).toBe(428);
      expect((await server.app.inject({ method: 'DELETE', url: `/api/v1/cooperation/authorities/${id}`, headers: h })).statusCode).toBe(428);
      const first = await server.app.inject({ method: 'PATCH', url: `/api/v1/cooperation/authorities/${id}`, headers: { ...h, 'if-match': '"v1"' }, payload: { name: 'Renamed' } });
      expect(first.statusCode).toBe(200);
      expect(first.headers.etag).toBe('"v2"');
      const late = await server.app.inject({ method: 'PATCH', url: `/api/v1/cooperation/authorities/${id}`, headers: { ...h, 'if-match': '"v1"' }, payload: { name: 'Too late' } });
      expect(late.statusCode).toBe(412);
      expect(late.json()).toMatchObject({ data: { name: 'Renamed', version: 2 }, error: { code: 'PRECONDITION_FAILED' } });
      const del = await server.app.inject({ method: 'DELETE', url: `/api/v1/cooperation/authorities/${id}`, headers: { ...h, 'if-match': '"v1"' } });
      expect(del.statusCode).toBe(412);
    } finally {
      await server.close();
    }
  });

  it('confirming the stale entry makes it current, keeps a revision, and the public history withholds contacts', async () => {
    const before = (await get('fraPractitioner', `/api/v1/cooperation/authorities/${ids.old}`)).json();
    expect(before.data.stale).toBe(true);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/cooperation/authorities/${ids.old}/confirm`, headers: { ...headers.fraPractitioner, 'if-match': `"v${before.data.version}"` } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ stale: false, confirmedAt: TEST_NOW.toISOString(), version: before.data.version + 1 });
    const history = (await get('anonymous', `/api/v1/cooperation/authorities/${ids.old}/history`)).json();
    expect(history.data.map((r: { change: string; version: number }) => [r.change, r.version])).toEqual([
      ['confirmed', 2],
      ['created', 1],
    ]);
    for (const r of history.data) expect(r.entry.contacts).toBeNull();
    const audit = await auditSince(t.database.db, 0, `user:${userIds.fraPractitioner}`);
    expect(audit.some((e) => e.action === 'authority:confirm' && e.targetId === ids.old)).toBe(true);
  });

  it('removes an entry, keeping its history readable', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cooperation/authorities', headers: headers.fraFocal, payload: { ...ENTRY, name: 'Closed desk' } });
    const id = created.json().data.id as string;
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/cooperation/authorities/${id}`, headers: { ...headers.fraFocal, 'if-match': '"v1"' } });
    expect(del.statusCode).toBe(204);
    expect((await get('anonymous', `/api/v1/cooperation/authorities/${id}`)).statusCode).toBe(404);
    const history = (await get('anonymous', `/api/v1/cooperation/authorities/${id}/history`)).json();
    expect(history.deleted).toBe(true);
    expect(history.data.map((r: { change: string }) => r.change)).toEqual(['deleted', 'created']);
  });
});

describe('granting the role', () => {
  it("lets FRA's focal point invite a central-authority practitioner to the FRA authority, not to DEU's", async () => {
    const db = t.database.db;
    const fraAuthority = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA', name: 'Ministère de la Justice' })).id;
    const deuAuthority = (await buildOrganisation(db, { kind: 'state-authority', stateCode: 'DEU', name: 'Bundesamt für Justiz' })).id;
    const invite = (who: ActorName, organisationId: string, email: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/invitations', headers: headers[who], payload: { email, organisationId, role: 'central-authority-practitioner' } });
    const fra = await invite('fraFocal', fraAuthority, 'practitioner.fra@example.org');
    expect(fra.statusCode, fra.body).toBe(201);
    expect(fra.json().data).toMatchObject({ role: 'central-authority-practitioner', organisationId: fraAuthority });
    expect((await invite('fraFocal', deuAuthority, 'practitioner.deu@example.org')).statusCode).toBe(403);
    // A practitioner grants nothing: only focal points and administrators invite.
    expect((await invite('fraPractitioner', fraAuthority, 'colleague@example.org')).statusCode).toBe(403);
  });
});
