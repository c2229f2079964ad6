// A person's API tokens: created, listed and revoked by their owner. Authentication by token is in accounts.repo.ts.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { apiTokens } from '#db/schema/index.ts';
import type { ApiTokenRow } from './accounts.repo.ts';

export function createApiTokensRepo(db: Db) {
  return {
    async insert(row: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
      const [created] = await db.insert(apiTokens).values(row).returning();
      return created!;
    },

    async listOf(userId: string): Promise<ApiTokenRow[]> {
      return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt), apiTokens.id);
    },

    /** The token only when it belongs to this person. */
    async findOf(userId: string, id: string): Promise<ApiTokenRow | undefined> {
      const [row] = await db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)));
      return row;
    },

    async revoke(id: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(apiTokens)
        .set({ revokedAt: now })
        .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      return rows.length > 0;
    },
  };
}
