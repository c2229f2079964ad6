// A request for MLA or extradition inserted directly (no policy, no audit), for the tests of its documents: the
// drafting use cases are tested through their own routes.
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { RequestContent, RequestStatus } from '#domain/cooperation/requests.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';

export interface CooperationRequestInput {
  kind?: CooperationKind;
  /** Default `draft`. */
  status?: RequestStatus;
  requestingOrganisationId: string;
  requestingStateCode: string;
  requestedStateCode: string;
  content: RequestContent;
  contentShared?: boolean;
  createdBy?: string | null;
  at: Date;
}

export async function insertCooperationRequest(db: Db, input: CooperationRequestInput): Promise<string> {
  const status = input.status ?? 'draft';
  return createCooperationRequestsRepo(db).insert({
    kind: input.kind ?? 'mla',
    status,
    statusChangedAt: input.at,
    requestingOrganisationId: input.requestingOrganisationId,
    requestingStateCode: input.requestingStateCode,
    requestedStateCode: input.requestedStateCode,
    instrumentId: input.content.legalBasis.instrumentId,
    content: input.content,
    contentShared: input.contentShared ?? false,
    sentAt: status === 'draft' ? null : input.at,
    createdBy: input.createdBy ?? null,
    createdAt: input.at,
    updatedAt: input.at,
  });
}
