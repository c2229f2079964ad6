// What accounts cost (issue 3), on a real server process on the embedded database: hashing a password (argon2id,
// in process), signing in with a password (sequential, over HTTP), and concurrent reads of the matrix anonymously,
// with a session cookie and with an API token (a session or token lookup and a membership query per request, and
// a private cache entry per person), plus GET /me with the session cookie.
//
// The first administrator is invited with `accord admin create` before the server starts (the server holds the
// PGlite lock), then accepts the invitation, sets up the second factor and creates an API token over HTTP, as a
// person would. Prints numbers only: no target is asserted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Secret, TOTP } from 'otpauth';
import { hashPassword } from '#app/accounts/support/passwords.ts';
import { type RunningServer, fmt, freePort, quantile, startServer, stopAllServers } from './lib.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const SAMPLES = 20;
const EMAIL = 'bench@example.org';
const PASSWORD = 'quartz meadow lantern 4821 fjord';

const median = (xs: number[]) => quantile(xs, 0.5);
// ---------------------------------------------------------------------------------------------------------------
// (1) argon2id, in this process (the server's own parameters, through the same function).

await hashPassword(PASSWORD); // warm up (loads the native module)
const hashMs: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const t = performance.now();
  await hashPassword(PASSWORD);
  hashMs.push(performance.now() - t);
}

// ---------------------------------------------------------------------------------------------------------------
// The server, with a signed-in administrator and an API token.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-auth-'));
const dataDir = path.join(dir, 'pglite');
let server: RunningServer | null = null;
// Interrupted: the server goes too, even while still starting (it would otherwise keep the port and the lock).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void (async () => {
      await stopAllServers();
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    })();
  });
}

/** Cookies by name, as a browser keeps them for one site. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string) {
    return this.cookies.get(name);
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

type Json = Record<string, unknown> & { data: Record<string, unknown> };

async function call(url: string, init: RequestInit & { jar?: CookieJar; csrf?: string; json?: unknown } = {}): Promise<Json> {
  const headers = new Headers(init.headers);
  if (init.jar) headers.set('cookie', init.jar.header());
  if (init.csrf) headers.set('x-csrf-token', init.csrf);
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(url, {
    ...init,
    headers,
    body: init.json === undefined ? init.body : JSON.stringify(init.json),
  });
  init.jar?.take(response);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as Json;
}

/** The invitation's one-time token, from the link `accord admin create` prints. */
function inviteAdministrator(): string {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/index.ts', 'admin', 'create', '--email', EMAIL, '--name', 'Bench'],
    { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`accord admin create exited with ${r.status}: ${r.stderr}`);
  const link = /https?:\/\/\S+/.exec(r.stdout)?.[0];
  if (!link) throw new Error(`no link in the output of accord admin create: ${r.stdout}`);
  return new URL(link).pathname.split('/').at(-1)!;
}

async function load(url: string, headers: Record<string, string> = {}) {
  // As browsers do: compressed responses where the server offers them (the same header for every target).
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'accept-encoding': 'br, gzip', ...headers },
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

try {
  const token = inviteAdministrator();
  server = await startServer(dataDir, await freePort());
  const api = `${server.url}/api/v1`;

  // Accept the invitation (choosing a password), then set up the second factor: a complete session.
  const browser = new CookieJar();
  const anonymous = await call(`${api}/auth/session`, { jar: browser });
  const csrfCookie = browser.header(); // the pre-sign-in CSRF cookie alone
  const accepted = await call(`${api}/invitations/by-token/${token}/accept`, {
    method: 'POST',
    jar: browser,
    csrf: anonymous.data.csrfToken as string,
    json: { displayName: 'Bench', password: PASSWORD },
  });
  if (accepted.data.stage !== 'enrol-second-factor') throw new Error(`after accepting: stage ${String(accepted.data.stage)}`);
  const enrolment = await call(`${api}/auth/second-factor/enrolment`, {
    method: 'POST',
    jar: browser,
    csrf: accepted.data.csrfToken as string,
  });
  const code = TOTP.generate({ secret: Secret.fromBase32(enrolment.data.secret as string), algorithm: 'SHA1', digits: 6, period: 30 });
  const complete = await call(`${api}/auth/second-factor/enrolment/confirm`, {
    method: 'POST',
    jar: browser,
    csrf: accepted.data.csrfToken as string,
    json: { code },
  });
  if (complete.data.stage !== 'complete') throw new Error(`after enrolment: stage ${String(complete.data.stage)}`);
  const sessionCookie = browser.header();
  const created = await call(`${api}/me/tokens`, {
    method: 'POST',
    jar: browser,
    csrf: complete.data.csrfToken as string,
    json: { name: 'bench', scopes: ['treaty-status:read', 'document:read'], expiresInDays: 1 },
  });
  const bearer = `Bearer ${created.data.token as string}`;

  // (2) Signing in with the password, one after another (each leaves a session waiting for the second factor).
  // Only the pre-sign-in CSRF cookie is sent, never the sessions the answers set. The per-address limit on this
  // route is 30 a minute: one warm-up and SAMPLES stay below it; successes never count towards the account's
  // throttle.
  const signInCsrf = anonymous.data.csrfToken as string;
  const signIn = async () => {
    const t = performance.now();
    const r = await call(`${api}/auth/sign-in`, {
      method: 'POST',
      headers: { cookie: csrfCookie },
      csrf: signInCsrf,
      json: { email: EMAIL, password: PASSWORD },
    });
    const ms = performance.now() - t;
    if (r.data.stage !== 'second-factor') throw new Error(`sign-in: stage ${String(r.data.stage)}`);
    return ms;
  };
  await signIn();
  const signInMs: number[] = [];
  for (let i = 0; i < SAMPLES; i++) signInMs.push(await signIn());

  // (3) Concurrent reads: the same matrix as three callers, and the account view.
  const targets: [string, string, Record<string, string>][] = [
    ['matrix, anonymous', `${api}/matrix`, {}],
    ['matrix, session cookie', `${api}/matrix`, { cookie: sessionCookie }],
    ['matrix, API token', `${api}/matrix`, { authorization: bearer }],
    ['/me, session cookie', `${api}/me`, { cookie: sessionCookie }],
  ];
  for (const [, url, headers] of targets) await call(url, { headers }); // warm caches once
  const results: [string, Awaited<ReturnType<typeof load>>][] = [];
  for (const [name, url, headers] of targets) results.push([name, await load(url, headers)]);

  console.log(`auth: argon2id hash (19 MiB, 2 passes), in process: median ${fmt(median(hashMs))} ms of ${SAMPLES}`);
  console.log(
    `auth: sign-in with password over HTTP, sequential: median ${fmt(median(signInMs))} ms, p95 ${fmt(quantile(signInMs, 0.95))} ms of ${SAMPLES}`,
  );
  console.log(`auth: ${CONNECTIONS} connections, ${DURATION} s each, PGlite`);
  const base = results[0]![1].rps;
  for (const [name, r] of results) {
    console.log(
      `  ${name.padEnd(24)} ${fmt(r.rps, 0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ratio to anonymous matrix ${fmt(r.rps / base, 2)}`,
    );
  }
} finally {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
