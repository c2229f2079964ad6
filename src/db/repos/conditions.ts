// Pieces of WHERE conditions shared by the repositories: array parameters, a LIKE pattern, and the confidentiality
// scope. `scopeCondition` is the SQL twin of `isInScope` / `isInScopeOfAny` (src/domain/accounts/confidentiality.ts,
// src/domain/assistance/access.ts): each repository's test compares both over a grid, so a list never holds what a
// read would refuse.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { activities, assistanceRequests, participants } from '../schema/index.ts';

export const textArray = (values: readonly string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
export const uuidArray = (ids: readonly string[]) => sql`ARRAY[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;

/** `%` and `_` typed by a person are text, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The columns of a record that the scope reads. */
export type ScopeColumns = {
  confidentiality: AnyColumn;
  /** The organisations holding it (a request: the entity addressed and the requesting authority). */
  owners: readonly AnyColumn[];
  /** Organisations it is shared with (uuid[]), when the table has them. */
  shared?: AnyColumn;
  /** People named (uuid[]), when the table has them; without, nobody is in a named-people record's scope. */
  named?: AnyColumn;
} & ({ stateCode: AnyColumn; stateCodes?: never } | { stateCodes: AnyColumn; stateCode?: never });

/**
 * The records in `scope`, as a WHERE condition: exactly what the domain admits. A record of several States
 * (`stateCodes`) is visible through any of them.
 */
export function scopeCondition(c: ScopeColumns, scope: Scope): SQL {
  const level = (value: Confidentiality) => sql`${c.confidentiality} = ${value}`;
  const heldBy = (ids: readonly string[]): SQL => {
    const held = c.owners.map((owner) => sql`${owner} = any(${uuidArray(ids)})`);
    if (c.shared) held.push(sql`${c.shared} && ${uuidArray(ids)}`);
    return sql`(${sql.join(held, sql` or `)})`;
  };
  const visible: SQL[] = [level('public')];
  if (scope.unInternal) visible.push(level('un-internal'));
  if (scope.userId !== null && c.named) visible.push(sql`(${level('named-people')} and ${c.named} @> ${uuidArray([scope.userId])})`);
  const restricted: SQL[] = [];
  if (scope.allStateRestricted) restricted.push(sql`true`);
  else {
    // A focal point of (one of) its State(s), or a holder limited to the region of (one of) its State(s).
    if (scope.stateCodes.length > 0) {
      restricted.push(
        c.stateCodes
          ? sql`${c.stateCodes} && ${textArray(scope.stateCodes)}`
          : sql`${c.stateCode} = any(${textArray(scope.stateCodes)})`,
      );
    }
    const unlimited = scope.organisations.filter((g) => g.regions === null).map((g) => g.organisationId);
    if (unlimited.length > 0) restricted.push(heldBy(unlimited));
    // The State's regional group is looked up here, so that the condition stands on the record's table alone.
    const ofState = c.stateCodes ? sql`scope_p.code = any(${c.stateCodes})` : sql`scope_p.code = ${c.stateCode}`;
    for (const grant of scope.organisations) {
      // An empty list of regions grants nothing.
      if (grant.regions === null || grant.regions.length === 0) continue;
      const regions = sql.join(grant.regions.map((r) => sql`${r}`), sql`, `);
      restricted.push(
        sql`(${heldBy([grant.organisationId])} and exists (select 1 from ${participants} as scope_p where ${ofState} and scope_p.regional_group in (${regions})))`,
      );
    }
  }
  if (restricted.length > 0) visible.push(sql`(${level('state-restricted')} and (${sql.join(restricted, sql` or `)}))`);
  return sql`(${sql.join(visible, sql` or `)})`;
}

/** The columns the policy needs to decide whether a reader may see an activity (with its delivering entity's id). */
export const activityAccessColumns = {
  organisationId: activities.organisationId,
  stateCodes: activities.stateCodes,
  confidentiality: activities.confidentiality,
  sharedOrganisationIds: activities.sharedOrganisationIds,
  namedUserIds: activities.namedUserIds,
  createdBy: activities.createdBy,
};

/** The columns the policy needs of a request (RequestRecord); join `participants` on the State for its region. */
export const requestAccessColumns = {
  status: assistanceRequests.status,
  stateCode: assistanceRequests.stateCode,
  stateRegion: participants.regionalGroup,
  addressedToOrganisationId: assistanceRequests.addressedToOrganisationId,
  requestingOrganisationId: assistanceRequests.requestingOrganisationId,
  themes: assistanceRequests.themes,
  recordedOnBehalf: assistanceRequests.recordedOnBehalf,
  confidentiality: assistanceRequests.confidentiality,
  sharedOrganisationIds: assistanceRequests.sharedOrganisationIds,
  namedUserIds: assistanceRequests.namedUserIds,
  createdBy: assistanceRequests.createdBy,
};
