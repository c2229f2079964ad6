// The search index (search_entries, ADR 23): one entry per searchable record, written by the use case that writes
// the record, in its transaction. Entries carry the record's own confidentiality columns, so a search applies the
// reader's scope inside the query.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '#domain/accounts/confidentiality.ts';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { allButOne, highlight, matchRanges, namedIn, queryGroups, searchTerms, toTsQuery, type MatchRange, type Snippet } from '#domain/library/text.ts';
import type { Db } from '#db/client.ts';
import { instruments, searchEntries } from '#db/schema/index.ts';
import { scopeCondition, textArray } from '../conditions.ts';

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

export const SEARCH_FACETS = ['stateCodes', 'instrumentIds', 'requirementIds', 'kinds', 'languages', 'years', 'themes', 'mandates'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export interface SearchQuery {
  q: string;
  /** The reader's language, for segmenting the query (Chinese and Arabic are recognised whatever it is). */
  language?: string | null;
  facets: Partial<{ [F in SearchFacet]: F extends 'years' ? number[] : string[] }>;
  limit: number;
  offset: number;
}

export interface SearchHit {
  sourceKind: SearchSourceKind;
  sourceId: string;
  /** For a provision: its law (the library record it belongs to). */
  parentId: string | null;
  title: string;
  titleMatches: MatchRange[];
  kind: string;
  language: string | null;
  year: number | null;
  stateCodes: string[];
  instrumentIds: string[];
  confidentiality: Confidentiality;
  /** Direct text matches score ≥ 1; entries found only through an instrument the query names score below. */
  score: number;
  snippets: Snippet[];
}

export interface SearchResult {
  total: number;
  /** The query matches more than MAX_TEXT_MATCHES (or MAX_TAGGED_MATCHES through instruments): total and facets are of those. */
  more: boolean;
  hits: SearchHit[];
  facets: Record<SearchFacet, { value: string; count: number }[]>;
  /** Instruments the query names (in any of their six languages), whose tagged entries are found too. */
  instrumentIds: string[];
}

const E = searchEntries;

/** The entry's own confidentiality columns: the scope is applied inside the query. */
const ENTRY_SCOPE = {
  confidentiality: E.confidentiality,
  stateCodes: E.stateCodes,
  owners: [E.ownerOrganisationId],
  shared: E.sharedOrganisationIds,
  named: E.namedUserIds,
};

/** Assistance requests are read by signed-in people only (requestScopeCondition), whatever their level. */
function entryScope(scope: Scope): SQL {
  const inScope = scopeCondition(ENTRY_SCOPE, scope);
  return scope.userId === null ? sql`(${E.sourceKind} <> 'assistance-request' and ${inScope})` : inScope;
}

function facetConditions(f: SearchQuery['facets']): SQL[] {
  const out: SQL[] = [];
  const overlap = (column: typeof E.stateCodes, values: string[] | undefined) => {
    if (values && values.length > 0) out.push(sql`${column} && ${textArray(values)}`);
  };
  overlap(E.stateCodes, f.stateCodes);
  overlap(E.instrumentIds, f.instrumentIds);
  overlap(E.requirementIds, f.requirementIds);
  overlap(E.themes, f.themes);
  overlap(E.mandates, f.mandates);
  if (f.kinds && f.kinds.length > 0) out.push(sql`${E.kind} = any(${textArray(f.kinds)})`);
  if (f.languages && f.languages.length > 0) out.push(sql`${E.language} = any(${textArray(f.languages)})`);
  if (f.years && f.years.length > 0) out.push(sql`${E.year} = any(${textArray(f.years.map(String))}::int[])`);
  return out;
}

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;

export function createSearchRepo(db: Db) {
  /** The instruments whose title or short name, in any of the six languages, the query names. */
  async function namedInstruments(q: string, language: string | null | undefined): Promise<string[]> {
    const rows = await db.select({ id: instruments.id, titles: instruments.titles, shortNames: instruments.shortNames }).from(instruments);
    return namedIn(
      q,
      rows.map((r) => ({ id: r.id, names: [...Object.values(r.titles ?? {}), ...Object.values(r.shortNames ?? {})].filter((n): n is string => !!n) })),
      language,
    );
  }

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

    /**
     * The entries matching the query within the reader's scope (applied in the SQL, for the hits, the total and the
     * facet counts alike), best first: direct text matches ranked by ts_rank_cd, then the entries tagged with an
     * instrument the query names. Facet counts are over all the matching entries.
     */
    async search(query: SearchQuery, scope: Scope): Promise<SearchResult> {
      const groups = queryGroups(query.q, query.language);
      const tsq = toTsQuery(groups);
      const named = await namedInstruments(query.q, query.language);
      const instrumentMatch = named.length > 0 ? sql`${E.instrumentIds} && ${textArray(named)}` : sql`false`;
      const inScope = and(entryScope(scope), ...facetConditions(query.facets))!;
      const empty = Object.fromEntries(SEARCH_FACETS.map((f) => [f, []])) as unknown as SearchResult['facets'];
      if (!tsq && named.length === 0) return { total: 0, more: false, hits: [], facets: empty, instrumentIds: [] };

      // One scan of the matches (materialized once): their count, the page's ids by rank and the facet counts. Only
      // the page's rows are then read whole (title, body) by id.
      const scan = async (tsqText: string, strict?: string) => {
        const tsquery = sql`to_tsquery('simple', ${tsqText})`;
        // In the second pass, the entries holding every word stay first.
        const base = strict ? sql`case when ${E.tsv} @@ to_tsquery('simple', ${strict}) then 2 else 1 end` : sql`1`;
        const textMatch = tsqText ? sql`${E.tsv} @@ ${tsquery}` : sql`false`;
        const [row] = rowsOf(
          await db.execute(sql`
            with direct as materialized (
              select ${E.id} as id, (${base} + ts_rank_cd(${E.tsv}, ${tsquery}, 32))::float8 as score, ${E.updatedAt} as updated_at,
                ${E.stateCodes} as state_codes, ${E.instrumentIds} as instrument_ids, ${E.requirementIds} as requirement_ids,
                ${E.themes} as themes, ${E.mandates} as mandates, ${E.kind} as kind, ${E.language} as language, ${E.year} as year
              from ${E} where ${and(textMatch, inScope)} limit ${MAX_TEXT_MATCHES}
            ),
            tagged as materialized (
              select ${E.id} as id, 0.5::float8 as score, ${E.updatedAt} as updated_at,
                ${E.stateCodes} as state_codes, ${E.instrumentIds} as instrument_ids, ${E.requirementIds} as requirement_ids,
                ${E.themes} as themes, ${E.mandates} as mandates, ${E.kind} as kind, ${E.language} as language, ${E.year} as year
              from ${E} where ${and(instrumentMatch, inScope)} and ${E.id} not in (select id from direct)
              order by ${E.updatedAt} desc limit ${MAX_TAGGED_MATCHES}
            ),
            m as (select * from direct union all select * from tagged),
            page as (select id, score, updated_at from m order by score desc, updated_at desc, id limit ${query.limit} offset ${query.offset}),
            f as (
              select 'stateCodes' as facet, v as value, count(*)::int as n from m, unnest(m.state_codes) v group by v
              union all select 'instrumentIds', v, count(*)::int from m, unnest(m.instrument_ids) v group by v
              union all select 'requirementIds', v, count(*)::int from m, unnest(m.requirement_ids) v group by v
              union all select 'themes', v, count(*)::int from m, unnest(m.themes) v group by v
              union all select 'mandates', v, count(*)::int from m, unnest(m.mandates) v group by v
              union all select 'kinds', kind, count(*)::int from m group by kind
              union all select 'languages', language, count(*)::int from m where language is not null group by language
              union all select 'years', year::text, count(*)::int from m where year is not null group by year
            )
            select (select count(*)::int from m) as total,
              (select count(*) >= ${MAX_TEXT_MATCHES} from direct) or (select count(*) >= ${MAX_TAGGED_MATCHES} from tagged) as more,
              (select coalesce(json_agg(json_build_array(id, score) order by score desc, updated_at desc, id), '[]'::json) from page) as page,
              (select coalesce(json_agg(json_build_array(facet, value, n)), '[]'::json) from f) as facets`),
        );
        return row!;
      };
      // Every word is asked for; when that finds less than a page, an entry lacking one of them comes too (ranked by
      // how many it holds and how close): "political offence exception to extradition" then finds the article that
      // never says "exception".
      let summary = await scan(tsq);
      if (groups.length >= 2 && Number(summary.total) < query.offset + query.limit) summary = await scan(allButOne(groups), tsq);
      const pageIds = (summary.page as [number, number][]);
      const order = new Map(pageIds.map(([id], i) => [Number(id), i]));
      const scoreOf = new Map(pageIds.map(([id, sc]) => [Number(id), Number(sc)]));
      const hitRows =
        pageIds.length === 0
          ? []
          : rowsOf(
              await db.execute(sql`
                select ${E.id} as id, ${E.sourceKind} as source_kind, ${E.sourceId} as source_id, ${E.title} as title,
                  ${E.body} as body, ${E.kind} as kind, ${E.language} as language, ${E.year} as year,
                  ${E.stateCodes} as state_codes, ${E.instrumentIds} as instrument_ids, ${E.confidentiality} as confidentiality,
                  (select lp.document_id::text from legal_provisions lp
                    where ${E.sourceKind} = 'provision' and lp.id::text = ${E.sourceId}) as parent_id
                from ${E} where ${E.id} = any(${sql.raw(`'{${pageIds.map(([id]) => Number(id)).join(',')}}'::bigint[]`)})`),
            )
              .map((r): Row => ({ ...r, score: scoreOf.get(Number(r.id)) }))
              .sort((a, b) => order.get(Number(a.id))! - order.get(Number(b.id))!);
      const total = Number(summary.total);
      const facets = Object.fromEntries(SEARCH_FACETS.map((f) => [f, [] as { value: string; count: number }[]])) as SearchResult['facets'];
      for (const [facet, value, n] of summary.facets as [SearchFacet, string, number][]) facets[facet].push({ value: String(value), count: Number(n) });
      for (const f of SEARCH_FACETS) facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

      const hits = hitRows.map((r): SearchHit => {
        const language = (r.language as string | null) ?? query.language ?? null;
        const title = String(r.title);
        return {
          sourceKind: r.source_kind as SearchSourceKind,
          sourceId: String(r.source_id),
          parentId: (r.parent_id as string | null) ?? null,
          title,
          titleMatches: matchRanges(title, query.q, language),
          kind: String(r.kind),
          language: (r.language as string | null) ?? null,
          year: r.year === null ? null : Number(r.year),
          stateCodes: r.state_codes as string[],
          instrumentIds: r.instrument_ids as string[],
          confidentiality: r.confidentiality as Confidentiality,
          score: Number(r.score),
          snippets: highlight(String(r.body).slice(0, HIGHLIGHT_CHARS), query.q, language),
        };
      });
      return { total, more: Boolean(summary.more), hits, facets, instrumentIds: named };
    },

    /** Removes every entry of one source kind (before rebuilding them). */
    async removeKind(sourceKind: SearchSourceKind): Promise<void> {
      await db.delete(searchEntries).where(eq(searchEntries.sourceKind, sourceKind));
    },

    async countOf(sourceKind: SearchSourceKind): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(searchEntries).where(eq(searchEntries.sourceKind, sourceKind));
      return Number(row?.n ?? 0);
    },

    async count(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(searchEntries);
      return Number(row?.n ?? 0);
    },
  };
}
/**
 * At most this many text matches are ranked and counted, and this many more entries found through an instrument the
 * query names (the newest): a query matching more says so (`more`), and the reader narrows it with a facet. Ranking
 * every match of a common word costs a heap visit per match (ADR 23); these bounds keep p95 under 50 ms at 100,000.
 */
const MAX_TEXT_MATCHES = 1000;
const MAX_TAGGED_MATCHES = 200;

/** Only the beginning of a long text is searched for snippets. */
const HIGHLIGHT_CHARS = 30_000;

export type SearchRepo = ReturnType<typeof createSearchRepo>;
