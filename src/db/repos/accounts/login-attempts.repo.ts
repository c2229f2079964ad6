// Sign-in and second-factor attempts, counted per account and per address over a sliding window. Stored in the
// database (not in a server's memory) so that the limits hold however many app servers answer.
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { loginAttempts } from '#db/schema/index.ts';

export type AttemptStep = 'password' | 'second-factor';

export function createLoginAttemptsRepo(db: Db) {
  return {
    /**
     * Records an attempt as a failure before its credentials are checked (see markSucceeded): concurrent attempts
     * then each count the others, so a burst sent in parallel cannot slip under the limit.
     */
    async recordFailure(input: { email: string; ip: string; step: AttemptStep }, at: Date): Promise<number> {
      const [row] = await db
        .insert(loginAttempts)
        .values({ at, email: input.email, ip: input.ip, step: input.step, success: false })
        .returning({ id: loginAttempts.id });
      return row!.id;
    },

    async markSucceeded(id: number): Promise<void> {
      await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id));
    },

    /** Failed attempts at this step for this account (normalised e-mail) after `since`. */
    async failuresForAccount(email: string, step: AttemptStep, since: Date): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(loginAttempts)
        .where(
          and(
            eq(loginAttempts.email, email),
            eq(loginAttempts.step, step),
            eq(loginAttempts.success, false),
            gt(loginAttempts.at, since),
          ),
        );
      return Number(row?.n ?? 0);
    },

    /** Failed attempts at any step from this address after `since`. */
    async failuresFromAddress(ip: string, since: Date): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(loginAttempts)
        .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
      return Number(row?.n ?? 0);
    },

    /** Removes attempts older than `before` (they no longer count towards any limit). */
    async prune(before: Date): Promise<number> {
      const rows = await db.delete(loginAttempts).where(lt(loginAttempts.at, before)).returning({ id: loginAttempts.id });
      return rows.length;
    },
  };
}
