// `accord admin create` and `accord mail …` as an operator runs them: a separate process on a fresh database. The
// printed link is then opened in the API the way a browser would, and mail is delivered to a real SMTP server.
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config';
import { openDatabase, type Database } from '#db/client.ts';
import { buildServer } from '#http/server.ts';
import { createTestDatabaseSettings } from '../../../test/db.ts';
import { TEST_SECRET_KEY } from '../../../test/http.ts';

const run = promisify(execFile);
const PUBLIC_URL = 'https://accord.example.org';

let settings: Awaited<ReturnType<typeof createTestDatabaseSettings>>;
let env: Record<string, string>;

async function accord(args: string[], extra: Record<string, string> = {}) {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent', ...env, ...extra },
    });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout, err: err.stderr };
  }
}

const open = (): Promise<Database> =>
  'DATA_DIR' in settings.env
    ? openDatabase({ kind: 'pglite', dataDir: settings.env.DATA_DIR })
    : openDatabase({ kind: 'postgres', url: settings.env.DATABASE_URL });

beforeAll(async () => {
  settings = await createTestDatabaseSettings();
  // The process environment may carry another DATABASE_URL or SMTP_URL: set or clear them for this test.
  env = { DATABASE_URL: '', SMTP_URL: '', ...settings.env, PUBLIC_URL };
});
afterAll(() => settings.dispose());

// Each command is a Node process with TypeScript compiled on the fly: seconds each on a busy machine.
describe('accord admin create', { timeout: 90_000 }, () => {
  let link: string;

  it('prints a one-time link valid 24 hours', async () => {
    const r = await accord(['admin', 'create', '--email', ' Rita.Root@Example.org ', '--name', 'Rita Root']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Invitation for rita\.root@example\.org to be a platform administrator, valid until \d{4}-\d\d-\d\d \d\d:\d\d UTC:$/m);
    const found = r.out.match(/^ {2}(https:\/\/accord\.example\.org\/en\/invitations\/[\w-]{40,})$/m);
    expect(found).not.toBeNull();
    link = found![1]!;
  });

  it('queues the same link by mail, listed by `accord mail outbox`', async () => {
    const r = await accord(['mail', 'outbox']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#\d+ {2}\S+ \S+ {2}to rita\.root@example\.org {2}\[queued\]$/m);
    expect(r.out).toContain('    Invitation to Accord');
    expect(r.out).toContain(`    ${link}`);
  });

  it('gives a link that works: the person becomes an administrator and must set up a second factor', async () => {
    const database = await open();
    try {
      const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: TEST_SECRET_KEY, WEB_DIST: './does-not-exist', PUBLIC_URL });
      const app = await buildServer({ database, config, logger: false });
      const token = link.split('/invitations/')[1]!;
      const view = await app.inject(`/api/v1/invitations/by-token/${token}`);
      expect(view.statusCode).toBe(200);
      expect(view.json().data).toMatchObject({
        email: 'rita.root@example.org',
        organisationName: null,
        role: null,
        platformAdmin: true,
        displayName: 'Rita Root',
        accountExists: false,
        secondFactorRequired: true,
      });
      const csrf = 'cli-test-csrf-token-0123456789abcdef';
      const accepted = await app.inject({
        method: 'POST',
        url: `/api/v1/invitations/by-token/${token}/accept`,
        headers: { cookie: `__Host-accord_csrf=${csrf}`, 'x-csrf-token': csrf },
        payload: { displayName: 'Rita Root', password: 'a sentence only she would choose' },
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json().data).toMatchObject({ stage: 'enrol-second-factor', user: { platformAdmin: true, memberships: [] } });
      expect(accepted.cookies.find((c) => c.name === '__Host-accord_session')?.secure).toBe(true);
      await app.close();
    } finally {
      await database.close();
    }
  });

  it('refuses someone who is already an administrator, and a bad address', async () => {
    const again = await accord(['admin', 'create', '--email', 'rita.root@example.org', '--name', 'Rita']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('accord: rita.root@example.org is already a platform administrator.');
    const bad = await accord(['admin', 'create', '--email', 'nobody', '--name', 'X']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('email: must be an e-mail address');
  });

  it('replaces a lost link when run again for the same person', async () => {
    const first = await accord(['admin', 'create', '--email', 'second@example.org', '--name', 'Sam']);
    const second = await accord(['admin', 'create', '--email', 'second@example.org', '--name', 'Sam']);
    expect(second.code).toBe(0);
    const tokenOf = (out: string) => out.match(/\/invitations\/([\w-]+)/)![1]!;
    const database = await open();
    try {
      const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: TEST_SECRET_KEY, WEB_DIST: './does-not-exist' });
      const app = await buildServer({ database, config, logger: false });
      expect((await app.inject(`/api/v1/invitations/by-token/${tokenOf(first.out)}`)).statusCode).toBe(404);
      expect((await app.inject(`/api/v1/invitations/by-token/${tokenOf(second.out)}`)).statusCode).toBe(200);
      await app.close();
    } finally {
      await database.close();
    }
  });
});

describe('accord mail deliver', { timeout: 90_000 }, () => {
  it('needs SMTP_URL', async () => {
    const r = await accord(['mail', 'deliver']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('SMTP_URL is not set');
  });

  it('sends the outbox through SMTP once', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          received.push(...session.envelope.rcptTo.map((a) => a.address));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const smtp = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
      const r = await accord(['mail', 'deliver'], { SMTP_URL: smtp, MAIL_FROM: 'Accord <noreply@example.org>' });
      expect(r.err).toBe('');
      expect(r.out.trim()).toBe('Sent 3, failed 0.');
      expect(received.sort()).toEqual(['rita.root@example.org', 'second@example.org', 'second@example.org']);
      const outbox = await accord(['mail', 'outbox', '--limit', '1']);
      expect(outbox.out).toMatch(/\[sent \d{4}-\d\d-\d\d \d\d:\d\d\]/);
      expect((await accord(['mail', 'deliver'], { SMTP_URL: smtp })).out.trim()).toBe('Sent 0, failed 0.');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
