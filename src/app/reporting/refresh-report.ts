// Recomputes a draft's figures from the records as they are now, keeping its narrative. Made on the version the
// author read (ADR 19); audited with the computation times, not the figures (they are derived).
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createReportsRepo } from '#db/repos/reporting/reports.repo.ts';
import { assertVersion, staleVersion } from '../shared/versions.ts';
import { computeReportFigures } from './compute-report-figures.ts';
import { auditReport, findReadableReport, mandateParagraphs, reportTarget, toReportView, type ReportView } from './report-presenters.ts';

export async function refreshReport(db: Db, actor: Actor, id: string, now: Date, expectedVersion: number): Promise<{ data: ReportView }> {
  authorize(actor, 'report:write');
  const current = await findReadableReport(createReportsRepo(db), actor, id);
  assertVersion(current, expectedVersion);
  authorize(actor, 'report:write', reportTarget(current));
  const figures = await computeReportFigures(db, current, await mandateParagraphs(db, current.mandateSet, current.language), now);
  const row = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const repo = createReportsRepo(tx);
    if (!(await repo.update(current.id, { figures, figuresComputedAt: now, updatedAt: now }, expectedVersion))) throw staleVersion(expectedVersion);
    await auditReport(tx, actor, 'report:refresh', current.id, { before: { figuresComputedAt: current.figuresComputedAt.toISOString() }, after: { figuresComputedAt: now.toISOString() } }, now);
    return (await repo.findById(current.id))!;
  });
  return { data: await toReportView(db, actor, row) };
}
