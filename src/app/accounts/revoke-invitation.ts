// Withdrawing a pending invitation: its link stops working. An administrator may withdraw any; a focal point the
// ones they sent. Someone who may not see it gets 404.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createInvitationsRepo } from '#db/repos/accounts/invitations.repo.ts';
import { createOneTimeTokensRepo } from '#db/repos/accounts/one-time-tokens.repo.ts';
import { invitationTarget } from './list-invitations.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

export async function revokeInvitation(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  authorize(actor, 'invitation:revoke');
  await inTransaction(db, async (tx) => {
    const invitation = await createInvitationsRepo(tx).findById(id);
    if (!invitation || !can(actor, 'invitation:read', invitationTarget(invitation))) {
      throw new AppError('NOT_FOUND', `No invitation ${id}.`, { params: { resource: 'invitation', id } });
    }
    authorize(actor, 'invitation:revoke', invitationTarget(invitation));
    const { token } = invitation;
    const state = token.usedAt ? 'accepted' : token.revokedAt ? 'revoked' : token.expiresAt <= now ? 'expired' : 'pending';
    // Conditional: of two concurrent revocations (or a revocation racing an acceptance) one only succeeds.
    if (state !== 'pending' || !(await createOneTimeTokensRepo(tx).revoke(id, now))) {
      throw new AppError('INVALID_TRANSITION', `The invitation is already ${state === 'pending' ? 'closed' : state}.`, {
        params: { state },
      });
    }
    await recordAudit(
      tx,
      {
        actor: actorLabel(actor),
        action: 'invitation:revoke',
        targetType: 'invitation',
        targetId: id,
        before: { state: 'pending', email: token.email },
        after: { state: 'revoked' },
      },
      now,
    );
  });
}
