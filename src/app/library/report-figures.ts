// What the library contributes to the Secretary-General's report (issue 14 §3): tools and publications dated in the
// period, by kind; and the documents behind a count, those the reader may read (the document read rule as an SQL
// scope), the rest counted as hidden.
import type { Actor } from '#domain/actor.ts';
import { scopeFor } from '#domain/accounts/confidentiality.ts';
import type { Db } from '#db/client.ts';
import { createLibraryReportFiguresRepo } from '#db/repos/library/report-figures.repo.ts';

export async function countPublicationsForReport(db: Db, from: string, to: string) {
  return createLibraryReportFiguresRepo(db).byKind(from, to);
}

export async function listPublicationRecords(db: Db, actor: Actor, from: string, to: string, kind: string | null, page: { offset: number; limit: number }) {
  const found = await createLibraryReportFiguresRepo(db).records(from, to, kind, scopeFor(actor), page);
  return { ...found, records: found.records.map((r) => ({ kind: 'document', ...r, href: `/documents/${r.id}` })) };
}

/** Laws drafted or reviewed with assistance, as the incorporation assessments from assistance record them. */
export async function countAssistedAssessmentsForReport(db: Db, from: string, to: string): Promise<number> {
  return createLibraryReportFiguresRepo(db).assistedAssessments(from, to);
}

export async function listAssistedAssessmentRecords(db: Db, from: string, to: string, page: { offset: number; limit: number }) {
  const found = await createLibraryReportFiguresRepo(db).assistedAssessmentRecords(from, to, page);
  return {
    total: found.total,
    hidden: 0,
    records: found.records.map((r) => ({
      kind: 'state',
      id: `${r.code}:${r.instrument_id}`,
      label: `${r.name ?? r.code} — ${r.instrument_id}`,
      date: String(r.date),
      href: `/states/${r.code}`,
    })),
  };
}
