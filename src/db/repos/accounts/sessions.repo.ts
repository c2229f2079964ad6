// A person's sessions: listing the open ones and ending them (sign-out, "sign out elsewhere", password changes).
// Starting and reading one session is in accounts.repo.ts.
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { sessions } from '#db/schema/index.ts';
import type { SessionRow } from './accounts.repo.ts';

export function createSessionsRepo(db: Db) {
  return {
    /** Unrevoked, unexpired sessions of a person, most recently used first (the idle timeout is the caller's). */
    async listOpen(userId: string, now: Date): Promise<SessionRow[]> {
      return db
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
        .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
    },

    async revoke(id: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id });
      return rows.length > 0;
    },

    /** Ends every session of a person, except `exceptId` (the one making the change) when given. */
    async revokeAllOf(userId: string, now: Date, exceptId?: string | null): Promise<number> {
      const rows = await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(
          and(
            eq(sessions.userId, userId),
            isNull(sessions.revokedAt),
            gt(sessions.expiresAt, now),
            exceptId ? ne(sessions.id, exceptId) : undefined,
          ),
        )
        .returning({ id: sessions.id });
      return rows.length;
    },
  };
}
