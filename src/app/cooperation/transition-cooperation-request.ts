// Records an event on a request (issue 12 §2): the requesting authority sends, provides information, withdraws; the
// requested authority records receipt, execution, a request for information, partial execution or refusal. The domain
// decides (domain/cooperation/requests.ts): an event out of order is INVALID_TRANSITION (409), the other side's
// FORBIDDEN (403), a refusal without its ground VALIDATION_FAILED (400). Sending also needs a complete request: 409
// naming each missing item on its step, as the wizard shows them. Whoever is no party gets 404.
//
// The new status, its dates and references, the timeline entry, the audit entry and the notification of both sides
// are written in one transaction with the row locked.
import type { Actor } from '#domain/actor.ts';
import type { RefusalGround, RequestEvent } from '#domain/cooperation/requests.ts';
import { CLOSED_STATUSES, REQUEST_EVENT_RULES, transition } from '#domain/cooperation/requests.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo, type CooperationRequestPatch } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import type { NotifyOptions } from '../accounts/support/notify.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';
import { requestCompleteness } from './check-request-completeness.ts';
import {
  auditCooperationRequest,
  findPartyRequest,
  notifyCooperationRequest,
  requestTarget,
  toTrackingView,
  type RequestTrackingView,
} from './request-tracking-presenters.ts';

export interface RequestTransitionCommand {
  event: RequestEvent;
  /** For `refuse` only. */
  ground?: RefusalGround;
  note?: string;
  /** For `receive` only: the requested authority's own reference. */
  reference?: string;
}

/** A field sent with an event it does not belong to is refused rather than dropped: the caller meant something. */
function misplacedFields(command: RequestTransitionCommand): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (command.ground !== undefined && command.event !== 'refuse') {
    issues.push({ path: ['body', 'ground'], code: 'not_allowed', message: 'a ground is given only with a refusal' });
  }
  if (command.reference !== undefined && command.event !== 'receive') {
    issues.push({ path: ['body', 'reference'], code: 'not_allowed', message: 'the requested authority’s reference is given on receipt' });
  }
  return issues;
}

export async function transitionCooperationRequest(
  db: Db,
  actor: Actor,
  id: string,
  command: RequestTransitionCommand,
  now: Date,
  expectedVersion: number,
  options: NotifyOptions = {},
): Promise<{ data: RequestTrackingView }> {
  authorize(actor, 'cooperation-request:transition');
  return inTransaction(db, async (tx) => {
    const repo = createCooperationRequestsRepo(tx);
    const { row: current, sides, actor: person } = await findPartyRequest(repo, actor, id, true);
    authorize(person, 'cooperation-request:transition', requestTarget(current));
    assertVersion(current, expectedVersion);
    const misplaced = misplacedFields(command);
    if (misplaced.length > 0) throw new AppError('VALIDATION_FAILED', 'The event is not valid.', { issues: misplaced });
    const status = transition({
      status: current.status,
      event: command.event,
      sides,
      ground: command.ground ?? null,
      statusBeforeInformationRequest: current.statusBeforeInformation,
    });
    if (command.event === 'send') {
      const completeness = await requestCompleteness(tx, current);
      if (!completeness.complete) {
        const steps = new Map(completeness.items.map((i) => [i.item, i.step]));
        throw new AppError('INVALID_TRANSITION', 'The request misses what it must say: it cannot be sent yet.', {
          params: { status: current.status, event: 'send', missing: completeness.missing },
          issues: completeness.missing.map((item) => ({
            path: ['content', steps.get(item)!, item],
            code: 'missing',
            message: 'required before sending',
          })),
        });
      }
    }

    const patch: CooperationRequestPatch = { status, statusChangedAt: now, updatedAt: now };
    if (command.event === 'send') {
      patch.sentAt = now;
      // The reference the requesting authority wrote is the one both sides quote from now on.
      patch.requestingReference = current.content.requesting.reference.trim();
    }
    if (command.event === 'receive') {
      patch.receivedAt = now;
      patch.requestedReference = (command.reference ?? '').trim();
    }
    // Where the request stood when information was asked for: providing it returns there.
    if (command.event === 'request-information') patch.statusBeforeInformation = current.status;
    if (command.event === 'provide-information') patch.statusBeforeInformation = null;
    if (command.event === 'refuse') patch.refusalGround = command.ground!;
    if (CLOSED_STATUSES.includes(status)) patch.closedAt = now;
    if (!(await repo.update(current.id, patch, expectedVersion))) throw staleVersion(expectedVersion);

    const side = REQUEST_EVENT_RULES[command.event].side;
    const note = command.note?.trim() ?? '';
    await repo.insertEvent({
      requestId: current.id,
      fromStatus: current.status,
      toStatus: status,
      event: command.event,
      side,
      ground: command.event === 'refuse' ? command.ground! : null,
      note,
      at: now,
      byUserId: person.userId,
    });
    await auditCooperationRequest(
      tx,
      person,
      'cooperation-request:transition',
      current.id,
      {
        before: { status: current.status },
        after: {
          status,
          event: command.event,
          side,
          ...(command.ground ? { ground: command.ground } : {}),
          ...(note ? { note } : {}),
          ...(patch.requestingReference !== undefined ? { requestingReference: patch.requestingReference } : {}),
          ...(patch.requestedReference !== undefined ? { requestedReference: patch.requestedReference } : {}),
        },
      },
      now,
    );
    const after = (await repo.findById(current.id))!;
    await notifyCooperationRequest(
      tx,
      'cooperation-request-transition',
      person.userId,
      after,
      { event: command.event, from: current.status, reason: after.refusalGround },
      now,
      options,
    );
    return { data: await toTrackingView(repo, after, sides, now) };
  });
}
