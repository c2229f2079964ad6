// Takes a supporting document off a draft (issue 12). The document stays in the library, a named-people document
// readable by the people it names, whom the requesting authority may still need it for.
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertDraft, auditRequest, findRequestFor, presentRequest, type RequestDetailView } from './request-presenters.ts';

export async function detachRequestDocument(db: Db, actor: Actor, id: string, documentId: string, now: Date): Promise<{ data: RequestDetailView }> {
  const updated = await inTransaction(db, async (tx) => {
    const repo = createCooperationRequestsRepo(tx);
    const current = await findRequestFor(repo, actor, id, 'cooperation-request:edit', true);
    assertDraft(current);
    if (!current.attachmentDocumentIds.includes(documentId)) {
      throw new AppError('NOT_FOUND', 'No such attachment on this request.', { params: { id, documentId } });
    }
    const attachmentDocumentIds = current.attachmentDocumentIds.filter((d) => d !== documentId);
    await repo.update(current.id, { attachmentDocumentIds, updatedAt: now }, current.version);
    await auditRequest(tx, actor, 'cooperation-request:detach', current.id, { before: { documentId }, after: null }, now);
    return (await repo.findById(current.id))!;
  });
  return presentRequest(db, actor, updated, now);
}
