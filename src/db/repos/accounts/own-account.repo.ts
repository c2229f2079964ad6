// What a person changes on their own account (password, second factor, profile).
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { users } from '#db/schema/index.ts';
import type { UserRow } from './accounts.repo.ts';

type UserPatch = Partial<
  Pick<
    typeof users.$inferInsert,
    'displayName' | 'languages' | 'passwordHash' | 'passwordChangedAt' | 'totpSecret' | 'totpEnabledAt' | 'totpLastStep'
  >
>;

export function createOwnAccountRepo(db: Db) {
  return {
    /**
     * Bumps the version (the record of the account changed: details, password, second factor); with `expectedVersion`,
     * only if the row is still that version (undefined: it was not).
     */
    async update(userId: string, patch: UserPatch, now: Date, expectedVersion?: number): Promise<UserRow | undefined> {
      const id = userId;
      const [row] = await db
        .update(users)
        .set({ ...patch, updatedAt: now, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, id), expectedVersion === undefined ? undefined : eq(users.version, expectedVersion)))
        .returning();
      return row;
    },

    /**
     * Records `step` as the last TOTP time step used, only if it is later than the one stored: false means the code
     * (or an earlier one) was already used. One conditional UPDATE, so two requests replaying a code cannot both win.
     */
    async acceptTotpStep(userId: string, step: number): Promise<boolean> {
      const rows = await db
        .update(users)
        .set({ totpLastStep: step })
        .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
        .returning({ id: users.id });
      return rows.length > 0;
    },
  };
}
