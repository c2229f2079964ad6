// The sign-in use case on a real database: throttling per address, bursts sent in parallel, and what is recorded.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '#domain/errors.ts';
import { buildUser } from '../../../test/accounts.ts';
import { rows } from '../../../test/auth-client.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { signIn } from './sign-in.ts';
import { hashPassword } from './support/passwords.ts';
import { DEFAULT_SESSION_SETTINGS } from './support/session-settings.ts';

const PASSWORD = 'copper kettle morning tide';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let passwordHash: string;

beforeAll(async () => {
  database = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => database.dispose());

const attempt = (email: string, password: string, ip: string, now: Date) =>
  signIn(database.db, { email, password, ip }, now, DEFAULT_SESSION_SETTINGS).then(
    () => 'ok',
    (err: AppError) => err.code,
  );

describe('signIn', () => {
  it('refuses an address after 30 failures in a minute, whichever accounts they tried', async () => {
    const now = new Date('2026-04-01T10:00:00Z');
    const ip = '192.0.2.30';
    const results = [];
    for (let i = 0; i < 31; i++) results.push(await attempt(`guess-${i}@example.org`, 'wrong guess here', ip, now));
    expect(results.slice(0, 30).every((r) => r === 'UNAUTHENTICATED')).toBe(true);
    expect(results[30]).toBe('RATE_LIMITED');
    // Another address is unaffected; the same one is free again after the minute.
    const { user } = await buildUser(database.db, { passwordHash }, now);
    expect(await attempt(user.email, PASSWORD, ip, now)).toBe('RATE_LIMITED');
    expect(await attempt(user.email, PASSWORD, '192.0.2.31', now)).toBe('ok');
    expect(await attempt(user.email, PASSWORD, ip, new Date(now.getTime() + 61_000))).toBe('ok');
  });

  it('holds the per-account limit against a burst sent in parallel', async () => {
    const now = new Date('2026-04-01T11:00:00Z');
    const { user } = await buildUser(database.db, { passwordHash }, now);
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => attempt(user.email, `wrong password ${i}`, `198.51.100.${i}`, now)),
    );
    expect(results.filter((r) => r === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(10);
    expect(results.filter((r) => r === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(5);
  });

  it('records attempts without passwords, and successes as such', async () => {
    const now = new Date('2026-04-01T12:00:00Z');
    const { user } = await buildUser(database.db, { passwordHash }, now);
    expect(await attempt(user.email.toUpperCase(), PASSWORD, '203.0.113.1', now)).toBe('ok');
    expect(await attempt(user.email, 'not the right one', '203.0.113.1', now)).toBe('UNAUTHENTICATED');
    const recorded = await rows<{ email: string; success: boolean; step: string }>(
      database.db,
      sql`select email, success, step from login_attempts where email = ${user.email} order by id`,
    );
    expect(recorded).toEqual([
      { email: user.email, success: true, step: 'password' },
      { email: user.email, success: false, step: 'password' },
    ]);
  });
});
