// What a person changes on their own account (password, second factor, profile), and their memberships as shown to
// them (with the organisations' names).
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { OrganisationKind, Role } from '#domain/accounts/types.ts';
import type { LocalizedText } from '#domain/treaties/types.ts';
import type { Db } from '../client.ts';
import { memberships, organisations, users } from '../schema/index.ts';
import type { UserRow } from './accounts.repo.ts';

export interface MembershipWithOrganisation {
  id: string;
  organisationId: string;
  organisationNames: LocalizedText;
  organisationKind: OrganisationKind;
  stateCode: string | null;
  role: Role;
  regions: string[] | null;
  themes: string[] | null;
}

type UserPatch = Partial<
  Pick<
    typeof users.$inferInsert,
    'displayName' | 'languages' | 'passwordHash' | 'passwordChangedAt' | 'totpSecret' | 'totpEnabledAt' | 'totpLastStep'
  >
>;

export function createOwnAccountRepo(db: Db) {
  return {
    async update(userId: string, patch: UserPatch, now: Date): Promise<UserRow> {
      const [row] = await db
        .update(users)
        .set({ ...patch, updatedAt: now })
        .where(eq(users.id, userId))
        .returning();
      return row!;
    },

    /**
     * Records `step` as the last TOTP time step used, only if it is later than the one stored: false means the code
     * (or an earlier one) was already used. One conditional UPDATE, so two requests replaying a code cannot both win.
     */
    async acceptTotpStep(userId: string, step: number): Promise<boolean> {
      const rows = await db
        .update(users)
        .set({ totpLastStep: step })
        .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
        .returning({ id: users.id });
      return rows.length > 0;
    },

    /** Memberships in active organisations, oldest first, with each organisation's names. */
    async membershipsWithOrganisation(userId: string): Promise<MembershipWithOrganisation[]> {
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
    },
  };
}
