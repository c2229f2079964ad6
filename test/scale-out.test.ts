// The scale-out story of the README, tried: two `accord serve` processes (each its own pool) on one PostgreSQL
// database answer as one service. A write on one is read on the other at once; a session started on one works on
// the other (and ends on both); rate limits and sign-in throttling count requests to both; views cached by data
// version or activity version are renewed on both after a write elsewhere. PostgreSQL only: the embedded database
// has one process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '#db/client.ts';
import { hashPassword } from '#app/accounts/support/passwords.ts';
import { importStatusList } from '#app/treaties/import-status-list.ts';
import { freePort, startServer, stopAllServers, type RunningServer } from '../bench/lib.ts';
import { buildUser, signedIn } from './accounts.ts';
import { createTestDatabaseSettings, testDatabaseUrl } from './db.ts';
import { FINANCING_2014, TEST_SECRET_KEY, UNTC_SOURCE } from './http.ts';
import { readReference } from './reference-files.ts';

const postgres = testDatabaseUrl();
if (!postgres) {
  console.warn(
    '\n*** SKIPPED test/scale-out.test.ts: two app servers on one PostgreSQL need TEST_DATABASE_URL ' +
      '(e.g. postgres://postgres@localhost:5432/postgres). Nothing about scale-out was checked. ***\n',
  );
}

const PASSWORD = 'tall-granite-harbour-47';
let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
let database: Database;
let a: RunningServer;
let b: RunningServer;
let officer: { id: string; email: string };
let target: { email: string };

/** A browser's state: its cookies and CSRF token, sent to whichever server answers. */
class Browser {
  constructor(
    private session: string | null = null,
    private csrf = 'anonymous-csrf-token-0123456789abcdef',
  ) {}

  async send(server: RunningServer, method: string, path: string, body?: object) {
    const cookies = [`accord_csrf=anonymous-csrf-token-0123456789abcdef`];
    if (this.session) cookies.push(`accord_session=${this.session}`);
    const res = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: {
        cookie: cookies.join('; '),
        'x-csrf-token': this.csrf,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const session = res.headers.getSetCookie().find((c) => c.startsWith('accord_session='));
    if (session) this.session = session.split(';')[0]!.slice('accord_session='.length) || null;
    const json = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
    if (path === '/auth/sign-in' && res.status === 200) this.csrf = json.data.csrfToken;
    return { status: res.status, json, text, etag: res.headers.get('etag') };
  }
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(!postgres)('two app servers on one PostgreSQL', () => {
  beforeAll(async () => {
    settings = await createTestDatabaseSettings();
    const url = (settings.env as { DATABASE_URL: string }).DATABASE_URL;
    database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
    const passwordHash = await hashPassword(PASSWORD);
    officer = (await buildUser(database.db, { role: 'entity-officer', passwordHash })).user;
    target = (await buildUser(database.db, { role: 'entity-officer', passwordHash })).user;
    const env = { DATABASE_URL: url, SECRET_KEY: TEST_SECRET_KEY, WEB_DIST: './does-not-exist', LOG_LEVEL: 'error' };
    // Two processes, each with its own pool, as a load balancer would see them.
    [a, b] = await Promise.all([
      freePort().then((port) => startServer('./does-not-exist', port, env, ['--no-seed'])),
      freePort().then((port) => startServer('./does-not-exist', port, env, ['--no-seed'])),
    ]);
  }, 240_000);

  afterAll(async () => {
    await stopAllServers();
    await database?.close();
    await settings?.dispose();
  });

  it('a session started on one server works on the other, and signing out on one ends it on both', async () => {
    const browser = new Browser();
    const signedIn = await browser.send(a, 'POST', '/auth/sign-in', { email: officer.email, password: PASSWORD });
    expect(signedIn.status, signedIn.text).toBe(200);
    const onB = await browser.send(b, 'GET', '/auth/session');
    expect(onB.status).toBe(200);
    expect(onB.json.data.user.email).toBe(officer.email);
    expect(onB.json.data.stage).toBe('enrol-second-factor'); // the next step of the same session
    expect((await browser.send(b, 'POST', '/auth/sign-out')).status).toBe(204);
    const afterOnA = await browser.send(a, 'GET', '/auth/session');
    expect(afterOnA.json.data.user ?? null).toBeNull();
  });

  it('a write on one server is read on the other at once, and the activity-version cache is renewed there', async () => {
    // Officers need a second factor: the session is completed as the sign-in use case would (the first test signs in
    // over HTTP).
    const { session } = await signedIn(database.db, officer.id);
    const browser = new Browser(session.secret, session.csrfToken);
    const where = `/coordination/who-does-what-where?stateCode=AFG&theme=victims`;
    const before = await browser.send(b, 'GET', where);
    expect(before.status, before.text).toBe(200);
    expect(before.json.data).toEqual([]);

    const created = await browser.send(a, 'POST', '/activities', {
      title: 'Workshop on victims of terrorism, Kabul',
      kind: 'national-workshop',
      stateCodes: ['AFG'],
      themes: ['victims'],
      mandates: ['68/187/OP1'],
      startDate: inDays(30),
      endDate: inDays(32),
      place: { city: 'Kabul', countryCode: 'AFG' },
      languages: ['en'],
    });
    expect(created.status, created.text).toBe(201);
    const id = created.json.data.id as string;

    const read = await browser.send(b, 'GET', `/activities/${id}`);
    expect(read.status, read.text).toBe(200);
    expect(read.json.data.title).toBe('Workshop on victims of terrorism, Kabul');
    // B had "who does what, where" for the previous activity version; it now counts the new activity.
    const after = await browser.send(b, 'GET', where);
    expect(after.json.data).toMatchObject([{ stateCode: 'AFG', theme: 'victims', activities: 1 }]);
  });

  it('views cached by data version are renewed on both servers after an import made elsewhere (the CLI)', async () => {
    const anonymous = new Browser();
    const before = await Promise.all([a, b].map((s) => anonymous.send(s, 'GET', '/participants/FRA')));
    for (const r of before) expect(r.status).toBe(200);
    // Asked twice, each server answers from its cache with the same ETag.
    expect((await anonymous.send(a, 'GET', '/participants/FRA')).etag).toBe(before[0]!.etag);

    await importStatusList(
      database.db,
      {
        format: 'untc',
        fileName: 'XVIII-11.csv',
        content: readReference(FINANCING_2014.file),
        source: { ...UNTC_SOURCE, asOf: FINANCING_2014.asOf },
      },
      new Date(),
    );

    const after = await Promise.all([a, b].map((s) => anonymous.send(s, 'GET', '/participants/FRA')));
    for (const [i, r] of after.entries()) {
      expect(r.status).toBe(200);
      expect(r.etag, `server ${i}`).not.toBe(before[i]!.etag);
      expect(r.text, `server ${i}`).not.toBe(before[i]!.text);
    }
    expect(after[0]!.text).toBe(after[1]!.text);
  });

  it('a rate limit counts the requests made to both servers', async () => {
    const browser = new Browser();
    // Password reset requests: at most 10 a minute from one address, whichever server answers.
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await browser.send(i % 2 === 0 ? a : b, 'POST', '/auth/password-reset', { email: `nobody${i}@example.org` })).status);
    }
    expect(statuses).toEqual([...Array(10).fill(202), 429, 429]);
  });

  it('sign-in throttling counts the failures made on both servers', async () => {
    const browser = new Browser();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await browser.send(i % 2 === 0 ? a : b, 'POST', '/auth/sign-in', { email: target.email, password: `wrong-${i}` })).status);
    }
    expect(statuses.every((s) => s === 401 || s === 400), statuses.join()).toBe(true);
    // The 11th attempt in the minute is refused unheard on either server, the right password included.
    expect((await browser.send(a, 'POST', '/auth/sign-in', { email: target.email, password: PASSWORD })).status).toBe(429);
    expect((await browser.send(b, 'POST', '/auth/sign-in', { email: target.email, password: PASSWORD })).status).toBe(429);
  });
});
