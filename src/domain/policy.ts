// The one authorization policy: `can(actor, action, target)`, deny by default. The HTTP layer checks it before a
// route runs (config.access, without a target: "may this caller ever do this?"), use cases check it again with the
// record in hand, and responses present it as `abilities`, so the web app never re-derives a rule. Pure.
// Each module keeps its own rules (treaties/, accounts/, library/, assistance/, cooperation/policy.ts);
// this file composes them and is the only door: nothing else calls a module's rules.
import { AppError } from './errors.ts';
import type { Actor } from './actor.ts';
import type { ConfidentialRecord } from './accounts/confidentiality.ts';
import { type Confidentiality, type OrganisationKind, type Role } from './accounts/types.ts';
import type { MultiStateRecord, NewHeldRecordTarget, NewRequestTarget, RequestRecord } from './assistance/access.ts';
import { ACCOUNT_ACTIONS, accountRules } from './accounts/policy.ts';
import { ASSISTANCE_ACTIONS, assistanceRules } from './assistance/policy.ts';
import { COOPERATION_ACTIONS, cooperationRules } from './cooperation/policy.ts';
import { FUNDING_ACTIONS, type FundingTarget, fundingRules } from './funding/policy.ts';
import type { CooperationRequestAccess } from './cooperation/requests.ts';
import type { AssessmentSource } from './library/checklist.ts';
import { LIBRARY_ACTIONS, libraryRules } from './library/policy.ts';
import { REPORTING_ACTIONS, type ReportTarget, reportingRules } from './reporting/policy.ts';
import { TREATY_ACTIONS, treatyRules } from './treaties/policy.ts';

export const ACTIONS = [
  ...TREATY_ACTIONS,
  ...ACCOUNT_ACTIONS,
  ...LIBRARY_ACTIONS,
  ...ASSISTANCE_ACTIONS,
  ...COOPERATION_ACTIONS,
  ...FUNDING_ACTIONS,
  ...REPORTING_ACTIONS,
] as const;
export type Action = (typeof ACTIONS)[number];

/** One module's rules: for each of its actions, whether the actor may (without a target: may ever). */
export type RuleSet<A extends Action> = { readonly [K in A]: (actor: Actor, target?: Target) => boolean };

const RULES: RuleSet<Action> = { ...treatyRules, ...accountRules, ...libraryRules, ...assistanceRules, ...cooperationRules, ...fundingRules, ...reportingRules };

/** Actions an API token may be granted: reading and the machine work of imports; never account management. */
export const TOKEN_SCOPES = [
  'treaty-status:read',
  'treaty-status:export',
  'import-batch:read',
  'import-batch:create',
  'organisation:read',
  'document:read',
  'document:create',
  'audit-log:read',
  'audit-log:export',
  'assistance-request:read',
  'activity:read',
  'programme:read',
  'strategy:read',
  'need:read',
  'coordination:read',
  'notification:read',
  'legal-basis:read',
  'legislation:read',
  'library:search',
  'authority:read',
  'funding:read',
  'mandate:read',
] as const satisfies readonly Action[];
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** What an action is about. Without a target, `can` answers whether the caller may ever do it. */
export type Target =
  | { kind: 'treaty-data' }
  | { kind: 'import-batch'; id?: number }
  | { kind: 'organisation'; id: string; organisationKind: OrganisationKind; stateCode: string | null }
  | { kind: 'person'; id: string; stateCodes: readonly string[] }
  | { kind: 'invitation'; organisationKind: OrganisationKind; stateCode: string | null; role: Role; invitedBy: string | null }
  | { kind: 'record'; record: ConfidentialRecord }
  /** A record about to be created: who would hold it, about which State, how confidential. */
  | {
      kind: 'new-record';
      ownerOrganisationId: string;
      stateCode: string | null;
      /** The regional group of that State (for officers limited to regions); unknown = null. */
      stateRegion?: string | null;
      confidentiality: Confidentiality;
    }
  | { kind: 'request'; request: RequestRecord }
  | ({ kind: 'new-request' } & NewRequestTarget)
  /** An activity, programme, strategy or need, or a request seen as such (for its results). */
  | { kind: 'held-record'; record: MultiStateRecord }
  | ({ kind: 'new-held-record' } & NewHeldRecordTarget)
  /** An overlap between activities of these organisations. */
  | { kind: 'overlap'; organisationIds: readonly string[] }
  /** A cooperation record of one State: an authority entry, a declaration. */
  | { kind: 'state-entry'; stateCode: string }
  /** A record between two States: a bilateral treaty. */
  | { kind: 'state-pair'; stateCodes: readonly string[] }
  /** A request for MLA or extradition between two authorities (issue 12). */
  | { kind: 'cooperation-request'; request: CooperationRequestAccess }
  /** A request about to be drafted by this State authority. */
  | { kind: 'new-cooperation-request'; requestingOrganisationId: string }
  /** An assessment of a State's incorporation of a requirement, made (or to be made) by this organisation. */
  | IncorporationAssessmentTarget
  /** A pledge, contribution, allocation or expenditure: whose money, received by whom (issue 14). */
  | FundingTarget
  /** A report draft and the organisation holding it (issue 14). */
  | ReportTarget;

export interface IncorporationAssessmentTarget {
  kind: 'incorporation-assessment';
  stateCode: string;
  /** The State's regional group, for officers limited to regions; unknown = null. */
  stateRegion?: string | null;
  source: AssessmentSource;
  organisationId: string;
}

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

export function can(actor: Actor, action: Action, target?: Target): boolean {
  // A token acts only within its scopes, and never beyond what its person may do.
  if (actor.kind === 'user' && actor.tokenScopes && !actor.tokenScopes.includes(action)) return false;
  // Deny by default: an unknown action (from an untyped caller) has no rule.
  return Object.hasOwn(RULES, action) ? RULES[action](actor, target) : false;
}

/** Throws when the actor may not: UNAUTHENTICATED for anonymous callers (signing in may help), else FORBIDDEN. */
export function authorize(actor: Actor, action: Action, target?: Target): void {
  if (can(actor, action, target)) return;
  if (actor.kind === 'anonymous') {
    throw new AppError('UNAUTHENTICATED', 'Sign in to do this.', { params: { action } });
  }
  throw new AppError('FORBIDDEN', 'You may not do this.', { params: { action } });
}

/** `abilities` for a response: each named ability answered by the same policy. */
export function abilitiesFor<K extends string>(
  actor: Actor,
  map: Record<K, Action>,
  target?: Target,
): Record<K, boolean> {
  const out = {} as Record<K, boolean>;
  for (const key of Object.keys(map) as K[]) out[key] = can(actor, map[key], target);
  return out;
}

