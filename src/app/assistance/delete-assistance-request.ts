// Deletes a draft: whoever may change it (its State's focal points, or for a note verbale the recording entity's
// officers) may also throw it away. Once submitted, a request is part of the record: it is withdrawn, never deleted
// (INVALID_TRANSITION, 409, for those who could have deleted the draft; not found or forbidden for others). The
// audit entry keeps what the draft held. The documents attached stay in the documents library.
import type { Actor } from '#domain/actor.ts';
import { mayEditDraft } from '#domain/assistance/request-workflow.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo, toRequestRecord } from '#db/repos/assistance/assistance-requests.repo.ts';
import { auditRequest, auditedRequest, findVisibleRequest, requestTarget } from './request-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { createSearchRepo } from '#db/repos/library/search.repo.ts';

export async function deleteAssistanceRequestDraft(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  authorize(actor, 'assistance-request:update');
  await inTransaction(db, async (tx) => {
    const repo = createAssistanceRequestsRepo(tx);
    const current = await findVisibleRequest(repo, actor, id, true);
    if (current.status !== 'draft' && mayEditDraft({ ...toRequestRecord(current), status: 'draft' }, actor)) {
      throw new AppError('INVALID_TRANSITION', `A request that is ${current.status} is withdrawn, not deleted.`, {
        params: { from: current.status, event: 'delete' },
      });
    }
    authorize(actor, 'assistance-request:update', requestTarget(current));
    await auditRequest(
      tx,
      actor,
      'assistance-request:delete',
      current.id,
      { before: { reference: current.reference, ...auditedRequest(current) }, after: null },
      now,
    );
    await repo.deleteDraft(current.id);
    await createSearchRepo(tx).remove('assistance-request', current.id);
  });
}
