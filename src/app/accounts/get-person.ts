// One person as an administrator (anyone) or a focal point (people of their own State's authorities) sees them.
// Anyone else, and anyone outside a focal point's States, gets 404: whether an account exists does not leak.
import { stateCodesOf, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize, can, type Target } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAccountsRepo, type UserRow } from '#db/repos/accounts/accounts.repo.ts';
import { createPeopleRepo, type MembershipDetail } from '#db/repos/accounts/people.repo.ts';
import { personStateCodes, toPersonView, type PersonView } from './admin-presenters.ts';

export function personNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `No person ${id}.`, { params: { resource: 'person', id } });
}

export function personTarget(user: UserRow, memberships: readonly MembershipDetail[]): Target {
  return { kind: 'person', id: user.id, stateCodes: personStateCodes(memberships) };
}

/**
 * The memberships this actor may see: all for an administrator; for a focal point, those in State authorities of
 * their own States (a person's other affiliations are not theirs to know).
 */
export function visibleMemberships(actor: Actor, memberships: readonly MembershipDetail[]): MembershipDetail[] {
  if (actor.kind === 'user' && actor.platformAdmin) return [...memberships];
  const states = stateCodesOf(actor);
  return memberships.filter(
    (m) => m.organisationKind === 'state-authority' && m.stateCode !== null && states.includes(m.stateCode),
  );
}

export async function getPerson(db: Db, actor: Actor, id: string, lang = 'en'): Promise<PersonView> {
  authorize(actor, 'person:read');
  const user = await createAccountsRepo(db).findUserById(id);
  if (!user) throw personNotFound(id);
  const people = createPeopleRepo(db);
  const memberships = await people.membershipsOf([id]);
  if (!can(actor, 'person:read', personTarget(user, memberships))) throw personNotFound(id);
  const lastSignIn = (await people.lastSignIns([id])).get(id) ?? null;
  return toPersonView(user, memberships, lastSignIn, lang, visibleMemberships(actor, memberships));
}
