// Who may read and keep the money: donors' pledges and contributions, exchange rates, allocations and expenditure
// (issue 14 §1). Composed into the one `can()` in ../policy.ts.
//
// - The assisting entities' people (UN entities, regional organisations) read all funding: coordination needs it.
// - A donor's representatives read their own donor's contributions and where they went (target: the donor); other
//   donors' money only as aggregates, which the use cases compute without this rule.
// - The people of the receiving entity record contributions, allocations and expenditure (target: the recipient);
//   coordinators read, they do not keep the books. Rate tables are imported by any entity officer.
import type { Actor, UserActor } from '../actor.ts';
import type { RuleSet, Target } from '../policy.ts';

export const FUNDING_ACTIONS = [
  /** Read pledges, contributions, allocations, expenditure and balances (target: the donor, for donors). */
  'funding:read',
  /** Record or correct a pledge or contribution, allocate it, record expenditure (target: the receiving entity). */
  'funding:write',
  /** Import an exchange-rate table from a file. */
  'exchange-rate:import',
] as const;
type FundingAction = (typeof FUNDING_ACTIONS)[number];

/** A funding record: whose money, received by whom. */
export interface FundingTarget {
  kind: 'funding';
  donorOrganisationId: string;
  recipientOrganisationId: string;
}

const ENTITY_KINDS = new Set(['un-entity', 'regional-organisation']);

function user(actor: Actor): actor is UserActor {
  return actor.kind === 'user';
}

function readsFunding(actor: Actor, target?: Target): boolean {
  if (!user(actor)) return false;
  const ms = actor.memberships;
  if (ms.some((m) => ENTITY_KINDS.has(m.organisationKind))) return true;
  const donors = ms.filter((m) => m.role === 'donor-representative');
  if (!target) return donors.length > 0;
  return target.kind === 'funding' && donors.some((m) => m.organisationId === target.donorOrganisationId);
}

function writesFunding(actor: Actor, target?: Target): boolean {
  if (!user(actor)) return false;
  const officers = actor.memberships.filter((m) => m.role === 'entity-officer' && ENTITY_KINDS.has(m.organisationKind));
  if (!target) return officers.length > 0;
  return target.kind === 'funding' && officers.some((m) => m.organisationId === target.recipientOrganisationId);
}

export const fundingRules: RuleSet<FundingAction> = {
  'funding:read': readsFunding,
  'funding:write': writesFunding,
  'exchange-rate:import': (actor) =>
    user(actor) && actor.memberships.some((m) => m.role === 'entity-officer' && ENTITY_KINDS.has(m.organisationKind)),
};
