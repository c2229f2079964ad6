// API tests of the second factor's recovery codes: shown once at enrolment, accepted once at sign-in under the same
// throttle as TOTP codes, audited, replaced on demand, deleted with the second factor. Real PGlite and TOTP codes.
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../../../../test/accounts.ts';
import { anonymousClient as anonymous, rows as rowsOf, totpAt, type Client } from '../../../../../test/auth-client.ts';
import { useAuthTestServer } from '../../../../../test/auth-server.ts';

const PASSWORD = 'violet harbour lantern 1912';
const env = useAuthTestServer(PASSWORD);

const call = (...a: Parameters<typeof env.api.call>) => env.api.call(...a);
const signIn = (c: Client, email: string) => env.api.signIn(c, email, PASSWORD);
const submitCode = (...a: Parameters<typeof env.api.submitCode>) => env.api.submitCode(...a);
const rows = <T>(query: SQL) => rowsOf<T>(env.t.database.db, query);
const auditOf = (targetId: string) =>
  rows<{ action: string; after: Record<string, unknown> | null }>(
    sql`select action, after from audit_log where target_id = ${targetId} order by id`,
  );

/** A signed-in person who has just set up TOTP: their client, secret and the recovery codes they were shown. */
async function enrolled() {
  const { user } = await buildUser(env.t.database.db, { passwordHash: env.passwordHash, role: 'coordinator' }, env.clock);
  const c = anonymous();
  await signIn(c, user.email);
  const { secret } = (await call(c, 'POST', '/auth/second-factor/enrolment')).json().data;
  const confirmed = await submitCode(c, totpAt(secret, env.clock), '/auth/second-factor/enrolment/confirm');
  expect(confirmed.statusCode).toBe(200);
  env.advance(30_000); // the enrolment's TOTP step is spent
  return { user, c, secret, codes: confirmed.json().recoveryCodes as string[] };
}

async function pendingSignIn(email: string) {
  const c = anonymous();
  expect((await signIn(c, email)).json().data.stage).toBe('second-factor');
  return c;
}

describe('recovery codes', () => {
  it('are ten distinct codes shown once at enrolment, stored only as hashes', async () => {
    const { user, c, codes } = await enrolled();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
    const stored = await rows<{ code_hash: string; used_at: string | null }>(
      sql`select code_hash, used_at from recovery_codes where user_id = ${user.id}`,
    );
    expect(stored).toHaveLength(10);
    const dump = JSON.stringify(stored) + JSON.stringify(await auditOf(user.id));
    for (const code of codes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replaceAll('-', ''));
    }
    // Never again: not in the session view nor the account.
    const me = await call(c, 'GET', '/me');
    expect(me.json().data.recoveryCodesRemaining).toBe(10);
    expect(JSON.stringify(me.json())).not.toContain(codes[0]!);
  });

  it('sign a person in once each, in any case or spacing, and say how many are left; each use is audited', async () => {
    const { user, codes } = await enrolled();
    const first = await pendingSignIn(user.email);
    const res = await submitCode(first, codes[0]!.toUpperCase().replaceAll('-', ' '));
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ stage: 'complete', user: { recoveryCodesRemaining: 9 } });
    expect((await call(first, 'GET', '/me')).json().data.recoveryCodesRemaining).toBe(9);

    const second = await pendingSignIn(user.email);
    const replay = await submitCode(second, codes[0]!);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.params.reason).toBe('invalid_code');
    expect((await submitCode(second, codes[1]!)).statusCode).toBe(200);

    const audit = await auditOf(user.id);
    expect(audit.filter((e) => e.action === 'account:recovery-code-use').map((e) => e.after!.remaining)).toEqual([9, 8]);
    expect(audit.filter((e) => e.action === 'session:second-factor').map((e) => e.after!.method)).toEqual([
      'recovery-code',
      'recovery-code',
    ]);
    expect(audit.find((e) => e.action === 'session:second-factor-failed')?.after).toMatchObject({ reason: 'wrong_recovery_code' });
  });

  it('let only one of two simultaneous sign-ins spend the same code', async () => {
    const { user, codes } = await enrolled();
    const [a, b] = [await pendingSignIn(user.email), await pendingSignIn(user.email)];
    const results = await Promise.all([submitCode(a, codes[2]!), submitCode(b, codes[2]!)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('are throttled with TOTP codes: five wrong ones end the pending session and refuse further tries', async () => {
    const { user, codes } = await enrolled();
    const c = await pendingSignIn(user.email);
    const reasons = [];
    for (let i = 0; i < 5; i++) reasons.push((await submitCode(c, `aaaa-bbbb-ccc${'defgh'[i]}`)).json().error.params.reason);
    expect(reasons).toEqual(['invalid_code', 'invalid_code', 'invalid_code', 'invalid_code', 'too_many_attempts']);
    const again = await pendingSignIn(user.email);
    expect((await submitCode(again, codes[0]!)).statusCode).toBe(429);
    // The refused attempt did not spend the code.
    env.advance(16 * 60_000);
    expect((await submitCode(await pendingSignIn(user.email), codes[0]!)).statusCode).toBe(200);
  });

  it('are replaced on demand, with the password or an app code; every old code stops working', async () => {
    const { user, c, secret, codes } = await enrolled();
    const wrong = await call(c, 'POST', '/auth/second-factor/recovery-codes', { password: 'not my password at all' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues[0]).toMatchObject({ path: ['body', 'password'], code: 'password_incorrect' });
    expect((await call(c, 'POST', '/auth/second-factor/recovery-codes', {})).statusCode).toBe(400);

    const byPassword = await call(c, 'POST', '/auth/second-factor/recovery-codes', { password: PASSWORD });
    expect(byPassword.statusCode).toBe(200);
    const renewed: string[] = byPassword.json().data.recoveryCodes;
    expect(renewed).toHaveLength(10);
    expect(renewed.some((code) => codes.includes(code))).toBe(false);

    const byCode = await call(c, 'POST', '/auth/second-factor/recovery-codes', { code: totpAt(secret, env.clock) });
    expect(byCode.statusCode).toBe(200);
    const latest: string[] = byCode.json().data.recoveryCodes;
    expect((await call(c, 'GET', '/me')).json().data.recoveryCodesRemaining).toBe(10);

    const s = await pendingSignIn(user.email);
    expect((await submitCode(s, codes[3]!)).statusCode).toBe(401);
    expect((await submitCode(s, renewed[0]!)).statusCode).toBe(401);
    expect((await submitCode(s, latest[0]!)).statusCode).toBe(200);
    expect((await auditOf(user.id)).filter((e) => e.action === 'account:recovery-codes-regenerate')).toHaveLength(2);

    expect((await call(anonymous(), 'POST', '/auth/second-factor/recovery-codes', { password: PASSWORD })).statusCode).toBe(401);
  });

  it('are refused to a person without a second factor, and deleted when it is turned off', async () => {
    const { user, c, codes } = await enrolled();
    expect((await call(c, 'DELETE', '/auth/second-factor', { password: PASSWORD })).statusCode).toBe(204);
    expect(await rows(sql`select id from recovery_codes where user_id = ${user.id}`)).toEqual([]);
    expect((await call(c, 'GET', '/me')).json().data.recoveryCodesRemaining).toBe(0);
    const refused = await call(c, 'POST', '/auth/second-factor/recovery-codes', { password: PASSWORD });
    expect(refused.statusCode).toBe(409);
    expect(codes).toHaveLength(10);
  });
});
