// The drafts of the organisations the caller coordinates, most recently changed first.
import type { Actor } from '#domain/actor.ts';
import { authorize } from '#domain/policy.ts';
import type { Db } from '#db/client.ts';
import { createReportsRepo } from '#db/repos/reporting/reports.repo.ts';
import { toReportSummary, type ReportSummary } from './report-presenters.ts';

export async function listReports(db: Db, actor: Actor): Promise<{ data: ReportSummary[] }> {
  authorize(actor, 'report:read');
  const orgs = actor.kind === 'user' ? actor.memberships.filter((m) => m.role === 'coordinator').map((m) => m.organisationId) : [];
  return { data: (await createReportsRepo(db).listOf(orgs)).map(toReportSummary) };
}
