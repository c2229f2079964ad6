// Reminds both authorities of each sent request whose status has not moved for its period (REMIND_AFTER_DAYS: 30 days
// sent or received, 60 under execution, …): one notification in the app and one mail each, once per period of
// standing still (domain isDueReminder). `remindedAt` records it without bumping the version, so nobody's pending
// write is made stale by a reminder. Run every hour by `accord serve` and by `accord cooperation remind-requests`.
import { isDueReminder, REMIND_AFTER_DAYS, type RequestStatus } from '#domain/cooperation/requests.ts';
import type { Db } from '#db/client.ts';
import { createCooperationRequestsRepo } from '#db/repos/cooperation/cooperation-requests.repo.ts';
import type { NotifyOptions } from '../accounts/support/notify.ts';
import { inTransaction } from '../shared/transaction.ts';
import { notifyCooperationRequest } from './request-tracking-presenters.ts';

export interface StalledReminderReport {
  /** The requests reminded of, by id. */
  reminded: string[];
}

export async function remindStalledCooperationRequests(db: Db, now: Date, options: NotifyOptions = {}): Promise<StalledReminderReport> {
  const statuses = Object.keys(REMIND_AFTER_DAYS) as RequestStatus[];
  const shortest = Math.min(...Object.values(REMIND_AFTER_DAYS));
  const candidates = await createCooperationRequestsRepo(db).stalledCandidates(statuses, new Date(now.getTime() - shortest * 86_400_000));
  const reminded: string[] = [];
  for (const candidate of candidates) {
    if (!isDueReminder(candidate.status, candidate.statusChangedAt, candidate.remindedAt, now)) continue;
    const done = await inTransaction(db, async (tx) => {
      const repo = createCooperationRequestsRepo(tx);
      // Read again, locked: an event recorded since the candidates were listed may have moved it.
      const row = await repo.findById(candidate.id, { lock: true });
      if (!row || !isDueReminder(row.status, row.statusChangedAt, row.remindedAt, now)) return false;
      await notifyCooperationRequest(tx, 'cooperation-request-reminder', null, row, { date: row.statusChangedAt.toISOString().slice(0, 10) }, now, options);
      await repo.markReminded(row.id, now);
      return true;
    });
    if (done) reminded.push(candidate.id);
  }
  return { reminded };
}
