// Duplicates a request for a second requested State (issue 12 §1): a new draft of the same requesting authority with
// the same content, its `requested` part filled again from that State's directory (the first State's authority,
// address and language mean nothing to the second). The legal basis is kept as written: whether it holds for the
// new pair is for the completeness check and the person drafting. The duplicate remembers where it came from.
import type { Actor } from '#domain/actor.ts';
import { emptyContent } from '#domain/cooperation/requests.ts';
import { can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo, createRequestNamesRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { inTransaction } from '../shared/transaction.ts';
import {
  auditRequest,
  defaultRequestedAuthority,
  findRequestFor,
  presentRequest,
  requestedAuthorityOf,
  requestedPartFrom,
  requestNotFound,
  validationFailed,
  type RequestDetailView,
} from './request-presenters.ts';

export async function duplicateCooperationRequest(
  db: Db,
  actor: Actor,
  id: string,
  input: { requestedStateCode: string; requestedAuthorityId?: string },
  now: Date,
): Promise<{ data: RequestDetailView }> {
  const repo = createCooperationRequestsRepo(db);
  const source = await findRequestFor(repo, actor, id, 'cooperation-request:edit');
  if (actor.kind !== 'user' || !can(actor, 'cooperation-request:create', { kind: 'new-cooperation-request', requestingOrganisationId: source.requestingOrganisationId })) {
    throw requestNotFound(id);
  }
  const states = await createRequestNamesRepo(db).states([input.requestedStateCode]);
  if (!states.get(input.requestedStateCode)?.isState) {
    throw validationFailed([{ path: ['body', 'requestedStateCode'], code: 'unknown_state', message: `${input.requestedStateCode} is not a State Accord knows` }]);
  }
  if (input.requestedStateCode === source.requestingStateCode) {
    throw validationFailed([{ path: ['body', 'requestedStateCode'], code: 'same_state', message: 'must differ from the requesting State' }]);
  }
  const entry = input.requestedAuthorityId
    ? await requestedAuthorityOf(db, input.requestedAuthorityId, input.requestedStateCode, ['requestedAuthorityId'])
    : await defaultRequestedAuthority(db, input.requestedStateCode, source.kind, source.content.legalBasis.instrumentId);
  const content = { ...structuredClone(source.content), requested: requestedPartFrom(entry, emptyContent().requested) };
  // A bilateral treaty binds one pair of States: it does not follow the request to another State.
  if (content.legalBasis.bilateralTreatyId !== null) content.legalBasis = { ...content.legalBasis, bilateralTreatyId: null };

  const newId = await inTransaction(db, async (tx) => {
    const write = createCooperationRequestsRepo(tx);
    const created = await write.insert({
      kind: source.kind,
      status: 'draft',
      statusChangedAt: now,
      requestingOrganisationId: source.requestingOrganisationId,
      requestingStateCode: source.requestingStateCode,
      requestedStateCode: input.requestedStateCode,
      requestedAuthorityId: content.requested.authorityId,
      instrumentId: content.legalBasis.instrumentId,
      content,
      sharedUserIds: source.sharedUserIds,
      requestingReference: content.requesting.reference,
      duplicatedFrom: source.id,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await write.insertEvent({ requestId: created, fromStatus: null, toStatus: 'draft', event: 'create', side: 'requesting', note: '', at: now, byUserId: actor.userId });
    await auditRequest(tx, actor, 'cooperation-request:duplicate', created, { before: null, after: { duplicatedFrom: source.id, requestedStateCode: input.requestedStateCode } }, now);
    return created;
  });
  return presentRequest(db, actor, (await repo.findById(newId))!, now);
}
