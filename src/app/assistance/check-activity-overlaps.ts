// The coordination warning (resolution 68/187, OP10–12): before and when an activity is saved, the other entities'
// activities for the same State and theme over dates that meet. The database narrows (GIN index on the States, the
// date range), the domain decides (findOverlaps). What the warning shows of the other activity: when the caller may
// read it, its entity's name, the shared period, States, themes and title; otherwise only that an activity of another
// entity overlaps (activityDisclosure) — never its id, entity, dates or themes.
import type { Actor } from '#domain/actor.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { activityDisclosure, mayCoordinate } from '#domain/assistance/access.ts';
import { findOverlaps, type Overlap } from '#domain/assistance/overlap.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { activityAsRecord, createActivitiesRepo, type ActivitiesRepo, type OverlapCandidate } from '#db/repos/assistance/activities.repo.ts';
import { isIsoDate } from '#domain/treaties/dates.ts';
import { UNDISCLOSED_OVERLAP, type OverlapView } from './activity-presenters.ts';
import { notify, type NotifyOptions } from '../accounts/support/notify.ts';
import { nameOf } from '../treaties/treaty-presenters.ts';

export interface OverlapSubjectInput {
  /** The activity being edited (left out of its own check). */
  activityId?: string | null;
  /** The entity delivering it. Default: the caller's one entity. */
  organisationId?: string | null;
  stateCodes: string[];
  themes: string[];
  startDate: string;
  endDate: string;
  /** As the activity would be saved; default as createActivity's. */
  confidentiality?: Confidentiality;
}

interface Subject {
  id: string;
  organisationId: string;
  stateCodes: string[];
  themes: string[];
  startDate: string;
  endDate: string;
}

/** The overlaps of a subject, found in the database and decided by the domain, as the caller may see them. */
export async function findActivityOverlaps(
  repo: ActivitiesRepo,
  actor: Actor,
  subject: Subject,
): Promise<{ overlaps: Overlap<OverlapCandidate>[]; views: OverlapView[] }> {
  const candidates = await repo.overlapCandidates(subject);
  const overlaps = findOverlaps(subject, candidates);
  const regions = await repo.regionsOf(overlaps.flatMap((o) => o.activity.stateCodes));
  const views = overlaps.map((o): OverlapView => {
    if (activityDisclosure(actor, activityAsRecord(o.activity, regions)) !== 'full') return { ...UNDISCLOSED_OVERLAP };
    return {
      disclosed: true,
      otherActivityId: o.activity.id,
      organisationId: o.activity.organisationId,
      organisationName: nameOf(o.activity.organisationNames),
      from: o.from,
      to: o.to,
      stateCodes: o.stateCodes,
      themes: o.themes,
      title: o.activity.title,
    };
  });
  return { overlaps, views };
}

/**
 * Puts the new pairs in the coordinators' queue (a pair already there, either way round, is skipped) and tells
 * those concerned. Inside the save's transaction.
 */
export async function recordActivityOverlaps(
  tx: Db,
  actor: Actor,
  subject: Subject,
  overlaps: Overlap<OverlapCandidate>[],
  now: Date,
  options: NotifyOptions = {},
): Promise<void> {
  if (overlaps.length === 0) return;
  const repo = createActivitiesRepo(tx);
  const paired = await repo.pairedWith(subject.id, overlaps.map((o) => o.activity.id));
  const fresh = overlaps.filter((o) => !paired.has(o.activity.id));
  const inserted = await repo.insertOverlaps(
    fresh.map((o) => ({
      activityId: subject.id,
      otherActivityId: o.activity.id,
      stateCodes: o.stateCodes,
      themes: o.themes,
      fromDate: o.from,
      toDate: o.to,
      detectedAt: now,
      status: 'open',
    })),
  );
  const byOther = new Map(fresh.map((o) => [o.activity.id, o]));
  for (const row of inserted) {
    const o = byOther.get(row.otherActivityId)!;
    const organisationIds = [subject.organisationId, o.activity.organisationId];
    await notify(
      tx,
      {
        kind: 'overlap-found',
        recordType: 'overlap',
        recordId: row.id,
        actorUserId: actor.kind === 'user' ? actor.userId : null,
        stateCodes: o.stateCodes,
        themes: o.themes,
        organisationIds,
        // Coordinators, and the officers of either entity: the queue is theirs.
        visibleTo: (u) =>
          mayCoordinate(u) || u.memberships.some((m) => m.role === 'entity-officer' && organisationIds.includes(m.organisationId)),
        partyOrganisationIds: organisationIds,
        partyStateCodes: [],
        // Names and dates only: never either activity's title or details.
        params: { from: o.from, to: o.to, stateCodes: o.stateCodes.join(','), themes: o.themes.join(','), activityId: subject.id, otherActivityId: o.activity.id },
      },
      now,
      options,
    );
  }
}

/** The dry run for the form: what saving this plan would warn about. Nothing is written. */
export async function checkActivityOverlaps(db: Db, actor: Actor, input: OverlapSubjectInput): Promise<{ data: OverlapView[] }> {
  authorize(actor, 'activity:create');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const issues: ErrorIssue[] = [];
  const officerOrgs = [...new Set(actor.memberships.filter((m) => m.role === 'entity-officer').map((m) => m.organisationId))];
  const organisationId = input.organisationId ?? (officerOrgs.length === 1 ? officerOrgs[0]! : null);
  if (!organisationId) issues.push({ path: ['body', 'organisationId'], code: 'required', message: 'say which of your organisations delivers it' });
  if (!isIsoDate(input.startDate)) issues.push({ path: ['body', 'startDate'], code: 'invalid_date', message: 'A date (YYYY-MM-DD) is required.' });
  if (!isIsoDate(input.endDate)) issues.push({ path: ['body', 'endDate'], code: 'invalid_date', message: 'A date (YYYY-MM-DD) is required.' });
  if (issues.length === 0 && input.endDate < input.startDate) {
    issues.push({ path: ['body', 'endDate'], code: 'end_before_start', message: 'The activity ends before it starts.' });
  }
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });
  const repo = createActivitiesRepo(db);
  const stateCodes = [...new Set(input.stateCodes.map((s) => s.toUpperCase()))];
  // Allowed exactly when saving would be (createActivity's target): an officer checks only for their own entity and
  // the States they work with, never probes another entity's or another region's plans.
  const regions = await repo.regionsOf(stateCodes);
  authorize(actor, 'activity:create', {
    kind: 'new-held-record',
    ownerOrganisationId: organisationId!,
    states: stateCodes.map((code) => ({ code, region: regions.get(code) ?? null })),
    confidentiality: input.confidentiality ?? 'state-restricted',
  });
  const { views } = await findActivityOverlaps(repo, actor, {
    id: input.activityId ?? '',
    organisationId: organisationId!,
    stateCodes,
    themes: [...new Set(input.themes)],
    startDate: input.startDate,
    endDate: input.endDate,
  });
  return { data: views };
}
