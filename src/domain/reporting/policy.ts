// Who may read and keep the mandate registry and the Secretary-General's report drafts (issue 14 §2–3). Composed
// into the one `can()` in ../policy.ts.
//
// - Resolutions are public documents: anyone reads the registry.
// - The assisting entities' officers and coordinators import resolutions and correct what the parser found.
// - Report drafts are written by coordinators (the role that "reads across entities for coherence and reporting"),
//   and read and changed by the coordinators of the organisation holding the draft (target: that organisation).
import type { Actor, UserActor } from '../actor.ts';
import type { RuleSet, Target } from '../policy.ts';

export const REPORTING_ACTIONS = [
  /** Read the mandate registry: resolutions, paragraphs, links, corrections. */
  'mandate:read',
  /** Import a resolution, correct its paragraphs. */
  'mandate:edit',
  /** Read report drafts, their figures and the records behind them (target: the holding organisation). */
  'report:read',
  /** Create a draft, write its narrative, refresh its figures (target: the holding organisation). */
  'report:write',
] as const;
type ReportingAction = (typeof REPORTING_ACTIONS)[number];

/** A report draft, held by one organisation. */
export interface ReportTarget {
  kind: 'report';
  organisationId: string;
}

const ENTITY_KINDS = new Set(['un-entity', 'regional-organisation']);

function user(actor: Actor): actor is UserActor {
  return actor.kind === 'user';
}

function coordinates(actor: Actor, target?: Target): boolean {
  if (!user(actor)) return false;
  const coordinators = actor.memberships.filter((m) => m.role === 'coordinator');
  if (!target) return coordinators.length > 0;
  return target.kind === 'report' && coordinators.some((m) => m.organisationId === target.organisationId);
}

export const reportingRules: RuleSet<ReportingAction> = {
  'mandate:read': () => true,
  'mandate:edit': (actor) =>
    user(actor) &&
    actor.memberships.some((m) => (m.role === 'entity-officer' || m.role === 'coordinator') && ENTITY_KINDS.has(m.organisationKind)),
  'report:read': coordinates,
  'report:write': coordinates,
};
