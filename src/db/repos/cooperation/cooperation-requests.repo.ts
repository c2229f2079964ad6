// Requests for MLA and extradition (issue 12), their timeline and conversation. Lists are scoped in SQL to what the
// caller is a party to (requestScopeCondition): the requesting authority's organisations and the people named on a
// request, the requested State's practitioners once it is sent; the use cases check each record again with the policy.
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CooperationKind } from '#domain/cooperation/types.ts';
import type { CooperationRequestAccess, RefusalGround, RequestContent, RequestSide, RequestStatus } from '#domain/cooperation/requests.ts';
import type { CountedRequest } from '#domain/cooperation/request-statistics.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import {
  authorities,
  cooperationRequestEvents,
  cooperationRequestMessages,
  cooperationRequests,
  memberships,
  organisations,
  participants,
  users,
} from '#db/schema/index.ts';

export interface CooperationRequestRow {
  id: string;
  kind: CooperationKind;
  status: RequestStatus;
  statusChangedAt: Date;
  statusBeforeInformation: RequestStatus | null;
  refusalGround: RefusalGround | null;
  requestingOrganisationId: string;
  requestingStateCode: string;
  requestedStateCode: string;
  requestedAuthorityId: string | null;
  instrumentId: string | null;
  content: RequestContent;
  contentShared: boolean;
  sharedUserIds: string[];
  attachmentDocumentIds: string[];
  requestingReference: string;
  requestedReference: string;
  duplicatedFrom: string | null;
  sentAt: Date | null;
  receivedAt: Date | null;
  closedAt: Date | null;
  remindedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export type NewCooperationRequestRow = Omit<typeof cooperationRequests.$inferInsert, 'id' | 'version'>;
export type CooperationRequestPatch = Partial<Omit<NewCooperationRequestRow, 'createdBy' | 'createdAt' | 'requestingOrganisationId'>>;
export type NewCooperationRequestEvent = Omit<typeof cooperationRequestEvents.$inferInsert, 'id'>;

export interface CooperationRequestEventRow {
  id: number;
  requestId: string;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus;
  event: string;
  side: RequestSide;
  ground: RefusalGround | null;
  note: string;
  at: Date;
  byUserId: string | null;
}

export interface CooperationRequestMessageRow {
  id: string;
  requestId: string;
  authorId: string | null;
  side: RequestSide;
  body: string;
  createdAt: Date;
}

/** Whom a list is for: the organisations the caller practises in, the States they practise for, and themselves. */
export interface RequestPartyScope {
  userId: string;
  organisationIds: readonly string[];
  stateCodes: readonly string[];
}

export interface CooperationRequestFilters {
  side: 'all' | RequestSide;
  status?: RequestStatus;
  kind?: CooperationKind;
  /** The other State. */
  stateCode?: string;
}

const toRow = (r: typeof cooperationRequests.$inferSelect): CooperationRequestRow => ({
  ...r,
  kind: r.kind as CooperationKind,
  status: r.status as RequestStatus,
  statusBeforeInformation: r.statusBeforeInformation as RequestStatus | null,
  refusalGround: r.refusalGround as RefusalGround | null,
});

export function toRequestAccess(r: CooperationRequestRow): CooperationRequestAccess {
  return {
    id: r.id,
    status: r.status,
    requestingOrganisationId: r.requestingOrganisationId,
    requestingStateCode: r.requestingStateCode,
    requestedStateCode: r.requestedStateCode,
    sharedUserIds: r.sharedUserIds,
    contentShared: r.contentShared,
  };
}

const uuidList = (ids: readonly string[]) => sql`ARRAY[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;

/** The requests a party sees from each side, as SQL (mirrors domain/cooperation/policy.ts requestSides). */
export function requestSideCondition(scope: RequestPartyScope, side: RequestSide): SQL {
  const t = cooperationRequests;
  if (side === 'requesting') {
    const own = scope.organisationIds.length > 0 ? inArray(t.requestingOrganisationId, [...scope.organisationIds]) : sql`false`;
    return or(own, sql`${t.sharedUserIds} @> ${uuidList([scope.userId])}`)!;
  }
  if (scope.stateCodes.length === 0) return sql`false`;
  return and(inArray(t.requestedStateCode, [...scope.stateCodes]), ne(t.status, 'draft'))!;
}

function filterCondition(scope: RequestPartyScope, f: CooperationRequestFilters): SQL {
  const t = cooperationRequests;
  const c: SQL[] = [
    f.side === 'all'
      ? or(requestSideCondition(scope, 'requesting'), requestSideCondition(scope, 'requested'))!
      : requestSideCondition(scope, f.side),
  ];
  if (f.status) c.push(eq(t.status, f.status));
  if (f.kind) c.push(eq(t.kind, f.kind));
  if (f.stateCode) c.push(or(eq(t.requestingStateCode, f.stateCode), eq(t.requestedStateCode, f.stateCode))!);
  return and(...c)!;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The names a request's shared record shows: its States, its requesting authority and requested one, its people. */
export interface RequestNames {
  states: Map<string, LocalizedText>;
  organisations: Map<string, LocalizedText>;
  authorities: Map<string, string>;
  users: Map<string, string>;
}

export function createCooperationRequestsRepo(db: Db) {
  const t = cooperationRequests;
  return {
    async findById(id: string, options: { lock?: boolean } = {}): Promise<CooperationRequestRow | undefined> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
      const query = db.select().from(t).where(eq(t.id, id));
      const [row] = options.lock ? await query.for('update') : await query;
      return row ? toRow(row) : undefined;
    },

    async list(
      scope: RequestPartyScope,
      filters: CooperationRequestFilters,
      page: { limit: number; offset: number },
    ): Promise<{ rows: CooperationRequestRow[]; total: number }> {
      const where = filterCondition(scope, filters);
      const [rows, [totalRow]] = await Promise.all([
        db.select().from(t).where(where).orderBy(desc(t.updatedAt), asc(t.id)).limit(page.limit).offset(page.offset),
        db.select({ n: count() }).from(t).where(where),
      ]);
      return { rows: rows.map(toRow), total: Number(totalRow?.n ?? 0) };
    },

    async insert(row: NewCooperationRequestRow): Promise<string> {
      const [inserted] = await db.insert(t).values(row).returning({ id: t.id });
      return inserted!.id;
    },

    /** Writes the patch if the row is still at `expectedVersion`; returns the new version, or 0 when it moved on. */
    async update(id: string, patch: CooperationRequestPatch, expectedVersion: number): Promise<number> {
      const rows = await db
        .update(t)
        .set({ ...patch, version: sql`${t.version} + 1` })
        .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
        .returning({ version: t.version });
      return rows[0]?.version ?? 0;
    },

    async delete(id: string): Promise<void> {
      await db.delete(t).where(eq(t.id, id));
    },

    /** Requests as the policy sees them now (absent: deleted, or not a request id). */
    async accessOf(ids: readonly string[]): Promise<Map<string, CooperationRequestAccess>> {
      const valid = ids.filter((id) => UUID.test(id));
      if (valid.length === 0) return new Map();
      const rows = await db
        .select({
          id: t.id,
          status: t.status,
          requestingOrganisationId: t.requestingOrganisationId,
          requestingStateCode: t.requestingStateCode,
          requestedStateCode: t.requestedStateCode,
          sharedUserIds: t.sharedUserIds,
          contentShared: t.contentShared,
        })
        .from(t)
        .where(inArray(t.id, valid));
      return new Map(rows.map((r) => [r.id, { ...r, status: r.status as RequestStatus }]));
    },

    /** The names shown with requests, in one query per kind of name. */
    async names(ids: { stateCodes: string[]; organisationIds: string[]; authorityIds: string[]; userIds: string[] }): Promise<RequestNames> {
      const uniq = (xs: string[]) => [...new Set(xs)];
      const [states, orgs, auths, people] = await Promise.all([
        ids.stateCodes.length
          ? db.select({ code: participants.code, names: participants.names }).from(participants).where(inArray(participants.code, uniq(ids.stateCodes)))
          : [],
        ids.organisationIds.length
          ? db.select({ id: organisations.id, names: organisations.names }).from(organisations).where(inArray(organisations.id, uniq(ids.organisationIds)))
          : [],
        ids.authorityIds.length
          ? db.select({ id: authorities.id, name: authorities.name }).from(authorities).where(inArray(authorities.id, uniq(ids.authorityIds)))
          : [],
        ids.userIds.length ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, uniq(ids.userIds))) : [],
      ]);
      return {
        states: new Map(states.map((s) => [s.code, s.names])),
        organisations: new Map(orgs.map((o) => [o.id, o.names])),
        authorities: new Map(auths.map((a) => [a.id, a.name])),
        users: new Map(people.map((u) => [u.id, u.name])),
      };
    },

    /**
     * Sent requests still open whose status has not moved since `changedBefore` (inclusive) (the shortest reminder period ago):
     * the candidates for a reminder, which the domain's isDueReminder decides on. Oldest first.
     */
    async stalledCandidates(openStatuses: readonly RequestStatus[], changedBefore: Date): Promise<CooperationRequestRow[]> {
      const rows = await db
        .select()
        .from(t)
        .where(and(inArray(t.status, [...openStatuses]), lte(t.statusChangedAt, changedBefore)))
        .orderBy(asc(t.statusChangedAt), asc(t.id));
      return rows.map(toRow);
    },

    /** Records that a reminder went out, without touching the version (nobody's edit is made stale by it). */
    async markReminded(id: string, at: Date): Promise<void> {
      await db.update(t).set({ remindedAt: at }).where(eq(t.id, id));
    },

    /** Sent requests of one kind sent in [from, to), as the report's figures count them: no content, no party. */
    async counted(kind: CooperationKind, from: Date, to: Date): Promise<CountedRequest[]> {
      const requesting = alias(participants, 'requesting_participant');
      const requested = alias(participants, 'requested_participant');
      const rows = await db
        .select({
          kind: t.kind,
          status: t.status,
          requestingRegion: requesting.regionalGroup,
          requestedRegion: requested.regionalGroup,
          sentAt: t.sentAt,
          closedAt: t.closedAt,
          refusalGround: t.refusalGround,
        })
        .from(t)
        .leftJoin(requesting, eq(requesting.code, t.requestingStateCode))
        .leftJoin(requested, eq(requested.code, t.requestedStateCode))
        .where(and(eq(t.kind, kind), ne(t.status, 'draft'), isNotNull(t.sentAt), gte(t.sentAt, from), lt(t.sentAt, to)));
      return rows.map((r) => ({
        ...r,
        kind: r.kind as CooperationKind,
        status: r.status as RequestStatus,
        sentAt: r.sentAt!,
        refusalGround: r.refusalGround as RefusalGround | null,
      }));
    },

    async insertEvent(e: NewCooperationRequestEvent): Promise<void> {
      await db.insert(cooperationRequestEvents).values(e);
    },

    async listEvents(requestId: string): Promise<CooperationRequestEventRow[]> {
      const rows = await db
        .select()
        .from(cooperationRequestEvents)
        .where(eq(cooperationRequestEvents.requestId, requestId))
        .orderBy(asc(cooperationRequestEvents.id));
      return rows.map((r) => ({
        ...r,
        fromStatus: r.fromStatus as RequestStatus | null,
        toStatus: r.toStatus as RequestStatus,
        side: r.side as RequestSide,
        ground: r.ground as RefusalGround | null,
      }));
    },

    async insertMessage(m: { requestId: string; authorId: string; side: RequestSide; body: string; createdAt: Date }): Promise<string> {
      const [inserted] = await db.insert(cooperationRequestMessages).values(m).returning({ id: cooperationRequestMessages.id });
      return inserted!.id;
    },

    async listMessages(requestId: string): Promise<CooperationRequestMessageRow[]> {
      const rows = await db
        .select()
        .from(cooperationRequestMessages)
        .where(eq(cooperationRequestMessages.requestId, requestId))
        .orderBy(asc(cooperationRequestMessages.seq));
      return rows.map((r) => ({ id: r.id, requestId: r.requestId, authorId: r.authorId, side: r.side as RequestSide, body: r.body, createdAt: r.createdAt }));
    },
  };
}

/** A person who may be named on a request: someone of a State authority of the requesting State. */
export interface ShareCandidateRow {
  id: string;
  name: string;
  organisationId: string;
}

/** Names for a page of requests: the States, the requesting organisations and people (by id), read in one go each. */
export function createRequestNamesRepo(db: Db) {
  return {
    /** Participants by code, with whether each is a State (an organisation such as the EU is not). */
    async states(codes: readonly string[]): Promise<Map<string, { names: LocalizedText; isState: boolean }>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: participants.code, names: participants.names, kind: participants.kind })
        .from(participants)
        .where(inArray(participants.code, [...new Set(codes)]));
      return new Map(rows.map((r) => [r.code, { names: r.names, isState: r.kind !== 'organization' }]));
    },

    async organisationNames(ids: readonly string[]): Promise<Map<string, LocalizedText>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: organisations.id, names: organisations.names }).from(organisations).where(inArray(organisations.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, r.names]));
    },

    async peopleNames(ids: readonly string[]): Promise<Map<string, { name: string; email: string }>> {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: users.id, name: users.displayName, email: users.email }).from(users).where(inArray(users.id, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
    },

    /** The central-authority practitioners of an organisation (the requesting authority's own people). */
    async practitionersOf(organisationId: string): Promise<string[]> {
      const rows = await db
        .select({ id: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'central-authority-practitioner')));
      return rows.map((r) => r.id);
    },

    /** People of the State's authorities (organisations of kind state-authority), enabled, by name. */
    async peopleOfStateAuthorities(stateCode: string): Promise<ShareCandidateRow[]> {
      const rows = await db
        .selectDistinctOn([users.displayName, users.id], { id: users.id, name: users.displayName, organisationId: memberships.organisationId })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(organisations.kind, 'state-authority'),
            eq(organisations.stateCode, stateCode),
            sql`${organisations.archivedAt} is null`,
            sql`${users.disabledAt} is null`,
            ne(memberships.role, 'donor-representative'),
          ),
        )
        .orderBy(asc(users.displayName), asc(users.id));
      return rows;
    },
  };
}

export type CooperationRequestsRepo = ReturnType<typeof createCooperationRequestsRepo>;
