// The search index (search_entries, ADR 23): one entry per searchable record, written by the use case that writes
// the record, in its transaction. Entries carry the record's own confidentiality columns, so a search applies the
// reader's scope inside the query.
import { and, eq, sql } from 'drizzle-orm';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { searchTerms } from '#domain/library/text.ts';
import type { Db } from '#db/client.ts';
import { searchEntries } from '#db/schema/index.ts';

export type SearchSourceKind = 'document' | 'provision' | 'article' | 'assistance-request' | 'activity' | 'programme';

export interface SearchEntryInput {
  sourceKind: SearchSourceKind;
  sourceId: string;
  title: string;
  body: string;
  /** A library record kind, or the source kind. */
  kind: string;
  language: string | null;
  year: number | null;
  stateCodes: string[];
  instrumentIds: string[];
  requirementIds: string[];
  themes: string[];
  mandates: string[];
  confidentiality: Confidentiality;
  stateCode: string | null;
  ownerOrganisationId: string | null;
  sharedOrganisationIds: string[];
  namedUserIds: string[];
}

export function createSearchRepo(db: Db) {
  return {
    /** Adds or replaces the entry of one record. */
    async put(entry: SearchEntryInput, now: Date): Promise<void> {
      const terms = [...searchTerms(entry.title, entry.language), ...searchTerms(entry.body, entry.language)].join(' ');
      const row = { ...entry, terms, updatedAt: now };
      await db
        .insert(searchEntries)
        .values(row)
        .onConflictDoUpdate({ target: [searchEntries.sourceKind, searchEntries.sourceId], set: row });
    },

    async remove(sourceKind: SearchSourceKind, sourceId: string): Promise<void> {
      await db.delete(searchEntries).where(and(eq(searchEntries.sourceKind, sourceKind), eq(searchEntries.sourceId, sourceId)));
    },

    async count(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(searchEntries);
      return Number(row?.n ?? 0);
    },
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;
