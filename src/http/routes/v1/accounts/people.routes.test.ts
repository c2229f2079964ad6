// API tests: people and memberships. Administrators see and manage everyone; a focal point sees only the people of
// their own State's authorities (others: 404); disabling ends sessions and API tokens; changes are audited.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '#app/accounts/create-api-token.ts';
import { listAuditLog } from '#app/accounts/list-audit-log.ts';
import type { Actor } from '#domain/actor.ts';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { rows } from '../../../../../test/auth-client.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

type Who = { headers: Record<string, string> };
let t: Awaited<ReturnType<typeof buildTestServer>>;
let adminId: string;
let admin: Who;
let officer: Who;
let focalAfg: Who;
let afgColleague: Awaited<ReturnType<typeof buildUser>>;
let fraFocal: Awaited<ReturnType<typeof buildUser>>;
let afgAuthority: { id: string };

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  const a = await buildUser(db, { platformAdmin: true, displayName: 'Ada Admin' });
  adminId = a.user.id;
  admin = await signedIn(db, adminId, TEST_NOW);
  officer = await signedIn(db, (await buildUser(db, { role: 'entity-officer', displayName: 'Olu Officer' })).user.id, TEST_NOW);
  afgAuthority = await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG', name: 'AFG Ministry of Interior' });
  const focal = await buildUser(db, { role: 'focal-point', organisation: afgAuthority, displayName: 'Farid Focal' });
  focalAfg = await signedIn(db, focal.user.id, TEST_NOW);
  afgColleague = await buildUser(db, { role: 'focal-point', stateCode: 'AFG', displayName: 'Zahra Colleague', email: 'zahra@afg.example' });
  fraFocal = await buildUser(db, { role: 'focal-point', stateCode: 'FRA', displayName: 'Francois Focal' });
});
afterAll(() => t.close());

function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who?: Who, payload?: object) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });
}

const adminActor = (): Actor => ({ kind: 'user', userId: adminId, platformAdmin: true, memberships: [] });
async function lastAudit(action: string) {
  return (await listAuditLog(t.database.db, adminActor(), { action, page: 1, pageSize: 1 })).data[0];
}

describe('GET /people', () => {
  it('answers anonymous callers 401 and people without the right 403', async () => {
    expect((await call('GET', '/people')).statusCode).toBe(401);
    expect((await call('GET', `/people/${afgColleague.user.id}`)).statusCode).toBe(401);
    expect((await call('GET', '/people', officer)).statusCode).toBe(403);
    expect((await call('GET', `/people/${afgColleague.user.id}`, officer)).statusCode).toBe(403);
  });

  it('shows administrators everyone, with filters and abilities', async () => {
    const all = await call('GET', '/people?pageSize=500', admin);
    expect(all.statusCode).toBe(200);
    const body = all.json();
    expect(body.abilities).toEqual({ update: true, manageMemberships: true, invite: true });
    const names = body.data.map((p: { displayName: string }) => p.displayName);
    expect(names).toEqual(expect.arrayContaining(['Ada Admin', 'Olu Officer', 'Farid Focal', 'Zahra Colleague', 'Francois Focal']));
    const zahra = body.data.find((p: { displayName: string }) => p.displayName === 'Zahra Colleague');
    expect(zahra).toMatchObject({
      email: 'zahra@afg.example',
      platformAdmin: false,
      disabled: false,
      secondFactor: false,
      secondFactorRequired: false,
      lastSignInAt: null,
      memberships: [{ role: 'focal-point', organisationKind: 'state-authority', stateCode: 'AFG' }],
    });
    expect(zahra).not.toHaveProperty('passwordHash');
    const ada = body.data.find((p: { displayName: string }) => p.displayName === 'Ada Admin');
    expect(ada).toMatchObject({ secondFactorRequired: true, lastSignInAt: TEST_NOW.toISOString() });

    const byState = (await call('GET', '/people?stateCode=fra', admin)).json();
    expect(byState.data.map((p: { displayName: string }) => p.displayName)).toEqual(['Francois Focal']);
    const byRole = (await call('GET', '/people?role=entity-officer', admin)).json();
    expect(byRole.data.map((p: { displayName: string }) => p.displayName)).toEqual(['Olu Officer']);
    const byOrg = (await call('GET', `/people?organisationId=${afgAuthority.id}`, admin)).json();
    expect(byOrg.data.map((p: { displayName: string }) => p.displayName)).toEqual(['Farid Focal']);
    const byText = (await call('GET', '/people?q=ZAHRA%40afg', admin)).json();
    expect(byText.total).toBe(1);
  });

  it("shows a focal point only the people of their own State's authorities", async () => {
    const res = await call('GET', '/people?pageSize=500', focalAfg);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data.map((p: { displayName: string }) => p.displayName).sort()).toEqual(['Farid Focal', 'Zahra Colleague']);
    expect(body.total).toBe(2);
    expect(body.abilities).toEqual({ update: false, manageMemberships: false, invite: true });
    expect((await call('GET', '/people?stateCode=FRA', focalAfg)).json().total).toBe(0);

    expect((await call('GET', `/people/${afgColleague.user.id}`, focalAfg)).statusCode).toBe(200);
    const outside = await call('GET', `/people/${fraFocal.user.id}`, focalAfg);
    expect(outside.statusCode).toBe(404);
    const unknown = await call('GET', '/people/00000000-0000-4000-8000-000000000000', focalAfg);
    expect(unknown.statusCode).toBe(404);
    // The same answer, so whether an account exists does not leak.
    expect(outside.json().error.params.resource).toBe(unknown.json().error.params.resource);
  });

  it("hides a person's other affiliations from a focal point", async () => {
    const db = t.database.db;
    const both = await buildUser(db, { role: 'focal-point', organisation: afgAuthority, displayName: 'Dual Person' });
    const donor = await buildOrganisation(db, { kind: 'donor', name: 'Some Donor' });
    await call('POST', `/people/${both.user.id}/memberships`, admin, { organisationId: donor.id, role: 'donor-representative' });
    const seenByFocal = (await call('GET', `/people/${both.user.id}`, focalAfg)).json().data;
    expect(seenByFocal.memberships.map((m: { role: string }) => m.role)).toEqual(['focal-point']);
    const seenByAdmin = (await call('GET', `/people/${both.user.id}`, admin)).json().data;
    expect(seenByAdmin.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['donor-representative', 'focal-point']);
    // Nor do the list's filters tell: they look only at the memberships the focal point may see.
    const fra = await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA', name: 'FRA Ministère' });
    await call('POST', `/people/${both.user.id}/memberships`, admin, { organisationId: fra.id, role: 'focal-point' });
    for (const filter of ['role=donor-representative', `organisationId=${donor.id}`, `organisationId=${fra.id}`, 'stateCode=FRA']) {
      const listed = (await call('GET', `/people?${filter}`, focalAfg)).json();
      expect([filter, listed.total]).toEqual([filter, 0]);
      expect((await call('GET', `/people?${filter}`, admin)).json().total, filter).toBeGreaterThan(0);
    }
    expect((await call('GET', '/people?role=focal-point&q=Dual', focalAfg)).json().total).toBe(1);
  });
});

describe('PATCH /people/{id}', () => {
  it('is for administrators only', async () => {
    expect((await call('PATCH', `/people/${afgColleague.user.id}`, undefined, { disabled: true })).statusCode).toBe(401);
    expect((await call('PATCH', `/people/${afgColleague.user.id}`, focalAfg, { disabled: true })).statusCode).toBe(403);
    expect((await call('PATCH', '/people/00000000-0000-4000-8000-000000000000', admin, { disabled: true })).statusCode).toBe(404);
  });

  it('disabling ends the person’s sessions and API tokens at once, audited; re-enabling lets them sign in again', async () => {
    const db = t.database.db;
    const target = await buildUser(db, { role: 'coordinator', displayName: 'To Disable' });
    const session = await signedIn(db, target.user.id, TEST_NOW);
    const actor: Actor = { kind: 'user', userId: target.user.id, platformAdmin: false, memberships: [] };
    const { token } = await createApiToken(db, actor, { name: 'script', scopes: ['organisation:read'], expiresInDays: 30 }, TEST_NOW);
    const bearer = { headers: { authorization: `Bearer ${token}` } };
    expect((await call('GET', '/organisations', session)).statusCode).toBe(200);
    expect((await call('GET', '/organisations', bearer)).statusCode).toBe(200);

    const res = await call('PATCH', `/people/${target.user.id}`, admin, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.disabled).toBe(true);
    expect((await call('GET', '/organisations', session)).statusCode).toBe(401);
    expect((await call('GET', '/organisations', bearer)).statusCode).toBe(401);
    expect(await lastAudit('person:update')).toMatchObject({
      actor: `user:${adminId}`,
      targetType: 'person',
      targetId: target.user.id,
      before: { disabled: false, platformAdmin: false },
      after: { disabled: true, platformAdmin: false, revokedSessions: 1, revokedTokens: 1 },
    });

    const enabled = await call('PATCH', `/people/${target.user.id}`, admin, { disabled: false });
    expect(enabled.json().data.disabled).toBe(false);
    // Revoked sessions stay revoked; a new sign-in works.
    expect((await call('GET', '/organisations', session)).statusCode).toBe(401);
    expect((await call('GET', '/organisations', await signedIn(db, target.user.id, TEST_NOW))).statusCode).toBe(200);
  });

  it('removes a lost authenticator: the person’s sessions end and the next sign-in asks them to set up a new one', async () => {
    const db = t.database.db;
    const target = await buildUser(db, {
      role: 'entity-officer',
      displayName: 'Lost Phone',
      totpSecret: 'sealed-secret',
      totpEnabledAt: TEST_NOW,
    });
    const session = await signedIn(db, target.user.id, TEST_NOW);
    await db.execute(
      sql`insert into recovery_codes (user_id, code_hash, created_at) values (${target.user.id}, 'hash-1', now()), (${target.user.id}, 'hash-2', now())`,
    );
    expect((await call('PATCH', `/people/${target.user.id}`, officer, { resetSecondFactor: true })).statusCode).toBe(403);
    const res = await call('PATCH', `/people/${target.user.id}`, admin, { resetSecondFactor: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ secondFactor: false, secondFactorRequired: true });
    // The recovery codes went with the authenticator.
    expect(await rows(db, sql`select id from recovery_codes where user_id = ${target.user.id}`)).toEqual([]);
    expect((await call('GET', '/organisations', session)).statusCode).toBe(401);
    expect(await lastAudit('person:update')).toMatchObject({
      targetId: target.user.id,
      before: { secondFactor: true },
      after: { secondFactor: false, revokedSessions: 1 },
    });
    // Only `true` means something: anything else is refused, and nothing changes.
    expect((await call('PATCH', `/people/${target.user.id}`, admin, { resetSecondFactor: false })).statusCode).toBe(400);
  });

  it('makes and unmakes administrators; nobody disables or demotes themselves', async () => {
    const db = t.database.db;
    const other = await buildUser(db, { displayName: 'Future Admin' });
    const otherSession = await signedIn(db, other.user.id, TEST_NOW);
    const made = await call('PATCH', `/people/${other.user.id}`, admin, { platformAdmin: true });
    expect(made.json().data).toMatchObject({ platformAdmin: true, secondFactorRequired: true, secondFactor: false });
    // Administrators need a second factor they do not have yet: their session (opened without one) ends.
    expect((await call('GET', '/organisations', otherSession)).statusCode).toBe(401);
    expect(await lastAudit('person:update')).toMatchObject({
      before: { platformAdmin: false },
      after: { platformAdmin: true, revokedSessions: 1 },
    });
    expect((await call('PATCH', `/people/${other.user.id}`, admin, { platformAdmin: false })).json().data.platformAdmin).toBe(false);

    const self = await call('PATCH', `/people/${adminId}`, admin, { disabled: true });
    expect(self.statusCode).toBe(409);
    expect(self.json().error).toMatchObject({ code: 'CONFLICT', params: { reason: 'self_disable' } });
    const demote = await call('PATCH', `/people/${adminId}`, admin, { platformAdmin: false });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.params.reason).toBe('self_demote');
    expect((await call('GET', '/organisations', admin)).statusCode).toBe(200);
  });
});

describe('memberships', () => {
  it('grants a fitting role, refuses others, and removes it, audited', async () => {
    const db = t.database.db;
    const person = await buildUser(db, { displayName: 'Member To Be' });
    const entity = await buildOrganisation(db, { kind: 'un-entity', name: 'UN Office' });
    const url = `/people/${person.user.id}/memberships`;
    const grant = { organisationId: entity.id, role: 'coordinator', themes: ['border security', 'border security '] };

    expect((await call('POST', url, undefined, grant)).statusCode).toBe(401);
    expect((await call('POST', url, focalAfg, grant)).statusCode).toBe(403);
    expect((await call('POST', url, officer, grant)).statusCode).toBe(403);

    const res = await call('POST', url, admin, grant);
    expect(res.statusCode).toBe(201);
    const membership = res.json().data.memberships[0];
    expect(membership).toMatchObject({ organisationId: entity.id, role: 'coordinator', regions: null, themes: ['border security'] });
    expect(await lastAudit('membership:grant')).toMatchObject({
      targetType: 'membership',
      targetId: membership.id,
      before: null,
      after: { userId: person.user.id, organisationId: entity.id, role: 'coordinator', themes: ['border security'] },
    });

    const twice = await call('POST', url, admin, grant);
    expect(twice.statusCode).toBe(409);
    const unfit = await call('POST', url, admin, { organisationId: entity.id, role: 'focal-point' });
    expect(unfit.statusCode).toBe(400);
    expect(unfit.json().error.issues).toMatchObject([{ path: ['body', 'role'], code: 'role_not_fitting' }]);
    const badRegion = await call('POST', url, admin, { organisationId: entity.id, role: 'entity-officer', regions: ['Atlantis'] });
    expect(badRegion.json().error.issues).toMatchObject([{ path: ['body', 'regions', 0], code: 'unknown_region' }]);
    const noOrg = await call('POST', url, admin, { organisationId: '00000000-0000-4000-8000-000000000000', role: 'coordinator' });
    expect(noOrg.json().error.issues).toMatchObject([{ path: ['body', 'organisationId'], code: 'unknown_organisation' }]);

    const officerGrant = await call('POST', url, admin, { organisationId: entity.id, role: 'entity-officer', regions: ['African States'] });
    expect(officerGrant.statusCode).toBe(201);
    expect(officerGrant.json().data.secondFactorRequired).toBe(true);

    expect((await call('DELETE', `${url}/${membership.id}`, focalAfg)).statusCode).toBe(403);
    expect((await call('DELETE', `${url}/${membership.id}`, admin)).statusCode).toBe(204);
    expect((await call('DELETE', `${url}/${membership.id}`, admin)).statusCode).toBe(404);
    expect(await lastAudit('membership:revoke')).toMatchObject({
      targetId: membership.id,
      before: { userId: person.user.id, organisationId: entity.id, role: 'coordinator' },
      after: null,
    });
    // A membership of someone else cannot be removed through this person.
    const other = (await call('GET', `/people/${afgColleague.user.id}`, admin)).json().data.memberships[0];
    expect((await call('DELETE', `${url}/${other.id}`, admin)).statusCode).toBe(404);
  });
});
