// Single-use tokens: only the hash is stored, a token is consumed once (even by concurrent requests), and expired or
// revoked tokens are never usable.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../../test/accounts.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { createOneTimeTokensRepo } from './one-time-tokens.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const now = new Date('2026-05-01T09:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

async function newToken(ttlMs = 3600_000) {
  const { user } = await buildUser(database.db, {}, now);
  const repo = createOneTimeTokensRepo(database.db);
  const token = await repo.create({ purpose: 'password-reset', email: user.email, userId: user.id, ttlMs, createdBy: 'anonymous' }, now);
  return { repo, user, token };
}

describe('one-time tokens', () => {
  it('stores only the SHA-256 of the secret', async () => {
    const { repo, token } = await newToken();
    const row = await repo.findUsable(token.secret, 'password-reset', now);
    expect(row!.tokenHash).toBe(createHash('sha256').update(token.secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token.secret);
    expect(token.expiresAt).toEqual(later(3600_000));
  });

  it('is consumed once, even by concurrent requests', async () => {
    const { repo, token } = await newToken();
    const results = await Promise.all([1, 2, 3].map(() => repo.consume(token.secret, 'password-reset', later(1000))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(results.find(Boolean)!.usedAt).toEqual(later(1000));
    expect(await repo.consume(token.secret, 'password-reset', later(2000))).toBeNull();
    expect(await repo.findUsable(token.secret, 'password-reset', later(2000))).toBeNull();
  });

  it('is not usable for another purpose, after expiry, or once revoked', async () => {
    const { repo, token, user } = await newToken(60_000);
    expect(await repo.consume(token.secret, 'invitation', now)).toBeNull();
    expect(await repo.findUsable(token.secret, 'password-reset', later(60_000))).toBeNull();
    expect(await repo.consume(token.secret, 'password-reset', later(60_000))).toBeNull();

    const second = await repo.create({ purpose: 'password-reset', email: user.email, userId: user.id, ttlMs: 60_000, createdBy: 'x' }, now);
    expect(await repo.revokeOutstanding('password-reset', user.email, now)).toBe(2);
    expect(await repo.consume(second.secret, 'password-reset', now)).toBeNull();
    expect(await repo.countCreatedSince('password-reset', user.email, later(-1))).toBe(2);
  });
});
