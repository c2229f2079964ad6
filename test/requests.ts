// A factory for assistance requests, inserting directly (no policy, no audit): for tests and the benchmark that need
// requests to exist. Builds missing parents (the addressed entity, the requesting State authority), as Outline's do.
// To test the use cases themselves, go through the API or createAssistanceRequest.
import type { Confidentiality } from '#domain/accounts/types.ts';
import type { RequestStatus } from '#domain/assistance/request-workflow.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo, type RequestRow } from '#db/repos/assistance/assistance-requests.repo.ts';
import { buildOrganisation } from './accounts.ts';

export interface RequestInput {
  /** Default AFG. */
  stateCode?: string;
  /** Default: a new UN entity. */
  addressedToOrganisationId?: string;
  /** Default: a new authority of the State; null for none (then `requestingAuthorityName`). */
  requestingOrganisationId?: string | null;
  requestingAuthorityName?: string | null;
  /** Default `submitted`. */
  status?: RequestStatus;
  title?: string;
  themes?: string[];
  instrumentIds?: string[];
  mandates?: string[];
  needs?: string;
  priorities?: string;
  modality?: string;
  languages?: string[];
  urgency?: string;
  recordedOnBehalf?: boolean;
  confidentiality?: Confidentiality;
  sharedOrganisationIds?: string[];
  namedUserIds?: string[];
  referredFromRequestId?: string | null;
  createdBy?: string | null;
  /** Creation time (and the reference's year). Default: now. */
  at?: Date;
}

export async function buildRequest(db: Db, input: RequestInput = {}): Promise<RequestRow> {
  const at = input.at ?? new Date();
  const stateCode = input.stateCode ?? 'AFG';
  const addressedToOrganisationId = input.addressedToOrganisationId ?? (await buildOrganisation(db, { kind: 'un-entity' }, at)).id;
  const requestingOrganisationId =
    input.requestingOrganisationId === undefined
      ? (await buildOrganisation(db, { kind: 'state-authority', stateCode }, at)).id
      : input.requestingOrganisationId;
  const status = input.status ?? 'submitted';
  const repo = createAssistanceRequestsRepo(db);
  const { id } = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const created = await createAssistanceRequestsRepo(tx).insert({
      stateCode,
      requestingOrganisationId,
      requestingAuthorityName: input.requestingAuthorityName ?? null,
      addressedToOrganisationId,
      title: input.title ?? `Assistance for ${stateCode}`,
      themes: input.themes ?? ['terrorist-financing'],
      instrumentIds: input.instrumentIds ?? [],
      mandates: input.mandates ?? [],
      needs: input.needs ?? 'Legislative drafting support.',
      priorities: input.priorities ?? '',
      modality: input.modality ?? 'no-preference',
      languages: input.languages ?? ['en'],
      urgency: input.urgency ?? 'normal',
      status,
      statusChangedAt: at,
      recordedOnBehalf: input.recordedOnBehalf ?? false,
      confidentiality: input.confidentiality ?? 'state-restricted',
      sharedOrganisationIds: input.sharedOrganisationIds ?? [],
      namedUserIds: input.namedUserIds ?? [],
      referredFromRequestId: input.referredFromRequestId ?? null,
      submittedAt: status === 'draft' ? null : at,
      createdBy: input.createdBy ?? null,
      createdAt: at,
      updatedAt: at,
    });
    await createAssistanceRequestsRepo(tx).insertEvent({
      requestId: created.id,
      fromStatus: null,
      toStatus: status,
      event: 'create',
      at,
      byUserId: input.createdBy ?? null,
    });
    return created;
  });
  return (await repo.findById(id))!;
}
