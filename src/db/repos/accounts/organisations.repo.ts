// Organisations: the directory of State authorities, UN entities, regional organisations, donors and civil society.
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { organisations, participants } from '#db/schema/index.ts';
import { likePattern } from '../conditions.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationWithCount = OrganisationRow & { memberCount: number };

export interface OrganisationFilter {
  /** Part of a name in any language, or of the acronym. */
  q?: string;
  kind?: string;
  stateCode?: string;
  includeArchived?: boolean;
}

const memberCount = sql<number>`(select count(*)::int from memberships m where m.organisation_id = ${organisations.id})`;

function where(f: OrganisationFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (!f.includeArchived) conditions.push(isNull(organisations.archivedAt));
  if (f.kind) conditions.push(eq(organisations.kind, f.kind));
  if (f.stateCode) conditions.push(eq(organisations.stateCode, f.stateCode));
  if (f.q) {
    const p = likePattern(f.q);
    conditions.push(
      sql`(exists (select 1 from jsonb_each_text(${organisations.names}) n where n.value ilike ${p}) or ${organisations.acronym} ilike ${p})`,
    );
  }
  return and(...conditions);
}

export function createOrganisationsRepo(db: Db) {
  return {
    async list(filter: OrganisationFilter, page: { limit: number; offset: number }): Promise<OrganisationWithCount[]> {
      const rows = await db
        .select({ row: organisations, memberCount })
        .from(organisations)
        .where(where(filter))
        .orderBy(asc(sql`lower(${organisations.names}->>'en')`), asc(organisations.id))
        .limit(page.limit)
        .offset(page.offset);
      return rows.map((r) => ({ ...r.row, memberCount: Number(r.memberCount) }));
    },

    async count(filter: OrganisationFilter): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(where(filter));
      return Number(row?.n ?? 0);
    },

    async findById(id: string): Promise<OrganisationWithCount | undefined> {
      const [row] = await db.select({ row: organisations, memberCount }).from(organisations).where(eq(organisations.id, id));
      return row && { ...row.row, memberCount: Number(row.memberCount) };
    },

    /** Locks the row until the transaction ends: two administrators editing one organisation take turns. */
    async lock(id: string): Promise<OrganisationRow | undefined> {
      const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
      return row;
    },

    async insert(values: typeof organisations.$inferInsert): Promise<OrganisationRow> {
      const [row] = await db.insert(organisations).values(values).returning();
      return row!;
    },

    /** Bumps the version; with `expectedVersion`, only if the row is still that version (undefined: it was not). */
    async update(id: string, patch: Partial<typeof organisations.$inferInsert>, expectedVersion?: number): Promise<OrganisationRow | undefined> {
      const [row] = await db
        .update(organisations)
        .set({ ...patch, version: sql`${organisations.version} + 1` })
        .where(and(eq(organisations.id, id), expectedVersion === undefined ? undefined : eq(organisations.version, expectedVersion)))
        .returning();
      return row;
    },

    async participantExists(code: string): Promise<boolean> {
      const [row] = await db.select({ code: participants.code }).from(participants).where(eq(participants.code, code));
      return row !== undefined;
    },

    /** The regional groups participants belong to: the values an officer's regions may take. */
    async regionalGroups(): Promise<string[]> {
      const rows = await db
        .selectDistinct({ g: participants.regionalGroup })
        .from(participants)
        .where(sql`${participants.regionalGroup} is not null`);
      return rows.map((r) => r.g!).sort();
    },
  };
}
