// Ended rate-limit windows are restarted by the next request anyway; removing them keeps the table to the clients
// of the last few minutes. `accord serve` runs this hourly; with several app servers, each deleting the same rows is
// harmless.
import type { Db } from '#db/client.ts';
import { createRateLimitsRepo } from '#db/repos/shared/rate-limits.repo.ts';

export function pruneRateLimits(db: Db, now: Date): Promise<number> {
  return createRateLimitsRepo(db).prune(now);
}
