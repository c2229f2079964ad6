// Opens a draft request: by a State focal point for their State, or by an officer of the addressed entity recording a
// note verbale on the State's behalf (the note attached). Its content is checked against the vocabularies and what
// exists (assistance: request-presenters.ts checkRequestContent), then the policy decides whether the caller may ask
// for this State, or record for this entity (FORBIDDEN otherwise: a focal point of another State). The row, its
// first timeline entry and its audit entry are written in one transaction. A draft notifies nobody: it is the
// State's own until submitted.
import type { Actor } from '#domain/actor.ts';
import type { ErrorIssue } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo } from '#db/repos/assistance/assistance-requests.repo.ts';
import { requestDetail } from './get-assistance-request.ts';
import {
  auditRequest,
  auditedRequest,
  checkRequestContent,
  validationFailed,
  type RequestAbilities,
  type RequestContent,
  type RequestDetail,
} from './request-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { indexRequest } from './search-entries.ts';

export interface NewAssistanceRequest {
  stateCode: string;
  /** Default, for a focal point: their authority of that State. */
  requestingOrganisationId?: string | null;
  /** As named in a note verbale, when the authority is not in the directory. */
  requestingAuthorityName?: string | null;
  addressedToOrganisationId: string;
  title: string;
  themes?: string[];
  instrumentIds?: string[];
  mandates?: string[];
  needs?: string;
  priorities?: string;
  modality?: string;
  languages?: string[];
  urgency?: string;
  attachmentDocumentIds?: string[];
  noteVerbaleDocumentId?: string | null;
  /** Recorded by an officer of the addressed entity from a note verbale (required then). */
  recordedOnBehalf?: boolean;
}

export async function createAssistanceRequest(
  db: Db,
  actor: Actor,
  input: NewAssistanceRequest,
  now: Date,
): Promise<{ data: RequestDetail; abilities: RequestAbilities }> {
  authorize(actor, 'assistance-request:create');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const repo = createAssistanceRequestsRepo(db);
  const stateCode = input.stateCode.trim().toUpperCase();
  const recordedOnBehalf = input.recordedOnBehalf ?? false;
  const ownAuthority = actor.memberships.find((m) => m.role === 'focal-point' && m.stateCode === stateCode);
  const content: RequestContent = {
    requestingOrganisationId:
      input.requestingOrganisationId ?? (!recordedOnBehalf && ownAuthority ? ownAuthority.organisationId : null),
    requestingAuthorityName: input.requestingAuthorityName?.trim() || null,
    addressedToOrganisationId: input.addressedToOrganisationId,
    title: input.title.trim(),
    themes: unique(input.themes ?? []),
    instrumentIds: unique(input.instrumentIds ?? []),
    mandates: unique(input.mandates ?? []),
    needs: (input.needs ?? '').trim(),
    priorities: (input.priorities ?? '').trim(),
    modality: input.modality ?? 'no-preference',
    languages: unique(input.languages ?? []),
    urgency: input.urgency ?? 'normal',
    attachmentDocumentIds: unique(input.attachmentDocumentIds ?? []),
    noteVerbaleDocumentId: input.noteVerbaleDocumentId || null,
  };

  const issues: ErrorIssue[] = [];
  const regions = await repo.participantRegions([stateCode]);
  const region = regions.get(stateCode) ?? null;
  if (!regions.has(stateCode)) issues.push({ path: ['body', 'stateCode'], code: 'unknown_state', message: `no participant ${stateCode}` });
  if (recordedOnBehalf && !content.noteVerbaleDocumentId) {
    issues.push({ path: ['body', 'noteVerbaleDocumentId'], code: 'required', message: 'attach the note verbale' });
  }
  const newDocuments = [...content.attachmentDocumentIds, ...(content.noteVerbaleDocumentId ? [content.noteVerbaleDocumentId] : [])];
  issues.push(...(await checkRequestContent(db, repo, actor, stateCode, content, newDocuments)));
  if (issues.length > 0) throw validationFailed(issues);

  authorize(actor, 'assistance-request:create', {
    kind: 'new-request',
    stateCode,
    stateRegion: region,
    addressedToOrganisationId: content.addressedToOrganisationId,
    recordedOnBehalf,
  });

  const id = await inTransaction(db, async (tx) => {
    const txRepo = createAssistanceRequestsRepo(tx);
    const created = await txRepo.insert({
      ...content,
      stateCode,
      status: 'draft',
      statusChangedAt: now,
      recordedOnBehalf,
      confidentiality: 'state-restricted',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await txRepo.insertEvent({ requestId: created.id, fromStatus: null, toStatus: 'draft', event: 'create', at: now, byUserId: actor.userId });
    await auditRequest(
      tx,
      actor,
      'assistance-request:create',
      created.id,
      { before: null, after: { reference: created.reference, ...auditedRequest({ ...content, stateCode, status: 'draft', recordedOnBehalf }) } },
      now,
    );
    // A private draft is not indexed (indexRequest removes nothing there); one recorded on behalf is.
    await indexRequest(tx, created.id, now);
    return created.id;
  });
  return requestDetail(db, actor, (await repo.findById(id))!);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
