// What the treaty-status records contribute to the Secretary-General's report (issue 14 §3): deposits of consent in
// a period, and those among them that assistance results link (their event ids come from app/assistance). Treaty
// events are public records: nothing here is hidden or suppressed.
import type { Db } from '#db/client.ts';
import { createTreatyReportFiguresRepo } from '#db/repos/treaties/report-figures.repo.ts';

export async function countConsentsForReport(db: Db, from: string, to: string, linkedEventIds: readonly number[]) {
  return createTreatyReportFiguresRepo(db).countConsents(from, to, linkedEventIds);
}

export async function listConsentRecords(
  db: Db,
  from: string,
  to: string,
  linkedEventIds: readonly number[],
  which: 'total' | 'followed' | 'not-followed',
  page: { offset: number; limit: number },
) {
  const found = await createTreatyReportFiguresRepo(db).consents(from, to, linkedEventIds, which, page);
  return {
    total: found.total,
    hidden: 0,
    records: found.records.map((r) => ({
      kind: 'state',
      id: `${r.participantCode}:${r.instrumentId}`,
      label: `${r.name} — ${r.instrumentId}`,
      date: r.date,
      href: `/states/${r.participantCode}`,
    })),
  };
}
