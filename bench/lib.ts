// Shared helpers for benchmarks: start the real server as a child process on a given data directory,
// wait until it answers, and stop it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first successful health check. */
  readyMs: number;
  stop(): Promise<void>;
}

/** Servers started and not yet exited, ready or not (see stopAllServers). */
const live = new Set<ChildProcess>();

/** `accord serve [args]` on `dataDir` (or on `extraEnv.DATABASE_URL`), listening on `port`. */
export async function startServer(
  dataDir: string,
  port: number,
  extraEnv: Record<string, string> = {},
  args: string[] = [],
): Promise<RunningServer> {
  const started = performance.now();
  // Node itself with tsx's loader (not `npx tsx`): the signal that stops it must reach the server, not a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/api/v1/health`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    child,
    readyMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Stops every server this process started, including one still starting (for a benchmark interrupted by a signal). */
export function stopAllServers(): Promise<void> {
  return Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  ).then(() => undefined);
}

/** A TCP port nothing listens on at the moment (the operating system's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The q-quantile of samples (0.5 the median, 0.95 the p95), interpolated between the two nearest. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
}

export function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
}

/** Loads one URL for `seconds` at `connections`, as browsers ask (brotli or gzip accepted); any non-2xx fails it. */
export async function load(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'br, gzip', ...headers },
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

/** Builds the web app if needed (`npm start` does the same), so benchmarks serve the real, precompressed build. */
export function ensureWebBuild(): void {
  const r = spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('building the web app failed');
}

/**
 * One file of each static class the built app serves, found in its index.html: the page itself (and a deep link,
 * answered with it), the main script, the stylesheet, and the largest lazily loaded chunk. The build has no font or
 * image files (icons are inline SVG, fonts are the system's).
 */
export function staticTargets(baseUrl: string, webDist = 'dist/web'): Record<string, string> {
  const html = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const script = html.match(/<script[^>]+src="([^"]+\.js)"/)?.[1];
  const style = html.match(/<link[^>]+href="([^"]+\.css)"/)?.[1];
  if (!script || !style) throw new Error(`${webDist}/index.html names no script or stylesheet`);
  const chunks = fs
    .readdirSync(path.join(webDist, 'assets'))
    .filter((f) => f.endsWith('.js') && `/assets/${f}` !== script)
    .map((f) => ({ f, size: fs.statSync(path.join(webDist, 'assets', f)).size }))
    .sort((a, b) => b.size - a.size);
  const kb = (file: string) => Math.round(fs.statSync(path.join(webDist, file)).size / 1024);
  return {
    'index.html (/)': `${baseUrl}/`,
    'deep link (index.html)': `${baseUrl}/participants/FRA`,
    [`main JS (${kb(script)} kB)`]: `${baseUrl}${script}`,
    [`CSS (${kb(style)} kB)`]: `${baseUrl}${style}`,
    [`lazy chunk (${kb(`assets/${chunks[0]!.f}`)} kB)`]: `${baseUrl}/assets/${chunks[0]!.f}`,
  };
}

/** Fails unless the URL answers 200 in brotli: a benchmark of static files must measure what browsers get. */
export async function expectBrotli(url: string): Promise<void> {
  const r = await fetch(url, { headers: { 'accept-encoding': 'br' } });
  await r.arrayBuffer();
  if (r.status !== 200 || r.headers.get('content-encoding') !== 'br') {
    throw new Error(`${url}: ${r.status}, content-encoding ${r.headers.get('content-encoding')}; expected 200 in br`);
  }
}

/** One line of a load table. */
export function loadLine(name: string, r: LoadResult, extra = ''): string {
  return `  ${name.padEnd(28)} ${fmt(r.rps, 0).padStart(7)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(4)} ms${extra}`;
}

/**
 * The ceiling for sending `file` on this machine at this moment: a bare node:http server in its own process that
 * answers every request with the file's bytes and nothing else (no routing, hooks or headers of ours).
 */
export async function startBareFileServer(file: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const script = `const b=require('fs').readFileSync(${JSON.stringify(path.resolve(file))});require('http').createServer((q,r)=>{r.writeHead(200,{'content-type':'text/javascript','content-encoding':'br'});r.end(b)}).listen(${port},'127.0.0.1',()=>console.log('up'))`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
