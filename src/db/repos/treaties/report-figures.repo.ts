// The treaty events the Secretary-General's report counts (issue 14 §3): deposits of consent (ratification,
// accession, …) dated in a period, one per State × instrument however many sources recorded it, and those among them
// that an assistance result links. Reverted batches do not count (events.repo.ts's rule).
import { sql } from 'drizzle-orm';
import { CONSENT_KINDS } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { importBatches, participants, participationEvents as E } from '#db/schema/index.ts';
import { effectiveEventsCondition } from './events.repo.ts';

export interface ConsentRecord {
  instrumentId: string;
  participantCode: string;
  name: string;
  date: string;
}

export function createTreatyReportFiguresRepo(db: Db) {
  const kinds = sql.join(CONSENT_KINDS.map((k) => sql`${k}`), sql`, `);
  const linked = (ids: readonly number[]) =>
    ids.length === 0
      ? sql`false`
      : sql`(${E.instrumentId}, ${E.participantCode}) in (select l.instrument_id, l.participant_code from ${E} l where l.id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}))`;
  const base = (from: string, to: string) =>
    sql`from ${E} join ${importBatches} on ${importBatches.id} = ${E.batchId}
      where ${effectiveEventsCondition} and ${E.kind} in (${kinds}) and ${E.date} between ${from} and ${to}`;
  return {
    /** Deposits in the period, and those following assistance (their State × instrument is linked by a result). */
    async countConsents(from: string, to: string, linkedEventIds: readonly number[]): Promise<{ total: number; followed: number }> {
      const result = await db.execute(sql`select count(distinct (${E.instrumentId}, ${E.participantCode}))::int as total,
          count(distinct (${E.instrumentId}, ${E.participantCode})) filter (where ${linked(linkedEventIds)})::int as followed
        ${base(from, to)}`);
      const row = (result as unknown as { rows: { total: number; followed: number }[] }).rows[0]!;
      return { total: Number(row.total), followed: Number(row.followed) };
    },

    /** The deposits behind a figure: all, those following assistance, or those not. */
    async consents(from: string, to: string, linkedEventIds: readonly number[], which: 'total' | 'followed' | 'not-followed', page: { offset: number; limit: number }) {
      const filter = which === 'total' ? sql`true` : which === 'followed' ? linked(linkedEventIds) : sql`not ${linked(linkedEventIds)}`;
      const q = sql`select ${E.instrumentId} as instrument_id, ${E.participantCode} as code, min(${E.date}) as date ${base(from, to)} and ${filter} group by 1, 2`;
      const [count, rows] = await Promise.all([
        db.execute(sql`select count(*)::int as n from (${q}) c`),
        db.execute(sql`select c.instrument_id, c.code, c.date, ${participants.names}->>'en' as name from (${q}) c
          left join ${participants} on ${participants.code} = c.code order by c.date, c.code, c.instrument_id offset ${page.offset} limit ${page.limit}`),
      ]);
      const total = Number((count as unknown as { rows: { n: number }[] }).rows[0]!.n);
      const list = (rows as unknown as { rows: { instrument_id: string; code: string; date: string; name: string | null }[] }).rows;
      return { total, records: list.map((r): ConsentRecord => ({ instrumentId: r.instrument_id, participantCode: r.code, name: r.name ?? r.code, date: String(r.date) })) };
    },
  };
}
