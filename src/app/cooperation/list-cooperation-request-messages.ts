// The conversation of a sent request, oldest first, for its two authorities; whoever is no party gets 404, and a
// draft has none yet (409). The conversation is confidential to the two authorities: every read is audited.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { noConversationYet } from './post-cooperation-request-message.ts';
import { auditCooperationRequest, findPartyRequest, requestNames, toMessageView, type RequestMessageView } from './request-tracking-presenters.ts';

export async function listCooperationRequestMessages(db: Db, actor: Actor, id: string, now: Date): Promise<{ data: RequestMessageView[] }> {
  authorize(actor, 'cooperation-request:read');
  const repo = createCooperationRequestsRepo(db);
  const { row, sides, actor: person } = await findPartyRequest(repo, actor, id);
  if (row.status === 'draft') throw noConversationYet(row);
  const messages = await repo.listMessages(row.id);
  const names = await requestNames(repo, row, messages.map((m) => m.authorId));
  await auditCooperationRequest(db, person, 'cooperation-request:read-messages', row.id, { before: null, after: { messages: messages.length } }, now);
  return { data: messages.map((m) => toMessageView(m, sides, names)) };
}
