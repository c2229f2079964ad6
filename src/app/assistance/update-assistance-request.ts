// Changes a draft: its State's focal points (or, for a note verbale recorded on the State's behalf, the recording
// entity's officers) edit it until it is submitted. Once submitted, a request's content is what the State asked:
// changing it is INVALID_TRANSITION (409) for those who could edit the draft, FORBIDDEN for others. The State and
// the way it was recorded stay; readdressing the draft is checked like creating it there. The change and its audit
// entry (before/after) are written in one transaction, with the row locked.
import type { Actor } from '#domain/actor.ts';
import { mayEditDraft } from '#domain/assistance/request-workflow.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo, toRequestRecord } from '#db/repos/assistance/assistance-requests.repo.ts';
import { requestDetail } from './get-assistance-request.ts';
import {
  auditRequest,
  auditedRequest,
  checkRequestContent,
  findVisibleRequest,
  requestTarget,
  validationFailed,
  type RequestAbilities,
  type RequestContent,
  type RequestDetail,
} from './request-presenters.ts';
import { inTransaction } from '../shared/transaction.ts';
import { indexRequest } from './search-entries.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export type AssistanceRequestChanges = Partial<RequestContent>;

export async function updateAssistanceRequest(
  db: Db,
  actor: Actor,
  id: string,
  changes: AssistanceRequestChanges,
  now: Date,
  expectedVersion: number,
): Promise<{ data: RequestDetail; abilities: RequestAbilities }> {
  authorize(actor, 'assistance-request:update');
  const updated = await inTransaction(db, async (tx) => {
    const repo = createAssistanceRequestsRepo(tx);
    const current = await findVisibleRequest(repo, actor, id, true);
    if (current.status !== 'draft') {
      // Only those who could have edited it hear that it is too late.
      if (mayEditDraft({ ...toRequestRecord(current), status: 'draft' }, actor)) {
        throw new AppError('INVALID_TRANSITION', `A request that is ${current.status} can no longer be changed.`, {
          params: { from: current.status, event: 'update' },
        });
      }
    }
    authorize(actor, 'assistance-request:update', requestTarget(current));
    assertVersion(current, expectedVersion);

    const list = (value: string[] | undefined, fallback: string[]) =>
      value === undefined ? fallback : [...new Set(value.map((v) => v.trim()).filter(Boolean))];
    const next: RequestContent = {
      requestingOrganisationId:
        changes.requestingOrganisationId !== undefined ? changes.requestingOrganisationId || null : current.requestingOrganisationId,
      requestingAuthorityName:
        changes.requestingAuthorityName !== undefined ? changes.requestingAuthorityName?.trim() || null : current.requestingAuthorityName,
      addressedToOrganisationId: changes.addressedToOrganisationId ?? current.addressedToOrganisationId,
      title: changes.title !== undefined ? changes.title.trim() : current.title,
      themes: list(changes.themes, current.themes),
      instrumentIds: list(changes.instrumentIds, current.instrumentIds),
      mandates: list(changes.mandates, current.mandates),
      needs: changes.needs !== undefined ? changes.needs.trim() : current.needs,
      priorities: changes.priorities !== undefined ? changes.priorities.trim() : current.priorities,
      modality: changes.modality ?? current.modality,
      languages: list(changes.languages, current.languages),
      urgency: changes.urgency ?? current.urgency,
      attachmentDocumentIds: list(changes.attachmentDocumentIds, current.attachmentDocumentIds),
      noteVerbaleDocumentId:
        changes.noteVerbaleDocumentId !== undefined ? changes.noteVerbaleDocumentId || null : current.noteVerbaleDocumentId,
    };
    const held = new Set([...current.attachmentDocumentIds, ...(current.noteVerbaleDocumentId ? [current.noteVerbaleDocumentId] : [])]);
    const added = [...next.attachmentDocumentIds, ...(next.noteVerbaleDocumentId ? [next.noteVerbaleDocumentId] : [])].filter(
      (d) => !held.has(d),
    );
    const issues = await checkRequestContent(tx, repo, actor, current.stateCode, next, added);
    if (current.recordedOnBehalf && !next.noteVerbaleDocumentId) {
      issues.push({ path: ['body', 'noteVerbaleDocumentId'], code: 'required', message: 'attach the note verbale' });
    }
    if (issues.length > 0) throw validationFailed(issues);
    if (next.addressedToOrganisationId !== current.addressedToOrganisationId) {
      authorize(actor, 'assistance-request:create', {
        kind: 'new-request',
        stateCode: current.stateCode,
        stateRegion: current.stateRegion,
        addressedToOrganisationId: next.addressedToOrganisationId,
        recordedOnBehalf: current.recordedOnBehalf,
      });
    }

    const frame = { stateCode: current.stateCode, status: current.status, recordedOnBehalf: current.recordedOnBehalf };
    const before = auditedRequest({ ...current, ...frame });
    const after = auditedRequest({ ...next, ...frame });
    if (canonicalJson(before) === canonicalJson(after)) return current;
    if (!(await repo.update(current.id, { ...next, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
    await auditRequest(tx, actor, 'assistance-request:update', current.id, { before, after }, now);
    await indexRequest(tx, current.id, now);
    return (await repo.findById(current.id))!;
  });
  return requestDetail(db, actor, updated);
}
