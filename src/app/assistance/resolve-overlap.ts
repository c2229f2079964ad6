// Settles an overlap in the queue: how it was resolved (coordinated, merged, rescheduled, not a duplicate,
// cancelled) and why. Coordinators resolve any; officers of either entity resolve their own pairs. The pair is
// found by whoever may read the queue or delivers one of its activities (404 for anyone else, as for an id nobody
// has); resolving a resolved pair is a conflict (409), nothing changed. The change, its audit entry and the
// notification are written in one transaction, with the row locked.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { mayCoordinate } from '#domain/assistance/access.ts';
import type { OverlapResolution } from '#domain/assistance/overlap-resolutions.ts';
import { AppError } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createCoordinationRepo } from '#db/repos/assistance/coordination.repo.ts';
import { isUuid } from '../library/document-presenters.ts';
import { overlapOrganisations, regionLookup, toOverlapView, type OverlapView } from './coordination-presenters.ts';
import { notify, type NotifyOptions } from '../accounts/support/notify.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

export function overlapNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'No such overlap.', { params: { resource: 'overlap', id } });
}

export async function resolveOverlap(
  db: Db,
  actor: Actor,
  id: string,
  input: { resolution: OverlapResolution; comment: string },
  now: Date,
  options: NotifyOptions = {},
): Promise<{ data: OverlapView }> {
  authorize(actor, 'overlap:resolve');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const comment = input.comment.trim();
  if (comment === '') {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', {
      issues: [{ path: ['body', 'comment'], code: 'required', message: 'say how it was resolved' }],
    });
  }
  const region = await regionLookup(db);
  const resolved = await inTransaction(db, async (tx) => {
    const repo = createCoordinationRepo(tx);
    const current = isUuid(id) ? await repo.findOverlap(id, { lock: true }) : undefined;
    const organisationIds = current ? overlapOrganisations(current) : [];
    const party = actor.memberships.some((m) => organisationIds.includes(m.organisationId));
    if (!current || !(mayCoordinate(actor) || party)) throw overlapNotFound(id);
    authorize(actor, 'overlap:resolve', { kind: 'overlap', organisationIds });
    if (current.status !== 'open') {
      throw new AppError('CONFLICT', 'This overlap is already resolved.', {
        params: { resource: 'overlap', id, resolution: current.resolution },
      });
    }
    await repo.resolveOverlap(current.id, { resolution: input.resolution, comment, by: actor.userId, at: now });
    await recordAudit(
      tx,
      {
        actor: actorLabel(actor),
        action: 'overlap:resolve',
        targetType: 'activity-overlap',
        targetId: current.id,
        before: { status: 'open' },
        after: { status: 'resolved', resolution: input.resolution, comment },
      },
      now,
    );
    await notify(
      tx,
      {
        kind: 'overlap-resolved',
        recordType: 'overlap',
        recordId: current.id,
        actorUserId: actor.userId,
        stateCodes: current.stateCodes,
        themes: current.themes,
        organisationIds,
        // Who may see the queue, and the people of the two entities other than donor representatives: the same rule
        // as when the notification is read (notification-presenters.ts, recordType 'overlap').
        visibleTo: (a) =>
          mayCoordinate(a) || a.memberships.some((m) => m.role !== 'donor-representative' && organisationIds.includes(m.organisationId)),
        partyOrganisationIds: organisationIds,
        partyStateCodes: [],
        params: { resolution: input.resolution, from: current.fromDate, to: current.toDate },
      },
      now,
      options,
    );
    return (await repo.findOverlap(current.id))!;
  });
  return { data: toOverlapView(actor, resolved, region) };
}
