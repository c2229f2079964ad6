// Search quality (issue 13 §3): the labelled queries of bench/search-corpus/queries.json (10 per language, written by
// hand) run over the real six-language corpus of bench/search-corpus/ (README there), loaded into a fresh embedded
// database through the search index's `put`. Three systems answer each query, first 10 hits:
//   - Accord's search (the repository's `search`, as a public reader, in the query's language);
//   - a plain ILIKE '%q%' over title and body (in insertion order: ILIKE does not rank);
//   - MiniSearch, in memory, with its default tokenizer and options.
// Prints recall@10 and MRR (of the first 10) per language and overall, per system, then each query's recall@10.
// `BENCH_SEARCH_DETAIL=1` also prints what each system returned for the queries it missed.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { and, eq, ilike, or } from 'drizzle-orm';
import MiniSearch from 'minisearch';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import { PUBLIC_SCOPE } from '#domain/accounts/confidentiality.ts';
import { likePattern } from '#db/repos/conditions.ts';
import { createSearchRepo } from '#db/repos/library/search.repo.ts';
import { searchEntries } from '#db/schema/index.ts';
import { LANGUAGES, loadCorpus, type Language } from './search-corpus/corpus.ts';
import { accordSearch, entryOf, freshDatabase } from './search-lib.ts';
import { mean, recallAtK, reciprocalRank } from './search-metrics.ts';

interface LabelledQuery {
  id: string;
  language: Language;
  q: string;
  relevant: string[];
  note: string;
}

const K = 10;
const NOW = new Date('2026-03-01T12:00:00Z');
const detail = process.env.BENCH_SEARCH_DETAIL === '1';

const corpus = loadCorpus();
const { queries } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'search-corpus/queries.json'), 'utf8')) as { queries: LabelledQuery[] };
const ids = new Set(corpus.map((p) => p.id));
for (const q of queries) for (const id of q.relevant) if (!ids.has(id)) throw new Error(`${q.id}: no passage ${id} in the corpus`);

useAuditChainKey(randomBytes(32));
const { db, close } = await freshDatabase('search-quality');
try {
  await seedReferenceData(db);
  const repo = createSearchRepo(db);
  const t = performance.now();
  for (const p of corpus) await repo.put(entryOf(p), NOW);
  const perLanguage = LANGUAGES.map((l) => `${l} ${corpus.filter((p) => p.language === l).length}`).join(', ');
  console.log(`search quality: ${corpus.length} passages (${perLanguage}) indexed in ${Math.round(performance.now() - t)} ms; ${queries.length} labelled queries`);

  const accord = accordSearch(db);
  const mini = new MiniSearch({ fields: ['title', 'body'] });
  mini.addAll(corpus.map((p) => ({ id: p.id, title: p.title, body: p.body })));
  const E = searchEntries;
  const systems: Record<string, (q: LabelledQuery) => Promise<string[]>> = {
    Accord: async (q) =>
      (await accord.search({ q: q.q, language: q.language, facets: {}, limit: K, offset: 0 }, PUBLIC_SCOPE)).hits.map((h) => h.sourceId),
    'ILIKE': async (q) =>
      (
        await db
          .select({ id: E.sourceId })
          .from(E)
          .where(and(eq(E.confidentiality, 'public'), or(ilike(E.title, likePattern(q.q)), ilike(E.body, likePattern(q.q)))))
          .orderBy(E.id)
          .limit(K)
      ).map((r) => r.id),
    'MiniSearch': async (q) => mini.search(q.q).slice(0, K).map((r) => String(r.id)),
  };

  const names = Object.keys(systems);
  const scores: Record<string, { recall: number; rr: number }[]> = Object.fromEntries(names.map((n) => [n, []]));
  const rows: string[] = [];
  for (const q of queries) {
    const cells: string[] = [];
    for (const name of names) {
      const ranked = await systems[name]!(q);
      const recall = recallAtK(ranked, q.relevant, K);
      scores[name]!.push({ recall, rr: reciprocalRank(ranked, q.relevant) });
      cells.push(recall.toFixed(2).padStart(name.length > 10 ? 17 : 10));
      if (detail && recall < 1) console.log(`    ${q.id} ${name}: ${ranked.join(' ') || '(nothing)'}`);
    }
    rows.push(`  ${q.id.padEnd(6)} ${cells.join(' ')}  ${q.q}`);
  }

  const f = (x: number) => x.toFixed(2);
  const header = names.map((n) => n.padStart(20)).join('');
  console.log(`\n  recall@${K} / MRR ${header}`);
  for (const group of [...LANGUAGES, 'all'] as const) {
    const line = names
      .map((n) => {
        const s = scores[n]!.filter((_, i) => group === 'all' || queries[i]!.language === group);
        return `${f(mean(s.map((x) => x.recall)))} / ${f(mean(s.map((x) => x.rr)))}`.padStart(20);
      })
      .join('');
    console.log(`  ${group.padEnd(15)}${line}`);
  }
  console.log(`\n  each query's recall@${K}: ${names.join(' | ')}`);
  for (const r of rows) console.log(r);
} finally {
  await close();
}
