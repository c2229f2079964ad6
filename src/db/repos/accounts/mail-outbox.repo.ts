// The mail outbox as the delivery worker and developers see it. Several app servers may deliver at once: each claims
// due rows with SELECT … FOR UPDATE SKIP LOCKED and leases them (next_attempt_at in the future) before sending, so no
// two servers send the same message and a server that dies mid-send leaves the row to be retried when the lease ends.
import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { mailOutbox } from '#db/schema/index.ts';

export type MailOutboxRow = typeof mailOutbox.$inferSelect;

export function createMailOutboxRepo(db: Db) {
  return {
    /**
     * Claims up to `limit` due messages for this sender: counts the attempt and leases them until `leaseUntil`.
     * Run it in a transaction of its own (committed before sending, so the locks are held only for the claim).
     */
    async claimDue(now: Date, options: { limit: number; maxAttempts: number; leaseUntil: Date }): Promise<MailOutboxRow[]> {
      const due = await db
        .select({ id: mailOutbox.id })
        .from(mailOutbox)
        .where(
          and(
            isNull(mailOutbox.sentAt),
            lt(mailOutbox.attempts, options.maxAttempts),
            or(isNull(mailOutbox.nextAttemptAt), lte(mailOutbox.nextAttemptAt, now)),
          ),
        )
        .orderBy(asc(mailOutbox.id))
        .limit(options.limit)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      return db
        .update(mailOutbox)
        .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: options.leaseUntil })
        .where(
          inArray(
            mailOutbox.id,
            due.map((d) => d.id),
          ),
        )
        .returning()
        .then((rows) => rows.sort((a, b) => a.id - b.id));
    },

    async markSent(id: number, now: Date): Promise<void> {
      await db.update(mailOutbox).set({ sentAt: now, nextAttemptAt: null }).where(eq(mailOutbox.id, id));
    },

    /** Records the failure; the next attempt is due at `retryAt`, or never (`giveUpAfter` attempts reached). */
    async markFailed(id: number, error: string, next: { retryAt: Date } | { giveUpAfter: number }): Promise<void> {
      await db
        .update(mailOutbox)
        .set({
          lastError: error.slice(0, 1000),
          nextAttemptAt: 'retryAt' in next ? next.retryAt : null,
          ...('giveUpAfter' in next ? { attempts: sql`greatest(${mailOutbox.attempts}, ${next.giveUpAfter})` } : {}),
        })
        .where(eq(mailOutbox.id, id));
    },

    /** Newest first. */
    async list(options: { limit: number; unsentOnly?: boolean }): Promise<MailOutboxRow[]> {
      return db
        .select()
        .from(mailOutbox)
        .where(options.unsentOnly ? isNull(mailOutbox.sentAt) : undefined)
        .orderBy(desc(mailOutbox.id))
        .limit(options.limit);
    },
  };
}
