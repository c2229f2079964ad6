// Concurrent load on the matrix and a State profile, each compared with a static file served by the same server
// in the same run (ratio of requests per second). Targets (issue #2): ratio ≥ 0.5 and p99 < 50 ms at 50
// connections on PGlite. Loopback only; each run is bounded in time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { fmt, startServer } from './lib.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

async function load(url: string) {
  // As browsers do: compressed responses where the server offers them (the same header for every target).
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'accept-encoding': 'br, gzip' },
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-load-'));
const server = await startServer(path.join(dir, 'pglite'), 3202);
try {
  const targets = {
    'static file (/)': `${server.url}/`,
    matrix: `${server.url}/api/v1/matrix`,
    'matrix asOf 2013-12-18': `${server.url}/api/v1/matrix?asOf=2013-12-18`,
    'State profile (FRA)': `${server.url}/api/v1/participants/FRA`,
  };
  for (const u of Object.values(targets)) await fetch(u); // warm caches once
  const results: Record<string, Awaited<ReturnType<typeof load>>> = {};
  for (const [name, url] of Object.entries(targets)) results[name] = await load(url);
  const base = results['static file (/)']!.rps;
  console.log(`http-load: ${CONNECTIONS} connections, ${DURATION} s each, PGlite`);
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `  ${name.padEnd(24)} ${fmt(r.rps, 0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ratio to static ${fmt(r.rps / base, 2)}`,
    );
  }
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
