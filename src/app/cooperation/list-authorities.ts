// The directory of competent authorities, by State, kind and name, filtered and paged. Everyone may read it; each
// entry is projected for the reader (contacts and non-public fields only for those entitled), and the contact
// details shown are audited in one entry for the request.
import type { Actor } from '#domain/actor.ts';
import { isStale, staleBefore } from '#domain/cooperation/authorities.ts';
import type { AuthorityKind } from '#domain/cooperation/types.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAuthoritiesRepo } from '#db/repos/cooperation/authorities.repo.ts';
import { authorityAbilities, authorityOf, authorityTarget, presentAuthorities, type AuthorityAbilities, type AuthorityView } from './authority-presenters.ts';
import { pageOf, type Page, type PageQuery } from '../shared/paging.ts';

export interface AuthorityListFilters {
  stateCode?: string;
  kind?: AuthorityKind;
  /** true: only entries not confirmed for 12 months; false: only the others. */
  stale?: boolean;
}

export async function listAuthorities(
  db: Db,
  actor: Actor,
  query: AuthorityListFilters & PageQuery,
  now: Date,
): Promise<Page<AuthorityView & { abilities: AuthorityAbilities }> & { abilities: { create: boolean } }> {
  authorize(actor, 'authority:read');
  const { page, pageSize, stateCode, kind, stale } = query;
  const state = stateCode?.trim().toUpperCase();
  const rows = await createAuthoritiesRepo(db).list({
    ...(state ? { stateCodes: [state] } : {}),
    ...(kind ? { kinds: [kind] } : {}),
    ...(stale === true ? { confirmedBefore: staleBefore(now) } : {}),
  });
  const matching = stale === false ? rows.filter((r) => !isStale(r.confirmedAt, now)) : rows;
  const shown = pageOf(matching, { page, pageSize });
  const views = await presentAuthorities(db, actor, shown.data.map(authorityOf), 'authorities:list', now);
  return {
    ...shown,
    data: views.map((v) => ({ ...v, abilities: authorityAbilities(actor, v.stateCode) })),
    // With a State asked for: whether the reader may add an entry for it; else for any State.
    abilities: { create: can(actor, 'authority:update', state ? authorityTarget(state) : undefined) },
  };
}
