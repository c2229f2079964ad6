// Single-use, expiring tokens sent by e-mail (password resets, invitations). The secret goes to the person once;
// only its SHA-256 is stored, so a copy of the database redeems nothing. Consuming is one conditional UPDATE, so two
// concurrent redemptions of the same link cannot both succeed.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { oneTimeTokens } from '#db/schema/index.ts';

export type OneTimeTokenRow = typeof oneTimeTokens.$inferSelect;
export type OneTimeTokenPurpose = 'password-reset' | 'invitation' | 'setup';

// The same derivation as src/app/shared/secrets.ts (randomSecret / hashSecret); the db layer may not import the app.
const newSecret = () => randomBytes(32).toString('base64url');
const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export interface NewOneTimeToken {
  purpose: OneTimeTokenPurpose;
  /** Normalised e-mail the token was sent to. */
  email: string;
  userId: string | null;
  payload?: Record<string, unknown>;
  /** How long the link stays valid. */
  ttlMs: number;
  /** Audit label of who caused it (e.g. 'user:…', 'anonymous'). */
  createdBy: string;
}

export function createOneTimeTokensRepo(db: Db) {
  /** Unused, unrevoked, unexpired tokens with this secret and purpose. */
  const usable = (secret: string, purpose: OneTimeTokenPurpose, now: Date) =>
    and(
      eq(oneTimeTokens.tokenHash, hashOf(secret)),
      eq(oneTimeTokens.purpose, purpose),
      isNull(oneTimeTokens.usedAt),
      isNull(oneTimeTokens.revokedAt),
      gt(oneTimeTokens.expiresAt, now),
    );

  return {
    /** Stores a new token; returns the secret (to put in the link: it is not recoverable later). */
    async create(input: NewOneTimeToken, now: Date): Promise<{ id: string; secret: string; expiresAt: Date }> {
      const secret = newSecret();
      const expiresAt = new Date(now.getTime() + input.ttlMs);
      const [row] = await db
        .insert(oneTimeTokens)
        .values({
          tokenHash: hashOf(secret),
          purpose: input.purpose,
          email: input.email,
          userId: input.userId,
          payload: input.payload ?? {},
          createdBy: input.createdBy,
          createdAt: now,
          expiresAt,
        })
        .returning({ id: oneTimeTokens.id });
      return { id: row!.id, secret, expiresAt };
    },

    /** The token if it may still be used (without using it): to show what a link is for before acting on it. */
    async findUsable(secret: string, purpose: OneTimeTokenPurpose, now: Date): Promise<OneTimeTokenRow | null> {
      const [row] = await db.select().from(oneTimeTokens).where(usable(secret, purpose, now));
      return row ?? null;
    },

    /** Marks the token used and returns it, or null when it is unknown, used, revoked or expired. Atomic. */
    async consume(secret: string, purpose: OneTimeTokenPurpose, now: Date): Promise<OneTimeTokenRow | null> {
      const [row] = await db.update(oneTimeTokens).set({ usedAt: now }).where(usable(secret, purpose, now)).returning();
      return row ?? null;
    },

    async revoke(id: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(oneTimeTokens)
        .set({ revokedAt: now })
        .where(and(eq(oneTimeTokens.id, id), isNull(oneTimeTokens.usedAt), isNull(oneTimeTokens.revokedAt)))
        .returning({ id: oneTimeTokens.id });
      return rows.length > 0;
    },

    /** Revokes every outstanding token of this purpose sent to this e-mail (e.g. older reset links after a reset). */
    async revokeOutstanding(purpose: OneTimeTokenPurpose, email: string, now: Date): Promise<number> {
      const rows = await db
        .update(oneTimeTokens)
        .set({ revokedAt: now })
        .where(
          and(
            eq(oneTimeTokens.purpose, purpose),
            eq(oneTimeTokens.email, email),
            isNull(oneTimeTokens.usedAt),
            isNull(oneTimeTokens.revokedAt),
            gt(oneTimeTokens.expiresAt, now),
          ),
        )
        .returning({ id: oneTimeTokens.id });
      return rows.length;
    },

    /** How many tokens of this purpose were created for this e-mail since `since` (to cap mails to one address). */
    async countCreatedSince(purpose: OneTimeTokenPurpose, email: string, since: Date): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(oneTimeTokens)
        .where(and(eq(oneTimeTokens.purpose, purpose), eq(oneTimeTokens.email, email), gt(oneTimeTokens.createdAt, since)));
      return Number(row?.n ?? 0);
    },
  };
}
