// Revoking one of one's API tokens: it stops working at once. Another person's token is not found.
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createApiTokensRepo } from '#db/repos/accounts/api-tokens.repo.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';

export async function revokeApiToken(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  authorize(actor, 'api-token:manage');
  const token = actor.kind === 'user' ? await createApiTokensRepo(db).findOf(actor.userId, id) : undefined;
  if (!token || actor.kind !== 'user') throw new AppError('NOT_FOUND', 'No such API token.', { params: { resource: 'api-token' } });
  await db.transaction(async (tx) => {
    if (!(await createApiTokensRepo(tx).revoke(token.id, now))) return;
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${actor.userId}`,
      action: 'api-token:revoke',
      targetType: 'api-token',
      targetId: token.id,
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString(), name: token.name, prefix: token.prefix },
    });
  });
}
