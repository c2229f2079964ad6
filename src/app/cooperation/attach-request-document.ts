// Attaches a supporting document to a draft (issue 12), stored through the library's own upload: a named-people
// document of the requesting State, naming the requesting authority's practitioners and the people named on the
// request, so the file is checked (type from the bytes and the extension, size) and kept exactly as documents are.
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo, createRequestNamesRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { createDocument } from '../library/create-document.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertDraft, auditRequest, findRequestFor, presentRequest, requestNotFound, userOf, type RequestDetailView } from './request-presenters.ts';

export async function attachRequestDocument(
  db: Db,
  actor: Actor,
  id: string,
  input: { title?: string; language?: string; file: { fileName: string; content: Buffer } | null },
  now: Date,
): Promise<{ data: RequestDetailView }> {
  const user = userOf(actor);
  const repo = createCooperationRequestsRepo(db);
  const request = await findRequestFor(repo, actor, id, 'cooperation-request:edit');
  assertDraft(request);
  // The document is held by the uploader's own authority of the requesting State (a person named on the request
  // works in another authority of that State).
  const holders = user.memberships.filter((m) => m.organisationKind === 'state-authority' && m.stateCode === request.requestingStateCode && m.role !== 'donor-representative');
  const owner = holders.find((m) => m.organisationId === request.requestingOrganisationId) ?? holders[0];
  if (!owner) throw requestNotFound(id);
  const practitioners = await createRequestNamesRepo(db).practitionersOf(request.requestingOrganisationId);
  const document = await createDocument(
    db,
    actor,
    {
      title: input.title?.trim() || input.file?.fileName || '',
      confidentiality: 'named-people',
      stateCode: request.requestingStateCode,
      ownerOrganisationId: owner.organisationId,
      namedUserIds: [...new Set([...practitioners, ...request.sharedUserIds])],
      language: input.language ?? null,
      file: input.file,
    },
    now,
  );
  const updated = await inTransaction(db, async (tx) => {
    const write = createCooperationRequestsRepo(tx);
    const current = await findRequestFor(write, actor, id, 'cooperation-request:edit', true);
    assertDraft(current);
    const attachmentDocumentIds = [...current.attachmentDocumentIds, document.data.id];
    await write.update(current.id, { attachmentDocumentIds, updatedAt: now }, current.version);
    await auditRequest(tx, actor, 'cooperation-request:attach', current.id, { before: null, after: { documentId: document.data.id } }, now);
    return (await write.findById(current.id))!;
  });
  return presentRequest(db, actor, updated, now);
}
