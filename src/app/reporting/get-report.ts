// One draft of the report, as last saved (its figures are the snapshot last computed; refresh recomputes them).
import type { Actor } from '#domain/actor.ts';
import type { Db } from '#db/client.ts';
import { createReportsRepo } from '#db/repos/reporting/reports.repo.ts';
import { findReadableReport, toReportView, type ReportView } from './report-presenters.ts';

export async function getReport(db: Db, actor: Actor, id: string): Promise<{ data: ReportView }> {
  const row = await findReadableReport(createReportsRepo(db), actor, id);
  return { data: await toReportView(db, actor, row) };
}
