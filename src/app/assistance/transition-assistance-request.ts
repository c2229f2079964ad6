// Fires a workflow event on a request (submit, start-review, accept, decline, refer, plan, start-delivery, complete,
// evaluate, withdraw). The domain's `transition` decides: an illegal move is INVALID_TRANSITION (409), an event that
// is not the caller's FORBIDDEN (403), a missing comment or reason VALIDATION_FAILED (400); a draft must also be
// complete to be submitted. The new status, its timeline entry and the audit entry are written in one transaction
// with the row locked, and the parties are notified in it.
//
// A referral ends the request for the referring entity and opens a new one, addressed to the entity it is referred
// to, already submitted: each entity's queue and timeline stay its own. The two are linked both ways (the new one's
// referred_from_request_id; the referral's timeline entry names the new one).
import type { Actor } from '#domain/actor.ts';
import { transition, type RequestEvent } from '#domain/assistance/request-workflow.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createAssistanceRequestsRepo, toRequestRecord, type RequestRow } from '#db/repos/assistance/assistance-requests.repo.ts';
import { requestDetail } from './get-assistance-request.ts';
import {
  auditRequest,
  auditedRequest,
  findVisibleRequest,
  notifyRequest,
  submissionIssues,
  validationFailed,
  type RequestAbilities,
  type RequestDetail,
} from './request-presenters.ts';
import type { NotifyOptions } from '../accounts/support/notify.ts';
import { inTransaction } from '../shared/transaction.ts';
import { indexRequest } from './search-entries.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export interface TransitionCommand {
  event: RequestEvent;
  comment?: string | null;
  /** For `decline`: DECLINE_REASONS. */
  reason?: string | null;
  /** For `refer`: a UN entity or regional organisation. */
  referToOrganisationId?: string | null;
}

const ASSISTING_KINDS = ['un-entity', 'regional-organisation'];

export async function transitionAssistanceRequest(
  db: Db,
  actor: Actor,
  id: string,
  command: TransitionCommand,
  now: Date,
  expectedVersion: number,
  options: NotifyOptions = {},
): Promise<{ data: RequestDetail; abilities: RequestAbilities }> {
  authorize(actor, 'assistance-request:transition');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const updated = await inTransaction(db, async (tx) => {
    const repo = createAssistanceRequestsRepo(tx);
    const current = await findVisibleRequest(repo, actor, id, true);
    assertVersion(current, expectedVersion);
    const { status, entry } = transition(toRequestRecord(current), command, actor, now);
    if (command.event === 'submit') {
      const issues = submissionIssues(current);
      if (issues.length > 0) throw validationFailed(issues);
    }
    let referral: { id: string; reference: string } | null = null;
    if (command.event === 'refer') {
      const target = (await repo.organisations([entry.referredToOrganisationId!])).get(entry.referredToOrganisationId!);
      if (!target || !ASSISTING_KINDS.includes(target.kind)) {
        throw validationFailed([
          {
            path: ['body', 'referToOrganisationId'],
            code: target ? 'not_assisting_organisation' : 'unknown_organisation',
            message: target ? 'refer the request to a UN entity or a regional organisation' : 'no such organisation',
          },
        ]);
      }
      referral = await openReferral(tx, actor, current, target.id, entry.comment, now, options);
    }

    if (!(await repo.update(current.id, {
      status,
      statusChangedAt: now,
      updatedAt: now,
      ...(command.event === 'submit' ? { submittedAt: now } : {}),
    }, expectedVersion))) throw staleVersion(expectedVersion);
    await repo.insertEvent({
      requestId: current.id,
      fromStatus: entry.from,
      toStatus: entry.to,
      event: entry.event,
      comment: entry.comment,
      reason: entry.reason ?? null,
      referredToOrganisationId: entry.referredToOrganisationId ?? null,
      referralRequestId: referral?.id ?? null,
      at: now,
      byUserId: actor.userId,
    });
    await auditRequest(
      tx,
      actor,
      'assistance-request:transition',
      current.id,
      {
        before: { status: current.status },
        after: {
          status,
          event: entry.event,
          comment: entry.comment,
          ...(entry.reason ? { reason: entry.reason } : {}),
          ...(referral ? { referredToOrganisationId: entry.referredToOrganisationId, referralRequestId: referral.id } : {}),
        },
      },
      now,
    );
    await indexRequest(tx, current.id, now);
    if (referral) await indexRequest(tx, referral.id, now);
    const after = (await repo.findById(current.id))!;
    await notifyRequest(tx, command.event === 'submit' ? 'request-submitted' : 'request-transition', actor, after, {
      event: entry.event,
      from: entry.from,
      reason: entry.reason ?? null,
      referralReference: referral?.reference ?? null,
    }, now, options);
    return after;
  });
  return requestDetail(db, actor, updated);
}

/** The request opened for the entity a request is referred to: the same content, submitted, linked to its origin. */
async function openReferral(
  tx: Db,
  actor: Actor & { kind: 'user' },
  origin: RequestRow,
  targetOrganisationId: string,
  comment: string | null,
  now: Date,
  options: NotifyOptions,
): Promise<{ id: string; reference: string }> {
  const repo = createAssistanceRequestsRepo(tx);
  const content = {
    requestingOrganisationId: origin.requestingOrganisationId,
    requestingAuthorityName: origin.requestingAuthorityName,
    addressedToOrganisationId: targetOrganisationId,
    title: origin.title,
    themes: origin.themes,
    instrumentIds: origin.instrumentIds,
    mandates: origin.mandates,
    needs: origin.needs,
    priorities: origin.priorities,
    modality: origin.modality,
    languages: origin.languages,
    urgency: origin.urgency,
    attachmentDocumentIds: origin.attachmentDocumentIds,
    noteVerbaleDocumentId: origin.noteVerbaleDocumentId,
  };
  const created = await repo.insert({
    ...content,
    stateCode: origin.stateCode,
    status: 'submitted',
    statusChangedAt: now,
    recordedOnBehalf: origin.recordedOnBehalf,
    confidentiality: origin.confidentiality,
    sharedOrganisationIds: origin.sharedOrganisationIds,
    namedUserIds: origin.namedUserIds,
    referredFromRequestId: origin.id,
    submittedAt: now,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await repo.insertEvent({
    requestId: created.id,
    fromStatus: null,
    toStatus: 'submitted',
    event: 'create',
    comment,
    at: now,
    byUserId: actor.userId,
  });
  await auditRequest(
    tx,
    actor,
    'assistance-request:create',
    created.id,
    {
      before: null,
      after: {
        reference: created.reference,
        referredFromRequestId: origin.id,
        ...auditedRequest({ ...content, stateCode: origin.stateCode, status: 'submitted', recordedOnBehalf: origin.recordedOnBehalf }),
      },
    },
    now,
  );
  const row = (await repo.findById(created.id))!;
  await notifyRequest(tx, 'request-submitted', actor, row, { event: 'refer', referredFromReference: origin.reference }, now, options);
  return created;
}
