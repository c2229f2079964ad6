// A browser-like client for API tests of signing in: it carries the session cookie and the CSRF token the way the
// web app does, from its own client address (so per-address limits of one test do not reach another).
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import type { Db } from '#db/client.ts';

/** The double-submit token used before sign-in (any value will do: the cookie and the header must match). */
export const ANON_CSRF = 'anonymous-csrf-token-0123456789abcdef';

export interface Client {
  ip: string;
  cookie: string | null;
  csrf: string;
}

let lastAddress = 0;
export function anonymousClient(): Client {
  lastAddress++;
  return { ip: `10.1.${Math.floor(lastAddress / 250)}.${lastAddress % 250}`, cookie: null, csrf: ANON_CSRF };
}

export function headersOf(c: Client): Record<string, string> {
  const cookies = [`accord_csrf=${ANON_CSRF}`];
  if (c.cookie) cookies.push(`accord_session=${c.cookie}`);
  return { cookie: cookies.join('; '), 'x-csrf-token': c.csrf };
}

export function sessionCookie(res: { cookies: { name: string; value: string }[] }): string | null {
  return res.cookies.find((k) => k.name === 'accord_session')?.value ?? null;
}

export function authClient(app: FastifyInstance) {
  function call(c: Client, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) {
    const options: InjectOptions = { method, url: `/api/v1${url}`, headers: headersOf(c), remoteAddress: c.ip };
    if (payload !== undefined) options.payload = payload;
    return app.inject(options);
  }

  /** Signs in; on success the client carries the new session (cookie and CSRF token). */
  async function signIn(c: Client, email: string, password: string) {
    const res = await call(c, 'POST', '/auth/sign-in', { email, password });
    if (res.statusCode === 200) {
      c.cookie = sessionCookie(res);
      c.csrf = res.json().data.csrfToken;
    }
    return res;
  }

  async function submitCode(c: Client, code: string, url = '/auth/second-factor') {
    const res = await call(c, 'POST', url, { code });
    if (res.statusCode === 200) {
      c.cookie = sessionCookie(res) ?? c.cookie;
      c.csrf = res.json().data.csrfToken;
    }
    return res;
  }

  return { call, signIn, submitCode };
}

/** The TOTP code an authenticator app would show at `at`. */
export function totpAt(secret: string, at: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp: at.getTime() });
}

export function newBase32Secret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export { sql };
