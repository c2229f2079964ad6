// A person's recovery codes for the second factor, stored as hashes (see app/accounts/support/recovery-codes.ts).
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { recoveryCodes } from '#db/schema/index.ts';

export function createRecoveryCodesRepo(db: Db) {
  return {
    /** Replaces every code of the person (used or not) with these. Call inside a transaction. */
    async replace(userId: string, codeHashes: string[], now: Date): Promise<void> {
      await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
      if (codeHashes.length === 0) return;
      await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
    },

    /**
     * Spends the code: true when it was the person's and unused. Found and marked used in one conditional UPDATE,
     * so two requests with the same code cannot both succeed.
     */
    async consume(userId: string, codeHash: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      return rows.length > 0;
    },

    async remaining(userId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
      return Number(row?.n ?? 0);
    },

    async deleteAll(userId: string): Promise<void> {
      await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    },
  };
}
