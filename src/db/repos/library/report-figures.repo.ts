// The tools and publications the Secretary-General's report counts (issue 14 §3): library documents of the kinds
// that are tools or publications, dated in the period, by kind, with how many are not public; and the documents
// behind one count, those in the reader's scope and how many are not.
import { sql } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { Db } from '#db/client.ts';
import { documents as D, incorporationAssessments as IA, participants } from '#db/schema/index.ts';
import { scopeCondition } from '../conditions.ts';
import { DOCUMENT_SCOPE_COLUMNS } from './documents.repo.ts';

/** The library kinds that are tools and publications of technical assistance. */
export const PUBLICATION_KINDS = ['publication', 'model-law', 'training-module', 'victims-guidance', 'internet-guidance'] as const;

export function createLibraryReportFiguresRepo(db: Db) {
  const kinds = sql.join(PUBLICATION_KINDS.map((k) => sql`${k}`), sql`, `);
  const base = (from: string, to: string) => sql`from ${D} where ${D.kind} in (${kinds}) and ${D.documentDate} between ${from} and ${to}`;
  return {
    async byKind(from: string, to: string): Promise<{ key: string; n: number; confidential: number }[]> {
      const result = await db.execute(sql`select ${D.kind} as key, count(*)::int as n,
          count(*) filter (where ${D.confidentiality} <> 'public')::int as confidential ${base(from, to)} group by 1 order by 1`);
      return (result as unknown as { rows: { key: string; n: number; confidential: number }[] }).rows.map((r) => ({ key: r.key, n: Number(r.n), confidential: Number(r.confidential) }));
    },

    /**
     * Laws reviewed with assistance: State × instrument pairs with a current incorporation assessment that comes from
     * an assistance activity, assessed in the period (assessments are public facts about public laws).
     */
    async assistedAssessments(from: string, to: string): Promise<number> {
      const result = await db.execute(sql`select count(distinct (${IA.stateCode}, ${IA.instrumentId}))::int as n from ${IA}
        where ${IA.source} = 'assistance' and ${IA.supersededAt} is null and ${IA.assessedOn} between ${from} and ${to}`);
      return Number((result as unknown as { rows: { n: number }[] }).rows[0]!.n);
    },

    async assistedAssessmentRecords(from: string, to: string, page: { offset: number; limit: number }) {
      const q = sql`select ${IA.stateCode} as code, ${IA.instrumentId} as instrument_id, max(${IA.assessedOn}) as date from ${IA}
        where ${IA.source} = 'assistance' and ${IA.supersededAt} is null and ${IA.assessedOn} between ${from} and ${to} group by 1, 2`;
      const [count, rows] = await Promise.all([
        db.execute(sql`select count(*)::int as n from (${q}) c`),
        db.execute(sql`select c.code, c.instrument_id, c.date, ${participants.names}->>'en' as name from (${q}) c
          left join ${participants} on ${participants.code} = c.code order by c.date, c.code, c.instrument_id offset ${page.offset} limit ${page.limit}`),
      ]);
      return {
        total: Number((count as unknown as { rows: { n: number }[] }).rows[0]!.n),
        records: (rows as unknown as { rows: { code: string; instrument_id: string; date: string; name: string | null }[] }).rows,
      };
    },

    async records(from: string, to: string, kind: string | null, scope: Scope, page: { offset: number; limit: number }) {
      const where = sql`${base(from, to)} ${kind ? sql`and ${D.kind} = ${kind}` : sql``}`;
      const visible = sql`(${scopeCondition(DOCUMENT_SCOPE_COLUMNS, scope)} and ${D.confidentiality} <> 'named-people')`;
      const [counts, rows] = await Promise.all([
        db.execute(sql`select count(*)::int as total, count(*) filter (where ${visible})::int as visible ${where}`),
        db.execute(sql`select ${D.id} as id, ${D.title} as title, ${D.documentDate} as date ${where} and ${visible}
          order by ${D.documentDate}, ${D.id} offset ${page.offset} limit ${page.limit}`),
      ]);
      const c = (counts as unknown as { rows: { total: number; visible: number }[] }).rows[0]!;
      return {
        total: Number(c.total),
        hidden: Number(c.total) - Number(c.visible),
        records: (rows as unknown as { rows: { id: string; title: string; date: string }[] }).rows.map((r) => ({ id: r.id, label: r.title, date: String(r.date) })),
      };
    },
  };
}
