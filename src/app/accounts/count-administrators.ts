// Whether a newcomer still has to create the first administrator: active administrators, and invitations to become
// one that are still usable (`accord admin create` printed the link; it has not been opened yet).
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { oneTimeTokens, users } from '#db/schema/index.ts';

export async function countAdministrators(db: Db, now: Date): Promise<{ active: number; invited: number }> {
  const [active] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.platformAdmin, true), isNull(users.disabledAt)));
  const [invited] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.purpose, 'invitation'),
        sql`${oneTimeTokens.payload} ->> 'platformAdmin' = 'true'`,
        isNull(oneTimeTokens.usedAt),
        isNull(oneTimeTokens.revokedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    );
  return { active: Number(active?.n ?? 0), invited: Number(invited?.n ?? 0) };
}
