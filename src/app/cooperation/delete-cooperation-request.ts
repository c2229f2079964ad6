// Removes a draft (issue 12). A request once sent belongs to both authorities' record and is withdrawn, never deleted.
// The audit entry stays; the attached documents stay in the library under their own confidentiality.
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versions.ts';
import { assertDraft, auditRequest, findRequestFor } from './request-presenters.ts';

export async function deleteCooperationRequest(db: Db, actor: Actor, id: string, now: Date, expectedVersion: number): Promise<void> {
  await inTransaction(db, async (tx) => {
    const repo = createCooperationRequestsRepo(tx);
    const current = await findRequestFor(repo, actor, id, 'cooperation-request:edit', true);
    assertVersion(current, expectedVersion);
    assertDraft(current);
    await auditRequest(
      tx,
      actor,
      'cooperation-request:delete',
      current.id,
      { before: { kind: current.kind, requestedStateCode: current.requestedStateCode, attachments: current.attachmentDocumentIds }, after: null },
      now,
    );
    await repo.delete(current.id);
  });
}
