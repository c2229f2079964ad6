// Writes in the conversation between the two authorities of a request (issue 12 §2), once it is sent: a draft has no
// other authority yet (409). Whoever is no party gets 404. The message is kept as written; its audit entry holds a
// hash of the text (the conversation is append-only), and both sides are notified, in one transaction.
import { createHash } from 'node:crypto';
import type { Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo, type CooperationRequestRow } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import type { NotifyOptions } from '../accounts/support/notify.ts';
import { inTransaction } from '../shared/transaction.ts';
import {
  auditCooperationRequest,
  findPartyRequest,
  notifyCooperationRequest,
  requestNames,
  requestTarget,
  toMessageView,
  type RequestMessageView,
} from './request-tracking-presenters.ts';

/** A draft has no conversation: the requested authority does not know of it yet. */
export function noConversationYet(r: CooperationRequestRow): AppError {
  return new AppError('CONFLICT', 'A draft has no conversation: send the request first.', {
    params: { resource: 'cooperation-request', status: r.status },
  });
}

export async function postCooperationRequestMessage(
  db: Db,
  actor: Actor,
  id: string,
  input: { body: string },
  now: Date,
  options: NotifyOptions = {},
): Promise<{ data: RequestMessageView }> {
  authorize(actor, 'cooperation-request:message');
  return inTransaction(db, async (tx) => {
    const repo = createCooperationRequestsRepo(tx);
    const { row, sides, actor: person } = await findPartyRequest(repo, actor, id);
    if (row.status === 'draft') throw noConversationYet(row);
    authorize(person, 'cooperation-request:message', requestTarget(row));
    // Someone on both sides (named by the requesting authority and practising for the requested State) writes for
    // the requesting one, which named them.
    const side = sides[0]!;
    const body = input.body.trim();
    const messageId = await repo.insertMessage({ requestId: row.id, authorId: person.userId, side, body, createdAt: now });
    await auditCooperationRequest(
      tx,
      person,
      'cooperation-request:message',
      row.id,
      { before: null, after: { messageId, side, length: body.length, sha256: createHash('sha256').update(body).digest('hex') } },
      now,
    );
    await notifyCooperationRequest(tx, 'cooperation-request-message', person.userId, row, {}, now, options);
    const message = (await repo.listMessages(row.id)).find((m) => m.id === messageId)!;
    return { data: toMessageView(message, sides, await requestNames(repo, row, [person.userId])) };
  });
}
