// An administrator gives a person a role in an organisation.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createPeopleRepo } from '#db/repos/accounts/people.repo.ts';
import type { PersonView } from './admin-presenters.ts';
import { getPerson, personNotFound } from './get-person.ts';
import { endSessionsLackingSecondFactor } from './support/account-access.ts';
import { checkMembership, cleanList, type MembershipInput } from './support/membership-rules.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

export async function grantMembership(
  db: Db,
  actor: Actor,
  userId: string,
  input: MembershipInput,
  now: Date,
  lang = 'en',
): Promise<PersonView> {
  authorize(actor, 'membership:manage');
  await inTransaction(db, async (tx) => {
    const people = createPeopleRepo(tx);
    const user = await people.lockUser(userId);
    if (!user) throw personNotFound(userId);
    await checkMembership(tx, input);
    if (await people.findMembershipOf(userId, input.organisationId, input.role)) {
      throw new AppError('CONFLICT', 'This person already has this role in this organisation.', {
        params: { reason: 'already_member' },
      });
    }
    const values = {
      userId,
      organisationId: input.organisationId,
      role: input.role,
      regions: cleanList(input.regions),
      themes: cleanList(input.themes),
    };
    const label = actorLabel(actor);
    const row = await people.insertMembership({ ...values, createdAt: now, createdBy: label });
    const signedOut = await endSessionsLackingSecondFactor(tx, user, now);
    await recordAudit(
      tx,
      {
        actor: label,
        action: 'membership:grant',
        targetType: 'membership',
        targetId: row.id,
        before: null,
        after: { ...values, ...(signedOut ? { revokedSessions: signedOut } : {}) },
      },
      now,
    );
  });
  return getPerson(db, actor, userId, lang);
}
