// API tests of the signed-in person's own account: profile, password, sessions (list, end, idle timeout) and API
// tokens (scopes, expiry, revocation, never managed with a token). Access matrix: anonymous 401, token 403.
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildUser, signedIn } from '../../../../../test/accounts.ts';
import { anonymousClient, rows as rowsOf, type Client } from '../../../../../test/auth-client.ts';
import { useAuthTestServer } from '../../../../../test/auth-server.ts';

const PASSWORD = 'violet harbour lantern 1912';

const env = useAuthTestServer(PASSWORD);

const call = (...a: Parameters<typeof env.api.call>) => env.api.call(...a);
const rows = <T>(query: SQL) => rowsOf<T>(env.t.database.db, query);

/** A signed-in person (coordinator, no second factor) and their browser. */
async function signedInPerson(input: Parameters<typeof buildUser>[1] = {}) {
  const { user } = await buildUser(env.t.database.db, { passwordHash: env.passwordHash, role: 'coordinator', ...input }, env.clock);
  const c = anonymousClient();
  const res = await env.api.signIn(c, user.email, PASSWORD);
  expect(res.json().data.stage).toBe('complete');
  return { user, c };
}

function bearer(token: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) {
  return env.t.app.inject({ method, url: `/api/v1${url}`, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
}

describe('access', () => {
  // Valid bodies: validation runs before the access check.
  it.each([
    ['GET', '/me', undefined],
    ['PATCH', '/me', { displayName: 'X' }],
    ['PUT', '/me/password', { currentPassword: 'a', newPassword: 'b' }],
    ['GET', '/me/sessions', undefined],
    ['DELETE', '/me/sessions/0123456789abcdef', undefined],
    ['GET', '/me/tokens', undefined],
    ['POST', '/me/tokens', { name: 'x', scopes: ['treaty-status:read'], expiresInDays: 1 }],
    ['DELETE', '/me/tokens/00000000-0000-4000-8000-000000000000', undefined],
    ['DELETE', '/auth/second-factor', { password: 'x' }],
  ] as const)('%s %s: anonymous 401', async (method, url, body) => {
    const res = await call(anonymousClient(), method, url, body);
    expect(res.statusCode).toBe(401);
  });
});

describe('GET and PATCH /me', () => {
  it('shows and changes my name and languages, and audits the change', async () => {
    const { user, c } = await signedInPerson({ displayName: 'Old Name' });
    const me = await call(c, 'GET', '/me');
    expect(me.json().data).toMatchObject({ id: user.id, displayName: 'Old Name', languages: ['en'] });
    const res = await call(c, 'PATCH', '/me', { displayName: '  Nouveau Nom ', languages: ['fr', 'en', 'fr'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ displayName: 'Nouveau Nom', languages: ['fr', 'en'] });
    const [audit] = await rows<{ before: unknown; after: unknown }>(
      sql`select before, after from audit_log where target_id = ${user.id} and action = 'account:update'`,
    );
    expect(audit).toEqual({
      before: { displayName: 'Old Name', languages: ['en'] },
      after: { displayName: 'Nouveau Nom', languages: ['fr', 'en'] },
    });
  });

  it('rejects unknown fields, unknown languages and empty names', async () => {
    const { c } = await signedInPerson();
    const res = await call(c, 'PATCH', '/me', { displayName: '', languages: ['de'], email: 'new@example.org' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.displayName', 'body.languages.0', 'body.email']));
  });
});

describe('PUT /me/password', () => {
  it('needs the current password, checks the new one, and ends my other sessions', async () => {
    const { user, c } = await signedInPerson();
    const other = await signedIn(env.t.database.db, user.id, env.clock);
    const wrong = await call(c, 'PUT', '/me/password', { currentPassword: 'not it, surely not', newPassword: 'a fresh long passphrase' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues[0]).toMatchObject({ path: ['body', 'currentPassword'], code: 'password_incorrect' });
    const weak = await call(c, 'PUT', '/me/password', { currentPassword: PASSWORD, newPassword: 'password' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.issues.map((i: { path: string[] }) => i.path.join('.'))).toContain('body.newPassword');
    const same = await call(c, 'PUT', '/me/password', { currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'newPassword'], code: 'password_same_as_current' })]);
    const easy = await call(c, 'PUT', '/me/password', { currentPassword: PASSWORD, newPassword: 'qwertyuiopasdfgh' });
    expect(easy.json().error.issues.map((i: { code: string }) => i.code)).toContain('password_too_weak');

    const res = await call(c, 'PUT', '/me/password', { currentPassword: PASSWORD, newPassword: 'a fresh long passphrase' });
    expect(res.statusCode).toBe(204);
    expect((await call(c, 'GET', '/me')).statusCode).toBe(200);
    expect((await env.t.app.inject({ method: 'GET', url: '/api/v1/me', headers: other.headers })).statusCode).toBe(401);
    expect((await env.api.signIn(anonymousClient(), user.email, 'a fresh long passphrase')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('lists my open sessions under public ids, and ends one', async () => {
    const { user, c } = await signedInPerson();
    const other = await signedIn(env.t.database.db, user.id, env.clock);
    const stranger = await signedInPerson();
    const res = await call(c, 'GET', '/me/sessions');
    expect(res.statusCode).toBe(200);
    const list = res.json().data as { id: string; current: boolean; method: string; ip: string | null }[];
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(list.find((s) => s.current)).toMatchObject({ method: 'password', ip: c.ip });
    // The public id is neither the cookie nor the stored hash, nor a part of them.
    const stored = await rows<{ id: string }>(sql`select id from sessions where user_id = ${user.id}`);
    for (const s of list) {
      expect(s.id).toMatch(/^[0-9a-f]{16}$/);
      for (const { id } of stored) expect(id).not.toContain(s.id);
      expect(c.cookie).not.toContain(s.id);
    }

    const otherId = list.find((s) => !s.current)!.id;
    // Someone else's session is not found, not even by its owner's public id from another account.
    expect((await call(stranger.c, 'DELETE', `/me/sessions/${otherId}`)).statusCode).toBe(404);
    expect((await call(c, 'DELETE', `/me/sessions/${otherId}`)).statusCode).toBe(204);
    expect((await env.t.app.inject({ method: 'GET', url: '/api/v1/me', headers: other.headers })).statusCode).toBe(401);
    expect((await call(c, 'GET', '/me/sessions')).json().data).toHaveLength(1);
    expect((await call(c, 'DELETE', `/me/sessions/${otherId}`)).statusCode).toBe(404);
    expect((await call(c, 'DELETE', '/me/sessions/not-an-id')).statusCode).toBe(400);
  });

  it('ending my own current session signs me out', async () => {
    const { c } = await signedInPerson();
    const [mine] = (await call(c, 'GET', '/me/sessions')).json().data;
    const res = await call(c, 'DELETE', `/me/sessions/${mine.id}`);
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((k) => k.name === 'accord_session')?.value).toBe('');
    expect((await call(c, 'GET', '/me')).statusCode).toBe(401);
  });

  it('ends a session idle for longer than the idle timeout', async () => {
    const { c } = await signedInPerson();
    env.advance(29 * 60_000);
    expect((await call(c, 'GET', '/me')).statusCode).toBe(200); // and touches it
    env.advance(29 * 60_000);
    expect((await call(c, 'GET', '/me')).statusCode).toBe(200);
    env.advance(31 * 60_000);
    expect((await call(c, 'GET', '/me')).statusCode).toBe(401);
  });
});

describe('API tokens', () => {
  async function createToken(c: Client, body: object = { name: 'CI import', scopes: ['treaty-status:read'], expiresInDays: 30 }) {
    return call(c, 'POST', '/me/tokens', body);
  }

  it('creates a token shown once, stored hashed, that works as Bearer within its scopes', async () => {
    const { user, c } = await signedInPerson();
    const res = await createToken(c);
    expect(res.statusCode).toBe(201);
    const { data } = res.json();
    expect(data.token).toMatch(/^accord_[\w-]{43}$/);
    expect(data).toMatchObject({ name: 'CI import', scopes: ['treaty-status:read'], lastUsedAt: null, revokedAt: null });
    expect(data.token.startsWith(data.prefix)).toBe(true);
    expect(data.prefix.length).toBeLessThan(16);
    expect(new Date(data.expiresAt).getTime() - env.clock.getTime()).toBe(30 * 24 * 3600_000);
    expect(await rows(sql`select 1 from api_tokens where token_hash = ${data.token}`)).toEqual([]);
    const audit = await rows<{ after: unknown }>(sql`select after from audit_log where action = 'api-token:create' and target_id = ${data.id}`);
    expect(JSON.stringify(audit)).not.toContain(data.token);

    expect((await bearer(data.token, 'GET', '/participants?pageSize=1')).statusCode).toBe(200);
    // Outside its scopes: refused, though the person could.
    const wrongScope = await bearer(data.token, 'GET', '/import-batches');
    expect(wrongScope.statusCode).toBe(403);
    // Never to manage tokens or the account.
    expect((await bearer(data.token, 'GET', '/me/tokens')).statusCode).toBe(403);
    const create = await bearer(data.token, 'POST', '/me/tokens', { name: 'x', scopes: ['treaty-status:read'], expiresInDays: 1 });
    expect(create.statusCode).toBe(403);
    expect((await bearer(data.token, 'GET', '/me')).statusCode).toBe(403);
    expect((await bearer(data.token, 'POST', '/auth/second-factor/enrolment')).statusCode).toBe(403);

    const list = (await call(c, 'GET', '/me/tokens')).json().data;
    expect(list).toHaveLength(1);
    expect(list[0].token).toBeUndefined();
    expect(list[0].lastUsedAt).toBe(env.clock.toISOString());
    expect(list[0].id).toBe(data.id);
    expect(user.id).toBeTruthy();
  });

  it('stops working once revoked or expired', async () => {
    const { c } = await signedInPerson();
    const revoked = (await createToken(c)).json().data;
    expect((await call(c, 'DELETE', `/me/tokens/${revoked.id}`)).statusCode).toBe(204);
    const afterRevoke = await bearer(revoked.token, 'GET', '/participants?pageSize=1');
    expect(afterRevoke.statusCode).toBe(401);
    expect(afterRevoke.json().error.params.reason).toBe('invalid_token');
    expect((await call(c, 'GET', '/me/tokens')).json().data[0].revokedAt).toBe(env.clock.toISOString());

    const short = (await createToken(c, { name: 'short', scopes: ['treaty-status:read'], expiresInDays: 1 })).json().data;
    expect((await bearer(short.token, 'GET', '/participants?pageSize=1')).statusCode).toBe(200);
    env.advance(24 * 3600_000 + 1000);
    expect((await bearer(short.token, 'GET', '/participants?pageSize=1')).statusCode).toBe(401);
  });

  it('refuses bad scopes, lifetimes and unknown fields; revoking another person’s token finds nothing', async () => {
    const { c } = await signedInPerson();
    const bad = await createToken(c, { name: 'x', scopes: ['account:update'], expiresInDays: 366, admin: true });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.scopes.0', 'body.expiresInDays', 'body.admin']));
    expect((await createToken(c, { name: 'x', scopes: [], expiresInDays: 1 })).statusCode).toBe(400);
    // A coordinator may not read the audit log, so a token may not either: said at once rather than failing later.
    const notMine = await createToken(c, { name: 'x', scopes: ['treaty-status:read', 'audit-log:read'], expiresInDays: 1 });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.issues).toEqual([expect.objectContaining({ path: ['body', 'scopes', 1], code: 'scope_not_allowed' })]);
    expect((await createToken(c, { name: 'x', scopes: ['treaty-status:read'], expiresInDays: 0 })).statusCode).toBe(400);

    const { c: other } = await signedInPerson();
    const theirs = (await createToken(other)).json().data;
    expect((await call(c, 'DELETE', `/me/tokens/${theirs.id}`)).statusCode).toBe(404);
    expect((await bearer(theirs.token, 'GET', '/participants?pageSize=1')).statusCode).toBe(200);
    expect((await call(c, 'DELETE', '/me/tokens/not-a-uuid')).statusCode).toBe(400);
  });
});
