// An administrator takes a role away: the person's next request already runs without it (memberships are read
// per request).
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createPeopleRepo } from '#db/repos/accounts/people.repo.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

export async function removeMembership(db: Db, actor: Actor, userId: string, membershipId: string, now: Date): Promise<void> {
  authorize(actor, 'membership:manage');
  await inTransaction(db, async (tx) => {
    const people = createPeopleRepo(tx);
    await people.lockUser(userId);
    const m = await people.findMembership(membershipId);
    if (!m || m.userId !== userId) {
      throw new AppError('NOT_FOUND', `No membership ${membershipId} of person ${userId}.`, {
        params: { resource: 'membership', id: membershipId },
      });
    }
    await people.deleteMembership(membershipId);
    await recordAudit(
      tx,
      {
        actor: actorLabel(actor),
        action: 'membership:revoke',
        targetType: 'membership',
        targetId: membershipId,
        before: { userId, organisationId: m.organisationId, role: m.role, regions: m.regions, themes: m.themes },
        after: null,
      },
      now,
    );
  });
}
