// Records what an activity led to. A ratification deposited names the participation event of the treaty-status
// module: it must be a deposit of consent, by one of the activity's States, dated on or after the activity started
// (what came before did not follow from it). The result's State, date and instrument are then the event's own, never
// typed in. A ratification not yet deposited is recorded as EXPECTED (`expected: true`, a State and an instrument): it
// is confirmed on read by the State's deposit, at once if the deposit is already in the record (results.repo.ts).
// Written with its audit entry and a notification in one transaction. A result dated after today is recorded, with
// a warning in the answer.
import { actorLabel, type Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { isMultiStateVisible } from '#domain/assistance/access.ts';
import { resultIssues, resultWarnings, type ResultKind, type ResultWarning } from '#domain/assistance/results.ts';
import { AppError } from '#domain/errors.ts';
import { authorize, can } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createDocumentsRepo } from '#db/repos/library/documents.repo.ts';
import { createResultsRepo } from '#db/repos/assistance/results.repo.ts';
import { findVisibleActivity } from './activity-presenters.ts';
import { isUuid, recordTarget } from '../library/document-presenters.ts';
import { hideUnreadableResultLinks, toResultView, type ResultView } from './result-presenters.ts';
import { notify, type NotifyOptions } from '../accounts/support/notify.ts';
import { inTransaction, recordAudit } from '../shared/transaction.ts';

export interface NewResult {
  kind: ResultKind;
  /** Default: the event's State for a ratification; required when the activity concerns several States. */
  stateCode?: string | null;
  /** Default: the event's date for a ratification. */
  date?: string | null;
  participationEventId?: number | null;
  /** A ratification expected, not yet deposited: names `instrumentId`, no event. */
  expected?: boolean;
  expectedDate?: string | null;
  instrumentId?: string | null;
  strategyId?: string | null;
  documentId?: string | null;
  description?: string;
}

export async function recordActivityResult(db: Db, actor: Actor, activityId: string, input: NewResult, now: Date, options: NotifyOptions = {}): Promise<{ data: ResultView; warnings: ResultWarning[] }> {
  authorize(actor, 'result:create');
  const id = await inTransaction(db, async (tx) => {
    const activities = createActivitiesRepo(tx);
    const results = createResultsRepo(tx);
    const { activity, record } = await findVisibleActivity(activities, actor, activityId, true);
    authorize(actor, 'result:create', { kind: 'held-record', record });

    const event = input.participationEventId != null ? await results.event(input.participationEventId) : undefined;
    const strategy = input.strategyId && isUuid(input.strategyId) ? await activities.strategy(input.strategyId) : undefined;
    const sRegions = strategy ? await activities.regionsOf(strategy.stateCodes) : new Map<string, string | null>();
    const strategyFound =
      !!strategy &&
      can(actor, 'strategy:read', {
        kind: 'held-record',
        record: {
          confidentiality: strategy.confidentiality as Confidentiality,
          states: strategy.stateCodes.map((code) => ({ code, region: sRegions.get(code) ?? null })),
          ownerOrganisationId: strategy.ownerOrganisationId,
          sharedOrganisationIds: [],
          namedUserIds: [],
          createdBy: strategy.createdBy,
        },
      });
    const doc = input.documentId && isUuid(input.documentId) ? await createDocumentsRepo(tx).findById(input.documentId) : undefined;
    const documentFound = !!doc && can(actor, 'document:read', recordTarget(doc));
    const fromEvent = input.kind === 'ratification-deposited' && event;
    const stateCode =
      (fromEvent ? event.participantCode : null) ??
      input.stateCode?.toUpperCase() ??
      (activity.stateCodes.length === 1 ? activity.stateCodes[0]! : '');
    const expected = input.expected === true;
    const today = now.toISOString().slice(0, 10);
    // An expected result's date is the day it was recorded; the expected date is kept apart and never counted.
    const date = expected ? today : ((fromEvent ? event.date : null) ?? input.date ?? '');
    const instrumentFound = expected && !!input.instrumentId && (await results.instrumentExists(input.instrumentId));
    const issues = resultIssues(
      {
        kind: input.kind,
        stateCode,
        date,
        participationEventId: input.participationEventId ?? null,
        expected,
        instrumentId: input.instrumentId ?? null,
        expectedDate: input.expectedDate ?? null,
        strategyId: input.strategyId ?? null,
        documentId: input.documentId ?? null,
      },
      { activity: { stateCodes: activity.stateCodes, startDate: activity.startDate }, event, instrumentFound, strategyFound, documentFound },
    ).map((i) => ({ ...i, path: ['body', ...i.path] }));
    if (fromEvent && input.stateCode && input.stateCode.toUpperCase() !== event.participantCode) {
      issues.push({ path: ['body', 'stateCode'], code: 'event_mismatch', message: `the event is ${event.participantCode}’s` });
    }
    if (event && (await results.eventLinked(activity.id, event.id))) {
      issues.push({ path: ['body', 'participationEventId'], code: 'duplicate', message: 'this event is already a result of this activity' });
    }
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The result is not valid.', { issues });

    const row = {
      kind: input.kind,
      activityId: activity.id,
      requestId: activity.requestId,
      stateCode,
      participationEventId: fromEvent ? event.id : null,
      instrumentId: fromEvent ? event.instrumentId : (input.instrumentId ?? null),
      strategyId: input.strategyId ?? null,
      documentId: input.documentId ?? null,
      date,
      expectedDate: expected ? (input.expectedDate ?? null) : null,
      description: (input.description ?? '').trim(),
    };
    const newId = await results.insert({ ...row, createdBy: actor.kind === 'user' ? actor.userId : null, createdAt: now });
    await recordAudit(tx, { actor: actorLabel(actor), action: 'result:create', targetType: 'result', targetId: newId, before: null, after: row }, now);
    await notify(
      tx,
      {
        kind: 'result-recorded',
        recordType: 'activity',
        recordId: activity.id,
        actorUserId: actor.kind === 'user' ? actor.userId : null,
        stateCodes: activity.stateCodes,
        themes: activity.themes,
        organisationIds: [activity.organisationId, ...activity.sharedOrganisationIds],
        visibleTo: (u) => isMultiStateVisible(u, record),
        partyOrganisationIds: [activity.organisationId, ...activity.sharedOrganisationIds],
        partyStateCodes: [stateCode],
        params: { title: activity.title, resultKind: input.kind, stateCode, date },
      },
      now,
      options,
    );
    return { newId, warnings: resultWarnings({ date, expected }, today) };
  });
  const [view] = await hideUnreadableResultLinks(createActivitiesRepo(db), actor, [toResultView((await createResultsRepo(db).findById(id.newId))!)]);
  return { data: view!, warnings: id.warnings };
}
