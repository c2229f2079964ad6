// Subscriptions: what a person follows (a State, a theme, an entity), and the secret of its Atom feed (only the
// SHA-256 is kept). Found by their feed's hash with the subscriber as the policy needs them.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Membership } from '#domain/accounts/types.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '#db/client.ts';
import { organisations, participants, subscriptions, users } from '#db/schema/index.ts';
import { membershipsOfUser, toMemberships } from './notifications.repo.ts';

export type SubscriptionRow = typeof subscriptions.$inferSelect;

export interface FeedOwner {
  subscription: SubscriptionRow;
  userId: string;
  languages: string[];
  platformAdmin: boolean;
  disabledAt: Date | null;
  memberships: Membership[];
}

export function createSubscriptionsRepo(db: Db) {
  return {
    /** One's own, oldest first, with the names of the State or organisation followed (null for a theme). */
    async listOf(userId: string): Promise<(SubscriptionRow & { names: LocalizedText | null })[]> {
      const rows = await db
        .select({ subscription: subscriptions, stateNames: participants.names, organisationNames: organisations.names })
        .from(subscriptions)
        .leftJoin(participants, and(inArray(subscriptions.kind, ['state', 'cooperation-requests-received']), eq(participants.code, subscriptions.value)))
        .leftJoin(
          organisations,
          and(inArray(subscriptions.kind, ['entity', 'cooperation-requests-sent']), sql`${organisations.id}::text = ${subscriptions.value}`),
        )
        .where(eq(subscriptions.userId, userId))
        .orderBy(asc(subscriptions.createdAt), asc(subscriptions.id));
      return rows.map((r) => ({ ...r.subscription, names: r.stateNames ?? r.organisationNames ?? null }));
    },

    async findOf(userId: string, id: string): Promise<SubscriptionRow | undefined> {
      const [row] = await db
        .select()
        .from(subscriptions)
        .where(and(eq(subscriptions.userId, userId), eq(subscriptions.id, id)));
      return row;
    },

    async findSame(userId: string, kind: string, value: string): Promise<SubscriptionRow | undefined> {
      const [row] = await db
        .select()
        .from(subscriptions)
        .where(and(eq(subscriptions.userId, userId), eq(subscriptions.kind, kind), eq(subscriptions.value, value)));
      return row;
    },

    async insert(row: typeof subscriptions.$inferInsert): Promise<SubscriptionRow> {
      const [created] = await db.insert(subscriptions).values(row).returning();
      return created!;
    },

    /** Bumps the version; with `expectedVersion`, only if the row is still that version. Returns the rows changed (0 or 1). */
    async setEmail(id: string, email: boolean, expectedVersion?: number): Promise<number> {
      const rows = await db
        .update(subscriptions)
        .set({ email, version: sql`${subscriptions.version} + 1` })
        .where(and(eq(subscriptions.id, id), expectedVersion === undefined ? undefined : eq(subscriptions.version, expectedVersion)))
        .returning({ id: subscriptions.id });
      return rows.length;
    },

    async delete(id: string): Promise<void> {
      await db.delete(subscriptions).where(eq(subscriptions.id, id));
    },

    /** The subscription whose feed secret hashes to `hash`, with its subscriber. */
    async findByFeedHash(hash: string): Promise<FeedOwner | undefined> {
      const [row] = await db
        .select({
          subscription: subscriptions,
          userId: users.id,
          languages: users.languages,
          platformAdmin: users.platformAdmin,
          disabledAt: users.disabledAt,
          memberships: membershipsOfUser,
        })
        .from(subscriptions)
        .innerJoin(users, eq(users.id, subscriptions.userId))
        .where(eq(subscriptions.feedTokenHash, hash));
      return row && { ...row, memberships: toMemberships(row.memberships) };
    },

    /** A State's names (undefined: no such participant). */
    async stateNames(code: string): Promise<LocalizedText | undefined> {
      const [row] = await db.select({ names: participants.names }).from(participants).where(eq(participants.code, code));
      return row?.names;
    },

    /** An active State authority's names (undefined: none such, or another kind of organisation). */
    async stateAuthorityNames(id: string): Promise<LocalizedText | undefined> {
      const [row] = await db
        .select({ names: organisations.names })
        .from(organisations)
        .where(and(eq(organisations.id, id), eq(organisations.kind, 'state-authority'), isNull(organisations.archivedAt)));
      return row?.names;
    },

    /** An active organisation's names (undefined: none such). */
    async organisationNames(id: string): Promise<LocalizedText | undefined> {
      const [row] = await db
        .select({ names: organisations.names })
        .from(organisations)
        .where(and(eq(organisations.id, id), isNull(organisations.archivedAt)));
      return row?.names;
    },
  };
}
