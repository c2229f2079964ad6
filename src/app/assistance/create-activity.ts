// Plans an activity: its fields are checked by the domain (dates, places, counts that add up) and against what exists
// (States, the request it answers, the programme, the strategy), then the policy decides whether the caller may hold
// it (an officer of the delivering entity, within their regions). The row, its audit entry, the coordination queue's
// new pairs and the notifications are written in one transaction. The answer carries the overlaps found.
import type { Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { isMultiStateVisible } from '#domain/assistance/access.ts';
import type { ParticipantCounts } from '#domain/assistance/activities.ts';
import type { ActivityKind, MandateId, Theme, UnLanguage } from '#domain/assistance/themes.ts';
import type { ErrorIssue } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { activityAsRecord, createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import {
  activityAbilities,
  auditActivity,
  auditedActivity,
  checkActivityFields,
  toActivityView,
  toColumns,
  validationFailed,
  type ActivityAbilities,
  type ActivityFields,
  type ActivityView,
  type OverlapView,
} from './activity-presenters.ts';
import { findActivityOverlaps, recordActivityOverlaps } from './check-activity-overlaps.ts';
import { notify, type NotifyOptions } from '../accounts/support/notify.ts';
import { inTransaction } from '../shared/transaction.ts';
import { indexActivity } from './search-entries.ts';

export interface NewActivity {
  title: string;
  kind: ActivityKind;
  status?: string;
  /** Default: the caller's one entity (required when they are an officer of several). */
  organisationId?: string | null;
  requestId?: string | null;
  programmeId?: string | null;
  strategyId?: string | null;
  stateCodes: string[];
  themes: Theme[];
  mandates?: MandateId[];
  instrumentIds?: string[];
  startDate: string;
  endDate: string;
  online?: boolean;
  place?: { city?: string | null; countryCode: string } | null;
  languages: UnLanguage[];
  partnerOrganisationIds?: string[];
  beneficiaries?: ActivityFields['beneficiaries'];
  participants?: ParticipantCounts | null;
  outputs?: string;
  followUp?: string;
  confidentiality?: Confidentiality;
  sharedOrganisationIds?: string[];
  namedUserIds?: string[];
}

export interface SavedActivity {
  data: ActivityView;
  abilities: ActivityAbilities;
  overlaps: OverlapView[];
}

export async function createActivity(db: Db, actor: Actor, input: NewActivity, now: Date, options: NotifyOptions = {}): Promise<SavedActivity> {
  authorize(actor, 'activity:create');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const officerOrgs = [...new Set(actor.memberships.filter((m) => m.role === 'entity-officer').map((m) => m.organisationId))];
  const organisationId = input.organisationId ?? (officerOrgs.length === 1 ? officerOrgs[0]! : null);
  const issues: ErrorIssue[] = [];
  if (!organisationId) {
    issues.push({ path: ['body', 'organisationId'], code: 'required', message: 'say which of your organisations delivers it' });
  }
  const fields: ActivityFields = {
    title: input.title.trim(),
    kind: input.kind,
    status: input.status ?? 'planned',
    organisationId: organisationId ?? '',
    requestId: input.requestId ?? null,
    programmeId: input.programmeId ?? null,
    strategyId: input.strategyId ?? null,
    stateCodes: input.stateCodes.map((s) => s.toUpperCase()),
    themes: input.themes,
    mandates: input.mandates ?? [],
    instrumentIds: input.instrumentIds ?? [],
    startDate: input.startDate,
    endDate: input.endDate,
    online: input.online ?? false,
    place: input.place ? { city: input.place.city ?? null, countryCode: input.place.countryCode.toUpperCase() } : null,
    languages: input.languages,
    partnerOrganisationIds: input.partnerOrganisationIds ?? [],
    beneficiaries: input.beneficiaries ?? [],
    participants: input.participants ?? null,
    outputs: (input.outputs ?? '').trim(),
    followUp: (input.followUp ?? '').trim(),
    confidentiality: input.confidentiality ?? 'state-restricted',
    sharedOrganisationIds: input.sharedOrganisationIds ?? [],
    // The author is always named (they could otherwise write a named-people record they cannot read back).
    namedUserIds: [...new Set([actor.userId, ...(input.namedUserIds ?? [])])],
  };
  const repo = createActivitiesRepo(db);
  const checked = await checkActivityFields(repo, actor, fields);
  issues.push(...checked.issues.filter((i) => organisationId || i.path[1] !== 'organisationId'));
  if (issues.length > 0) throw validationFailed(issues);

  const states = fields.stateCodes.map((code) => ({ code, region: checked.regions.get(code) ?? null }));
  authorize(actor, 'activity:create', {
    kind: 'new-held-record',
    ownerOrganisationId: fields.organisationId,
    states,
    confidentiality: fields.confidentiality,
  });

  const result = await inTransaction(db, async (tx) => {
    const txRepo = createActivitiesRepo(tx);
    const id = await txRepo.insert({ ...toColumns(fields), createdBy: actor.userId, createdAt: now, updatedAt: now });
    await auditActivity(tx, actor, 'activity:create', id, { before: null, after: auditedActivity(fields) }, now);
    await indexActivity(tx, id, now);
    const subject = { id, ...fields };
    const found = fields.status === 'cancelled' ? { overlaps: [], views: [] } : await findActivityOverlaps(txRepo, actor, subject);
    await recordActivityOverlaps(tx, actor, subject, found.overlaps, now, options);
    const record = activityAsRecord({ ...toColumns(fields), createdBy: actor.userId }, checked.regions);
    await notify(
      tx,
      {
        kind: 'activity-planned',
        recordType: 'activity',
        recordId: id,
        actorUserId: actor.userId,
        stateCodes: fields.stateCodes,
        themes: fields.themes,
        organisationIds: [fields.organisationId, ...fields.partnerOrganisationIds, ...fields.sharedOrganisationIds],
        visibleTo: (u) => isMultiStateVisible(u, record),
        partyOrganisationIds: [fields.organisationId, ...fields.sharedOrganisationIds],
        partyStateCodes: fields.stateCodes,
        params: { title: fields.title, kind: fields.kind, startDate: fields.startDate, endDate: fields.endDate },
      },
      now,
      options,
    );
    return { id, views: found.views };
  });
  const saved = (await repo.findById(result.id))!;
  const record = activityAsRecord(saved, checked.regions);
  return { data: toActivityView(saved), abilities: activityAbilities(actor, record), overlaps: result.views };
}
