// Shared by the search benchmarks (bench/search-quality.ts, bench/search.ts): a fresh embedded database, the corpus
// passage as a search entry, and Accord's search as the benchmarks call it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, desc, sql } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import { searchTerms } from '#domain/library/text.ts';
import { openDatabase, type Db } from '#db/client.ts';
import { scopeCondition, textArray } from '#db/repos/conditions.ts';
import { createSearchRepo, type SearchEntryInput } from '#db/repos/library/search.repo.ts';
import { searchEntries } from '#db/schema/index.ts';
import type { Passage } from './search-corpus/corpus.ts';

/** A migrated PGlite database in a temporary directory, removed by `close`. */
export async function freshDatabase(name: string): Promise<{ db: Db; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `accord-bench-${name}-`));
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
  await database.migrate();
  return {
    db: database.db,
    close: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A public search entry for a corpus passage (a treaty's article is an article; anything else a library document). */
export function entryOf(p: Passage): SearchEntryInput {
  return {
    sourceKind: p.kind === 'treaty-text' && !p.id.includes(':title:') ? 'article' : 'document',
    sourceId: p.id,
    title: p.title,
    body: p.body,
    kind: p.kind,
    language: p.language,
    year: p.year,
    stateCodes: p.stateCodes,
    instrumentIds: p.instrumentIds,
    requirementIds: [],
    themes: p.themes,
    mandates: [],
    confidentiality: 'public',
    stateCode: p.stateCodes[0] ?? null,
    ownerOrganisationId: null,
    sharedOrganisationIds: [],
    namedUserIds: [],
  };
}

/** The query the search repository takes (issue 13 §3: `search(query, scope)`). */
export interface BenchQuery {
  q: string;
  language?: string | null;
  facets: { instrumentIds?: string[]; stateCodes?: string[]; kinds?: string[] };
  limit: number;
  offset: number;
}
export type SearchFn = (query: BenchQuery, scope: Scope) => Promise<{ total: number; hits: { sourceId: string }[] }>;

/**
 * Accord's search: the repository's `search` where it exists. Until the search work is merged, a STAND-IN (below)
 * answers instead and `standIn` says so; the benchmarks print which one they measured.
 */
export function accordSearch(db: Db): { search: SearchFn; standIn: boolean } {
  const repo = createSearchRepo(db) as ReturnType<typeof createSearchRepo> & { search?: SearchFn };
  if (typeof repo.search === 'function') return { search: repo.search.bind(repo), standIn: false };
  return { search: (query, scope) => standInSearch(db, query, scope), standIn: true };
}

/**
 * STAND-IN for `createSearchRepo(db).search`, for this branch only (the search work replaces it): every folded term
 * of the query (domain/library/text.ts) must be in the entry, ranked by ts_rank, within the reader's scope and facets.
 */
async function standInSearch(db: Db, query: BenchQuery, scope: Scope) {
  const terms = searchTerms(query.q, query.language);
  if (terms.length === 0) return { total: 0, hits: [] };
  const tsq = sql`plainto_tsquery('simple', ${terms.join(' ')})`;
  const E = searchEntries;
  const conditions = [
    sql`${E.tsv} @@ ${tsq}`,
    scopeCondition({ confidentiality: E.confidentiality, stateCodes: E.stateCodes, owners: [E.ownerOrganisationId], shared: E.sharedOrganisationIds, named: E.namedUserIds }, scope),
  ];
  if (query.facets.instrumentIds?.length) conditions.push(sql`${E.instrumentIds} && ${textArray(query.facets.instrumentIds)}`);
  if (query.facets.stateCodes?.length) conditions.push(sql`${E.stateCodes} && ${textArray(query.facets.stateCodes)}`);
  if (query.facets.kinds?.length) conditions.push(sql`${E.kind} = any(${textArray(query.facets.kinds)})`);
  const rows = await db
    .select({ sourceId: E.sourceId, total: sql<number>`count(*) over ()` })
    .from(E)
    .where(and(...conditions))
    .orderBy(desc(sql`ts_rank(${E.tsv}, ${tsq})`), E.id)
    .limit(query.limit)
    .offset(query.offset);
  return { total: Number(rows[0]?.total ?? 0), hits: rows };
}
