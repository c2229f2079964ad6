// Two `accord serve` processes on one PostgreSQL database, loaded at the same time (half the connections each), and
// one of them alone for comparison, on the same targets: an API read cached per data version (State profile), the
// matrix, and the main script of the web app. Prints each server's throughput and their sum. PostgreSQL on
// BENCH_DATABASE_URL (default postgres://postgres@localhost:5432/postgres), where a scratch database is created
// and dropped. On 2 cores, two servers share the same CPUs: the sum shows the overhead of a second process and a
// shared database, not a gain.
import pg from 'pg';
import { ensureWebBuild, fmt, freePort, load, loadLine, startServer, staticTargets, stopAllServers, type LoadResult } from './lib.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@localhost:5432/postgres';
const name = `accord_bench_scale_${process.pid}`;

async function admin(query: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(query);
  await client.end();
}

ensureWebBuild();
await admin(`CREATE DATABASE ${name}`);
const databaseUrl = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
const env = { DATABASE_URL: databaseUrl, SECRET_KEY: 'cd'.repeat(32) };
try {
  // The first loads the shipped data into the empty database; the second finds it loaded.
  const a = await startServer('./unused', await freePort(), env);
  const b = await startServer('./unused', await freePort(), env);
  const paths = {
    'API State profile (FRA)': '/api/v1/participants/FRA',
    'API matrix': '/api/v1/matrix',
    'main JS': new URL(Object.entries(staticTargets(a.url)).find(([k]) => k.startsWith('main JS'))![1]).pathname,
  };
  for (const p of Object.values(paths)) await Promise.all([fetch(a.url + p), fetch(b.url + p)]);
  console.log(`scale-out: two 'accord serve' on one PostgreSQL, ${CONNECTIONS} connections in all, ${DURATION} s each`);
  for (const [label, p] of Object.entries(paths)) {
    const alone = await load(a.url + p, CONNECTIONS, DURATION);
    const [ra, rb] = (await Promise.all([
      load(a.url + p, CONNECTIONS / 2, DURATION),
      load(b.url + p, CONNECTIONS / 2, DURATION),
    ])) as [LoadResult, LoadResult];
    console.log(`  ${label}`);
    console.log(loadLine('one server alone', alone));
    console.log(loadLine('server A (of two)', ra));
    console.log(loadLine('server B (of two)', rb));
    console.log(`  ${'both'.padEnd(28)} ${fmt(ra.rps + rb.rps, 0).padStart(7)} req/s  (${fmt((ra.rps + rb.rps) / alone.rps, 2)} × one alone)`);
  }
} finally {
  await stopAllServers();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
