// Writes in a request's conversation: its State's focal points and the people of the organisations holding it (the
// addressed entity, the requesting authority, those it is shared with). Coordinators and donors read what they may
// but do not take part. The message, its audit entry (a hash of the text: the message itself is append-only) and the
// notification of the parties are written in one transaction.
import { createHash } from 'node:crypto';
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo } from '#db/repos/assistance/assistance-requests.repo.ts';
import {
  auditRequest,
  findVisibleRequest,
  notifyRequest,
  requestTarget,
  toMessageView,
  validationFailed,
  type MessageView,
} from './request-presenters.ts';
import type { NotifyOptions } from '../accounts/support/notify.ts';
import { inTransaction } from '../shared/transaction.ts';

export const MAX_MESSAGE_LENGTH = 10_000;

export async function postRequestMessage(
  db: Db,
  actor: Actor,
  requestId: string,
  input: { body: string },
  now: Date,
  options: NotifyOptions = {},
): Promise<{ data: MessageView }> {
  authorize(actor, 'assistance-request:comment');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const body = input.body.trim();
  if (body === '') throw validationFailed([{ path: ['body', 'body'], code: 'required', message: 'must not be empty' }]);
  if (body.length > MAX_MESSAGE_LENGTH) {
    throw validationFailed([{ path: ['body', 'body'], code: 'too_long', message: `at most ${MAX_MESSAGE_LENGTH} characters` }]);
  }
  const message = await inTransaction(db, async (tx) => {
    const repo = createAssistanceRequestsRepo(tx);
    const request = await findVisibleRequest(repo, actor, requestId);
    authorize(actor, 'assistance-request:comment', requestTarget(request));
    // The side the author writes for: their State's authority, or their organisation holding the request.
    const holders = [request.addressedToOrganisationId, request.requestingOrganisationId, ...request.sharedOrganisationIds];
    const side =
      actor.memberships.find((m) => m.role === 'focal-point' && m.stateCode === request.stateCode) ??
      actor.memberships.find((m) => holders.includes(m.organisationId));
    const messageId = await repo.insertMessage({
      requestId: request.id,
      authorId: actor.userId,
      authorOrganisationId: side?.organisationId ?? null,
      body,
      createdAt: now,
    });
    await auditRequest(
      tx,
      actor,
      'assistance-request:comment',
      request.id,
      {
        before: null,
        after: {
          messageId,
          authorOrganisationId: side?.organisationId ?? null,
          length: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
        },
      },
      now,
    );
    await notifyRequest(tx, 'request-message', actor, request, { messageId }, now, options);
    return (await repo.messages(request.id)).find((m) => m.id === messageId)!;
  });
  return { data: toMessageView(message) };
}
