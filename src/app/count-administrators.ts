// How many active platform administrators there are: none means a newcomer still has to create the first one.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { users } from '#db/schema/index.ts';

export async function countAdministrators(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.platformAdmin, true), isNull(users.disabledAt)));
  return Number(row?.n ?? 0);
}
