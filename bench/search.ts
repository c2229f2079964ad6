// Search speed (issue 13 §3) at 100,000 entries on the embedded database (PGlite, on disk): the index built from the
// corpus passages of bench/search-corpus/ (each entry one passage with part of another of its language appended, so
// that no two are alike), with a mix of confidentiality levels (60% public, 20% State-restricted, 10% UN-internal,
// 10% named people) and facets (instruments, States, years, kinds). Then 200 queries over the six languages (the 60
// labelled queries and 140 pairs of words taken from the passages), first page of 10, p50/p95:
//   - as an anonymous reader (public scope);
//   - as a signed-in officer (UN entity: UN-internal, the State-restricted entries its organisation holds, the
//     entries naming them);
//   - as that officer with an instrument facet.
// Also the index time: every entry written through the repository's `put` (in transactions of 5,000), and one more
// `put` at full size. Target: p95 < 50 ms. Prints numbers only: no target is asserted.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import { PUBLIC_SCOPE, type Scope } from '#domain/accounts/confidentiality.ts';
import type { Db } from '#db/client.ts';
import { createSearchRepo, type SearchEntryInput } from '#db/repos/library/search.repo.ts';
import { quantile } from './lib.ts';
import { LANGUAGES, loadCorpus, type Passage } from './search-corpus/corpus.ts';
import { accordSearch, entryOf, freshDatabase, type BenchQuery } from './search-lib.ts';

const ENTRIES = Number(process.env.BENCH_SEARCH_ENTRIES ?? 100_000);
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 200);
const BATCH = 5_000;
const NOW = new Date('2026-03-01T12:00:00Z');
const STATES = ['FRA', 'CHN', 'CHL', 'EGY', 'RUS', 'KEN', 'IND', 'BRA', 'JOR', 'ESP'];
const INSTRUMENTS = ['tokyo1963', 'hague1970', 'montreal1971', 'ipp1973', 'hostages1979', 'cppnm1980', 'bombings1997', 'financing1999', 'icsant2005'];
const KINDS = ['national-legislation', 'case-law', 'publication-or-tool', 'model-law', 'training-module', 'treaty-text'];
const ORGANISATIONS = Array.from({ length: 10 }, () => randomUUID());
const PEOPLE = Array.from({ length: 50 }, () => randomUUID());

const f = (x: number) => x.toFixed(1).padStart(6);
function line(label: string, ms: number[], extra = '') {
  console.log(`  ${label.padEnd(48)} p50 ${f(quantile(ms, 0.5))} ms  p95 ${f(quantile(ms, 0.95))} ms  max ${f(Math.max(...ms))} ms${extra}`);
}

const corpus = loadCorpus();
const byLanguage = new Map(LANGUAGES.map((l) => [l, corpus.filter((p) => p.language === l)]));

/** Entry i: passage i (in turn), part of another passage of its language, a confidentiality level and facets. */
function entry(i: number): SearchEntryInput {
  const p = corpus[i % corpus.length]!;
  const same = byLanguage.get(p.language)!;
  const other = same[(i * 7919 + 13) % same.length]!;
  const level = i % 10;
  const state = STATES[i % STATES.length]!;
  return {
    ...entryOf(p),
    sourceKind: 'document',
    sourceId: `${p.id}#${i}`,
    body: `${p.body}\n${other.body.slice(0, 300)}`,
    kind: p.kind === 'treaty-text' ? p.kind : KINDS[i % KINDS.length]!,
    year: 1963 + (i % 63),
    stateCodes: p.stateCodes.length > 0 ? p.stateCodes : [state],
    instrumentIds: p.instrumentIds.length > 0 ? p.instrumentIds : [INSTRUMENTS[i % INSTRUMENTS.length]!],
    confidentiality: level < 6 ? 'public' : level < 8 ? 'state-restricted' : level < 9 ? 'un-internal' : 'named-people',
    stateCode: p.stateCodes[0] ?? state,
    ownerOrganisationId: ORGANISATIONS[i % ORGANISATIONS.length]!,
    namedUserIds: level === 9 ? [PEOPLE[i % PEOPLE.length]!] : [],
  };
}

/** Two consecutive words of a passage (four characters in Chinese), as a reader might type them. */
function wordsOf(p: Passage, i: number): string {
  if (p.language === 'zh') {
    const text = p.body.replace(/[^\p{Script=Han}]/gu, '');
    const at = (i * 31) % Math.max(1, text.length - 4);
    return text.slice(at, at + 4);
  }
  const words = p.body.split(/[\s\p{P}]+/u).filter((w) => w.length > 3);
  const at = (i * 31) % Math.max(1, words.length - 2);
  return words.slice(at, at + 2).join(' ');
}

const { db, close } = await freshDatabase('search');
try {
  await seedReferenceData(db);
  const t = performance.now();
  for (let from = 0; from < ENTRIES; from += BATCH) {
    await db.transaction(async (tx) => {
      const repo = createSearchRepo(tx as unknown as Db);
      for (let i = from; i < Math.min(ENTRIES, from + BATCH); i++) await repo.put(entry(i), NOW);
    });
  }
  const indexMs = performance.now() - t;
  await db.execute(sql`ANALYZE search_entries`);
  const [{ mb } = { mb: 0 }] = (
    (await db.execute(sql`SELECT round(pg_total_relation_size('search_entries') / 1048576.0) AS mb`)) as unknown as { rows: { mb: number }[] }
  ).rows;
  console.log(
    `search on PGlite: ${ENTRIES} entries from ${corpus.length} passages indexed in ${(indexMs / 1000).toFixed(1)} s ` +
      `(${(indexMs / ENTRIES).toFixed(2)} ms an entry through put, ${BATCH} a transaction); table and indexes ${mb} MB`,
  );
  const repo = createSearchRepo(db);
  const one: number[] = [];
  for (let i = 0; i < 50; i++) {
    const s = performance.now();
    await repo.put(entry(ENTRIES + i), NOW);
    one.push(performance.now() - s);
  }
  line('one more entry (put, on its own) at full size', one);

  const { queries: labelled } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'search-corpus/queries.json'), 'utf8')) as {
    queries: { q: string; language: string }[];
  };
  const queries = Array.from({ length: QUERIES }, (_, i) => {
    if (i < labelled.length) return labelled[i]!;
    const language = LANGUAGES[i % LANGUAGES.length]!;
    const passages = byLanguage.get(language)!;
    return { q: wordsOf(passages[(i * 37) % passages.length]!, i), language };
  });

  const { search } = accordSearch(db);
  const officer: Scope = {
    unInternal: true,
    allStateRestricted: false,
    stateCodes: [],
    organisations: [{ organisationId: ORGANISATIONS[0]!, regions: null }],
    userId: PEOPLE[0]!,
  };
  const runs: [string, Scope, (i: number) => BenchQuery['facets']][] = [
    ['anonymous reader (public scope)', PUBLIC_SCOPE, () => ({})],
    ['signed-in officer (UN entity, its organisation)', officer, () => ({})],
    ['signed-in officer, instrument facet', officer, (i) => ({ instrumentIds: [INSTRUMENTS[i % INSTRUMENTS.length]!] })],
  ];
  for (let i = 0; i < 10; i++) await search({ ...queries[i]!, facets: {}, limit: 10, offset: 0 }, PUBLIC_SCOPE); // warm-up
  for (const [label, scope, facets] of runs) {
    const ms: number[] = [];
    let hits = 0;
    for (const [i, q] of queries.entries()) {
      const s = performance.now();
      const result = await search({ q: q.q, language: q.language, facets: facets(i), limit: 10, offset: 0 }, scope);
      ms.push(performance.now() - s);
      hits += result.total;
    }
    line(label, ms, `  (${queries.length} queries, ${Math.round(hits / queries.length)} matches on average)`);
  }
} finally {
  await close();
}
