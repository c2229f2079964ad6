import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#db/client.ts';
import { createLoginAttemptsRepo } from '#db/repos/accounts/login-attempts.repo.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { pruneSignInAttempts, SIGN_IN_ATTEMPTS_KEPT_MS } from './prune-sign-in-attempts.ts';

let database: Database & { dispose(): Promise<void> };
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('pruneSignInAttempts', () => {
  it('removes attempts older than a week and keeps the rest, which still count for the throttles', async () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const repo = createLoginAttemptsRepo(database.db);
    const input = { email: 'someone@example.org', ip: '192.0.2.1', step: 'password' as const };
    await repo.recordFailure(input, new Date(now.getTime() - SIGN_IN_ATTEMPTS_KEPT_MS - 1000));
    await repo.recordFailure(input, new Date(now.getTime() - 30_000));
    expect(await pruneSignInAttempts(database.db, now)).toBe(1);
    expect(await repo.failuresForAccount(input.email, 'password', new Date(0))).toBe(1);
    expect(await pruneSignInAttempts(database.db, now)).toBe(0);
  });
});
