// Notifications: who may receive one (parties and subscribers, with what the policy needs to decide), the rows
// themselves, one's own list and unread count, a subscription's feed, and the current state of the records they are
// about (so that a reader re-checks visibility when the record changed since).
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Confidentiality, Membership } from '#domain/accounts/types.ts';
import type { MultiStateRecord, RequestRecord } from '#domain/assistance/access.ts';
import type { RequestStatus } from '#domain/assistance/request-workflow.ts';
import type { Db } from '#db/client.ts';
import { requestAccessColumns } from '../conditions.ts';
import {
  activities,
  activityOverlaps,
  assistanceRequests,
  memberships,
  notifications,
  organisations,
  participants,
  subscriptions,
  users,
} from '#db/schema/index.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

/**
 * A person's memberships in active organisations, as the policy sees them (the same shape as authenticate-request's
 * actor), as a correlated subquery over `users`: one query answers for every candidate.
 */
// Qualified by hand: drizzle writes a lone table's columns unqualified in a select list, ambiguous in a subquery.
const USER_ID = sql.raw('"users"."id"');

export const membershipsOfUser = sql<Membership[]>`(
  select coalesce(json_agg(json_build_object(
    'id', m.id, 'organisationId', m.organisation_id, 'organisationKind', o.kind, 'stateCode', o.state_code,
    'role', m.role, 'regions', m.regions, 'themes', m.themes
  ) order by m.created_at, m.id), '[]'::json)
  from ${memberships} m join ${organisations} o on o.id = m.organisation_id and o.archived_at is null
  where m.user_id = ${USER_ID}
)`;

export function toMemberships(raw: Membership[]): Membership[] {
  return raw.map((m) => ({ ...m, regions: m.regions ?? null, themes: m.themes ?? null }));
}

/** What an event matches: its States, themes and organisations, and who its parties are. */
export interface RecipientQuery {
  stateCodes: readonly string[];
  themes: readonly string[];
  organisationIds: readonly string[];
  /** Subscriptions of other kinds, by kind and value. */
  followed?: readonly { kind: string; value: string }[];
  partyStateCodes: readonly string[];
  partyOrganisationIds: readonly string[];
  /** Parties by name, and every central-authority practitioner of these States. */
  partyUserIds?: readonly string[];
  partyPractitionerStateCodes?: readonly string[];
  /** Never a recipient (the actor). */
  excludeUserId: string | null;
}

export interface Candidate {
  userId: string;
  email: string;
  displayName: string;
  languages: string[];
  platformAdmin: boolean;
  memberships: Membership[];
  /** A focal point of a party State, or a member of a party organisation. */
  party: boolean;
  /** Their subscriptions the event matches, oldest first. */
  subscriptions: { id: string; email: boolean }[];
}

const none = sql`false`;
const textList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
const uuidList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}::uuid`), sql`, `);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function subscriptionMatch(q: RecipientQuery): SQL {
  const parts: SQL[] = [];
  if (q.stateCodes.length) parts.push(sql`(s.kind = 'state' and s.value in (${textList(q.stateCodes)}))`);
  if (q.themes.length) parts.push(sql`(s.kind = 'theme' and s.value in (${textList(q.themes)}))`);
  if (q.organisationIds.length) parts.push(sql`(s.kind = 'entity' and s.value in (${textList(q.organisationIds)}))`);
  for (const f of q.followed ?? []) parts.push(sql`(s.kind = ${f.kind} and s.value = ${f.value})`);
  return parts.length ? sql.join(parts, sql` or `) : none;
}

function partyMatch(q: RecipientQuery): SQL {
  const parts: SQL[] = [];
  const orgIds = q.partyOrganisationIds.filter((id) => UUID.test(id));
  if (orgIds.length) parts.push(sql`pm.organisation_id in (${uuidList(orgIds)})`);
  if (q.partyStateCodes.length) parts.push(sql`(pm.role = 'focal-point' and po.state_code in (${textList(q.partyStateCodes)}))`);
  const practitionerStates = q.partyPractitionerStateCodes ?? [];
  if (practitionerStates.length) {
    parts.push(sql`(pm.role = 'central-authority-practitioner' and po.state_code in (${textList(practitionerStates)}))`);
  }
  return parts.length ? sql.join(parts, sql` or `) : none;
}

export function createNotificationsRepo(db: Db) {
  return {
    /**
     * Everyone an event may concern, in one query: active accounts that are a party or follow one of its States,
     * themes or organisations, with their memberships (for the policy) and the subscriptions it matches.
     */
    async recipients(q: RecipientQuery): Promise<Candidate[]> {
      const named = (q.partyUserIds ?? []).filter((id) => UUID.test(id));
      const party = sql<boolean>`(exists (
        select 1 from ${memberships} pm join ${organisations} po on po.id = pm.organisation_id and po.archived_at is null
        where pm.user_id = ${USER_ID} and (${partyMatch(q)})
      ) or ${named.length ? sql`${USER_ID} in (${uuidList(named)})` : none})`;
      const matched = sql<{ id: string; email: boolean }[]>`(
        select coalesce(json_agg(json_build_object('id', s.id, 'email', s.email) order by s.created_at, s.id), '[]'::json)
        from ${subscriptions} s where s.user_id = ${USER_ID} and (${subscriptionMatch(q)})
      )`;
      const conditions: SQL[] = [isNull(users.disabledAt)];
      if (q.excludeUserId) conditions.push(sql`${users.id} <> ${q.excludeUserId}::uuid`);
      conditions.push(
        or(
          party,
          sql`exists (select 1 from ${subscriptions} s where s.user_id = ${USER_ID} and (${subscriptionMatch(q)}))`,
        )!,
      );
      const rows = await db
        .select({
          userId: users.id,
          email: users.email,
          displayName: users.displayName,
          languages: users.languages,
          platformAdmin: users.platformAdmin,
          memberships: membershipsOfUser,
          party,
          subscriptions: matched,
        })
        .from(users)
        .where(and(...conditions))
        .orderBy(users.id);
      return rows.map((r) => ({ ...r, memberships: toMemberships(r.memberships), party: Boolean(r.party) }));
    },

    async insertMany(rows: NewNotification[]): Promise<void> {
      if (rows.length > 0) await db.insert(notifications).values(rows);
    },

    /** One's own (or only the unread ones), unread first, then newest; with the count of all unread. */
    async listOf(userId: string, page: { limit: number; offset: number }, options: { unreadOnly?: boolean } = {}) {
      const where = eq(notifications.userId, userId);
      const listed = options.unreadOnly ? and(where, isNull(notifications.readAt)) : where;
      const [rows, [counts]] = await Promise.all([
        db
          .select()
          .from(notifications)
          .where(listed)
          .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.createdAt), desc(notifications.id))
          .limit(page.limit)
          .offset(page.offset),
        db
          .select({
            total: sql<number>`count(*)::int`,
            unread: sql<number>`(count(*) filter (where ${notifications.readAt} is null))::int`,
          })
          .from(notifications)
          .where(where),
      ]);
      const unread = Number(counts?.unread ?? 0);
      return { rows, total: options.unreadOnly ? unread : Number(counts?.total ?? 0), unread };
    },

    /** Marks one's own as read (the given ids, or all); returns how many changed. */
    async markRead(userId: string, ids: readonly string[] | 'all', at: Date): Promise<number> {
      const conditions: SQL[] = [eq(notifications.userId, userId), isNull(notifications.readAt)];
      if (ids !== 'all') {
        const valid = ids.filter((id) => UUID.test(id));
        if (valid.length === 0) return 0;
        conditions.push(inArray(notifications.id, valid));
      }
      const changed = await db.update(notifications).set({ readAt: at }).where(and(...conditions)).returning({ id: notifications.id });
      return changed.length;
    },

    /** A subscription's notifications, newest first. */
    async ofSubscription(subscriptionId: string, limit: number): Promise<NotificationRow[]> {
      return db
        .select()
        .from(notifications)
        .where(eq(notifications.subscriptionId, subscriptionId))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(limit);
    },

    /** Requests as the policy sees them now (absent: deleted). */
    async requestRecords(ids: readonly string[]): Promise<Map<string, RequestRecord>> {
      const valid = ids.filter((id) => UUID.test(id));
      if (valid.length === 0) return new Map();
      const rows = await db
        .select({
          id: assistanceRequests.id,
          ...requestAccessColumns,
        })
        .from(assistanceRequests)
        .leftJoin(participants, eq(participants.code, assistanceRequests.stateCode))
        .where(inArray(assistanceRequests.id, valid));
      return new Map(
        rows.map(({ id, ...r }) => [
          id,
          { ...r, status: r.status as RequestStatus, confidentiality: r.confidentiality as Confidentiality },
        ]),
      );
    },

    /** Activities as the policy sees them now: held by the delivering entity, shared with the organisations named. */
    async activityRecords(ids: readonly string[]): Promise<Map<string, MultiStateRecord>> {
      const valid = ids.filter((id) => UUID.test(id));
      if (valid.length === 0) return new Map();
      const rows = await db
        .select({
          id: activities.id,
          stateCodes: activities.stateCodes,
          confidentiality: activities.confidentiality,
          ownerOrganisationId: activities.organisationId,
          sharedOrganisationIds: activities.sharedOrganisationIds,
          namedUserIds: activities.namedUserIds,
          createdBy: activities.createdBy,
        })
        .from(activities)
        .where(inArray(activities.id, valid));
      const codes = [...new Set(rows.flatMap((r) => r.stateCodes))];
      const regions = new Map<string, string | null>();
      if (codes.length > 0) {
        const found = await db
          .select({ code: participants.code, region: participants.regionalGroup })
          .from(participants)
          .where(inArray(participants.code, codes));
        for (const p of found) regions.set(p.code, p.region);
      }
      return new Map(
        rows.map(({ id, stateCodes, ...r }) => [
          id,
          {
            ...r,
            confidentiality: r.confidentiality as Confidentiality,
            states: stateCodes.map((code) => ({ code, region: regions.get(code) ?? null })),
          },
        ]),
      );
    },

    /** The two activities of each overlap (absent: no such overlap). */
    async overlapActivities(ids: readonly string[]): Promise<Map<string, [string, string]>> {
      const valid = ids.filter((id) => UUID.test(id));
      if (valid.length === 0) return new Map();
      const rows = await db
        .select({ id: activityOverlaps.id, a: activityOverlaps.activityId, b: activityOverlaps.otherActivityId })
        .from(activityOverlaps)
        .where(inArray(activityOverlaps.id, valid));
      return new Map(rows.map((r) => [r.id, [r.a, r.b]]));
    },
  };
}
