// The one authorization policy: `can(actor, action, target)`, deny by default. The HTTP layer checks it before a
// route runs (config.access) and presents it as `abilities`, so the web app never re-derives a rule. Pure.
import { AppError } from './errors.ts';
import type { Actor } from './actor.ts';

export const ACTIONS = [
  /** Read treaty status: participants, instruments, the matrix, changes, party counts. */
  'treaty-status:read',
  /** Download treaty status as CSV / XLSX / JSON. */
  'treaty-status:export',
  /** Read import batches and their summaries (their sources are public documents). */
  'import-batch:read',
  /** Import a status list (staff only, once accounts exist). */
  'import-batch:create',
  /** Revert an import batch (staff only, once accounts exist). */
  'import-batch:revert',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What an action is about; treaty data is public, so no target carries an owner yet. */
export type Target = { kind: 'treaty-data' } | { kind: 'import-batch'; id?: number };

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

export function can(_actor: Actor, action: Action, _target?: Target): boolean {
  switch (action) {
    // Treaty participation is public information published by the depositaries: anyone may read and export it.
    case 'treaty-status:read':
    case 'treaty-status:export':
    case 'import-batch:read':
      return true;
    // Writing needs an account with a role; there are none yet, so nobody may.
    case 'import-batch:create':
    case 'import-batch:revert':
      return false;
    default:
      return false;
  }
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
