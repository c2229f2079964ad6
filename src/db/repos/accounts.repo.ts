// People, their memberships (with the organisation's kind and State) and their sessions and tokens.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Membership, OrganisationKind, Role } from '#domain/accounts/types.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '../client.ts';
import { apiTokens, memberships, organisations, sessions, users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export interface MembershipWithOrganisation extends Membership {
  organisationNames: LocalizedText;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createAccountsRepo(db: Db) {
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

    async updateSession(id: string, patch: Partial<typeof sessions.$inferInsert>): Promise<void> {
      await db.update(sessions).set(patch).where(eq(sessions.id, id));
    },

    async findApiTokenByHash(hash: string): Promise<ApiTokenRow | undefined> {
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hash));
      return row;
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
