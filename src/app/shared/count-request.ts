// Counting requests against a rate limit in the database, shared by every app server on one PostgreSQL.
import type { Db } from '#db/client.ts';
import { createRateLimitsRepo, type RateLimitCount } from '#db/repos/shared/rate-limits.repo.ts';

export type { RateLimitCount };

/** Counts one request for `key` in its window of `windowMs`; the caller compares `current` with its maximum. */
export function countRequest(db: Db, key: string, windowMs: number): Promise<RateLimitCount> {
  return createRateLimitsRepo(db).hit(key, windowMs);
}

/** The current count for `key`, without counting a request. */
export function peekRequestCount(db: Db, key: string): Promise<RateLimitCount> {
  return createRateLimitsRepo(db).read(key);
}
