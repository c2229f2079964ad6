// Single sign-on identities: which person an OpenID provider's (issuer, subject) pair stands for.
import { and, eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { userIdentities } from '#db/schema/index.ts';

export type UserIdentityRow = typeof userIdentities.$inferSelect;

export function createUserIdentitiesRepo(db: Db) {
  return {
    async find(issuer: string, subject: string): Promise<UserIdentityRow | undefined> {
      const [row] = await db
        .select()
        .from(userIdentities)
        .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
      return row;
    },

    async ofUser(userId: string, issuer: string): Promise<UserIdentityRow[]> {
      return db
        .select()
        .from(userIdentities)
        .where(and(eq(userIdentities.userId, userId), eq(userIdentities.issuer, issuer)));
    },

    async insert(row: typeof userIdentities.$inferInsert): Promise<void> {
      await db.insert(userIdentities).values(row);
    },
  };
}
