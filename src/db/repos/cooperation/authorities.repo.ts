// The directory of competent authorities: entries and their revisions. Every write also appends the entry as it is
// after the change to `authority_revisions`, in the same transaction as the caller's, so the history is complete.
// Who may see which fields is the domain's business (src/domain/cooperation/): this repository returns whole rows.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { authorities, authorityRevisions, instruments, participants } from '#db/schema/index.ts';
import {
  authorityFieldsOf,
  type AuthorityFields,
  type Authority,
  type AuthorityChannel,
  type AuthorityKind,
  type AuthorityOptionalPublicField,
} from '#domain/cooperation/types.ts';
import type { RequestItem } from '#domain/cooperation/request-completeness.ts';

export interface AuthorityRow extends Authority {
  confirmedBy: string | null;
  remindedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type { AuthorityFields };

export type AuthorityChange = 'created' | 'updated' | 'confirmed' | 'deleted' | 'imported';

export interface AuthorityRevisionRow {
  id: number;
  authorityId: string;
  stateCode: string;
  version: number;
  change: AuthorityChange;
  snapshot: AuthoritySnapshot;
  changedBy: string | null;
  changedAt: Date;
}

/** An entry as stored in a revision (dates as ISO strings). */
export type AuthoritySnapshot = Omit<Authority, 'confirmedAt'> & { confirmedAt: string };

function toRow(r: typeof authorities.$inferSelect): AuthorityRow {
  return {
    ...r,
    kind: r.kind as AuthorityKind,
    channels: r.channels as AuthorityChannel[],
    publicFields: r.publicFields as AuthorityOptionalPublicField[],
    // Written only through checkAuthorityInput, which refuses unknown items.
    requestItems: r.requestItems as RequestItem[] | null,
  };
}

export function snapshotOf(a: Authority): AuthoritySnapshot {
  return { id: a.id, ...authorityFieldsOf(a), confirmedAt: a.confirmedAt.toISOString(), version: a.version };
}

export interface AuthorityFilter {
  stateCodes?: readonly string[];
  kinds?: readonly AuthorityKind[];
  /** Only entries confirmed before this instant (stale ones). */
  confirmedBefore?: Date;
}

/** Pass the transaction's Db when the write belongs to a larger one (an import). */
export function createAuthoritiesRepo(db: Db) {
  async function revise(row: AuthorityRow, change: AuthorityChange, by: string | null, at: Date): Promise<void> {
    await db.insert(authorityRevisions).values({
      authorityId: row.id,
      stateCode: row.stateCode,
      version: row.version,
      change,
      snapshot: snapshotOf(row),
      changedBy: by,
      changedAt: at,
    });
  }

  return {
    async findById(id: string): Promise<AuthorityRow | undefined> {
      const [r] = await db.select().from(authorities).where(eq(authorities.id, id));
      return r ? toRow(r) : undefined;
    },

    /** Whether the participant (a State) and the treaty an entry names exist. */
    async stateExists(code: string): Promise<boolean> {
      const [r] = await db.select({ code: participants.code }).from(participants).where(eq(participants.code, code));
      return r !== undefined;
    },

    async instrumentExists(id: string): Promise<boolean> {
      const [r] = await db.select({ id: instruments.id }).from(instruments).where(eq(instruments.id, id));
      return r !== undefined;
    },

    /** Stale entries whose State was not reminded since they became stale (never, or before their last confirmation). */
    async dueForReminder(confirmedBefore: Date): Promise<AuthorityRow[]> {
      const rows = await db
        .select()
        .from(authorities)
        .where(
          and(
            sql`${authorities.confirmedAt} < ${confirmedBefore.toISOString()}`,
            sql`(${authorities.remindedAt} is null or ${authorities.remindedAt} < ${authorities.confirmedAt})`,
          ),
        )
        .orderBy(asc(authorities.stateCode), asc(authorities.name));
      return rows.map(toRow);
    },

    async list(filter: AuthorityFilter = {}): Promise<AuthorityRow[]> {
      const rows = await db
        .select()
        .from(authorities)
        .where(
          and(
            filter.stateCodes ? inArray(authorities.stateCode, [...filter.stateCodes]) : undefined,
            filter.kinds ? inArray(authorities.kind, [...filter.kinds]) : undefined,
            filter.confirmedBefore ? sql`${authorities.confirmedAt} < ${filter.confirmedBefore.toISOString()}` : undefined,
          ),
        )
        .orderBy(asc(authorities.stateCode), asc(authorities.kind), asc(authorities.name));
      return rows.map(toRow);
    },

    /** Creates an entry, confirmed now by its author, and its first revision. */
    async insert(fields: AuthorityFields, by: string | null, at: Date, change: AuthorityChange = 'created'): Promise<AuthorityRow> {
      const [r] = await db
        .insert(authorities)
        .values({ ...fields, confirmedAt: at, confirmedBy: by, createdBy: by, createdAt: at, updatedAt: at })
        .returning();
      const row = toRow(r!);
      await revise(row, change, by, at);
      return row;
    },

    /**
     * Changes fields (a change confirms the entry: the person writing it vouches for it now) if the row is still
     * `expectedVersion`; bumps the version and appends a revision. Undefined when another write came first.
     */
    async update(
      id: string,
      expectedVersion: number,
      patch: Partial<AuthorityFields>,
      by: string | null,
      at: Date,
      change: AuthorityChange = 'updated',
    ): Promise<AuthorityRow | undefined> {
      const [r] = await db
        .update(authorities)
        .set({ ...patch, confirmedAt: at, confirmedBy: by, remindedAt: null, updatedAt: at, version: sql`${authorities.version} + 1` })
        .where(and(eq(authorities.id, id), eq(authorities.version, expectedVersion)))
        .returning();
      if (!r) return undefined;
      const row = toRow(r);
      await revise(row, change, by, at);
      return row;
    },

    /** Deletes if still `expectedVersion`, keeping a last revision of what was deleted. False when another write came first. */
    async delete(id: string, expectedVersion: number, by: string | null, at: Date): Promise<boolean> {
      const [r] = await db
        .delete(authorities)
        .where(and(eq(authorities.id, id), eq(authorities.version, expectedVersion)))
        .returning();
      if (!r) return false;
      await revise(toRow(r), 'deleted', by, at);
      return true;
    },

    /** Marks that the State's focal points were reminded of a stale entry (not a change of the entry: no revision). */
    async markReminded(ids: readonly string[], at: Date): Promise<void> {
      if (ids.length === 0) return;
      await db.update(authorities).set({ remindedAt: at }).where(inArray(authorities.id, [...ids]));
    },

    async revisions(authorityId: string): Promise<AuthorityRevisionRow[]> {
      const rows = await db
        .select()
        .from(authorityRevisions)
        .where(eq(authorityRevisions.authorityId, authorityId))
        .orderBy(desc(authorityRevisions.version), desc(authorityRevisions.id));
      return rows.map((r) => ({ ...r, change: r.change as AuthorityChange, snapshot: r.snapshot as AuthoritySnapshot }));
    },
  };
}

export type AuthoritiesRepo = ReturnType<typeof createAuthoritiesRepo>;
