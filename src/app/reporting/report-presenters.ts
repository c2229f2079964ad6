// What the report use cases share: the draft as the API shows it (with its skeleton of sections and what the caller
// may do), finding a draft the caller may read (404 otherwise, so that another organisation's drafts do not leak),
// the paragraphs of a mandate set, and the audit entry of a change.
import { actorLabel, type Actor } from '#domain/actor.ts';
import { AppError } from '#domain/errors.ts';
import { authorize, can } from '#domain/policy.ts';
import { paragraphsOf, sectionsOf, type MandateParagraph, type ReportSectionView } from '#domain/reporting/figures.ts';
import type { ReportFigures } from '#domain/reporting/report.ts';
import type { Db } from '#db/client.ts';
import { createAuditRepo } from '#db/repos/accounts/audit.repo.ts';
import { createReportsRepo, type ReportRow, type ReportsRepo } from '#db/repos/reporting/reports.repo.ts';

export interface ReportView {
  id: string;
  title: string;
  mandateSet: string;
  periodFrom: string;
  periodTo: string;
  language: string;
  narrative: Record<string, string>;
  figures: ReportFigures;
  figuresComputedAt: string;
  version: number;
  sections: ReportSectionView[];
  abilities: { update: boolean };
}

export interface ReportSummary {
  id: string;
  title: string;
  mandateSet: string;
  periodFrom: string;
  periodTo: string;
  language: string;
  figuresComputedAt: string;
  updatedAt: string;
  version: number;
}

export const reportTarget = (row: Pick<ReportRow, 'organisationId'>) => ({ kind: 'report' as const, organisationId: row.organisationId });

/** The paragraphs of a mandate set, in the report's language where the registry has it (English otherwise). */
export async function mandateParagraphs(db: Db, mandateSet: string, language: string): Promise<MandateParagraph[]> {
  const registry = await createReportsRepo(db).operativeParagraphs(mandateSet);
  return paragraphsOf(
    mandateSet,
    registry.map((p) => ({ id: p.id, number: p.number, text: (p.texts as Record<string, string | undefined>)[language] ?? p.texts.en ?? p.asks })),
  );
}

export async function toReportView(db: Db, actor: Actor, row: ReportRow): Promise<ReportView> {
  const paragraphs = await mandateParagraphs(db, row.mandateSet, row.language);
  return {
    id: row.id,
    title: row.title,
    mandateSet: row.mandateSet,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    language: row.language,
    narrative: row.narrative,
    figures: row.figures,
    figuresComputedAt: row.figuresComputedAt.toISOString(),
    version: row.version,
    sections: sectionsOf(paragraphs, row.figures.groups),
    abilities: { update: can(actor, 'report:write', reportTarget(row)) },
  };
}

export const toReportSummary = (row: ReportRow): ReportSummary => ({
  id: row.id,
  title: row.title,
  mandateSet: row.mandateSet,
  periodFrom: row.periodFrom,
  periodTo: row.periodTo,
  language: row.language,
  figuresComputedAt: row.figuresComputedAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The draft, if the caller may read it; otherwise (or a malformed id) NOT_FOUND, the same answer. */
export async function findReadableReport(repo: ReportsRepo, actor: Actor, id: string, lock = false): Promise<ReportRow> {
  authorize(actor, 'report:read');
  const row = UUID.test(id) ? await repo.findById(id, lock) : undefined;
  if (!row || !can(actor, 'report:read', reportTarget(row))) throw new AppError('NOT_FOUND', 'No such report.');
  return row;
}

export async function auditReport(db: Db, actor: Actor, action: string, id: string, change: { before: unknown; after: unknown }, now: Date): Promise<void> {
  await createAuditRepo(db).append({ at: now.toISOString(), actor: actorLabel(actor), action, targetType: 'report', targetId: id, ...change });
}
