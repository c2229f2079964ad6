// Results of activities. A result is as visible as its activity (the activity's scope condition, joined), so a
// figure never counts a result behind an activity the caller could not open.
import { and, asc, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { Db } from '#db/client.ts';
import { activities, assistanceResults, instruments, participationEvents } from '#db/schema/index.ts';
import { ACTIVITY_SCOPE_COLUMNS } from './activities.repo.ts';
import { scopeCondition } from '../conditions.ts';

export interface ResultFilters {
  kind?: string;
  stateCode?: string;
  from?: string;
  to?: string;
  activityId?: string;
}

export type ResultRow = typeof assistanceResults.$inferSelect;
export interface ResultRecord extends ResultRow {
  activityTitle: string | null;
  event: { id: number; kind: string; date: string | null; instrumentId: string } | null;
}

function filterCondition(f: ResultFilters): SQL[] {
  const c: SQL[] = [];
  if (f.kind) c.push(eq(assistanceResults.kind, f.kind));
  if (f.stateCode) c.push(eq(assistanceResults.stateCode, f.stateCode));
  if (f.from) c.push(gte(assistanceResults.date, f.from));
  if (f.to) c.push(lte(assistanceResults.date, f.to));
  if (f.activityId) c.push(eq(assistanceResults.activityId, f.activityId));
  return c;
}

function selectResult(db: Db) {
  return db
    .select({
      result: assistanceResults,
      activityTitle: activities.title,
      eventId: participationEvents.id,
      eventKind: participationEvents.kind,
      eventDate: participationEvents.date,
      eventInstrumentId: participationEvents.instrumentId,
    })
    .from(assistanceResults)
    .innerJoin(activities, eq(activities.id, assistanceResults.activityId))
    .leftJoin(participationEvents, eq(participationEvents.id, assistanceResults.participationEventId));
}
type Selected = Awaited<ReturnType<ReturnType<typeof selectResult>['where']>>[number];
const toRecord = (r: Selected): ResultRecord => ({
  ...r.result,
  activityTitle: r.activityTitle,
  event:
    r.eventId !== null && r.eventKind !== null && r.eventInstrumentId !== null
      ? { id: r.eventId, kind: r.eventKind, date: r.eventDate, instrumentId: r.eventInstrumentId }
      : null,
});

export function createResultsRepo(db: Db) {
  return {
    async list(scope: Scope, filters: ResultFilters, page: { limit: number; offset: number }) {
      const where = and(scopeCondition(ACTIVITY_SCOPE_COLUMNS, scope), ...filterCondition(filters));
      const [rows, [totalRow]] = await Promise.all([
        selectResult(db).where(where).orderBy(desc(assistanceResults.date), asc(assistanceResults.id)).limit(page.limit).offset(page.offset),
        db
          .select({ n: count() })
          .from(assistanceResults)
          .innerJoin(activities, eq(activities.id, assistanceResults.activityId))
          .where(where),
      ]);
      return { rows: rows.map(toRecord), total: Number(totalRow?.n ?? 0) };
    },

    /** The results of one activity (the caller may already read the activity). */
    async ofActivity(activityId: string): Promise<ResultRecord[]> {
      const rows = await selectResult(db).where(eq(assistanceResults.activityId, activityId)).orderBy(asc(assistanceResults.date), asc(assistanceResults.id));
      return rows.map(toRecord);
    },

    async findById(id: string): Promise<ResultRecord | undefined> {
      const [row] = await selectResult(db).where(eq(assistanceResults.id, id));
      return row ? toRecord(row) : undefined;
    },

    /** The visible ratification results with their events, for the summary (the events' own dates, States, instruments). */
    async ratifications(scope: Scope, filters: Pick<ResultFilters, 'stateCode' | 'from' | 'to'>) {
      const c: SQL[] = [eq(assistanceResults.kind, 'ratification-deposited')];
      if (filters.stateCode) c.push(eq(participationEvents.participantCode, filters.stateCode));
      if (filters.from) c.push(gte(participationEvents.date, filters.from));
      if (filters.to) c.push(lte(participationEvents.date, filters.to));
      return db
        .select({
          resultId: assistanceResults.id,
          activityId: assistanceResults.activityId,
          eventId: participationEvents.id,
          eventKind: participationEvents.kind,
          eventDate: participationEvents.date,
          stateCode: participationEvents.participantCode,
          instrumentId: participationEvents.instrumentId,
          instrumentShortNames: instruments.shortNames,
        })
        .from(assistanceResults)
        .innerJoin(activities, eq(activities.id, assistanceResults.activityId))
        .innerJoin(participationEvents, eq(participationEvents.id, assistanceResults.participationEventId))
        .innerJoin(instruments, eq(instruments.id, participationEvents.instrumentId))
        .where(and(scopeCondition(ACTIVITY_SCOPE_COLUMNS, scope), ...c))
        .orderBy(asc(participationEvents.date), asc(participationEvents.id), asc(assistanceResults.id));
    },

    /** A participation event as the result's check needs it. */
    async event(id: number) {
      const [row] = await db
        .select({ id: participationEvents.id, kind: participationEvents.kind, participantCode: participationEvents.participantCode, date: participationEvents.date, instrumentId: participationEvents.instrumentId })
        .from(participationEvents)
        .where(eq(participationEvents.id, id));
      return row;
    },

    async insert(row: Omit<typeof assistanceResults.$inferInsert, 'id'>): Promise<string> {
      const [inserted] = await db.insert(assistanceResults).values(row).returning({ id: assistanceResults.id });
      return inserted!.id;
    },

    /** Whether this event is already a result of this activity (one result per event and activity). */
    async eventLinked(activityId: string, eventId: number): Promise<boolean> {
      const [row] = await db
        .select({ id: assistanceResults.id })
        .from(assistanceResults)
        .where(and(eq(assistanceResults.activityId, activityId), eq(assistanceResults.participationEventId, eventId)));
      return row !== undefined;
    },
  };
}

export type ResultsRepo = ReturnType<typeof createResultsRepo>;
