// Entries of the directory of competent authorities for tests, written through the repository (with their first
// revision), confirmed at the time given: an old time makes a stale entry. And what is stored.
import { count } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { authorities, authorityRevisions } from '#db/schema/index.ts';
import { createAuthoritiesRepo, type AuthorityFields } from '#db/repos/cooperation/authorities.repo.ts';

export async function insertAuthority(db: Db, fields: Partial<AuthorityFields> & Pick<AuthorityFields, 'stateCode' | 'name'>, confirmedAt: Date) {
  return createAuthoritiesRepo(db).insert(
    {
      kind: 'mla',
      instrumentId: null,
      address: '',
      channels: [],
      languages: [],
      urgentProcedure: '',
      requirements: {},
      requestItems: null,
      lawLinks: [],
      contacts: [],
      publicFields: [],
      ...fields,
    },
    null,
    confirmedAt,
  );
}

export const authorityRepo = (db: Db) => createAuthoritiesRepo(db);

/** How many entries and revisions are stored (to show that nothing was written). */
export async function authorityCounts(db: Db) {
  return {
    entries: (await db.select({ n: count() }).from(authorities))[0]!.n,
    revisions: (await db.select({ n: count() }).from(authorityRevisions))[0]!.n,
  };
}
