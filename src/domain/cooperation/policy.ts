// Who may read and keep the cooperation register: the legal-basis finder, bilateral treaties, States' declarations
// and the directory of competent authorities. Composed into the one `can()` in ../policy.ts.
import type { Actor, UserActor } from '../actor.ts';
import type { RuleSet, Target } from '../policy.ts';

export const COOPERATION_ACTIONS = [
  /** Ask the legal-basis finder and the pair view; read provisions, bilateral treaties and declarations. */
  'legal-basis:read',
  /** Enter, correct or remove a bilateral treaty (target: the two States). */
  'bilateral-treaty:manage',
  /** Record or correct what a State declared (target: the State). */
  'declaration:manage',
  /** Read the directory of competent authorities: what each State made public, and more for those entitled. */
  'authority:read',
  /** See an authority's contact details and everything else (target: its State). Every such read is audited. */
  'authority:read-contacts',
  /** Create, change, confirm or remove an authority entry (target: its State). */
  'authority:update',
  /** Import a directory file for a State (dry run first). */
  'authority:import',
] as const;

/** States for which this person acts in cooperation matters: as focal point or central-authority practitioner. */
export function cooperationStates(actor: UserActor): string[] {
  return actor.memberships
    .filter((m) => (m.role === 'focal-point' || m.role === 'central-authority-practitioner') && m.stateCode)
    .map((m) => m.stateCode!);
}

const isPractitioner = (actor: UserActor) => actor.memberships.some((m) => m.role === 'central-authority-practitioner');
const isUnOfficer = (actor: UserActor) =>
  actor.memberships.some((m) => m.organisationKind === 'un-entity' && (m.role === 'entity-officer' || m.role === 'coordinator'));

const statesOf = (target: Target | undefined): readonly string[] | null => {
  if (target?.kind === 'state-entry') return [target.stateCode];
  if (target?.kind === 'state-pair') return target.stateCodes;
  return null;
};

/** The State's own people (focal points and practitioners) for their State; without a target, whether they act for any. */
function statesOwnPeople(actor: Actor, target?: Target): boolean {
  if (actor.kind !== 'user') return false;
  const mine = cooperationStates(actor);
  const states = statesOf(target);
  if (!target) return mine.length > 0;
  return states !== null && states.some((s) => mine.includes(s));
}

// Practitioners of any State and officers of UN entities see contact details (issue 11 §3); a State's focal points
// see their own State's. Administrators keep accounts, not the directory: the role grants no reading of contacts.
function readContacts(actor: Actor, target?: Target): boolean {
  if (actor.kind !== 'user') return false;
  if (isPractitioner(actor) || isUnOfficer(actor)) return !target || statesOf(target) !== null;
  return statesOwnPeople(actor, target);
}

// Bilateral treaties and declarations are public facts; the States concerned and UN officers record them.
function keepsRegister(actor: Actor, target?: Target): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.platformAdmin || isUnOfficer(actor)) return !target || statesOf(target) !== null;
  return statesOwnPeople(actor, target);
}

// The directory is maintained by the State's own people; UNODC's officers import directory files for a State too.
function importsDirectory(actor: Actor, target?: Target): boolean {
  if (actor.kind !== 'user') return false;
  if (isUnOfficer(actor)) return !target || statesOf(target) !== null;
  return statesOwnPeople(actor, target);
}

export const cooperationRules: RuleSet<(typeof COOPERATION_ACTIONS)[number]> = {
  'legal-basis:read': () => true,
  'bilateral-treaty:manage': keepsRegister,
  'declaration:manage': keepsRegister,
  'authority:read': () => true,
  'authority:read-contacts': readContacts,
  'authority:update': statesOwnPeople,
  'authority:import': importsDirectory,
};
