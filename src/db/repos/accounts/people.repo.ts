// People as administrators and focal points see them: the directory, each person's memberships, and what ends an
// account's access (its sessions and API tokens).
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { apiTokens, memberships, organisations, sessions, users } from '#db/schema/index.ts';
import { likePattern } from '../conditions.ts';

export type MembershipRow = typeof memberships.$inferSelect;

export interface PeopleFilter {
  /** Part of the e-mail address or name. */
  q?: string;
  organisationId?: string;
  role?: string;
  stateCode?: string;
  /** Only people with a membership of an active State authority of one of these States (a focal point's view). */
  withinStateCodes?: readonly string[] | null;
}

export interface MembershipDetail {
  id: string;
  userId: string;
  organisationId: string;
  organisationNames: Record<string, string | undefined>;
  organisationKind: string;
  stateCode: string | null;
  organisationArchived: boolean;
  role: string;
  regions: string[] | null;
  themes: string[] | null;
  createdAt: Date;
  createdBy: string;
}

/** People with a membership matching `condition` (on memberships m joined with organisations o). */
function withMembership(condition: SQL): SQL {
  return sql`exists (select 1 from memberships m join organisations o on o.id = m.organisation_id
    where m.user_id = ${users.id} and ${condition})`;
}

function where(f: PeopleFilter): SQL | undefined {
  if (f.withinStateCodes?.length === 0) return sql`false`;
  const codes = f.withinStateCodes && sql.join(f.withinStateCodes.map((c) => sql`${c}`), sql`, `);
  const visible = codes && sql`o.kind = 'state-authority' and o.archived_at is null and o.state_code in (${codes})`;
  // A focal point's filters look at the memberships they may see only: filtering on another affiliation (a donor,
  // another State) would tell them what the person's own page hides.
  const matching = (condition: SQL) => withMembership(visible ? sql`${condition} and ${visible}` : condition);
  const conditions: (SQL | undefined)[] = [];
  if (f.q) {
    const p = likePattern(f.q);
    conditions.push(or(sql`${users.email} ilike ${p}`, sql`${users.displayName} ilike ${p}`));
  }
  if (f.organisationId) conditions.push(matching(sql`m.organisation_id = ${f.organisationId}`));
  if (f.role) conditions.push(matching(sql`m.role = ${f.role}`));
  if (f.stateCode) conditions.push(matching(sql`o.state_code = ${f.stateCode}`));
  if (visible) conditions.push(withMembership(visible));
  return and(...conditions);
}

export function createPeopleRepo(db: Db) {
  return {
    async list(filter: PeopleFilter, page: { limit: number; offset: number }) {
      return db
        .select()
        .from(users)
        .where(where(filter))
        .orderBy(asc(sql`lower(${users.displayName})`), asc(users.email), asc(users.id))
        .limit(page.limit)
        .offset(page.offset);
    },

    async count(filter: PeopleFilter): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(where(filter));
      return Number(row?.n ?? 0);
    },

    /** Every membership of these people (archived organisations included, flagged), oldest first. */
    async membershipsOf(userIds: readonly string[]): Promise<MembershipDetail[]> {
      if (userIds.length === 0) return [];
      const rows = await db
        .select({
          id: memberships.id,
          userId: memberships.userId,
          organisationId: memberships.organisationId,
          organisationNames: organisations.names,
          organisationKind: organisations.kind,
          stateCode: organisations.stateCode,
          archivedAt: organisations.archivedAt,
          role: memberships.role,
          regions: memberships.regions,
          themes: memberships.themes,
          createdAt: memberships.createdAt,
          createdBy: memberships.createdBy,
        })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(inArray(memberships.userId, [...userIds]))
        .orderBy(asc(memberships.createdAt), asc(memberships.id));
      return rows.map(({ archivedAt, ...r }) => ({ ...r, organisationArchived: archivedAt !== null }));
    },

    /** When each of these people last signed in (their newest session), if ever. */
    async lastSignIns(userIds: readonly string[]): Promise<Map<string, Date>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .select({ userId: sessions.userId, at: sql<string>`max(${sessions.createdAt})` })
        .from(sessions)
        .where(and(inArray(sessions.userId, [...userIds]), eq(sessions.stage, 'complete')))
        .groupBy(sessions.userId);
      return new Map(rows.map((r) => [r.userId, new Date(r.at)]));
    },

    /** Locks the person's row until the transaction ends (concurrent changes to one account take turns). */
    async lockUser(id: string) {
      const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
      return row;
    },

    /** Bumps the version; with `expectedVersion`, only if the row is still that version (undefined: it was not). */
    async updateUser(id: string, patch: Partial<typeof users.$inferInsert>, expectedVersion?: number) {
      const [row] = await db
        .update(users)
        .set({ ...patch, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, id), expectedVersion === undefined ? undefined : eq(users.version, expectedVersion)))
        .returning();
      return row;
    },

    async insertUser(values: typeof users.$inferInsert) {
      const [row] = await db.insert(users).values(values).returning();
      return row!;
    },

    /** Ends every live session of the person; returns how many. */
    async revokeSessions(userId: string, now: Date): Promise<number> {
      const rows = await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id });
      return rows.length;
    },

    async revokeApiTokens(userId: string, now: Date): Promise<number> {
      const rows = await db
        .update(apiTokens)
        .set({ revokedAt: now })
        .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      return rows.length;
    },

    async findMembership(id: string): Promise<MembershipRow | undefined> {
      const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
      return row;
    },

    async findMembershipOf(userId: string, organisationId: string, role: string): Promise<MembershipRow | undefined> {
      const [row] = await db
        .select()
        .from(memberships)
        .where(
          and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId), eq(memberships.role, role)),
        );
      return row;
    },

    async insertMembership(values: typeof memberships.$inferInsert): Promise<MembershipRow> {
      const [row] = await db.insert(memberships).values(values).returning();
      return row!;
    },

    async deleteMembership(id: string): Promise<void> {
      await db.delete(memberships).where(eq(memberships.id, id));
    },
  };
}
