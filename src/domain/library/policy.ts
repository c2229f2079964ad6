// Who may read and write documents, each in its confidentiality scope. Composed into the one `can()` in ../policy.ts.
import type { UserActor } from '../actor.ts';
import { isVisible } from '../accounts/confidentiality.ts';
import type { Confidentiality } from '../accounts/types.ts';
import type { RuleSet } from '../policy.ts';

export const LIBRARY_ACTIONS = [
  /** List and read documents (each in its confidentiality scope). */
  'document:read',
  'document:create',
  'document:update',
  'document:delete',
] as const;
type LibraryAction = (typeof LIBRARY_ACTIONS)[number];

/**
 * A record is held by an organisation the actor works for; a State authority writes only about its own State; and
 * nobody writes a record they could not then read (an officer limited to African States writing about France).
 */
function mayHoldRecord(
  actor: UserActor,
  t: { ownerOrganisationId: string; stateCode: string | null; stateRegion?: string | null; confidentiality: Confidentiality },
): boolean {
  const m = actor.memberships.find((x) => x.organisationId === t.ownerOrganisationId && x.role !== 'donor-representative');
  if (!m) return false;
  if (m.organisationKind === 'state-authority' && t.stateCode !== m.stateCode) return false;
  if (t.confidentiality === 'state-restricted' && !t.stateCode) return false;
  // Only UN entities' people can see UN-internal records, so only they may write one.
  if (t.confidentiality === 'un-internal' && m.organisationKind !== 'un-entity') return false;
  return isVisible(actor, {
    confidentiality: t.confidentiality,
    stateCode: t.stateCode,
    stateRegion: t.stateRegion ?? null,
    ownerOrganisationId: t.ownerOrganisationId,
    sharedOrganisationIds: [],
    namedUserIds: [actor.userId],
    createdBy: actor.userId,
  });
}

const changeDocument = (action: 'document:update' | 'document:delete'): RuleSet<LibraryAction>[LibraryAction] =>
  (actor, target) => {
    if (actor.kind !== 'user') return false;
    if (!target) return actor.memberships.length > 0;
    // Moving a record (new owner, State or confidentiality): the same rule as creating it there.
    if (target.kind === 'new-record') return action === 'document:update' && mayHoldRecord(actor, target);
    return (
      target.kind === 'record' &&
      isVisible(actor, target.record) &&
      (target.record.createdBy === actor.userId ||
        actor.memberships.some(
          (m) => m.organisationId === target.record.ownerOrganisationId && m.role !== 'donor-representative',
        ))
    );
  };

export const libraryRules: RuleSet<LibraryAction> = {
  // Anyone may look for documents; each one is then checked against its confidentiality.
  'document:read': (actor, target) => !target || (target.kind === 'record' && isVisible(actor, target.record)),
  'document:create': (actor, target) => {
    if (actor.kind !== 'user') return false;
    // A donor representative never holds a record (mayHoldRecord), so never "may create" either.
    if (!target) return actor.memberships.some((m) => m.role !== 'donor-representative');
    return target.kind === 'new-record' && mayHoldRecord(actor, target);
  },
  'document:update': changeDocument('document:update'),
  'document:delete': changeDocument('document:delete'),
};
