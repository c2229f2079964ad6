// What the cooperation request tracking contributes to the Secretary-General's report (issue 14 §3): its published
// statistics (get-cooperation-request-statistics.ts), one table per calendar year of sending and kind of request as
// its rule 4 requires, for the years the period touches, with its small-cell suppression (null = suppressed).
import { COOPERATION_KINDS, type CooperationKind } from '#domain/cooperation/types.ts';
import { requestStatistics, type RequestStatistics } from '#domain/cooperation/request-statistics.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';

export interface CooperationReportTable extends RequestStatistics {
  year: number;
  kind: CooperationKind;
}

export async function countCooperationForReport(db: Db, from: string, to: string): Promise<CooperationReportTable[]> {
  const repo = createCooperationRequestsRepo(db);
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  const tables: CooperationReportTable[] = [];
  for (const year of years) {
    for (const kind of COOPERATION_KINDS) {
      const counted = await repo.counted(kind, new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1)));
      tables.push({ year, kind, ...requestStatistics(counted) });
    }
  }
  return tables;
}
