// The counts of the Secretary-General's report drawn from technical assistance (issue 14 §3), grouped in SQL so they
// scale to years of records: activities by theme, kind and mandate, States assisted by regional group, officials
// trained by sex and institution, results (ratifications following assistance, legislation), and requests received,
// answered and open with their response times. Each count comes with how many of its records are not public (the
// suppression rule reads it). And the records behind one count, those the reader may see, and how many they may not
// (a named-people record is never listed here, so that no read of one goes unaudited: it counts as hidden).
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { Db } from '#db/client.ts';
import { activities, assistanceRequestEvents, assistanceRequests, assistanceResults, participants } from '../../schema/index.ts';
import { scopeCondition } from '../conditions.ts';
import { ACTIVITY_SCOPE_COLUMNS } from './activities.repo.ts';
import { requestScopeCondition } from './assistance-requests.repo.ts';

export interface Period {
  from: string;
  to: string;
}

export interface Cell {
  key: string;
  n: number;
  confidential: number;
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

const cells = (rows: { key: string | null; n: number | string; confidential: number | string }[]): Cell[] =>
  rows.map((r) => ({ key: r.key ?? 'unknown', n: Number(r.n), confidential: Number(r.confidential) }));

/** Activities delivered (not cancelled) that overlap the period. */
const inPeriod = (p: Period) =>
  sql`${activities.status} <> 'cancelled' and ${activities.startDate} <= ${p.to} and ${activities.endDate} >= ${p.from}`;

/** Requests answered: the entity decided (accepted, declined, referred) or went on to deliver. */
export const ANSWERED_STATUSES = ['accepted', 'declined', 'referred', 'planned', 'in-delivery', 'completed', 'evaluated'] as const;

/** The activity counts of the report, each as cells by key in key order. */
export interface ActivityFigures {
  total: Cell[];
  byTheme: Cell[];
  byKind: Cell[];
  byModality: Cell[];
  byMandate: Cell[];
  statesByRegion: Cell[];
  trainedBySex: Cell[];
  trainedByInstitution: Cell[];
}

export interface ActivityRecord {
  id: string;
  title: string;
  startDate: string;
}

export function createReportFiguresRepo(db: Db) {
  const a = activities;
  /** One row per activity and key (`id`, `key`, `conf`: not public); `by-region` may repeat an activity per State. */
  const conf = sql`${a.confidentiality} <> 'public'`;
  const dimension = (name: string, p: Period): SQL | null => {
    switch (name) {
      case 'by-theme':
        return sql`select k as key, ${a.id} as id, ${conf} as conf from ${a}, unnest(${a.themes}) as k where ${inPeriod(p)}`;
      case 'by-mandate':
        return sql`select k as key, ${a.id} as id, ${conf} as conf from ${a}, unnest(${a.mandates}) as k where ${inPeriod(p)}`;
      case 'by-kind':
        return sql`select ${a.kind} as key, ${a.id} as id, ${conf} as conf from ${a} where ${inPeriod(p)}`;
      case 'by-modality':
        return sql`select case when ${a.online} then 'online' else 'in-person' end as key, ${a.id} as id, ${conf} as conf from ${a} where ${inPeriod(p)}`;
      case 'total':
        return sql`select 'all' as key, ${a.id} as id, ${conf} as conf from ${a} where ${inPeriod(p)}`;
      case 'by-region':
        return sql`select coalesce(${participants.regionalGroup}, 'unknown') as key, ${a.id} as id, ${conf} as conf
          from ${a}, unnest(${a.stateCodes}) as s left join ${participants} on ${participants.code} = s where ${inPeriod(p)}`;
      case 'by-institution':
        return sql`select e.key as key, ${a.id} as id, ${conf} as conf from ${a}, jsonb_each_text(coalesce(${a.participantsByInstitution}, '{}'::jsonb)) as e where ${inPeriod(p)}`;
      case 'trained':
        return sql`select 'all' as key, ${a.id} as id, ${conf} as conf from ${a} where ${inPeriod(p)} and coalesce(${a.participantsTotal}, 0) > 0`;
      default:
        return null;
    }
  };

  return {
    /**
     * Every activity count of the report in one query, from one scan of the activities in the period (materialized
     * once, then grouped per dimension): the totals by theme, kind, modality and mandate (distinct activities per key: an activity tagged twice with one theme counts once,
     * and the non-public ones among them), the States assisted per regional group (a State counts as confidential when
     * no public activity names it), the participants summed by sex (`confidential`: the non-public activities summed)
     * and by institution.
     */
    async activityFigures(p: Period): Promise<ActivityFigures> {
      const result = await db.execute(sql`with b as materialized (
          select ${a.id} as id, ${a.confidentiality} as confidentiality, ${conf} as conf, ${a.kind} as kind, ${a.online} as online,
            ${a.themes} as themes, ${a.mandates} as mandates, ${a.stateCodes} as state_codes,
            ${a.participantsByInstitution} as by_institution, ${a.participantsTotal} as p_total, ${a.participantsFemale} as p_female,
            ${a.participantsMale} as p_male, ${a.participantsOther} as p_other
          from ${a} where ${inPeriod(p)}),
        sexes as (select coalesce(sum(p_total), 0)::int as total, coalesce(sum(p_female), 0)::int as female,
            coalesce(sum(p_male), 0)::int as male, coalesce(sum(p_other), 0)::int as other,
            count(*) filter (where conf)::int as confidential
          from b where coalesce(p_total, 0) > 0),
        states as (select s as code, bool_or(confidentiality = 'public') as any_public from b, unnest(b.state_codes) as s group by s)
        select 'total' as dim, 'all'::text as key, count(*)::int as n, count(*) filter (where conf)::int as confidential from b group by 2
        union all
        select 'by-theme', k::text, count(*)::int, count(*) filter (where conf)::int
          from b, lateral (select distinct k from unnest(b.themes) as k) as t group by 2
        union all
        select 'by-kind', kind::text, count(*)::int, count(*) filter (where conf)::int from b group by 2
        union all
        select 'by-modality', case when online then 'online' else 'in-person' end, count(*)::int, count(*) filter (where conf)::int from b group by 2
        union all
        select 'by-mandate', k::text, count(*)::int, count(*) filter (where conf)::int
          from b, lateral (select distinct k from unnest(b.mandates) as k) as t group by 2
        union all
        select 'by-region', coalesce(${participants.regionalGroup}, 'unknown')::text, count(*)::int, count(*) filter (where not states.any_public)::int
          from states left join ${participants} on ${participants.code} = states.code group by 2
        union all
        select 'by-sex', v.key, v.n, sexes.confidential from sexes,
          lateral (values (1, 'total', sexes.total), (2, 'female', sexes.female), (3, 'male', sexes.male), (4, 'other', sexes.other)) as v(i, key, n)
        union all
        select 'by-institution', e.key::text, sum(e.value::int)::int, count(*) filter (where conf)::int
          from b, jsonb_each_text(coalesce(b.by_institution, '{}'::jsonb)) as e group by 2
        order by 1, 2`);
      const rows = rowsOf<{ dim: string; key: string | null; n: number | string; confidential: number | string }>(result);
      const of = (dim: string) => cells(rows.filter((r) => r.dim === dim));
      const bySex = new Map(of('by-sex').map((c) => [c.key, c]));
      return {
        total: of('total'),
        byTheme: of('by-theme'),
        byKind: of('by-kind'),
        byModality: of('by-modality'),
        byMandate: of('by-mandate'),
        statesByRegion: of('by-region'),
        trainedBySex: (['total', 'female', 'male', 'other'] as const).map((key) => bySex.get(key)!),
        trainedByInstitution: of('by-institution'),
      };
    },

    /**
     * Results of one kind dated in the period, by their linked participation event when they have one (a
     * ratification counts once however many activities led to it), with the confidentiality of the activity or
     * request they come from.
     */
    async resultCells(kind: string, p: Period): Promise<{ n: number; confidential: number; eventIds: number[] }> {
      const result = await db.execute(sql`select coalesce(r.participation_event_id::text, r.id::text) as key,
          r.participation_event_id as event_id,
          bool_and(coalesce(${a.confidentiality}, ${assistanceRequests.confidentiality}, 'public') <> 'public') as confidential
        from ${assistanceResults} r
        left join ${a} on ${a.id} = r.activity_id
        left join ${assistanceRequests} on ${assistanceRequests.id} = r.request_id
        where r.kind = ${kind} and r.date between ${p.from} and ${p.to}
          and (r.kind <> 'ratification-deposited' or r.participation_event_id is not null)
        group by 1, 2`);
      const rows = rowsOf<{ key: string; event_id: number | string | null; confidential: boolean }>(result);
      return {
        n: rows.length,
        confidential: rows.filter((r) => r.confidential).length,
        eventIds: rows.flatMap((r) => (r.event_id === null ? [] : [Number(r.event_id)])),
      };
    },

    /** Requests submitted in the period: received, answered, open; days from submission to the first answer. */
    async requestCells(p: Period): Promise<{ cells: Cell[]; medianDays: number | null; p90Days: number | null; confidentialAnswered: number }> {
      const R = assistanceRequests;
      const answered = sql.join(ANSWERED_STATUSES.map((s) => sql`${s}`), sql`, `);
      const result = await db.execute(sql`with q as (
          select ${R.id} as id, ${R.confidentiality} <> 'public' as conf, ${R.status} as status, ${R.submittedAt} as submitted_at,
            (select min(e.at) from ${assistanceRequestEvents} e where e.request_id = ${R.id} and e.to_status in (${answered})) as answered_at
          from ${R} where ${R.submittedAt} >= ${p.from}::date and ${R.submittedAt} < (${p.to}::date + 1))
        select count(*)::int as received, count(*) filter (where conf)::int as received_conf,
          count(*) filter (where answered_at is not null)::int as answered, count(*) filter (where answered_at is not null and conf)::int as answered_conf,
          count(*) filter (where answered_at is null and status not in ('withdrawn'))::int as open,
          count(*) filter (where answered_at is null and status not in ('withdrawn') and conf)::int as open_conf,
          percentile_disc(0.5) within group (order by extract(epoch from answered_at - submitted_at) / 86400) as median,
          percentile_disc(0.9) within group (order by extract(epoch from answered_at - submitted_at) / 86400) as p90
        from q`);
      const r = rowsOf<Record<string, number | string | null>>(result)[0]!;
      const num = (v: number | string | null | undefined) => Number(v ?? 0);
      const days = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
      return {
        cells: [
          { key: 'received', n: num(r.received), confidential: num(r.received_conf) },
          { key: 'answered', n: num(r.answered), confidential: num(r.answered_conf) },
          { key: 'open', n: num(r.open), confidential: num(r.open_conf) },
        ],
        medianDays: days(r.median),
        p90Days: days(r.p90),
        confidentialAnswered: num(r.answered_conf),
      };
    },

    /** The activities behind an activity figure (`dimension`, `key`), those in `scope`, and how many are not. */
    async activityRecords(name: string, key: string, p: Period, scope: Scope, page: { offset: number; limit: number }) {
      const q = dimension(name, p);
      if (!q) return null;
      const base = sql`from ${a} where ${a.id} in (select d.id from (${q}) d where d.key = ${key})`;
      const visible = sql`(${scopeCondition(ACTIVITY_SCOPE_COLUMNS, scope)} and ${a.confidentiality} <> 'named-people')`;
      const [counts, rows] = await Promise.all([
        db.execute(sql`select count(*)::int as total, count(*) filter (where ${visible})::int as visible ${base}`),
        db.execute(sql`select ${a.id} as id, ${a.title} as title, ${a.startDate} as date ${base} and ${visible}
          order by ${a.startDate}, ${a.id} offset ${page.offset} limit ${page.limit}`),
      ]);
      const c = rowsOf<{ total: number; visible: number }>(counts)[0]!;
      return {
        total: Number(c.total),
        hidden: Number(c.total) - Number(c.visible),
        records: rowsOf<{ id: string; title: string; date: string }>(rows).map((r) => ({ id: r.id, label: r.title, date: String(r.date) })),
      };
    },

    /** The requests behind a request figure. */
    async requestRecords(key: string, p: Period, scope: Scope, page: { offset: number; limit: number }) {
      const R = assistanceRequests;
      const answered = sql.join(ANSWERED_STATUSES.map((s) => sql`${s}`), sql`, `);
      const hasAnswer = sql`exists (select 1 from ${assistanceRequestEvents} e where e.request_id = ${R.id} and e.to_status in (${answered}))`;
      const which =
        key === 'received' ? sql`true` : key === 'answered' ? hasAnswer : key === 'open' ? sql`not ${hasAnswer} and ${R.status} <> 'withdrawn'` : null;
      if (!which) return null;
      const base = sql`from ${R} where ${R.submittedAt} >= ${p.from}::date and ${R.submittedAt} < (${p.to}::date + 1) and ${which}`;
      const visible = sql`(${requestScopeCondition(scope)} and ${R.confidentiality} <> 'named-people')`;
      const [counts, rows] = await Promise.all([
        db.execute(sql`select count(*)::int as total, count(*) filter (where ${visible})::int as visible ${base}`),
        db.execute(sql`select ${R.id} as id, ${R.reference} || ' ' || ${R.title} as title, ${R.submittedAt}::date as date ${base} and ${visible}
          order by ${R.submittedAt}, ${R.id} offset ${page.offset} limit ${page.limit}`),
      ]);
      const c = rowsOf<{ total: number; visible: number }>(counts)[0]!;
      return {
        total: Number(c.total),
        hidden: Number(c.total) - Number(c.visible),
        records: rowsOf<{ id: string; title: string; date: string }>(rows).map((r) => ({ id: r.id, label: r.title, date: String(r.date) })),
      };
    },

    /** The activities a result figure rests on (results of `kind` in the period), in scope, and the rest. */
    async resultActivityRecords(kind: string, p: Period, scope: Scope, page: { offset: number; limit: number }) {
      const base = sql`from ${a} where ${a.id} in (select r.activity_id from ${assistanceResults} r where r.kind = ${kind}
        and r.date between ${p.from} and ${p.to} and (r.kind <> 'ratification-deposited' or r.participation_event_id is not null))`;
      const visible = sql`(${scopeCondition(ACTIVITY_SCOPE_COLUMNS, scope)} and ${a.confidentiality} <> 'named-people')`;
      const [counts, rows] = await Promise.all([
        db.execute(sql`select count(*)::int as total, count(*) filter (where ${visible})::int as visible ${base}`),
        db.execute(sql`select ${a.id} as id, ${a.title} as title, ${a.startDate} as date ${base} and ${visible}
          order by ${a.startDate}, ${a.id} offset ${page.offset} limit ${page.limit}`),
      ]);
      const c = rowsOf<{ total: number; visible: number }>(counts)[0]!;
      return {
        total: Number(c.total),
        hidden: Number(c.total) - Number(c.visible),
        records: rowsOf<{ id: string; title: string; date: string }>(rows).map((r) => ({ id: r.id, label: r.title, date: String(r.date) })),
      };
    },
  };
}
