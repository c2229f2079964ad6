// A real OpenID provider (oidc-provider) on 127.0.0.1 for single sign-on tests, a browser's way through its login
// and consent forms, and what the tests inspect in the database afterwards.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, asc, eq } from 'drizzle-orm';
import Provider from 'oidc-provider';
import type { Db } from '#db/client.ts';
import { auditLog, userIdentities, users } from '#db/schema/index.ts';

export interface ProviderAccount {
  email: string;
  email_verified: boolean;
}

export interface TestProvider {
  issuer: string;
  /** The provider's people by login (= subject); change an entry to change what the provider says. */
  accounts: Map<string, ProviderAccount>;
  /** While true the provider answers 503 to everything, as one being restarted would. */
  down: boolean;
  close(): Promise<void>;
}

export async function startTestProvider(options: {
  client: { id: string; secret: string; redirectUri: string };
  accounts: Record<string, ProviderAccount>;
}): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map(Object.entries(options.accounts));
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.client.id,
        client_secret: options.client.secret,
        redirect_uris: [options.client.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['oidc-provider-test-cookie-key'] },
    // Seconds; set, so the provider does not warn about its defaults.
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    // The provider's own login ("any login") and consent pages.
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      if (!accounts.has(id)) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) };
    },
  });
  const handle = provider.callback();
  const result: TestProvider = {
    issuer,
    accounts,
    down: false,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  server.on('request', (req, res) => {
    if (!result.down) return handle(req, res);
    res.statusCode = 503;
    res.end();
  });
  return result;
}

/** A browser's view of the provider: its cookies kept across requests, redirects followed by hand. */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: 'manual',
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1)];
      const expired = value === '' || attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /**
   * From the authorisation URL, signs in as `login` and consents on the provider's forms, following its redirects
   * until it sends the browser to `redirectUri`: returns that URL (with the code), not followed.
   */
  async signIn(authorizationUrl: string, login: string, redirectUri: string): Promise<URL> {
    let url = authorizationUrl;
    let form: Record<string, string> | undefined;
    for (let step = 0; step < 12; step++) {
      const res = await this.request(url, form);
      form = undefined;
      if (res.status >= 300 && res.status < 400) {
        const next = new URL(res.headers.get('location')!, url);
        if (next.href.startsWith(redirectUri)) return next;
        url = next.href;
        continue;
      }
      const html = await res.text();
      const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
      const prompt = html.match(/name="prompt" value="([^"]+)"/)?.[1];
      if (res.status !== 200 || !action || !prompt) {
        throw new Error(`Unexpected page from the provider (${res.status}): ${html.slice(0, 500)}`);
      }
      url = new URL(action.replace(/&amp;/g, '&'), url).href;
      form = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
    }
    throw new Error('The provider never sent the browser back.');
  }
}

export async function identitiesOf(db: Db, userId: string) {
  return db.select().from(userIdentities).where(eq(userIdentities.userId, userId));
}

export async function usersWithEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email));
}

export async function disableUser(db: Db, userId: string, at = new Date()) {
  await db.update(users).set({ disabledAt: at }).where(eq(users.id, userId));
}

/** The latest audit entry with this action. */
export async function lastAudit(db: Db, action: string) {
  const rows = await db.select().from(auditLog).where(and(eq(auditLog.action, action))).orderBy(asc(auditLog.id));
  return rows.at(-1);
}
