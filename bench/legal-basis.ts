// The legal-basis finder and the pair view (issue 11 §2) on all the shipped status lists, in process through the use
// cases the API calls, on the embedded database (PGlite, on disk) and, when it answers, PostgreSQL
// (BENCH_DATABASE_URL, default postgres://postgres@localhost:5432/postgres; a scratch database is created and dropped).
//   - the pair view for all ~197 × 197 ordered pairs: the first after start (the treaty dataset loaded, every State's
//     participation on the date derived), cold (a date not asked before: derivation, standings, counts) and warm
//     (the counts of this data version, date, conduct and kind kept; the bilateral treaties read and the cells
//     spelt again). Target (issue 11): under 1 s.
//   - one finder answer (random pairs, conducts and kinds, on dates already derived, and on a new date each time).
//     Target: p95 under 50 ms.
//   - the size of the finder's answer as sent (JSON), raw and gzipped, over the sampled answers: it must stay small
//     for a phone on a slow link.
// Prints numbers only: no target is asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { findLegalBasis } from '#app/cooperation/find-legal-basis.ts';
import { getPairView } from '#app/cooperation/get-pair-view.ts';
import { importReferenceStatusLists } from '#app/treaties/import-reference-status-lists.ts';
import { seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import { openDatabase, type Database } from '#db/client.ts';
import { CONDUCT_IDS } from '#domain/cooperation/conducts.ts';
import { COOPERATION_KINDS } from '#domain/cooperation/types.ts';
import { addDays } from '#domain/treaties/dates.ts';
import { seeded } from './assistance-data.ts';
import { quantile } from './lib.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@localhost:5432/postgres';
const NOW = new Date('2026-03-01T12:00:00Z');

const f = (x: number) => x.toFixed(1).padStart(7);
function line(label: string, ms: number[]) {
  console.log(`  ${label.padEnd(52)} p50 ${f(quantile(ms, 0.5))} ms  p95 ${f(quantile(ms, 0.95))} ms  max ${f(Math.max(...ms))} ms  (${ms.length} runs)`);
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await work();
  return [performance.now() - t, r];
}

async function run(label: string, database: Database) {
  const db = database.db;
  const t = performance.now();
  await database.migrate();
  await seedReferenceData(db);
  await importReferenceStatusLists(db, NOW);
  console.log(`legal-basis on ${label}: shipped data loaded in ${Math.round(performance.now() - t)} ms`);

  // The pair view.
  const [first, view] = await time(() => getPairView(db, { kind: 'extradition', conduct: 'terrorist-financing' }, NOW));
  console.log(
    `  pair view, first after start (dataset load + derivation)   ${f(first)} ms  (${view.states.length} States, ` +
      `${view.states.length ** 2} cells, ${view.instrumentIds.length} instruments, ${view.blindSpots} blind spots; ` +
      `${(JSON.stringify({ data: view }).length / 1024).toFixed(0)} kB, ` +
      `${(gzipSync(JSON.stringify({ data: view })).length / 1024).toFixed(1)} kB gzipped)`,
  );
  const cold: number[] = [];
  for (let i = 0; i < 20; i++) {
    const asOf = addDays('2005-01-01', i * 97);
    cold.push((await time(() => getPairView(db, { kind: i % 2 ? 'mla' : 'extradition', conduct: CONDUCT_IDS[i % CONDUCT_IDS.length]!, asOf }, NOW)))[0]);
  }
  line('pair view, cold (a date not asked before)', cold);
  const conductOnly: number[] = [];
  for (let i = 0; i < CONDUCT_IDS.length; i++) {
    conductOnly.push((await time(() => getPairView(db, { kind: 'mla', conduct: CONDUCT_IDS[i]!, asOf: '2005-01-01' }, NOW)))[0]);
  }
  line('pair view, another conduct on a date derived', conductOnly);
  const warm: number[] = [];
  for (let i = 0; i < 30; i++) {
    warm.push((await time(() => getPairView(db, { kind: 'extradition', conduct: 'terrorist-financing' }, NOW)))[0]);
  }
  line('pair view, warm (kept for this version and query)', warm);

  // The finder.
  const r = seeded(1187);
  const codes = view.states.map((s) => s.code);
  const dates = ['2026-03-01', '2015-06-30', '2008-01-01'];
  const queries = Array.from({ length: SAMPLES }, () => {
    const from = r.pick(codes);
    let to = r.pick(codes);
    while (to === from) to = r.pick(codes);
    return { from, to, kind: r.pick(COOPERATION_KINDS), conduct: r.pick(CONDUCT_IDS), asOf: r.pick(dates) };
  });
  for (const d of dates) await findLegalBasis(db, { ...queries[0]!, asOf: d }, NOW); // those dates derived once
  const ms: number[] = [];
  const raw: number[] = [];
  const gz: number[] = [];
  for (const q of queries) {
    const [dt, answer] = await time(async () => JSON.stringify({ data: await findLegalBasis(db, q, NOW) }));
    ms.push(dt);
    raw.push(answer.length);
    gz.push(gzipSync(answer).length);
  }
  line('finder answer (+ JSON), dates derived', ms);
  const newDate: number[] = [];
  for (let i = 0; i < 30; i++) {
    const q = { ...queries[i]!, asOf: addDays('1999-01-01', i * 131) };
    newDate.push((await time(async () => JSON.stringify({ data: await findLegalBasis(db, q, NOW) })))[0]);
  }
  line('finder answer (+ JSON), a date not asked before', newDate);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  console.log(
    `  finder answer size: median ${kb(quantile(raw, 0.5))} (${kb(quantile(gz, 0.5))} gzipped), ` +
      `p95 ${kb(quantile(raw, 0.95))} (${kb(quantile(gz, 0.95))} gzipped), max ${kb(Math.max(...raw))} (${kb(Math.max(...gz))} gzipped)`,
  );
  const typical = JSON.stringify({
    data: await findLegalBasis(db, { from: 'FRA', to: 'DEU', kind: 'extradition', conduct: 'terrorist-financing' }, NOW),
  });
  console.log(`  finder answer FRA → DEU, extradition, terrorist financing, today: ${kb(typical.length)} (${kb(gzipSync(typical).length)} gzipped)`);
}

// Imports are audited, and audit entries are keyed: a throwaway key for throwaway databases.
useAuditChainKey(randomBytes(32));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-legal-basis-'));
const lite = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
try {
  await run('PGlite', lite);
} finally {
  await lite.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function admin(query: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query(query);
    return true;
  } catch (e) {
    console.log(`legal-basis on PostgreSQL: skipped (${(e as Error).message})`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const name = `accord_bench_legal_basis_${process.pid}`;
if (await admin(`CREATE DATABASE ${name}`)) {
  const url = Object.assign(new URL(pgUrl), { pathname: `/${name}` }).toString();
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
  try {
    await run('PostgreSQL', database);
  } finally {
    await database.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
