// Results of activities. A result is as visible as its activity (the activity's scope condition, joined), so a
// figure never counts a result behind an activity the caller could not open.
//
// An EXPECTED ratification (kind ratification-deposited, no participation_event_id, an instrument) is confirmed ON
// READ: every read looks up the State's deposit of consent to the instrument among events of non-reverted imports
// (confirmingDeposit). Chosen over writing the link in the import's transaction because reverting an import then
// un-confirms the result with no second write to keep in step, an event already in the record confirms the result at
// once, and the import path (treaties module) need not know about assistance results. The cost is one indexed query
// per read of a page that holds expected results.
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import { confirmingDeposit, DEPOSIT_EVENT_KINDS, type DepositCandidate } from '#domain/assistance/results.ts';
import type { Db } from '#db/client.ts';
import { activities, assistanceResults, importBatches, instruments, participationEvents } from '#db/schema/index.ts';
import { ACTIVITY_SCOPE_COLUMNS } from './activities.repo.ts';
import { effectiveEventsCondition } from '../treaties/events.repo.ts';
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
  /** For a ratification: confirmed (an event links it or confirms it) or still expected. Null for other kinds. */
  status: 'confirmed' | 'expected' | null;
}

/** Whether a row is an expected ratification, confirmed on read. */
const isExpected = (r: ResultRow) => r.kind === 'ratification-deposited' && r.participationEventId === null && r.instrumentId !== null;
const expectedCondition = and(eq(assistanceResults.kind, 'ratification-deposited'), isNull(assistanceResults.participationEventId), isNotNull(assistanceResults.instrumentId));

/** The deposits of consent of these States to these instruments, of non-reverted imports only. */
async function depositsFor(db: Db, keys: { stateCode: string; instrumentId: string }[]): Promise<DepositCandidate[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select({ id: participationEvents.id, kind: participationEvents.kind, participantCode: participationEvents.participantCode, instrumentId: participationEvents.instrumentId, date: participationEvents.date })
    .from(participationEvents)
    .innerJoin(importBatches, eq(importBatches.id, participationEvents.batchId))
    .where(
      and(
        effectiveEventsCondition,
        inArray(participationEvents.kind, [...DEPOSIT_EVENT_KINDS]),
        inArray(participationEvents.participantCode, [...new Set(keys.map((k) => k.stateCode))]),
        inArray(participationEvents.instrumentId, [...new Set(keys.map((k) => k.instrumentId))]),
      ),
    );
  return rows;
}

/** The rows as records, each expected ratification with the deposit that confirms it, if any yet. */
async function resolve(db: Db, rows: Selected[]): Promise<ResultRecord[]> {
  const expected = rows.filter((r) => isExpected(r.result));
  const deposits = await depositsFor(db, expected.map((r) => ({ stateCode: r.result.stateCode, instrumentId: r.result.instrumentId! })));
  return rows.map((r) => {
    const record = toRecord(r);
    if (!isExpected(r.result)) return record;
    const d = confirmingDeposit({ stateCode: r.result.stateCode, instrumentId: r.result.instrumentId!, activityStartDate: r.activityStartDate }, deposits);
    return d ? { ...record, status: 'confirmed', event: { id: d.id, kind: d.kind, date: d.date, instrumentId: d.instrumentId } } : { ...record, status: 'expected' };
  });
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
      activityStartDate: activities.startDate,
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
  status: r.result.kind === 'ratification-deposited' ? 'confirmed' : null,
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
      return { rows: await resolve(db, rows), total: Number(totalRow?.n ?? 0) };
    },

    /** The results of one activity (the caller may already read the activity). */
    async ofActivity(activityId: string): Promise<ResultRecord[]> {
      const rows = await selectResult(db).where(eq(assistanceResults.activityId, activityId)).orderBy(asc(assistanceResults.date), asc(assistanceResults.id));
      return resolve(db, rows);
    },

    async findById(id: string): Promise<ResultRecord | undefined> {
      const [row] = await selectResult(db).where(eq(assistanceResults.id, id));
      return row ? (await resolve(db, [row]))[0] : undefined;
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

    /**
     * The visible expected ratifications, each with the deposit that confirms it if one is recorded yet, for the
     * summary (which counts the confirmed ones as ratifications and the others apart).
     */
    async expectedRatifications(scope: Scope, filters: Pick<ResultFilters, 'stateCode'>) {
      const c: SQL[] = [expectedCondition!];
      if (filters.stateCode) c.push(eq(assistanceResults.stateCode, filters.stateCode));
      const rows = await selectResult(db).where(and(scopeCondition(ACTIVITY_SCOPE_COLUMNS, scope), ...c));
      const records = await resolve(db, rows);
      const names = new Map(
        (await db.select({ id: instruments.id, shortNames: instruments.shortNames }).from(instruments).where(inArray(instruments.id, [...new Set(records.map((r) => r.instrumentId!))].concat(['']))))
          .map((i) => [i.id, i.shortNames]),
      );
      return records.map((r) => ({ ...r, instrumentShortNames: names.get(r.instrumentId!) ?? null }));
    },

    async instrumentExists(id: string): Promise<boolean> {
      const [row] = await db.select({ id: instruments.id }).from(instruments).where(eq(instruments.id, id));
      return row !== undefined;
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
