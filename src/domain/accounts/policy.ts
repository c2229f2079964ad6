// Who may manage accounts, organisations, invitations, the audit trail, notifications and subscriptions.
// Composed into the one `can()` in ../policy.ts.
import type { Actor, UserActor } from '../actor.ts';
import type { RuleSet, Target } from '../policy.ts';

export const ACCOUNT_ACTIONS = [
  /** Read one's own account: profile, memberships, sessions, API tokens. */
  'account:read',
  /** Change one's own account: profile, password, second factor, sessions. */
  'account:update',
  /** Create or revoke one's own API tokens (never with a token). */
  'api-token:manage',
  /** List and read organisations (the directory of who works on what). */
  'organisation:read',
  'organisation:create',
  'organisation:update',
  /** List and read people and their memberships. */
  'person:read',
  /** Disable or re-enable an account, make or unmake an administrator. */
  'person:update',
  /** Grant or remove a role in an organisation. */
  'membership:manage',
  /** Invite someone to an organisation with a role. */
  'invitation:create',
  'invitation:read',
  'invitation:revoke',
  'audit-log:read',
  'audit-log:export',
  /** One's own notifications and subscriptions. */
  'notification:read',
  'subscription:manage',
] as const;

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'user' && actor.platformAdmin;
}

export function focalPointStates(actor: UserActor): string[] {
  return actor.memberships.filter((m) => m.role === 'focal-point' && m.stateCode).map((m) => m.stateCode!);
}

const signedIn = (actor: Actor) => actor.kind === 'user';
const inPerson = (actor: Actor) => actor.kind === 'user' && !actor.tokenScopes;

// Administrators see everyone; a focal point sees the people of their own State's authorities.
function readPerson(actor: Actor, target?: Target): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.platformAdmin) return true;
  if (!target) return focalPointStates(actor).length > 0;
  return target.kind === 'person' && target.stateCodes.some((c) => focalPointStates(actor).includes(c));
}

// Vetted onboarding without a central bottleneck: a focal point nominates colleagues of the same State.
function invitationRule(action: 'invitation:create' | 'invitation:read' | 'invitation:revoke') {
  return (actor: Actor, target?: Target) => {
    if (actor.kind !== 'user') return false;
    if (actor.platformAdmin) return !target || target.kind === 'invitation';
    if (!target) return focalPointStates(actor).length > 0;
    return (
      target.kind === 'invitation' &&
      target.organisationKind === 'state-authority' &&
      (target.role === 'focal-point' || target.role === 'central-authority-practitioner') &&
      target.stateCode !== null &&
      focalPointStates(actor).includes(target.stateCode) &&
      (action !== 'invitation:revoke' || target.invitedBy === actor.userId)
    );
  };
}

export const accountRules: RuleSet<(typeof ACCOUNT_ACTIONS)[number]> = {
  'account:read': signedIn,
  'account:update': signedIn,
  'api-token:manage': inPerson,
  'organisation:read': signedIn,
  'organisation:create': isAdmin,
  'organisation:update': isAdmin,
  'person:update': isAdmin,
  'membership:manage': isAdmin,
  'audit-log:read': isAdmin,
  'audit-log:export': isAdmin,
  'person:read': readPerson,
  'invitation:create': invitationRule('invitation:create'),
  'invitation:read': invitationRule('invitation:read'),
  'invitation:revoke': invitationRule('invitation:revoke'),
  'notification:read': signedIn,
  'subscription:manage': inPerson,
};
