// Cross-entity reads for coordination: "who does what, where" (one SQL aggregate over the activities, their States
// and themes unnested), the overlap queue with both activities of each pair, and the inputs of the gaps view (open
// requests, open needs, recent activities per State). Counts, names and dates leave here for every activity; the
// use cases decide which titles a reader may see.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { OPEN_REQUEST_STATUSES } from '#domain/assistance/needs.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { activities, activityOverlaps, activityVersion, assistanceNeeds, assistanceRequests, organisations, users } from '#db/schema/index.ts';
import { textArray } from '../conditions.ts';

export interface CoordinationCellFilters {
  /** ISO dates, inclusive: activities whose dates meet the period. */
  from: string;
  to: string;
  theme?: string;
  /** Only these States (one State, or the States of a regional group). */
  stateCodes?: readonly string[];
}

export interface CoordinationCellRow {
  stateCode: string;
  theme: string;
  organisationId: string;
  organisationNames: LocalizedText;
  organisationAcronym: string | null;
  activities: number;
  firstDate: string;
  lastDate: string;
}


/** The activity version (bumped by a trigger on every change to activities or organisations). */
export async function readActivityVersion(db: Db): Promise<number> {
  const [row] = await db.select({ version: activityVersion.version }).from(activityVersion).limit(1);
  return Number(row?.version ?? 0);
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** What the queue shows of each activity of a pair, and what the policy needs to decide whether its title shows. */
export interface OverlapActivityRow {
  id: string;
  title: string;
  status: string;
  organisationId: string;
  organisationNames: LocalizedText;
  organisationAcronym: string | null;
  startDate: string;
  endDate: string;
  stateCodes: string[];
  confidentiality: Confidentiality;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
  createdBy: string | null;
}

export interface OverlapRow {
  id: string;
  status: 'open' | 'resolved';
  stateCodes: string[];
  themes: string[];
  fromDate: string;
  toDate: string;
  detectedAt: Date;
  resolution: string | null;
  resolutionComment: string | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
  resolvedAt: Date | null;
  activity: OverlapActivityRow;
  other: OverlapActivityRow;
}

export interface OverlapFilters {
  status: 'open' | 'resolved';
  stateCode?: string;
  /** Pairs where this organisation delivers one of the two activities. */
  organisationId?: string;
}

const a1 = alias(activities, 'a1');
const a2 = alias(activities, 'a2');
const o1 = alias(organisations, 'o1');
const o2 = alias(organisations, 'o2');

function activityColumns(a: typeof a1 | typeof a2, o: typeof o1 | typeof o2) {
  return {
    id: a.id,
    title: a.title,
    status: a.status,
    organisationId: a.organisationId,
    organisationNames: o.names,
    organisationAcronym: o.acronym,
    startDate: a.startDate,
    endDate: a.endDate,
    stateCodes: a.stateCodes,
    confidentiality: a.confidentiality,
    sharedOrganisationIds: a.sharedOrganisationIds,
    namedUserIds: a.namedUserIds,
    createdBy: a.createdBy,
  };
}

function selectOverlaps(db: Db) {
  return db
    .select({
      id: activityOverlaps.id,
      status: activityOverlaps.status,
      stateCodes: activityOverlaps.stateCodes,
      themes: activityOverlaps.themes,
      fromDate: activityOverlaps.fromDate,
      toDate: activityOverlaps.toDate,
      detectedAt: activityOverlaps.detectedAt,
      resolution: activityOverlaps.resolution,
      resolutionComment: activityOverlaps.resolutionComment,
      resolvedBy: activityOverlaps.resolvedBy,
      resolvedByName: users.displayName,
      resolvedAt: activityOverlaps.resolvedAt,
      activity: activityColumns(a1, o1),
      other: activityColumns(a2, o2),
    })
    .from(activityOverlaps)
    .innerJoin(a1, eq(a1.id, activityOverlaps.activityId))
    .innerJoin(o1, eq(o1.id, a1.organisationId))
    .innerJoin(a2, eq(a2.id, activityOverlaps.otherActivityId))
    .innerJoin(o2, eq(o2.id, a2.organisationId))
    .leftJoin(users, eq(users.id, activityOverlaps.resolvedBy));
}
type SelectedOverlap = Awaited<ReturnType<ReturnType<typeof selectOverlaps>['execute']>>[number];

function toOverlapRow(r: SelectedOverlap): OverlapRow {
  const activity = (x: SelectedOverlap['activity']): OverlapActivityRow => ({
    ...x,
    organisationNames: (x.organisationNames ?? {}) as LocalizedText,
    confidentiality: x.confidentiality as Confidentiality,
  });
  return { ...r, status: r.status as OverlapRow['status'], activity: activity(r.activity), other: activity(r.other) };
}

function overlapFilter(f: OverlapFilters): SQL {
  const conditions: SQL[] = [eq(activityOverlaps.status, f.status)];
  if (f.stateCode) conditions.push(sql`${activityOverlaps.stateCodes} @> ${textArray([f.stateCode])}`);
  if (f.organisationId) conditions.push(sql`(${a1.organisationId} = ${f.organisationId} or ${a2.organisationId} = ${f.organisationId})`);
  return and(...conditions)!;
}

/** A State's open requests, its open needs and how many activities it had recently: the gaps' inputs. */
export interface GapInputs {
  requests: { id: string; stateCode: string; themes: string[]; status: string }[];
  openNeeds: { id: string; stateCode: string; themes: string[]; assessedOn: string }[];
  recentActivities: Map<string, number>;
  /** Activities (not cancelled) starting after the window's end, per State. */
  plannedActivities: Map<string, number>;
}

export function createCoordinationRepo(db: Db) {
  return {
    /**
     * Who does what, where: one row per State × theme × entity with the number of activities (not cancelled) whose
     * dates meet the period, the first start and the last end. Groups the flat spans kept by trigger by their integer
     * cell id (ADR 16), narrowed first by the end date and to the cells of the States and theme asked. Returns one
     * page and the number of cells.
     */
    async whoDoesWhatWhere(
      f: CoordinationCellFilters,
      page: { limit: number; offset: number },
    ): Promise<{ rows: CoordinationCellRow[]; total: number }> {
      const where: SQL[] = [sql`x.end_date >= ${f.from}`, sql`x.start_date <= ${f.to}`];
      const cellWhere: SQL[] = [];
      if (f.stateCodes) {
        if (f.stateCodes.length === 0) return { rows: [], total: 0 };
        cellWhere.push(sql`k.state_code = any(${textArray(f.stateCodes)})`);
      }
      if (f.theme) cellWhere.push(sql`k.theme = ${f.theme}`);
      if (cellWhere.length) {
        where.push(sql`x.cell_id in (select k.id from coordination_cells k where ${sql.join(cellWhere, sql` and `)})`);
      }
      // One row back, the page as JSON: on PGlite each row returned costs more than the aggregate itself.
      const result = await db.execute(sql`
        with spans as (
          select x.cell_id, count(*)::int as n, min(x.start_date) as first_date, max(x.end_date) as last_date
          from activity_cell_spans x
          where ${sql.join(where, sql` and `)}
          group by x.cell_id
        ), cells as (
          select k.state_code, k.theme, k.organisation_id, s.n, s.first_date, s.last_date
          from spans s join coordination_cells k on k.id = s.cell_id
        ), page as (
          select c.*, o.names, o.acronym, coalesce(o.acronym, o.names->>'en', '') as sort_name
          from cells c join organisations o on o.id = c.organisation_id
          order by c.state_code, c.theme, sort_name, c.organisation_id
          limit ${page.limit} offset ${page.offset}
        )
        select (select count(*)::int from spans) as total,
               coalesce((select json_agg(json_build_array(state_code, theme, organisation_id, names, acronym, n, first_date, last_date)
                                         order by state_code, theme, sort_name, organisation_id) from page), '[]'::json) as cells`);
      const [row] = rowsOf<{ total: number; cells: unknown }>(result);
      const cells = (typeof row!.cells === 'string' ? JSON.parse(row!.cells) : row!.cells) as [
        string, string, string, LocalizedText | null, string | null, number, string, string,
      ][];
      return {
        total: Number(row!.total),
        rows: cells.map(([stateCode, theme, organisationId, names, acronym, n, firstDate, lastDate]) => ({
          stateCode,
          theme,
          organisationId,
          organisationNames: names ?? {},
          organisationAcronym: acronym,
          activities: n,
          firstDate,
          lastDate,
        })),
      };
    },

    async listOverlaps(f: OverlapFilters, page: { limit: number; offset: number }): Promise<{ rows: OverlapRow[]; total: number }> {
      const where = overlapFilter(f);
      // Open: the soonest first (what to settle before it happens); resolved: the latest settled first.
      const order =
        f.status === 'open'
          ? [asc(activityOverlaps.fromDate), asc(activityOverlaps.id)]
          : [desc(activityOverlaps.resolvedAt), asc(activityOverlaps.id)];
      const [rows, [totalRow]] = await Promise.all([
        selectOverlaps(db).where(where).orderBy(...order).limit(page.limit).offset(page.offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(activityOverlaps)
          .innerJoin(a1, eq(a1.id, activityOverlaps.activityId))
          .innerJoin(a2, eq(a2.id, activityOverlaps.otherActivityId))
          .where(where),
      ]);
      return { rows: rows.map(toOverlapRow), total: Number(totalRow?.n ?? 0) };
    },

    /** `lock`: inside a transaction, hold the overlap row until it ends. */
    async findOverlap(id: string, options: { lock?: boolean } = {}): Promise<OverlapRow | undefined> {
      const query = selectOverlaps(db).where(eq(activityOverlaps.id, id));
      const [row] = options.lock ? await query.for('update', { of: activityOverlaps }) : await query;
      return row ? toOverlapRow(row) : undefined;
    },

    async resolveOverlap(id: string, r: { resolution: string; comment: string; by: string; at: Date }): Promise<void> {
      await db
        .update(activityOverlaps)
        .set({ status: 'resolved', resolution: r.resolution, resolutionComment: r.comment, resolvedBy: r.by, resolvedAt: r.at })
        .where(eq(activityOverlaps.id, id));
    },

    /**
     * For the gaps: every open request and open need (ids, States, themes: the little the matching needs), and per
     * State the number of activities (not cancelled) whose dates meet [since, until].
     */
    async gapInputs(window: { since: string; until: string }, stateCode?: string): Promise<GapInputs> {
      const requestWhere = [inArray(assistanceRequests.status, [...OPEN_REQUEST_STATUSES])];
      const needWhere = [eq(assistanceNeeds.status, 'open')];
      if (stateCode) {
        requestWhere.push(eq(assistanceRequests.stateCode, stateCode));
        needWhere.push(eq(assistanceNeeds.stateCode, stateCode));
      }
      const activityState = stateCode
        ? sql`and a.state_codes @> ${textArray([stateCode])} and s.code = ${stateCode}`
        : sql``;
      const [requests, openNeeds, counts] = await Promise.all([
        db
          .select({ id: assistanceRequests.id, stateCode: assistanceRequests.stateCode, themes: assistanceRequests.themes, status: assistanceRequests.status })
          .from(assistanceRequests)
          .where(and(...requestWhere)),
        db
          .select({ id: assistanceNeeds.id, stateCode: assistanceNeeds.stateCode, themes: assistanceNeeds.themes, assessedOn: assistanceNeeds.assessedOn })
          .from(assistanceNeeds)
          .where(and(...needWhere)),
        db.execute(sql`
          select s.code as state_code,
            (count(*) filter (where a.start_date <= ${window.until}))::int as n,
            (count(*) filter (where a.start_date > ${window.until}))::int as planned
          from activities a cross join lateral unnest(a.state_codes) as s(code)
          where a.status <> 'cancelled' and a.end_date >= ${window.since} ${activityState}
          group by 1`),
      ]);
      return {
        requests,
        openNeeds,
        recentActivities: new Map(rowsOf<{ state_code: string; n: number }>(counts).map((r) => [r.state_code, Number(r.n)])),
        plannedActivities: new Map(rowsOf<{ state_code: string; planned: number }>(counts).map((r) => [r.state_code, Number(r.planned)])),
      };
    },
  };
}

export type CoordinationRepo = ReturnType<typeof createCoordinationRepo>;
