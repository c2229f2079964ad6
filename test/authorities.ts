// Directory of competent authorities for tests: entries written through the real repository, and what is stored.
import { count } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { authorities, authorityRevisions } from '#db/schema/index.ts';
import { createAuthoritiesRepo, type AuthorityFields } from '#db/repos/cooperation/authorities.repo.ts';

export function insertAuthority(db: Db, fields: AuthorityFields, at: Date) {
  return createAuthoritiesRepo(db).insert(fields, null, at);
}

export const authorityRepo = (db: Db) => createAuthoritiesRepo(db);

/** How many entries and revisions are stored (to show that nothing was written). */
export async function authorityCounts(db: Db) {
  return {
    entries: (await db.select({ n: count() }).from(authorities))[0]!.n,
    revisions: (await db.select({ n: count() }).from(authorityRevisions))[0]!.n,
  };
}
