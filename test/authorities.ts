// Entries of the directory of competent authorities for tests, written through the repository (with their first
// revision), confirmed at the time given: an old time makes a stale entry.
import type { Db } from '#db/client.ts';
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
      lawLinks: [],
      contacts: [],
      publicFields: [],
      ...fields,
    },
    null,
    confirmedAt,
  );
}
