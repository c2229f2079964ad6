// Who is asking: the anonymous public, or a signed-in person with their memberships. A machine client using an API
// token acts as its person, limited to the token's scopes. Pure.
import type { Membership } from './accounts/types.ts';
import type { Action } from './policy.ts';

export interface AnonymousActor {
  kind: 'anonymous';
}

export interface UserActor {
  kind: 'user';
  userId: string;
  /** Administers organisations, people and roles; sees the audit trail. Grants no access to confidential records. */
  platformAdmin: boolean;
  memberships: readonly Membership[];
  /** Set when the request carries an API token: the only actions it may perform (within the person's rights). */
  tokenScopes?: readonly Action[];
  tokenId?: string;
}

export type Actor = AnonymousActor | UserActor;

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });

/** How the audit trail names an actor. */
export function actorLabel(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'anonymous';
  return actor.tokenId ? `token:${actor.tokenId}` : `user:${actor.userId}`;
}

export function isUser(actor: Actor): actor is UserActor {
  return actor.kind === 'user';
}

export function rolesOf(actor: Actor) {
  return actor.kind === 'user' ? actor.memberships.map((m) => m.role) : [];
}

/** States this actor acts for as a focal point. */
export function stateCodesOf(actor: Actor): string[] {
  if (actor.kind !== 'user') return [];
  const codes = actor.memberships.filter((m) => m.role === 'focal-point' && m.stateCode).map((m) => m.stateCode!);
  return [...new Set(codes)];
}
