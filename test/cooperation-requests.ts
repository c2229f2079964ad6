// Requests for MLA and extradition (issue 12) moved along directly, without the policy or the audit, for tests that
// need a request in a given status (the events themselves are tested through the tracking API).
import { emptyContent, type RequestStatus } from '#domain/cooperation/requests.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import { buildOrganisation } from './accounts.ts';

/** Puts the request in `status` as of `at` (sent on `at` when it leaves the draft); returns its new version. */
export async function setRequestStatus(db: Db, id: string, status: RequestStatus, at: Date): Promise<number> {
  const repo = createCooperationRequestsRepo(db);
  const row = await repo.findById(id);
  if (!row) throw new Error(`no request ${id}`);
  return repo.update(id, { status, statusChangedAt: at, sentAt: status === 'draft' ? null : (row.sentAt ?? at) }, row.version);
}

/**
 * A draft MLA request of a State authority of `from` to `to`, inserted directly with its `create` event (the
 * authority is created when not given). For tests that need a request to exist; the API's creation is tested itself.
 */
export async function buildCooperationRequest(
  db: Db,
  input: { from?: string; to?: string; requestingOrganisationId?: string; sharedUserIds?: string[]; attachmentDocumentIds?: string[]; at?: Date } = {},
): Promise<{ id: string; requestingOrganisationId: string }> {
  const at = input.at ?? new Date();
  const from = input.from ?? 'AFG';
  const requestingOrganisationId = input.requestingOrganisationId ?? (await buildOrganisation(db, { kind: 'state-authority', stateCode: from }, at)).id;
  const repo = createCooperationRequestsRepo(db);
  const id = await repo.insert({
    kind: 'mla',
    status: 'draft',
    statusChangedAt: at,
    requestingOrganisationId,
    requestingStateCode: from,
    requestedStateCode: input.to ?? 'FRA',
    content: emptyContent(),
    sharedUserIds: input.sharedUserIds ?? [],
    attachmentDocumentIds: input.attachmentDocumentIds ?? [],
    createdAt: at,
    updatedAt: at,
  });
  await repo.insertEvent({ requestId: id, fromStatus: null, toStatus: 'draft', event: 'create', side: 'requesting', note: '', at, byUserId: null });
  return { id, requestingOrganisationId };
}
