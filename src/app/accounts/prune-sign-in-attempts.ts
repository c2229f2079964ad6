// Sign-in attempts only feed the throttles (the longest window is 15 minutes); the audit trail keeps the record of
// sign-ins and failures. Attempts older than a week are removed so the table stays small. `accord serve` runs this
// hourly; with several app servers, each deleting the same old rows is harmless.
import type { Db } from '#db/client.ts';
import { createLoginAttemptsRepo } from '#db/repos/accounts/login-attempts.repo.ts';

export const SIGN_IN_ATTEMPTS_KEPT_MS = 7 * 24 * 3600_000;

export async function pruneSignInAttempts(db: Db, now: Date): Promise<number> {
  return createLoginAttemptsRepo(db).prune(new Date(now.getTime() - SIGN_IN_ATTEMPTS_KEPT_MS));
}
