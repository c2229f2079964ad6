// Changes an activity (PATCH: the fields given replace the current ones). The caller must be allowed to update the
// activity as it is and, when it moves (another entity, other States, another confidentiality), to hold it where it
// goes. The merged activity is validated whole, as at creation; the overlap check runs again and new pairs join the
// queue. The change, its audit entry (before/after) and the notifications are written in one transaction.
import type { Actor } from '#domain/actor.ts';
import { isMultiStateVisible } from '#domain/assistance/access.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { activityAsRecord, createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import {
  activityAbilities,
  auditActivity,
  auditedActivity,
  checkActivityFields,
  fieldsOf,
  findVisibleActivity,
  toActivityView,
  toColumns,
  validationFailed,
  type ActivityFields,
} from './activity-presenters.ts';
import { findActivityOverlaps, recordActivityOverlaps } from './check-activity-overlaps.ts';
import type { NewActivity, SavedActivity } from './create-activity.ts';
import { notify, type NotifyOptions } from '../accounts/support/notify.ts';
import { inTransaction } from '../shared/transaction.ts';
import { indexActivity } from './search-entries.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';

export type ActivityChanges = Partial<NewActivity>;

export async function updateActivity(db: Db, actor: Actor, id: string, changes: ActivityChanges, now: Date, expectedVersion: number, options: NotifyOptions = {}): Promise<SavedActivity> {
  authorize(actor, 'activity:update');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const result = await inTransaction(db, async (tx) => {
    const repo = createActivitiesRepo(tx);
    const { activity: current, record: currentRecord } = await findVisibleActivity(repo, actor, id, true);
    authorize(actor, 'activity:update', { kind: 'held-record', record: currentRecord });
    assertVersion(current, expectedVersion);

    const before = fieldsOf(current);
    const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as ActivityChanges;
    const next: ActivityFields = {
      ...before,
      ...(given as Partial<ActivityFields>),
      title: given.title !== undefined ? given.title.trim() : before.title,
      organisationId: given.organisationId ?? before.organisationId,
      stateCodes: given.stateCodes ? given.stateCodes.map((s) => s.toUpperCase()) : before.stateCodes,
      place:
        given.place !== undefined
          ? given.place
            ? { city: given.place.city ?? null, countryCode: given.place.countryCode.toUpperCase() }
            : null
          : before.place,
      participants: given.participants !== undefined ? given.participants : before.participants,
      outputs: given.outputs !== undefined ? given.outputs.trim() : before.outputs,
      followUp: given.followUp !== undefined ? given.followUp.trim() : before.followUp,
      // As at creation: the author stays named.
      namedUserIds: [...new Set([...(current.createdBy ? [current.createdBy] : []), ...(given.namedUserIds ?? before.namedUserIds)])],
    };
    const checked = await checkActivityFields(repo, actor, next);
    if (checked.issues.length > 0) throw validationFailed(checked.issues);
    const moves =
      next.organisationId !== before.organisationId ||
      next.confidentiality !== before.confidentiality ||
      canonicalJson([...next.stateCodes].sort()) !== canonicalJson([...before.stateCodes].sort());
    if (moves) {
      authorize(actor, 'activity:update', {
        kind: 'new-held-record',
        ownerOrganisationId: next.organisationId,
        states: next.stateCodes.map((code) => ({ code, region: checked.regions.get(code) ?? null })),
        confidentiality: next.confidentiality,
      });
    }
    const beforeAudit = auditedActivity(before);
    const afterAudit = auditedActivity(next);
    const subject = { id: current.id, ...next };
    const check = () => (next.status === 'cancelled' ? Promise.resolve({ overlaps: [], views: [] }) : findActivityOverlaps(repo, actor, subject));
    if (canonicalJson(beforeAudit) === canonicalJson(afterAudit)) return { views: (await check()).views };

    if (!(await repo.update(current.id, { ...toColumns(next), updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
    await auditActivity(tx, actor, 'activity:update', current.id, { before: beforeAudit, after: afterAudit }, now);
    await indexActivity(tx, current.id, now);
    const found = await check();
    await recordActivityOverlaps(tx, actor, subject, found.overlaps, now, options);
    const record = activityAsRecord({ ...toColumns(next), createdBy: current.createdBy }, checked.regions);
    await notify(
      tx,
      {
        kind: 'activity-updated',
        recordType: 'activity',
        recordId: current.id,
        actorUserId: actor.userId,
        stateCodes: next.stateCodes,
        themes: next.themes,
        organisationIds: [next.organisationId, ...next.partnerOrganisationIds, ...next.sharedOrganisationIds],
        visibleTo: (u) => isMultiStateVisible(u, record),
        partyOrganisationIds: [next.organisationId, ...next.sharedOrganisationIds],
        partyStateCodes: next.stateCodes,
        params: { title: next.title, kind: next.kind, status: next.status, startDate: next.startDate, endDate: next.endDate },
      },
      now,
      options,
    );
    return { views: found.views };
  });
  const repo = createActivitiesRepo(db);
  const saved = (await repo.findById(id))!;
  const record = activityAsRecord(saved, await repo.regionsOf(saved.stateCodes));
  return { data: toActivityView(saved), abilities: activityAbilities(actor, record), overlaps: result.views };
}
