// API tests of signing in and out: password, throttling, second factor and its enrolment, session fixation, CSRF,
// password reset. Real PGlite, real argon2, real TOTP codes (otpauth), a clock the tests move.
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { encrypt } from '#app/shared/secrets.ts';
import { buildUser, signedIn } from '../../../../../test/accounts.ts';
import {
  ANON_CSRF,
  anonymousClient,
  newBase32Secret,
  rows as rowsOf,
  sessionCookie,
  totpAt,
  type Client,
} from '../../../../../test/auth-client.ts';
import { useAuthTestServer } from '../../../../../test/auth-server.ts';
import { TEST_SECRET_KEY } from '../../../../../test/http.ts';

const PASSWORD = 'violet harbour lantern 1912';
const NEW_PASSWORD = 'quiet orchard beneath snow';
const KEY = Buffer.from(TEST_SECRET_KEY, 'hex');

const env = useAuthTestServer(PASSWORD);

const call = (...a: Parameters<typeof env.api.call>) => env.api.call(...a);
const signIn = (c: Client, email: string, password = PASSWORD) => env.api.signIn(c, email, password);
const submitCode = (...a: Parameters<typeof env.api.submitCode>) => env.api.submitCode(...a);
const anonymous = anonymousClient;
const code = (secret: string, at = env.clock) => totpAt(secret, at);

async function person(input: Parameters<typeof buildUser>[1] = {}) {
  const { user } = await buildUser(env.t.database.db, { passwordHash: env.passwordHash, role: 'coordinator', ...input }, env.clock);
  return user;
}

/** A person with TOTP already set up; returns the base32 secret too. */
async function personWithTotp(input: Parameters<typeof buildUser>[1] = {}) {
  const secret = newBase32Secret();
  const user = await person({ ...input, totpSecret: encrypt(KEY, secret), totpEnabledAt: env.clock });
  return { user, secret };
}

const rows = <T>(query: SQL) => rowsOf<T>(env.t.database.db, query);

const auditOf = (targetId: string) =>
  rows<{ action: string; actor: string; after: Record<string, unknown> | null }>(
    sql`select action, actor, after from audit_log where target_id = ${targetId} order by id`,
  );

describe('GET /auth/session', () => {
  it('answers anonymous callers with a CSRF token, also set as the accord_csrf cookie', async () => {
    const res = await env.t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.data).toMatchObject({ user: null, stage: 'anonymous', oidc: null });
    const cookie = res.cookies.find((k) => k.name === 'accord_csrf')!;
    expect(body.data.csrfToken).toBe(cookie.value);
    expect(cookie.httpOnly).toBeFalsy();
    expect(body.abilities).toEqual({
      administer: false,
      invite: false,
      importStatus: false,
      readAuditLog: false,
      createDocument: false,
      readRequests: false,
      coordinate: false,
      readNeeds: false,
      readFunding: false,
      readReports: false,
      draftCooperationRequests: false,
    });
  });

  it('describes a signed-in person with their memberships, and what they may do', async () => {
    const admin = await person({ platformAdmin: true, role: 'entity-officer', displayName: 'Ana Admin' });
    const { headers, session } = await signedIn(env.t.database.db, admin.id, env.clock);
    const res = await env.t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers });
    const { data, abilities } = res.json();
    expect(data.stage).toBe('complete');
    expect(data.csrfToken).toBe(session.csrfToken);
    expect(data.user).toMatchObject({
      id: admin.id,
      email: admin.email,
      displayName: 'Ana Admin',
      languages: ['en'],
      platformAdmin: true,
      secondFactor: false,
      secondFactorRequired: true,
    });
    expect(data.user.memberships).toHaveLength(1);
    expect(data.user.memberships[0]).toMatchObject({ role: 'entity-officer', organisationKind: 'un-entity', stateCode: null });
    expect(data.user.memberships[0].organisationName).toMatch(/^un-entity /);
    expect(abilities).toEqual({
      administer: true,
      invite: true,
      importStatus: true,
      readAuditLog: true,
      createDocument: true,
      readRequests: true,
      coordinate: true,
      readNeeds: true,
      readFunding: true,
      readReports: false,
      draftCooperationRequests: false,
    });
    expect(res.cookies.find((k) => k.name === 'accord_csrf')).toBeUndefined();
  });

  it("tells a focal point that the coordination views are not theirs (the menu hides them), needs and requests are", async () => {
    const focal = await person({ role: 'focal-point', stateCode: 'FRA' });
    const { headers } = await signedIn(env.t.database.db, focal.id, env.clock);
    const { abilities } = (await env.t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers })).json();
    expect(abilities).toMatchObject({ readRequests: true, coordinate: false, readNeeds: true });
  });
});

describe('POST /auth/sign-in', () => {
  it('signs in with the right password: a complete session when no second factor is needed', async () => {
    const user = await person({ email: 'mixed.case@example.org' });
    const c = anonymous();
    const res = await signIn(c, '  MIXED.case@example.org ');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ stage: 'complete', user: { id: user.id, secondFactor: false } });
    const cookie = res.cookies.find((k) => k.name === 'accord_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await call(c, 'GET', '/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().data.id).toBe(user.id);
    const audit = await auditOf(user.id);
    expect(audit.at(-1)).toMatchObject({ action: 'session:sign-in', actor: `user:${user.id}`, after: { stage: 'complete', method: 'password' } });
  });

  it('gives the same answer for a wrong password, an unknown account and a disabled account', async () => {
    const user = await person();
    const disabled = await person();
    await env.t.database.db.execute(sql`update users set disabled_at = ${env.clock.toISOString()} where id = ${disabled.id}`);
    const wrong = await signIn(anonymous(), user.email, 'not the password at all');
    const unknown = await signIn(anonymous(), 'nobody-here@example.org');
    const off = await signIn(anonymous(), disabled.email);
    for (const res of [wrong, unknown, off]) {
      expect(res.statusCode).toBe(401);
      expect(sessionCookie(res)).toBeNull();
    }
    expect(unknown.json()).toEqual(wrong.json());
    expect(off.json()).toEqual(wrong.json());
    expect(wrong.json().error).toMatchObject({ code: 'UNAUTHENTICATED', params: { reason: 'invalid_credentials' } });

    // The audit trail tells them apart (for investigations); the typed e-mail names an unknown account.
    expect((await auditOf(user.id)).at(-1)).toMatchObject({ action: 'session:sign-in-failed', after: { reason: 'wrong_password' } });
    expect((await auditOf(disabled.id)).at(-1)).toMatchObject({ action: 'session:sign-in-failed', after: { reason: 'disabled' } });
    expect((await auditOf('nobody-here@example.org')).at(-1)).toMatchObject({
      action: 'session:sign-in-failed',
      actor: 'anonymous',
      after: { reason: 'unknown_account', email: 'nobody-here@example.org' },
    });
    const leaked = await rows(sql`select 1 from audit_log where after::text like ${'%not the password%'}`);
    expect(leaked).toEqual([]);
  });

  it('throttles the 11th wrong password in a minute; after the minute the right one leads to the second factor', async () => {
    const { user, secret } = await personWithTotp();
    for (let i = 0; i < 10; i++) {
      env.advance(1000);
      expect((await signIn(anonymous(), user.email, `wrong password number ${i}`)).statusCode).toBe(401);
    }
    const eleventh = await signIn(anonymous(), user.email, 'wrong password number 11');
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json().error).toMatchObject({ code: 'RATE_LIMITED', params: { step: 'password', reason: 'account' } });
    // Throttled before the password is looked at: even the right one is refused now.
    expect((await signIn(anonymous(), user.email)).statusCode).toBe(429);

    env.advance(61_000);
    const c = anonymous();
    const res = await signIn(c, user.email);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.stage).toBe('second-factor');
    // A pending session grants nothing.
    expect((await call(c, 'GET', '/me')).statusCode).toBe(401);
    expect((await submitCode(c, code(secret))).json().data.stage).toBe('complete');
  });

  it('says an empty field is required (not "too short"), and gives the bounds of a length rule', async () => {
    const empty = await call(anonymous(), 'POST', '/auth/sign-in', { email: '', password: 'x' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'email'], code: 'required' })]);
    expect(empty.json().error.issues[0].params).toBeUndefined();
    const blank = await call(anonymous(), 'POST', '/auth/sign-in', { email: '   ', password: 'x' });
    expect(blank.json().error.issues[0]).toMatchObject({ path: ['body', 'email'], code: 'required' });
    const short = await call(anonymous(), 'POST', '/auth/sign-in', { email: 'ab', password: 'x' });
    expect(short.json().error.issues[0]).toMatchObject({ path: ['body', 'email'], code: 'too_small', params: { minimum: 3, origin: 'string' } });
  });

  it('rejects unknown fields and over-long input', async () => {
    const res = await call(anonymous(), 'POST', '/auth/sign-in', { email: 'a@example.org', password: 'x', remember: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues).toContainEqual(expect.objectContaining({ path: ['body', 'remember'], code: 'unrecognized_key' }));
    const long = await call(anonymous(), 'POST', '/auth/sign-in', { email: 'a@example.org', password: 'x'.repeat(1025) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.issues[0].path).toEqual(['body', 'password']);
    const longEmail = await call(anonymous(), 'POST', '/auth/sign-in', { email: `${'a'.repeat(250)}@x.org`, password: 'x' });
    expect(longEmail.statusCode).toBe(400);
  });

  it('never keeps a session id set before sign-in (fixation)', async () => {
    const user = await person();
    const planted = 'planted-by-an-attacker-0123456789abcdefghij';
    const c = anonymous();
    c.cookie = planted;
    const res = await signIn(c, user.email);
    expect(res.statusCode).toBe(200);
    expect(c.cookie).not.toBe(planted);
    const withPlanted = await env.t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: `accord_session=${planted}` } });
    expect(withPlanted.json().data.stage).toBe('anonymous');
  });

  it('signing in again ends the session the browser had', async () => {
    const user = await person();
    const c = anonymous();
    await signIn(c, user.email);
    const first = c.cookie!;
    await signIn(c, user.email);
    expect(c.cookie).not.toBe(first);
    const old = await env.t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `accord_session=${first}` } });
    expect(old.statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a sign-in without the CSRF token, or with a wrong one, and records nothing', async () => {
    const user = await person();
    const c = anonymous();
    const missing = await env.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: user.email, password: PASSWORD },
      headers: { cookie: `accord_csrf=${ANON_CSRF}` },
      remoteAddress: c.ip,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.params).toEqual({ reason: 'csrf' });
    c.csrf = 'another-token-entirely-0123456789abcdef';
    const wrong = await signIn(c, user.email);
    expect(wrong.statusCode).toBe(403);
    expect(await rows(sql`select 1 from sessions where user_id = ${user.id}`)).toEqual([]);
    expect(await rows(sql`select 1 from login_attempts where ip = ${c.ip}`)).toEqual([]);
  });

  it('refuses a change with the anonymous token instead of the session’s, and changes nothing', async () => {
    const user = await person({ displayName: 'Before' });
    const c = anonymous();
    await signIn(c, user.email);
    c.csrf = ANON_CSRF; // the double-submit cookie's token is not valid once a session exists
    const res = await call(c, 'PATCH', '/me', { displayName: 'After' });
    expect(res.statusCode).toBe(403);
    const [row] = await rows<{ display_name: string }>(sql`select display_name from users where id = ${user.id}`);
    expect(row!.display_name).toBe('Before');
  });
});

describe('second factor', () => {
  it('completes sign-in with a code, rotating the session id again; the pending id is revoked', async () => {
    const { user, secret } = await personWithTotp();
    const c = anonymous();
    const first = (await signIn(c, user.email)).json().data;
    expect(first).toMatchObject({ stage: 'second-factor', user: { id: user.id } });
    expect(first.user.memberships).toEqual([]); // the password alone does not reveal where the person works
    const pending = c.cookie!;
    const pendingView = await call(c, 'GET', '/auth/session');
    expect(pendingView.json().data.stage).toBe('second-factor');
    expect(pendingView.json().abilities.administer).toBe(false);

    const res = await submitCode(c, code(secret));
    expect(res.statusCode).toBe(200);
    expect(res.json().data.stage).toBe('complete');
    expect(c.cookie).not.toBe(pending);
    expect((await call(c, 'GET', '/me')).statusCode).toBe(200);
    const old = await env.t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: `accord_session=${pending}` } });
    expect(old.json().data.stage).toBe('anonymous');
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(['session:sign-in', 'session:second-factor']);
  });

  it('refuses a code already used, even in a new sign-in', async () => {
    const { user, secret } = await personWithTotp();
    const first = anonymous();
    await signIn(first, user.email);
    const used = code(secret);
    expect((await submitCode(first, used)).statusCode).toBe(200);

    const second = anonymous();
    await signIn(second, user.email);
    const replay = await submitCode(second, used);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.params.reason).toBe('invalid_code');
    // The previous step's code is refused too (window ±1, but never at or before the last accepted step).
    expect((await submitCode(second, code(secret, new Date(env.clock.getTime() - 30_000)))).statusCode).toBe(401);
    env.advance(30_000);
    expect((await submitCode(second, code(secret))).statusCode).toBe(200);
  });

  it('accepts a code one step early or late, not two', async () => {
    const { user, secret } = await personWithTotp();
    const c = anonymous();
    await signIn(c, user.email);
    expect((await submitCode(c, code(secret, new Date(env.clock.getTime() + 60_000)))).statusCode).toBe(401);
    expect((await submitCode(c, code(secret, new Date(env.clock.getTime() + 30_000)))).statusCode).toBe(200);
  });

  it('ends the pending session after 5 wrong codes, and refuses further codes for a while', async () => {
    const { user, secret } = await personWithTotp();
    const c = anonymous();
    await signIn(c, user.email);
    const reasons = [];
    for (let i = 0; i < 5; i++) reasons.push((await submitCode(c, '000000')).json().error.params.reason);
    expect(reasons).toEqual(['invalid_code', 'invalid_code', 'invalid_code', 'invalid_code', 'too_many_attempts']);
    c.csrf = ANON_CSRF; // the session is gone, and its CSRF token with it
    const after = await submitCode(c, code(secret));
    expect(after.statusCode).toBe(401);
    expect(after.json().error.params.reason).toBe('no_pending_session');

    // Signing in again does not buy fresh guesses.
    const again = anonymous();
    expect((await signIn(again, user.email)).statusCode).toBe(200);
    const refused = await submitCode(again, code(secret));
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.params).toMatchObject({ step: 'second-factor' });
    expect((await auditOf(user.id)).filter((e) => e.action === 'session:second-factor-failed')).toHaveLength(5);

    env.advance(16 * 60_000);
    const later = anonymous();
    await signIn(later, user.email);
    expect((await submitCode(later, code(secret))).statusCode).toBe(200);
  });

  it('is asked only with a pending session', async () => {
    expect((await submitCode(anonymous(), '123456')).json().error.params.reason).toBe('no_pending_session');
  });
});

describe('second-factor enrolment', () => {
  it('makes roles that require a second factor enrol before anything else, then completes the session', async () => {
    const admin = await person({ platformAdmin: true });
    const c = anonymous();
    const res = await signIn(c, admin.email);
    expect(res.json().data).toMatchObject({ stage: 'enrol-second-factor', user: { secondFactor: false, secondFactorRequired: true } });
    const pending = c.cookie!;
    // Nothing but enrolment.
    expect((await call(c, 'GET', '/me')).statusCode).toBe(401);
    expect((await call(c, 'GET', '/me/tokens')).statusCode).toBe(401);
    expect((await submitCode(c, '123456')).statusCode).toBe(401);

    const enrolment = await call(c, 'POST', '/auth/second-factor/enrolment');
    expect(enrolment.statusCode).toBe(200);
    const { secret, otpauthUri, qrSvg } = enrolment.json().data;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Accord:.+\?.*secret=[A-Z2-7]{32}/);
    expect(otpauthUri).toContain('issuer=Accord');
    expect(qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const [stored] = await rows<{ totp_secret: string; totp_enabled_at: string | null }>(
      sql`select totp_secret, totp_enabled_at from users where id = ${admin.id}`,
    );
    expect(stored!.totp_secret).toMatch(/^v1\./); // encrypted at rest
    expect(stored!.totp_secret).not.toContain(secret);
    expect(stored!.totp_enabled_at).toBeNull();

    const wrong = await submitCode(c, '000000', '/auth/second-factor/enrolment/confirm');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues[0]).toMatchObject({ path: ['body', 'code'], code: 'code_invalid' });

    const good = code(secret);
    const confirmed = await submitCode(c, good, '/auth/second-factor/enrolment/confirm');
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().data).toMatchObject({ stage: 'complete', user: { secondFactor: true } });
    expect(confirmed.json().abilities.administer).toBe(true);
    expect(c.cookie).not.toBe(pending);
    expect((await call(c, 'GET', '/me')).statusCode).toBe(200);
    const actions = (await auditOf(admin.id)).map((e) => e.action);
    expect(actions).toEqual(['session:sign-in', 'account:second-factor-enrol', 'account:second-factor-enable', 'session:second-factor']);
    expect(JSON.stringify(await auditOf(admin.id))).not.toContain(secret);

    // The enrolment code cannot then be used to sign in; the next one can.
    const next = anonymous();
    expect((await signIn(next, admin.email)).json().data.stage).toBe('second-factor');
    expect((await submitCode(next, good)).statusCode).toBe(401);
    env.advance(30_000);
    expect((await submitCode(next, code(secret))).statusCode).toBe(200);
  });

  it('lets a signed-in person set one up, refuses a second one while active, and without a session', async () => {
    const user = await person();
    const c = anonymous();
    await signIn(c, user.email);
    const { secret } = (await call(c, 'POST', '/auth/second-factor/enrolment')).json().data;
    const before = c.cookie;
    const confirmed = await submitCode(c, code(secret), '/auth/second-factor/enrolment/confirm');
    expect(confirmed.json().data).toMatchObject({ stage: 'complete', user: { secondFactor: true, secondFactorRequired: false } });
    expect(c.cookie).toBe(before); // already complete: the session carries on
    expect((await call(c, 'POST', '/auth/second-factor/enrolment')).statusCode).toBe(409);
    expect((await call(anonymous(), 'POST', '/auth/second-factor/enrolment')).statusCode).toBe(401);
  });

  it('turns the second factor off with the password, unless the roles require it', async () => {
    const { user, secret } = await personWithTotp();
    const c = anonymous();
    await signIn(c, user.email);
    await submitCode(c, code(secret));
    const wrong = await call(c, 'DELETE', '/auth/second-factor', { password: 'not my password at all' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues[0]).toMatchObject({ path: ['body', 'password'], code: 'password_incorrect' });
    expect((await call(c, 'DELETE', '/auth/second-factor', { password: PASSWORD })).statusCode).toBe(204);
    expect((await call(c, 'GET', '/me')).json().data.secondFactor).toBe(false);
    const next = anonymous();
    expect((await signIn(next, user.email)).json().data.stage).toBe('complete');

    const officer = await personWithTotp({ role: 'entity-officer' });
    const o = anonymous();
    await signIn(o, officer.user.email);
    await submitCode(o, code(officer.secret));
    const refused = await call(o, 'DELETE', '/auth/second-factor', { password: PASSWORD });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.params.reason).toBe('second_factor_required');
  });
});

describe('POST /auth/sign-out', () => {
  it('ends the session on the server and clears the cookie', async () => {
    const user = await person();
    const c = anonymous();
    await signIn(c, user.email);
    const cookie = c.cookie;
    const res = await call(c, 'POST', '/auth/sign-out');
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((k) => k.name === 'accord_session')?.value).toBe('');
    c.cookie = cookie;
    expect((await call(c, 'GET', '/me')).statusCode).toBe(401);
    expect((await auditOf(user.id)).at(-1)!.action).toBe('session:sign-out');
  });
});

describe('password reset', () => {
  const latestMail = async (to: string) =>
    (await rows<{ subject: string; text: string }>(sql`select subject, text from mail_outbox where "to" = ${to} order by id desc limit 1`))[0];
  const tokenIn = (text: string) => text.match(/\/password-reset\/([\w-]+)/)![1]!;

  it('mails a single-use link that sets a new password and ends every session', async () => {
    const user = await person();
    const other = await signedIn(env.t.database.db, user.id, env.clock);
    const res = await call(anonymous(), 'POST', '/auth/password-reset', { email: user.email.toUpperCase() });
    expect(res.statusCode).toBe(202);
    expect(res.body).toBe('');
    const mail = await latestMail(user.email);
    expect(mail!.subject).toMatch(/password/i);
    expect(mail!.text).toContain('http://127.0.0.1:3000/password-reset/');
    const token = tokenIn(mail!.text);
    // Only the hash is stored.
    expect(await rows(sql`select 1 from one_time_tokens where token_hash = ${token}`)).toEqual([]);

    const weak = await call(anonymous(), 'POST', '/auth/password-reset/confirm', { token, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.issues[0]).toMatchObject({ path: ['body', 'password'], code: 'password_too_short' });
    // The current password is no new one; the link still works after a refusal.
    const same = await call(anonymous(), 'POST', '/auth/password-reset/confirm', { token, password: PASSWORD });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'password'], code: 'password_same_as_current' })]);

    const done = await call(anonymous(), 'POST', '/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(done.statusCode).toBe(204);
    const stale = await env.t.app.inject({ method: 'GET', url: '/api/v1/me', headers: other.headers });
    expect(stale.statusCode).toBe(401);
    expect((await signIn(anonymous(), user.email)).statusCode).toBe(401);
    expect((await signIn(anonymous(), user.email, NEW_PASSWORD)).statusCode).toBe(200);

    const twice = await call(anonymous(), 'POST', '/auth/password-reset/confirm', { token, password: 'yet another long passphrase' });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: ['body', 'token'], code: 'token_invalid' }] });
    const actions = (await auditOf(user.id)).map((e) => e.action);
    expect(actions).toContain('account:password-reset-request');
    expect(actions).toContain('account:password-reset');
    expect(JSON.stringify(await auditOf(user.id))).not.toContain(token);
  });

  it('refuses an expired link', async () => {
    const user = await person();
    await call(anonymous(), 'POST', '/auth/password-reset', { email: user.email });
    const token = tokenIn((await latestMail(user.email))!.text);
    env.advance(60 * 60_000 + 1000);
    const res = await call(anonymous(), 'POST', '/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].code).toBe('token_invalid');
  });

  it('answers 202 for an unknown address and sends nothing', async () => {
    const [before] = await rows<{ n: number }>(sql`select count(*)::int as n from mail_outbox`);
    const res = await call(anonymous(), 'POST', '/auth/password-reset', { email: 'no-such-person@example.org' });
    expect(res.statusCode).toBe(202);
    const [after] = await rows<{ n: number }>(sql`select count(*)::int as n from mail_outbox`);
    expect(after!.n).toBe(before!.n);
  });

  it('refuses an unknown token and unknown fields', async () => {
    const res = await call(anonymous(), 'POST', '/auth/password-reset/confirm', { token: 'made-up', password: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].code).toBe('token_invalid');
    const extra = await call(anonymous(), 'POST', '/auth/password-reset', { email: 'a@example.org', lang: 'fr' });
    expect(extra.statusCode).toBe(400);
  });

  it('sends at most 3 links an hour to one address', async () => {
    const user = await person();
    for (let i = 0; i < 5; i++) await call(anonymous(), 'POST', '/auth/password-reset', { email: user.email });
    const [row] = await rows<{ n: number }>(sql`select count(*)::int as n from mail_outbox where "to" = ${user.email}`);
    expect(row!.n).toBe(3);
  });
});
