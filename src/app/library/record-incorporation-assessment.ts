// Records how far a State's law incorporates one requirement of an instrument (issue 13 §1). The evidence is a
// provision of a public national law about that State (required unless "not covered"); an assessment from assistance
// names the activity (of that State, on ratification and legislation) it comes from, so "legislation drafted with
// assistance" is counted from records. The same organisation's earlier assessment of the same State × requirement is
// superseded; other organisations' stay, and disagreements show. One transaction, audited.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import type { AssessmentSource, IncorporationStatus } from '#domain/library/checklist.ts';
import { authorize, can } from '#domain/policy.ts';
import { todayIso } from '#domain/treaties/dates.ts';
import type { Db } from '#db/client.ts';
import { createActivitiesRepo } from '#db/repos/assistance/activities.repo.ts';
import { createLegislationRepo } from '#db/repos/library/legislation.repo.ts';
import { currentDataset } from '#app/treaties/treaty-dataset.ts';
import { getChecklist } from './get-checklist.ts';
import { auditAssessment, auditedAssessment, toAssessmentView, type AssessmentView } from './legislation-presenters.ts';

export interface NewAssessment {
  stateCode: string;
  instrumentId: string;
  requirementId: string;
  status: IncorporationStatus;
  source: AssessmentSource;
  provisionId?: string | null;
  activityId?: string | null;
  /** Default: the caller's one organisation (required when they have several). */
  organisationId?: string | null;
  /** Default: today. */
  assessedOn?: string | null;
  note?: string;
}

/** The theme an activity must have for an assessment to count as legislation drafted or reviewed with assistance. */
export const LEGISLATION_THEME = 'ratification-legislation';

export async function recordIncorporationAssessment(db: Db, actor: Actor, input: NewAssessment, now: Date): Promise<AssessmentView> {
  authorize(actor, 'incorporation-assessment:create');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const issues: ErrorIssue[] = [];
  const issue = (field: string, code: string, message: string) => issues.push({ path: ['body', field], code, message });
  const stateCode = input.stateCode.trim().toUpperCase();
  const today = todayIso(now);

  const [ds, checklist] = await Promise.all([currentDataset(db), getChecklist(db)]);
  const participant = ds.participantsByCode.get(stateCode);
  if (!participant) issue('stateCode', 'not_found', `no participant with code ${stateCode}`);
  const instrumentItems = checklist.filter((i) => i.instrumentId === input.instrumentId);
  if (instrumentItems.length === 0) issue('instrumentId', 'not_found', `no checklist for instrument ${input.instrumentId}`);
  else if (!instrumentItems.some((i) => i.requirementId === input.requirementId)) {
    issue('requirementId', 'not_found', `${input.requirementId} is not a requirement of ${input.instrumentId}`);
  }

  const orgs = [...new Set(actor.memberships.map((m) => m.organisationId))];
  const organisationId = input.organisationId ?? (orgs.length === 1 ? orgs[0]! : null);
  if (!organisationId) issue('organisationId', 'required', 'say which of your organisations makes the assessment');
  else if (!orgs.includes(organisationId)) issue('organisationId', 'not_member', 'you are not a member of this organisation');

  const assessedOn = input.assessedOn ?? today;
  if (assessedOn > today) issue('assessedOn', 'in_future', 'an assessment cannot be dated after today');

  const repo = createLegislationRepo(db);
  if (input.provisionId) {
    const evidence = await repo.provisionEvidence(input.provisionId);
    if (!evidence) issue('provisionId', 'not_found', 'no such provision');
    else if (evidence.confidentiality !== 'public') issue('provisionId', 'not_public', "the evidence must be a public record: the law's record is not public");
    else if (evidence.documentKind !== 'national-legislation') issue('provisionId', 'not_legislation', 'the evidence must be a provision of a national law');
    else if (evidence.stateCode !== stateCode && !evidence.stateCodes.includes(stateCode)) {
      issue('provisionId', 'other_state', `the law is not about ${stateCode}`);
    }
  } else if (input.status !== 'not-covered') {
    issue('provisionId', 'required', 'name the provision of the law that covers the requirement');
  }

  if (input.source === 'assistance') {
    if (!input.activityId) issue('activityId', 'required', 'name the assistance activity the assessment comes from');
    else {
      const activity = await createActivitiesRepo(db).findById(input.activityId, { scope: scopeFor(actor) });
      if (!activity) issue('activityId', 'not_found', 'no such activity');
      else if (!activity.stateCodes.includes(stateCode)) issue('activityId', 'other_state', `the activity is not about ${stateCode}`);
      else if (!activity.themes.includes(LEGISLATION_THEME)) issue('activityId', 'wrong_theme', `the activity's themes do not include ${LEGISLATION_THEME}`);
    }
  } else if (input.activityId) {
    issue('activityId', 'not_allowed', 'only an assessment from assistance names an activity');
  }
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { issues });

  const target = {
    kind: 'incorporation-assessment' as const,
    stateCode,
    stateRegion: participant!.regionalGroup,
    source: input.source,
    organisationId: organisationId!,
  };
  authorize(actor, 'incorporation-assessment:create', target);

  const row = {
    stateCode,
    instrumentId: input.instrumentId,
    requirementId: input.requirementId,
    status: input.status,
    source: input.source,
    provisionId: input.provisionId ?? null,
    activityId: input.activityId ?? null,
    organisationId: organisationId!,
    assessedBy: actor.userId,
    assessedOn,
    note: (input.note ?? '').trim(),
    createdAt: now,
  };
  const id = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const newId = await createLegislationRepo(tx).insertSuperseding(row);
    await auditAssessment(tx, actor, 'incorporation-assessment:create', newId, { before: null, after: auditedAssessment(row) }, now);
    return newId;
  });
  const saved = (await repo.findById(id))!;
  return toAssessmentView(saved, can(actor, 'incorporation-assessment:withdraw', target));
}
