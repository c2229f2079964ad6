// Rate-limit counts in the database: what lets every app server on one PostgreSQL count the same requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/db.ts';
import { createRateLimitsRepo } from './rate-limits.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let repo: ReturnType<typeof createRateLimitsRepo>;

beforeAll(async () => {
  database = await createTestDatabase();
  repo = createRateLimitsRepo(database.db);
});
afterAll(() => database.dispose());

describe('rate-limit counts', () => {
  it('counts hits per key within a window and says how long the window has left', async () => {
    expect(await repo.hit('POST/a-ip:1', 60_000)).toMatchObject({ current: 1 });
    expect(await repo.hit('POST/a-ip:1', 60_000)).toMatchObject({ current: 2 });
    expect(await repo.hit('POST/a-ip:2', 60_000)).toMatchObject({ current: 1 });
    const third = await repo.hit('POST/a-ip:1', 60_000);
    expect(third.current).toBe(3);
    expect(third.ttl).toBeGreaterThan(50_000);
    expect(third.ttl).toBeLessThanOrEqual(60_000);
    expect(await repo.read('POST/a-ip:1')).toMatchObject({ current: 3 });
    expect(await repo.read('POST/a-ip:none')).toEqual({ current: 0, ttl: 0 });
  });

  it('gives concurrent hits distinct counts (none is lost between servers)', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => repo.hit('POST/burst-ip:9', 60_000)));
    expect(counts.map((c) => c.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('starts a new window once the last one has ended, and prunes ended windows', async () => {
    await repo.hit('POST/short-ip:3', 50);
    await repo.hit('POST/short-ip:3', 50);
    await new Promise((r) => setTimeout(r, 120));
    expect(await repo.read('POST/short-ip:3')).toEqual({ current: 0, ttl: 0 });
    expect(await repo.hit('POST/short-ip:3', 50)).toMatchObject({ current: 1 });
    await new Promise((r) => setTimeout(r, 120));
    // Only ended windows go: the minute-long ones of the first test stay.
    expect(await repo.prune(new Date())).toBe(1);
    expect(await repo.read('POST/a-ip:1')).toMatchObject({ current: 3 });
  });
});
