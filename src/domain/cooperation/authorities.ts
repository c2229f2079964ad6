// Competent authorities: who sees which fields, and when an entry is stale. Pure.
import {
  AUTHORITY_OPTIONAL_PUBLIC_FIELDS,
  AUTHORITY_STALE_AFTER_MONTHS,
  type Authority,
  type AuthorityOptionalPublicField,
} from './types.ts';

/** Not confirmed for AUTHORITY_STALE_AFTER_MONTHS months (calendar months, in UTC) by `now`. */
export function isStale(confirmedAt: Date, now: Date): boolean {
  const limit = new Date(now.getTime());
  limit.setUTCMonth(limit.getUTCMonth() - AUTHORITY_STALE_AFTER_MONTHS);
  return confirmedAt.getTime() < limit.getTime();
}

/** The instant before which an entry is stale at `now` (for queries). */
export function staleBefore(now: Date): Date {
  const limit = new Date(now.getTime());
  limit.setUTCMonth(limit.getUTCMonth() - AUTHORITY_STALE_AFTER_MONTHS);
  return limit;
}

export type AuthorityProjection = Omit<Authority, AuthorityOptionalPublicField> & {
  [K in AuthorityOptionalPublicField]: Authority[K] | null;
} & {
  /** Fields held back from this reader (null above). */
  withheld: AuthorityOptionalPublicField[];
};

/**
 * What a reader sees of an entry: everything when entitled to contacts (`authority:read-contacts` for its State),
 * else only what is always public plus the fields the State chose to make public. Withheld, `requestItems` is null
 * like an unknown list: `withheld` tells the two apart.
 */
export function projectAuthority(a: Authority, seesEverything: boolean): AuthorityProjection {
  const withheld = seesEverything ? [] : AUTHORITY_OPTIONAL_PUBLIC_FIELDS.filter((f) => !a.publicFields.includes(f));
  const out = { ...a, withheld } as AuthorityProjection;
  for (const f of withheld) (out as Record<string, unknown>)[f] = null;
  // The items a request must contain are part of what the authority requires: shown and withheld with `requirements`.
  if (withheld.includes('requirements')) out.requestItems = null;
  return out;
}
