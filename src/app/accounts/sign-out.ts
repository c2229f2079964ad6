// Signing out ends the session on the server (the cookie alone would not: a copied cookie would keep working).
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createSessionsRepo } from '#db/repos/accounts/sessions.repo.ts';

export async function signOut(db: Db, session: { id: string; userId: string } | null, now: Date): Promise<void> {
  if (!session) return;
  await db.transaction(async (tx) => {
    if (!(await createSessionsRepo(tx).revoke(session.id, now))) return;
    await createAuditRepo(tx).append({
      at: now.toISOString(),
      actor: `user:${session.userId}`,
      action: 'session:sign-out',
      targetType: 'user',
      targetId: session.userId,
      before: null,
      after: null,
    });
  });
}
