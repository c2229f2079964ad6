// Lighthouse on the built web app with mobile throttling (a mid-range phone on slow 4G with a 4× slower CPU): the
// overview (/en/) and the matrix (/en/matrix), RUNS times each, in a fresh Chromium each time, after one run not
// counted. Prints the median performance and accessibility scores, LCP, TBT and CLS per page, for each way of
// throttling:
// - simulated (Lighthouse's default, as PageSpeed Insights): the page loads at full speed and a model estimates the
//   phone's timings from the trace. The model undercounts rendering work: the matrix drawn as 13,500 elements cost
//   a 1.1 s layout task on a 4× slower CPU, and simulated TBT showed ~240 ms;
// - applied (throttlingMethod 'devtools'): the browser really runs 4× slower on a throttled network; slower to run,
//   closer to a phone.
// On a machine busy with other work the figures drift (TBT most): compare runs made at the same time.
// The web app is built into a temporary folder (so a concurrent `vite build` of dist/web cannot change it under the
// run) and served by the real server on a fresh data directory, as e2e does.
// CHROME_PATH picks the browser (default /usr/bin/chromium); LIGHTHOUSE_RUNS the number of runs (default 3);
// LIGHTHOUSE_THROTTLING `simulate`, `devtools` or both (default).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { fmt, freePort, startServer, stopAllServers } from './lib.ts';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PAGES = { overview: '/en/', matrix: '/en/matrix' } as const;
type Throttling = 'simulate' | 'devtools';
const THROTTLING: Throttling[] = process.env.LIGHTHOUSE_THROTTLING
  ? (process.env.LIGHTHOUSE_THROTTLING.split(',') as Throttling[])
  : ['simulate', 'devtools'];
const THROTTLING_NAME: Record<Throttling, string> = { simulate: 'simulated', devtools: 'applied' };

interface Figures {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** A headless Chromium with a DevTools port, on a fresh profile; Lighthouse drives it over that port. */
async function launchChromium(profileDir: string): Promise<{ port: number; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    CHROME_PATH,
    [
      '--headless=new',
      '--no-sandbox',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profileDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let failed: Error | null = null;
  child.once('error', (e) => (failed = e)); // not installed: apt-get install chromium, or set CHROME_PATH
  for (let i = 0; ; i++) {
    if (failed) throw new Error(`${CHROME_PATH}: ${(failed as Error).message}`);
    if (child.exitCode !== null) throw new Error(`${CHROME_PATH} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 200) throw new Error(`${CHROME_PATH} did not open its DevTools port`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A run Lighthouse could not measure (it reports a runtimeError in its result). */
class RuntimeError extends Error {}

/** Lighthouse sometimes fails to record a trace (NO_NAVSTART, NO_FCP) on a busy machine: such a run is made again. */
async function audit(url: string, throttling: Throttling, tmp: string, run: number): Promise<Figures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, throttling, tmp, run);
    } catch (e) {
      if (attempt >= 3 || !(e instanceof RuntimeError)) throw e;
      console.log(`  (${(e as Error).message}: run again)`);
    }
  }
}

async function auditOnce(url: string, throttling: Throttling, tmp: string, run: number): Promise<Figures> {
  const profile = fs.mkdtempSync(path.join(tmp, `chromium-${run}-`));
  const chromium = await launchChromium(profile);
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      throttlingMethod: throttling,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new RuntimeError(`${url}: ${lhr.runtimeError.code}`);
    const numeric = (id: string) => {
      const v = lhr.audits[id]?.numericValue;
      if (typeof v !== 'number') throw new Error(`${url}: no value for ${id}`);
      return v;
    };
    return {
      performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? NaN) * 100),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
    };
  } finally {
    await chromium.stop();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-lighthouse-'));
const webDist = path.join(tmp, 'web');
const stopOnSignal = () => void stopAllServers().finally(() => process.exit(130));
process.once('SIGINT', stopOnSignal);
process.once('SIGTERM', stopOnSignal);
try {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', webDist, '--emptyOutDir'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  const server = await startServer(path.join(tmp, 'pglite'), await freePort(), { WEB_DIST: webDist });
  try {
    // One run not counted per page: it warms the server's caches of the views the page asks for (the first request
    // of a view derives it), which would otherwise weigh on the first counted run only.
    for (const p of Object.values(PAGES)) await audit(`${server.url}${p}`, 'simulate', tmp, -1);
    for (const throttling of THROTTLING) {
      console.log(`lighthouse ${RUNS} runs per page, mobile, ${THROTTLING_NAME[throttling]} throttling, median:`);
      for (const [name, p] of Object.entries(PAGES)) {
        const runs: Figures[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await audit(`${server.url}${p}`, throttling, tmp, i));
        const m = (k: keyof Figures) => median(runs.map((r) => r[k]));
        console.log(
          `  ${name.padEnd(9)} ${p.padEnd(11)} performance ${m('performance')}  accessibility ${m('accessibility')}  ` +
            `LCP ${fmt(m('lcpMs'), 0)} ms  TBT ${fmt(m('tbtMs'), 0)} ms  CLS ${fmt(m('cls'), 3)}` +
            `  (performance per run: ${runs.map((r) => r.performance).join(', ')})`,
        );
      }
    }
  } finally {
    await server.stop();
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
