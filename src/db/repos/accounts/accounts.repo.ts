// People, their memberships (with the organisation's kind and State) and their sessions and tokens.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Membership, OrganisationKind, Role } from '#domain/accounts/types.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { apiTokens, memberships, organisations, sessions, users } from '#db/schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export interface MembershipWithOrganisation extends Membership {
  organisationNames: LocalizedText;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Who holds a session or token, with what the policy needs, read in one query (see findSessionWithPerson). */
export interface Holder {
  platformAdmin: boolean;
  disabledAt: Date | null;
  memberships: Membership[];
}

/**
 * The person's memberships in active organisations, aggregated in the same query as their session or token: every
 * authenticated request asks this, and on PGlite each query is a turn of a single-threaded engine, so one
 * round-trip instead of three is what keeps signed-in reads fast.
 */
const membershipsAggregate = sql<Membership[]>`coalesce(
  json_agg(
    json_build_object(
      'id', ${memberships.id}, 'organisationId', ${memberships.organisationId}, 'organisationKind', ${organisations.kind},
      'stateCode', ${organisations.stateCode}, 'role', ${memberships.role}, 'regions', ${memberships.regions},
      'themes', ${memberships.themes}
    ) order by ${memberships.createdAt}, ${memberships.id}
  ) filter (where ${organisations.id} is not null),
  '[]'::json
)`;

export function createAccountsRepo(db: Db) {
  function withHolder<T extends typeof sessions | typeof apiTokens>(table: T) {
    return db
      .select({
        row: table as typeof sessions | typeof apiTokens,
        platformAdmin: users.platformAdmin,
        disabledAt: users.disabledAt,
        memberships: membershipsAggregate,
      })
      .from(table as typeof sessions)
      .innerJoin(users, eq(users.id, table.userId))
      .leftJoin(memberships, eq(memberships.userId, users.id))
      .leftJoin(organisations, and(eq(organisations.id, memberships.organisationId), isNull(organisations.archivedAt)));
  }

  /** Memberships in active organisations, oldest first, with each organisation's names, kind and State. */
  async function membershipsWithOrganisation(userId: string): Promise<MembershipWithOrganisation[]> {
    const rows = await db
      .select({
        id: memberships.id,
        organisationId: memberships.organisationId,
        organisationNames: organisations.names,
        organisationKind: organisations.kind,
        stateCode: organisations.stateCode,
        role: memberships.role,
        regions: memberships.regions,
        themes: memberships.themes,
      })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(memberships.userId, userId), isNull(organisations.archivedAt)))
      .orderBy(memberships.createdAt, memberships.id);
    return rows.map((r) => ({ ...r, organisationKind: r.organisationKind as OrganisationKind, role: r.role as Role }));
  }

  return {
    async findUserById(id: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row;
    },

    async findUserByEmail(email: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.email, normaliseEmail(email)));
      return row;
    },

    membershipsWithOrganisation,

    /** The same memberships as the policy sees them (no names). */
    async membershipsOf(userId: string): Promise<Membership[]> {
      const rows = await membershipsWithOrganisation(userId);
      return rows.map(({ organisationNames: _names, ...m }) => m);
    },

    async insertSession(row: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(row);
    },

    async findSession(id: string): Promise<SessionRow | undefined> {
      const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
      return row;
    },

    /** The session and its person (admin flag, disabled, memberships), in one query. */
    async findSessionWithPerson(id: string): Promise<{ session: SessionRow; holder: Holder } | undefined> {
      const [r] = await withHolder(sessions).where(eq(sessions.id, id)).groupBy(sessions.id, users.id);
      return r && { session: r.row as SessionRow, holder: holderOf(r) };
    },

    /** The API token and its person, in one query. */
    async findApiTokenWithPerson(hash: string): Promise<{ token: ApiTokenRow; holder: Holder } | undefined> {
      const [r] = await withHolder(apiTokens).where(eq(apiTokens.tokenHash, hash)).groupBy(apiTokens.id, users.id);
      return r && { token: r.row as unknown as ApiTokenRow, holder: holderOf(r) };
    },

    async updateSession(id: string, patch: Partial<typeof sessions.$inferInsert>): Promise<void> {
      await db.update(sessions).set(patch).where(eq(sessions.id, id));
    },

    async touchApiToken(id: string, at: Date): Promise<void> {
      await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
    },

    async countUsers(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
      return Number(row?.n ?? 0);
    },
  };
}

function holderOf(r: { platformAdmin: boolean; disabledAt: Date | null; memberships: Membership[] }): Holder {
  return {
    platformAdmin: r.platformAdmin,
    // json_agg gives plain JSON: the timestamp column is read by drizzle, the rest needs no conversion.
    disabledAt: r.disabledAt,
    memberships: r.memberships.map((m) => ({ ...m, regions: m.regions ?? null, themes: m.themes ?? null })),
  };
}
