// Changes a draft's title or narrative (the narrative given replaces the sections it names; an empty text removes
// one). Made on the version the author read (ADR 19); the change and its audit entry in one transaction.
import type { Actor } from '#domain/actor.ts';
import { canonicalJson } from '#domain/accounts/audit.ts';
import { AppError, type ErrorIssue } from '#domain/errors.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createReportsRepo } from '#db/repos/reporting/reports.repo.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';
import { auditReport, findReadableReport, reportTarget, toReportView, type ReportView } from './report-presenters.ts';

export interface ReportChanges {
  title?: string;
  narrative?: Record<string, string>;
}

export async function updateReport(db: Db, actor: Actor, id: string, changes: ReportChanges, now: Date, expectedVersion: number): Promise<{ data: ReportView }> {
  authorize(actor, 'report:write');
  const row = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createReportsRepo(tx);
    const current = await findReadableReport(repo, actor, id, true);
    assertVersion(current, expectedVersion);
    authorize(actor, 'report:write', reportTarget(current));
    const issues: ErrorIssue[] = [];
    const title = changes.title !== undefined ? changes.title.trim() : current.title;
    if (title === '') issues.push({ path: ['body', 'title'], code: 'required', message: 'give the report a title' });
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The report cannot be changed so.', { issues });
    const narrative = { ...current.narrative };
    for (const [section, text] of Object.entries(changes.narrative ?? {})) {
      if (text.trim() === '') delete narrative[section];
      else narrative[section] = text;
    }
    const before = { title: current.title, narrative: current.narrative };
    const after = { title, narrative };
    if (canonicalJson(before) === canonicalJson(after)) return current;
    if (!(await repo.update(current.id, { title, narrative, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
    await auditReport(tx, actor, 'report:update', current.id, { before, after }, now);
    return (await repo.findById(current.id))!;
  });
  return { data: await toReportView(db, actor, row) };
}
