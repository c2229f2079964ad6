// Creates a draft of the Secretary-General's report for a period and a mandate set, held by the author's
// organisation (the one they coordinate), with its figures computed now. Audited.
import type { Actor } from '#domain/actor.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createReportsRepo } from '#db/repos/reporting/reports.repo.ts';
import { computeReportFigures } from './compute-report-figures.ts';
import { auditReport, mandateParagraphs, toReportView, type ReportView } from './report-presenters.ts';

export interface NewReport {
  title: string;
  mandateSet: string;
  periodFrom: string;
  periodTo: string;
  language: string;
}

export async function createReport(db: Db, actor: Actor, input: NewReport, now: Date): Promise<{ data: ReportView }> {
  authorize(actor, 'report:write');
  if (actor.kind !== 'user') throw new Error('unreachable: the policy admits only people');
  const organisationId = actor.memberships
    .filter((m) => m.role === 'coordinator')
    .map((m) => m.organisationId)
    .sort()[0]!;
  authorize(actor, 'report:write', { kind: 'report', organisationId });

  const issues: ErrorIssue[] = [];
  const title = input.title.trim();
  if (title === '') issues.push({ path: ['body', 'title'], code: 'required', message: 'give the report a title' });
  if (input.periodFrom > input.periodTo) issues.push({ path: ['body', 'periodTo'], code: 'before_start', message: 'the period ends before it starts' });
  const paragraphs = await mandateParagraphs(db, input.mandateSet, input.language);
  if (paragraphs.length === 0) issues.push({ path: ['body', 'mandateSet'], code: 'not_found', message: `the registry holds no resolution ${input.mandateSet}` });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The report cannot be created as given.', { issues });

  const figures = await computeReportFigures(db, input, paragraphs, now);
  const row = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const created = await createReportsRepo(tx).insert({
      title,
      mandateSet: input.mandateSet,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      language: input.language,
      narrative: {},
      figures,
      figuresComputedAt: now,
      organisationId,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await auditReport(tx, actor, 'report:create', created.id, { before: null, after: { title, mandateSet: input.mandateSet, periodFrom: input.periodFrom, periodTo: input.periodTo } }, now);
    return created;
  });
  return { data: await toReportView(db, actor, row) };
}
