// Who may read and change the treaty record. Composed into the one `can()` in ../policy.ts.
import type { Actor } from '../actor.ts';
import type { RuleSet } from '../policy.ts';

export const TREATY_ACTIONS = [
  /** Read treaty status: participants, instruments, the matrix, changes, party counts. */
  'treaty-status:read',
  /** Download treaty status as CSV / XLSX / JSON. */
  'treaty-status:export',
  /** Read import batches and their summaries (their sources are public documents). */
  'import-batch:read',
  /** Import a status list. */
  'import-batch:create',
  /** Revert an import batch. */
  'import-batch:revert',
] as const;

// Changing the treaty record is staff work: administrators and officers of UN entities (not of regional
// organisations or civil society, whose officers work assistance but do not keep the depositary record).
const keepsTheRecord = (actor: Actor) =>
  actor.kind === 'user' &&
  (actor.platformAdmin || actor.memberships.some((m) => m.role === 'entity-officer' && m.organisationKind === 'un-entity'));

export const treatyRules: RuleSet<(typeof TREATY_ACTIONS)[number]> = {
  // Treaty participation is public information published by the depositaries: anyone may read and export it.
  'treaty-status:read': () => true,
  'treaty-status:export': () => true,
  'import-batch:read': () => true,
  'import-batch:create': keepsTheRecord,
  'import-batch:revert': keepsTheRecord,
};
