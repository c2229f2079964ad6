// Shared by the search benchmarks (bench/search-quality.ts, bench/search.ts): a fresh embedded database, the corpus
// passage as a search entry, and Accord's search as the benchmarks call it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import { openDatabase, type Db } from '#db/client.ts';
import { createSearchRepo, type SearchEntryInput } from '#db/repos/library/search.repo.ts';
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

/** Accord's search: the search repository's `search` (ADR 23). */
export function accordSearch(db: Db): { search: SearchFn } {
  const repo = createSearchRepo(db);
  return { search: (query, scope) => repo.search(query, scope) };
}
