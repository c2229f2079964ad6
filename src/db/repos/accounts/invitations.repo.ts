// Invitations as administrators and focal points list them: one-time tokens of purpose 'invitation' (created and
// consumed through one-time-tokens.repo.ts) whose payload says what accepting grants.
import { and, desc, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { oneTimeTokens, organisations } from '#db/schema/index.ts';
import { likePattern } from '../conditions.ts';

export const INVITATION_PURPOSE = 'invitation';

export type InvitationTokenRow = typeof oneTimeTokens.$inferSelect;

/** What an invitation grants once accepted. */
export interface InvitationPayload {
  /** null: an administrator who belongs to no organisation (created from the CLI). */
  organisationId: string | null;
  role: string | null;
  regions: string[] | null;
  themes: string[] | null;
  platformAdmin: boolean;
  /** The name the inviter gave, offered as the default. */
  displayName: string | null;
  /** The language the invitation mail was written in. */
  language: string;
}

export interface InvitationRow {
  token: InvitationTokenRow;
  payload: InvitationPayload;
  organisation: typeof organisations.$inferSelect | null;
}

export interface PendingInvitationFilter {
  q?: string;
  organisationId?: string;
  /** A focal point's view: focal-point invitations to active State authorities of these States only. */
  withinStateCodes?: readonly string[] | null;
}

export function invitationPayload(raw: Record<string, unknown>): InvitationPayload {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null);
  return {
    organisationId: typeof raw.organisationId === 'string' ? raw.organisationId : null,
    role: typeof raw.role === 'string' ? raw.role : null,
    regions: strings(raw.regions),
    themes: strings(raw.themes),
    platformAdmin: raw.platformAdmin === true,
    displayName: typeof raw.displayName === 'string' ? raw.displayName : null,
    language: typeof raw.language === 'string' ? raw.language : 'en',
  };
}

const organisationJoin = sql`${organisations.id} = (${oneTimeTokens.payload}->>'organisationId')::uuid`;

function pendingWhere(f: PendingInvitationFilter, now: Date): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    eq(oneTimeTokens.purpose, INVITATION_PURPOSE),
    isNull(oneTimeTokens.usedAt),
    isNull(oneTimeTokens.revokedAt),
    gt(oneTimeTokens.expiresAt, now),
  ];
  if (f.q) conditions.push(sql`${oneTimeTokens.email} ilike ${likePattern(f.q)}`);
  if (f.organisationId) conditions.push(sql`${oneTimeTokens.payload}->>'organisationId' = ${f.organisationId}`);
  if (f.withinStateCodes) {
    if (f.withinStateCodes.length === 0) return sql`false`;
    const codes = sql.join(
      f.withinStateCodes.map((c) => sql`${c}`),
      sql`, `,
    );
    conditions.push(
      sql`${organisations.kind} = 'state-authority' and ${organisations.archivedAt} is null
        and ${organisations.stateCode} in (${codes}) and ${oneTimeTokens.payload}->>'role' = 'focal-point'`,
    );
  }
  return and(...conditions);
}

function toInvitation(r: { token: InvitationTokenRow; organisation: typeof organisations.$inferSelect | null }): InvitationRow {
  return { token: r.token, payload: invitationPayload(r.token.payload), organisation: r.organisation };
}

export function createInvitationsRepo(db: Db) {
  const select = () =>
    db.select({ token: oneTimeTokens, organisation: organisations }).from(oneTimeTokens).leftJoin(organisations, organisationJoin);

  return {
    async findById(id: string): Promise<InvitationRow | undefined> {
      const [row] = await select().where(and(eq(oneTimeTokens.id, id), eq(oneTimeTokens.purpose, INVITATION_PURPOSE)));
      return row && toInvitation(row);
    },

    /** Records who accepted (the token itself is consumed through one-time-tokens.repo.ts). */
    async setAcceptedBy(id: string, userId: string): Promise<void> {
      await db.update(oneTimeTokens).set({ userId }).where(eq(oneTimeTokens.id, id));
    },

    async listPending(
      filter: PendingInvitationFilter,
      now: Date,
      page: { limit: number; offset: number },
    ): Promise<InvitationRow[]> {
      const rows = await select()
        .where(pendingWhere(filter, now))
        .orderBy(desc(oneTimeTokens.createdAt), desc(oneTimeTokens.id))
        .limit(page.limit)
        .offset(page.offset);
      return rows.map(toInvitation);
    },

    async countPending(filter: PendingInvitationFilter, now: Date): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(oneTimeTokens)
        .leftJoin(organisations, organisationJoin)
        .where(pendingWhere(filter, now));
      return Number(row?.n ?? 0);
    },

    /** A pending invitation of this address to the same organisation and role (both null: as administrator). */
    async findPendingLike(email: string, organisationId: string | null, role: string | null, now: Date) {
      const [row] = await select()
        .where(
          and(
            pendingWhere({}, now),
            eq(oneTimeTokens.email, email),
            organisationId === null
              ? sql`${oneTimeTokens.payload}->>'organisationId' is null`
              : sql`${oneTimeTokens.payload}->>'organisationId' = ${organisationId}`,
            role === null ? sql`${oneTimeTokens.payload}->>'role' is null` : sql`${oneTimeTokens.payload}->>'role' = ${role}`,
          ),
        )
        .limit(1);
      return row && toInvitation(row);
    },
  };
}
