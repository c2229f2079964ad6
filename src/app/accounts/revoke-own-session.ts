// Ending one of one's own sessions by its public id (another person's is not found).
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createSessionsRepo } from '#db/repos/accounts/sessions.repo.ts';
import { openSessionsOf, publicSessionId } from './list-own-sessions.ts';
import type { SessionSettings } from './support/session-settings.ts';

/** Returns whether the session ended was the caller's own (then the cookie is cleared too). */
export async function revokeOwnSession(
  db: Db,
  input: { userId: string; publicId: string; currentSessionId: string | null },
  now: Date,
  settings: SessionSettings,
): Promise<{ wasCurrent: boolean }> {
  const sessions = await openSessionsOf(db, input.userId, now, settings);
  const target = sessions.find((s) => publicSessionId(s.id) === input.publicId);
  if (!target) throw new AppError('NOT_FOUND', 'No such session.', { params: { resource: 'session' } });
  await db.transaction(async (tx) => {
    await createSessionsRepo(tx).revoke(target.id, now);
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${input.userId}`,
      action: 'session:revoke',
      targetType: 'session',
      targetId: input.publicId,
      before: null,
      after: { ip: target.ip, method: target.method, createdAt: target.createdAt.toISOString() },
    });
  });
  return { wasCurrent: target.id === input.currentSessionId };
}
