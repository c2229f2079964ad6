// Who may read and write documents, each in its confidentiality scope. Composed into the one `can()` in ../policy.ts.
import type { UserActor } from '../actor.ts';
import { isVisible } from '../accounts/confidentiality.ts';
import type { Confidentiality } from '../accounts/types.ts';
import type { IncorporationAssessmentTarget, RuleSet } from '../policy.ts';

export const LIBRARY_ACTIONS = [
  /** List and read documents (each in its confidentiality scope). */
  'document:read',
  'document:create',
  'document:update',
  'document:delete',
  /** Read the instruments' checklists and States' incorporation of them (public, like treaty status). */
  'legislation:read',
  /** Search the library, provisions, treaty articles and assistance records (each hit within the reader's scope). */
  'library:search',
  /** Record how far a State's law incorporates an instrument's requirement (issue 13 §1); assessments are public. */
  'incorporation-assessment:create',
  /** Withdraw an assessment (it is kept, superseded). */
  'incorporation-assessment:withdraw',
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

/**
 * Who may assess a State's incorporation, by source: the State's own people (a State authority of that State) for
 * `state`; an entity's officer for `assistance` (the activity is checked by the use case); a UN entity's officer or
 * any coordinator for `review`. The assessment is held by an organisation the actor is a member of, and an officer
 * limited to regions assesses only States of those regions.
 */
function mayAssess(actor: UserActor, t: IncorporationAssessmentTarget): boolean {
  const m = actor.memberships.find((x) => x.organisationId === t.organisationId);
  if (!m) return false;
  const inRegion = !m.regions || (t.stateRegion != null && m.regions.includes(t.stateRegion));
  switch (t.source) {
    case 'state':
      return m.organisationKind === 'state-authority' && m.stateCode === t.stateCode;
    case 'assistance':
      return m.role === 'entity-officer' && inRegion;
    case 'review':
      return ((m.role === 'entity-officer' && m.organisationKind === 'un-entity') || m.role === 'coordinator') && inRegion;
    default:
      return false;
  }
}

const ASSESSING_ROLES = new Set(['focal-point', 'central-authority-practitioner', 'entity-officer', 'coordinator']);

export const libraryRules: RuleSet<LibraryAction> = {
  'legislation:read': () => true,
  'library:search': () => true,
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
  'incorporation-assessment:create': (actor, target) => {
    if (actor.kind !== 'user') return false;
    if (!target) return actor.memberships.some((m) => ASSESSING_ROLES.has(m.role));
    return target.kind === 'incorporation-assessment' && mayAssess(actor, target);
  },
  // The organisation that made an assessment withdraws it: any of its people who could make it.
  'incorporation-assessment:withdraw': (actor, target) => {
    if (actor.kind !== 'user') return false;
    if (!target) return actor.memberships.some((m) => ASSESSING_ROLES.has(m.role));
    return target.kind === 'incorporation-assessment' && mayAssess(actor, target);
  },
};
