// API tests: invitations. Who may invite whom (a focal point: colleagues of their own State's authorities only),
// the pending list and withdrawal, and the public link: view, accept once, expired, existing accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitation } from '#app/accounts/create-invitation.ts';
import { listAuditLog } from '#app/accounts/list-audit-log.ts';
import { listMailOutbox } from '#app/accounts/list-mail-outbox.ts';
import type { Actor } from '#domain/actor.ts';
import { buildOrganisation, buildUser, signedIn } from '../../../../../test/accounts.ts';
import { buildTestServer, TEST_NOW } from '../../../../../test/http.ts';

type Who = { headers: Record<string, string> };
let t: Awaited<ReturnType<typeof buildTestServer>>;
let adminId: string;
let admin: Who;
let officer: Who;
let focalId: string;
let focalAfg: Who;
let afgAuthority: { id: string };
let afgJustice: { id: string };
let fraAuthority: { id: string };
let unEntity: { id: string };

const CSRF = 'invitation-test-csrf-0123456789abcdef';
let address = 0;
/** A browser without a session: its own address (rate limits), the double-submit CSRF cookie. */
function anonymous(): Who & { remoteAddress: string } {
  address++;
  return { headers: { cookie: `accord_csrf=${CSRF}`, 'x-csrf-token': CSRF }, remoteAddress: `10.9.0.${address}` };
}

beforeAll(async () => {
  t = await buildTestServer([]);
  const db = t.database.db;
  adminId = (await buildUser(db, { platformAdmin: true, displayName: 'Ada Admin' })).user.id;
  admin = await signedIn(db, adminId, TEST_NOW);
  officer = await signedIn(db, (await buildUser(db, { role: 'entity-officer' })).user.id, TEST_NOW);
  afgAuthority = await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG', name: 'AFG Ministry of Interior' });
  afgJustice = await buildOrganisation(db, { kind: 'state-authority', stateCode: 'AFG', name: 'AFG Ministry of Justice' });
  fraAuthority = await buildOrganisation(db, { kind: 'state-authority', stateCode: 'FRA', name: 'FRA Ministère' });
  unEntity = await buildOrganisation(db, { kind: 'un-entity', name: 'UNODC' });
  const focal = await buildUser(db, { role: 'focal-point', organisation: afgAuthority, displayName: 'Farid Focal' });
  focalId = focal.user.id;
  focalAfg = await signedIn(db, focalId, TEST_NOW);
});
afterAll(() => t.close());

function call(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  who?: Who & { remoteAddress?: string },
  payload?: object,
) {
  return t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: who?.headers ?? {},
    ...(who?.remoteAddress ? { remoteAddress: who.remoteAddress } : {}),
    ...(payload ? { payload } : {}),
  });
}

const adminActor = (): Actor => ({ kind: 'user', userId: adminId, platformAdmin: true, memberships: [] });
async function lastAudit(action: string) {
  return (await listAuditLog(t.database.db, adminActor(), { action, page: 1, pageSize: 1 })).data[0];
}

/** The token in the newest mail to this address. */
async function tokenMailedTo(email: string): Promise<string> {
  const mail = (await listMailOutbox(t.database.db, { limit: 100 })).find((m) => m.to === email);
  const link = mail?.links.find((l) => l.includes('/invitations/'));
  if (!link) throw new Error(`no invitation mailed to ${email}`);
  return link.split('/invitations/')[1]!;
}

let n = 0;
const freshEmail = () => `invitee-${++n}@example.org`;

describe('POST /invitations', () => {
  it('answers anonymous callers 401 and people without the right 403', async () => {
    const body = { email: freshEmail(), organisationId: unEntity.id, role: 'coordinator' };
    expect((await call('POST', '/invitations', undefined, body)).statusCode).toBe(401);
    expect((await call('POST', '/invitations', officer, body)).statusCode).toBe(403);
    expect((await call('GET', '/invitations')).statusCode).toBe(401);
    expect((await call('GET', '/invitations', officer)).statusCode).toBe(403);
    expect((await call('DELETE', '/invitations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(401);
  });

  it("lets a focal point invite a colleague to their own State's authority, mailing a single link", async () => {
    const email = freshEmail();
    const res = await call('POST', '/invitations', focalAfg, {
      email: email.toUpperCase(),
      organisationId: afgJustice.id,
      role: 'focal-point',
      displayName: 'Nadia',
    });
    expect(res.statusCode).toBe(201);
    const { data, abilities } = res.json();
    expect(abilities).toEqual({ create: true });
    expect(data).toMatchObject({
      email,
      organisationId: afgJustice.id,
      organisationName: 'AFG Ministry of Justice',
      role: 'focal-point',
      platformAdmin: false,
      createdBy: `user:${focalId}`,
      expiresAt: new Date(TEST_NOW.getTime() + 7 * 24 * 3600_000).toISOString(),
    });
    expect(JSON.stringify(res.json())).not.toContain('/invitations/');

    const mails = (await listMailOutbox(t.database.db, { limit: 100 })).filter((m) => m.to === email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Invitation to Accord');
    expect(mails[0]!.text).toContain('Hello Nadia,');
    expect(mails[0]!.text).toContain('AFG Ministry of Justice');
    expect(mails[0]!.text).toContain('Farid Focal');
    expect(mails[0]!.links[0]).toMatch(/^http:\/\/127\.0\.0\.1:3000\/en\/invitations\/[\w-]{40,}$/);

    const entry = await lastAudit('invitation:create');
    expect(entry).toMatchObject({
      actor: `user:${focalId}`,
      targetType: 'invitation',
      targetId: data.id,
      before: null,
      after: { email, organisationId: afgJustice.id, role: 'focal-point', platformAdmin: false },
    });
    expect(JSON.stringify(entry)).not.toContain(await tokenMailedTo(email));

    const again = await call('POST', '/invitations', focalAfg, { email, organisationId: afgJustice.id, role: 'focal-point' });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a focal point anything beyond that, without sending mail', async () => {
    const before = (await listMailOutbox(t.database.db, { limit: 1000 })).length;
    const fra = await call('POST', '/invitations', focalAfg, { email: freshEmail(), organisationId: fraAuthority.id, role: 'focal-point' });
    expect(fra.statusCode).toBe(403);
    expect(fra.json().error.code).toBe('FORBIDDEN');
    const officerRole = await call('POST', '/invitations', focalAfg, { email: freshEmail(), organisationId: unEntity.id, role: 'entity-officer' });
    expect(officerRole.statusCode).toBe(403);
    const asAdmin = await call('POST', '/invitations', focalAfg, {
      email: freshEmail(),
      organisationId: afgAuthority.id,
      role: 'focal-point',
      platformAdmin: true,
    });
    expect(asAdmin.statusCode).toBe(403);
    // The role must fit the organisation, for everyone.
    const unfit = await call('POST', '/invitations', focalAfg, { email: freshEmail(), organisationId: afgAuthority.id, role: 'entity-officer' });
    expect(unfit.statusCode).toBe(400);
    expect(unfit.json().error.issues).toMatchObject([{ path: ['body', 'role'], code: 'role_not_fitting' }]);
    const badEmail = await call('POST', '/invitations', admin, { email: 'not-an-address', organisationId: unEntity.id, role: 'coordinator' });
    expect(badEmail.statusCode).toBe(400);
    expect((await listMailOutbox(t.database.db, { limit: 1000 })).length).toBe(before);
  });

  it('refuses to invite someone to a role they already hold', async () => {
    const existing = await buildUser(t.database.db, { role: 'coordinator', organisation: unEntity, email: 'holder@example.org' });
    const res = await call('POST', '/invitations', admin, { email: existing.user.email, organisationId: unEntity.id, role: 'coordinator' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.params.reason).toBe('already_member');
  });
});

describe('GET and DELETE /invitations', () => {
  it('lists pending invitations in the reader’s scope; a focal point withdraws only their own', async () => {
    const byAdmin = freshEmail();
    const byFocal = freshEmail();
    const toFra = freshEmail();
    await call('POST', '/invitations', admin, { email: byAdmin, organisationId: afgAuthority.id, role: 'focal-point' });
    await call('POST', '/invitations', focalAfg, { email: byFocal, organisationId: afgAuthority.id, role: 'focal-point' });
    await call('POST', '/invitations', admin, { email: toFra, organisationId: fraAuthority.id, role: 'focal-point' });

    const adminList = (await call('GET', '/invitations?pageSize=500', admin)).json();
    const adminEmails = adminList.data.map((i: { email: string }) => i.email);
    expect(adminEmails).toEqual(expect.arrayContaining([byAdmin, byFocal, toFra]));
    expect(adminList.data.every((i: { abilities: { revoke: boolean } }) => i.abilities.revoke)).toBe(true);

    const focalList = (await call('GET', '/invitations?pageSize=500', focalAfg)).json();
    const focalEmails = focalList.data.map((i: { email: string }) => i.email);
    expect(focalEmails).toEqual(expect.arrayContaining([byAdmin, byFocal]));
    expect(focalEmails).not.toContain(toFra);
    expect(focalList.total).toBe(focalList.data.length);
    const mine = focalList.data.find((i: { email: string }) => i.email === byFocal);
    const notMine = focalList.data.find((i: { email: string }) => i.email === byAdmin);
    expect(mine.abilities).toEqual({ revoke: true });
    expect(notMine.abilities).toEqual({ revoke: false });

    const fraId = adminList.data.find((i: { email: string }) => i.email === toFra).id;
    expect((await call('DELETE', `/invitations/${fraId}`, focalAfg)).statusCode).toBe(404);
    expect((await call('DELETE', `/invitations/${notMine.id}`, focalAfg)).statusCode).toBe(403);
    expect((await call('DELETE', `/invitations/${mine.id}`, focalAfg)).statusCode).toBe(204);
    expect((await call('DELETE', `/invitations/${mine.id}`, focalAfg)).statusCode).toBe(409);
    expect(await lastAudit('invitation:revoke')).toMatchObject({
      actor: `user:${focalId}`,
      targetId: mine.id,
      before: { state: 'pending', email: byFocal },
      after: { state: 'revoked' },
    });
    const after = (await call('GET', '/invitations?pageSize=500', focalAfg)).json();
    expect(after.data.map((i: { email: string }) => i.email)).not.toContain(byFocal);

    // The withdrawn link no longer works.
    const view = await call('GET', `/invitations/by-token/${await tokenMailedTo(byFocal)}`, anonymous());
    expect(view.statusCode).toBe(404);
  });
});

describe('the invitation link', () => {
  it('shows what it is for, to anyone holding it', async () => {
    const email = freshEmail();
    await call('POST', '/invitations', admin, { email, organisationId: unEntity.id, role: 'entity-officer', language: 'fr' });
    const token = await tokenMailedTo(email);
    const res = await call('GET', `/invitations/by-token/${token}`, anonymous());
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      email,
      organisationName: 'UNODC',
      role: 'entity-officer',
      platformAdmin: false,
      displayName: null,
      language: 'fr',
      expiresAt: new Date(TEST_NOW.getTime() + 7 * 24 * 3600_000).toISOString(),
      accountExists: false,
      secondFactorRequired: true,
    });
    const unknown = await call('GET', `/invitations/by-token/${'x'.repeat(43)}`, anonymous());
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.params.reason).toBe('token_invalid');
  });

  it('creates the account and starts a session; the link then no longer works', async () => {
    const email = freshEmail();
    await call('POST', '/invitations', focalAfg, { email, organisationId: afgJustice.id, role: 'focal-point' });
    const token = await tokenMailedTo(email);
    const client = anonymous();
    const body = { displayName: 'Nadia Rahimi', password: 'correct horse battery staple of kabul' };

    // CSRF is required, as for every state-changing request.
    const noCsrf = await call('POST', `/invitations/by-token/${token}/accept`, { headers: {}, remoteAddress: client.remoteAddress }, body);
    expect(noCsrf.statusCode).toBe(403);

    const res = await call('POST', `/invitations/by-token/${token}/accept`, client, body);
    expect(res.statusCode).toBe(200);
    const json = res.json();
    expect(json.accountExists).toBe(false);
    expect(json.data.stage).toBe('complete');
    expect(json.data.user).toMatchObject({
      email,
      displayName: 'Nadia Rahimi',
      platformAdmin: false,
      memberships: [{ organisationId: afgJustice.id, role: 'focal-point', stateCode: 'AFG' }],
    });
    const cookie = res.cookies.find((c) => c.name === 'accord_session');
    expect(cookie?.httpOnly).toBe(true);
    const session = { headers: { cookie: `accord_session=${cookie!.value}`, 'x-csrf-token': json.data.csrfToken } };
    const people = await call('GET', '/people?pageSize=500', session);
    expect(people.statusCode).toBe(200);
    expect(people.json().data.map((p: { email: string }) => p.email)).toContain(email);

    const entry = await lastAudit('invitation:accept');
    expect(entry).toMatchObject({
      actor: `user:${json.data.user.id}`,
      targetType: 'invitation',
      before: { state: 'pending' },
      after: { state: 'accepted', userId: json.data.user.id, accountCreated: true, email },
    });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|correct horse/);
    expect(await lastAudit('membership:grant')).toMatchObject({
      actor: `user:${json.data.user.id}`,
      after: { userId: json.data.user.id, organisationId: afgJustice.id, role: 'focal-point', invitedBy: `user:${focalId}` },
    });

    const twice = await call('POST', `/invitations/by-token/${token}/accept`, anonymous(), body);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.issues).toMatchObject([{ path: ['params', 'token'], code: 'token_invalid' }]);
    expect((await call('GET', `/invitations/by-token/${token}`, anonymous())).statusCode).toBe(404);
  });

  it("carries the invitation's language in its link, and the page's language becomes the account's", async () => {
    const email = freshEmail();
    await call('POST', '/invitations', focalAfg, { email, organisationId: afgJustice.id, role: 'focal-point', language: 'fr' });
    const mail = (await listMailOutbox(t.database.db, { limit: 100 })).find((m) => m.to === email);
    expect(mail?.links.find((l) => l.includes('/invitations/'))).toMatch(/^https?:\/\/[^/]+\/fr\/invitations\/[^/]+$/);
    // Read in Arabic (the reader switched the page's language): the account continues in Arabic.
    const res = await call('POST', `/invitations/by-token/${await tokenMailedTo(email)}/accept`, anonymous(), {
      displayName: 'Nadia Rahimi',
      password: 'correct horse battery staple of herat',
      language: 'ar',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.user.languages).toEqual(['ar']);
    // Without one, the mail's language, as before.
    const other = freshEmail();
    await call('POST', '/invitations', focalAfg, { email: other, organisationId: afgJustice.id, role: 'focal-point', language: 'fr' });
    const plain = await call('POST', `/invitations/by-token/${await tokenMailedTo(other)}/accept`, anonymous(), {
      displayName: 'Farid Karimi',
      password: 'correct horse battery staple of kandahar',
    });
    expect(plain.json().data.user.languages).toEqual(['fr']);
  });

  it('leads to second-factor enrolment when the role requires one', async () => {
    const email = freshEmail();
    await call('POST', '/invitations', admin, { email, organisationId: unEntity.id, role: 'entity-officer' });
    const res = await call('POST', `/invitations/by-token/${await tokenMailedTo(email)}/accept`, anonymous(), {
      displayName: 'Olga Officer',
      password: 'a long passphrase nobody else uses',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.stage).toBe('enrol-second-factor');
    // A pending session gives no rights yet.
    const cookie = res.cookies.find((c) => c.name === 'accord_session')!.value;
    const pending = { headers: { cookie: `accord_session=${cookie}`, 'x-csrf-token': res.json().data.csrfToken } };
    expect((await call('GET', '/organisations', pending)).statusCode).toBe(401);
  });

  it('refuses a weak password or a missing name, and leaves the link usable', async () => {
    const email = freshEmail();
    await call('POST', '/invitations', admin, { email, organisationId: unEntity.id, role: 'coordinator' });
    const token = await tokenMailedTo(email);
    const weak = await call('POST', `/invitations/by-token/${token}/accept`, anonymous(), { displayName: 'Pat', password: 'password' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.issues.map((i: { code: string }) => i.code)).toContain('password_too_short');
    const missing = await call('POST', `/invitations/by-token/${token}/accept`, anonymous(), {});
    expect(missing.json().error.issues.map((i: { path: string[] }) => i.path.join('.')).sort()).toEqual([
      'body.displayName',
      'body.password',
    ]);
    expect((await call('GET', `/invitations/by-token/${token}`, anonymous())).statusCode).toBe(200);
  });

  it('refuses an expired link', async () => {
    const email = freshEmail();
    const eightDaysAgo = new Date(TEST_NOW.getTime() - 8 * 24 * 3600_000);
    await createInvitation(t.database.db, adminActor(), { email, organisationId: unEntity.id, role: 'coordinator' }, eightDaysAgo, {
      baseUrl: 'http://accord.test',
    });
    const token = await tokenMailedTo(email);
    expect((await call('GET', `/invitations/by-token/${token}`, anonymous())).statusCode).toBe(404);
    const res = await call('POST', `/invitations/by-token/${token}/accept`, anonymous(), {
      displayName: 'Late Comer',
      password: 'a long passphrase nobody else uses',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].code).toBe('token_invalid');
  });

  it('adds the role to an existing account without taking a password or starting a session', async () => {
    const db = t.database.db;
    const existing = await buildUser(db, { role: 'focal-point', organisation: afgAuthority, email: 'existing@example.org', passwordHash: 'unchanged-hash' });
    await call('POST', '/invitations', focalAfg, { email: 'existing@example.org', organisationId: afgJustice.id, role: 'focal-point' });
    const token = await tokenMailedTo('existing@example.org');
    expect((await call('GET', `/invitations/by-token/${token}`, anonymous())).json().data.accountExists).toBe(true);

    const res = await call('POST', `/invitations/by-token/${token}/accept`, anonymous(), { password: 'an attacker would try this one' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accountExists: true, data: { stage: 'anonymous', user: null } });
    expect(res.cookies.find((c) => c.name === 'accord_session')).toBeUndefined();
    const person = (await call('GET', `/people/${existing.user.id}`, admin)).json().data;
    expect(person.memberships.map((m: { organisationId: string }) => m.organisationId).sort()).toEqual(
      [afgAuthority.id, afgJustice.id].sort(),
    );
    expect(await lastAudit('invitation:accept')).toMatchObject({ after: { accountCreated: false, userId: existing.user.id } });
    expect((await call('POST', `/invitations/by-token/${token}/accept`, anonymous(), {})).statusCode).toBe(400);
  });

  it('refuses an account that was disabled, keeping the link for when it is re-enabled', async () => {
    const db = t.database.db;
    const person = await buildUser(db, { email: 'disabled@example.org' });
    await call('POST', '/invitations', admin, { email: 'disabled@example.org', organisationId: unEntity.id, role: 'coordinator' });
    await t.app.inject({ method: 'PATCH', url: `/api/v1/people/${person.user.id}`, headers: admin.headers, payload: { disabled: true } });
    const token = await tokenMailedTo('disabled@example.org');
    const res = await call('POST', `/invitations/by-token/${token}/accept`, anonymous(), {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.params.reason).toBe('account_disabled');
    expect((await call('GET', `/invitations/by-token/${token}`, anonymous())).statusCode).toBe(200);
  });

  it('limits how often one address may try links', async () => {
    const client = anonymous();
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) codes.push((await call('GET', `/invitations/by-token/${'y'.repeat(43)}`, client)).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 404)).toBe(true);
    expect(codes[30]).toBe(429);
  });
});
