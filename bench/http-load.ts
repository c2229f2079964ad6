// Every static asset class of the built web app and the API's public reads, loaded one after the other in the same
// run against the same server, at 50 connections (loopback, each target bounded in time). Targets (issue 10 §5):
// every static asset ≥ 5,000 req/s; API reads ≥ 0.5 × index.html with p99 < 50 ms (issue 2). PGlite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ensureWebBuild,
  expectBrotli,
  fmt,
  freePort,
  load,
  loadLine,
  startBareFileServer,
  startServer,
  staticTargets,
  type LoadResult,
} from './lib.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const STATIC_GOAL = 5000;

ensureWebBuild();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-load-'));
const server = await startServer(path.join(dir, 'pglite'), 3202);
try {
  const statics = staticTargets(server.url);
  const api = {
    'API matrix': `${server.url}/api/v1/matrix`,
    'API matrix asOf 2013-12-18': `${server.url}/api/v1/matrix?asOf=2013-12-18`,
    'API State profile (FRA)': `${server.url}/api/v1/participants/FRA`,
    'API health': `${server.url}/api/v1/health`,
  };
  for (const url of Object.values(statics)) await expectBrotli(url);
  for (const url of Object.values(api)) await fetch(url); // warm caches once
  const results: Record<string, LoadResult> = {};
  for (const [name, url] of [...Object.entries(statics), ...Object.entries(api)]) {
    results[name] = await load(url, CONNECTIONS, DURATION);
  }
  // The same brotli bytes of the main script from a bare node:http server: what this machine allows right now.
  const mainJs = Object.entries(statics).find(([k]) => k.startsWith('main JS'))!;
  const bare = await startBareFileServer(path.join('dist/web', `${new URL(mainJs[1]).pathname}.br`), await freePort());
  try {
    results[`ceiling: bare node:http, same bytes as main JS`] = await load(bare.url, CONNECTIONS, DURATION);
  } finally {
    await bare.stop();
  }
  const base = results['index.html (/)']!.rps;
  console.log(`http-load: ${CONNECTIONS} connections, ${DURATION} s each, Accept-Encoding: br, gzip, PGlite`);
  for (const [name, r] of Object.entries(results)) {
    if (name.startsWith('ceiling')) {
      console.log(loadLine(name, r, `  (main JS at ${fmt(results[mainJs[0]]!.rps / r.rps, 2)} × this)`));
      continue;
    }
    const isStatic = name in statics;
    const verdict = isStatic ? (r.rps >= STATIC_GOAL ? '  ≥ 5,000 ✓' : '  < 5,000 ✗') : `  ${fmt(r.rps / base, 2)} × index.html`;
    console.log(loadLine(name, r, verdict));
  }
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
