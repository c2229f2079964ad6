// Delivery of the outbox through a real SMTP server (smtp-server on 127.0.0.1): what arrives, what is marked, and
// what happens when the server refuses for now (retried later) or for good (given up).
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mailOutbox } from '#db/schema/index.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { createSmtpTransport, deliverMail, LEASE_MS, MAX_ATTEMPTS, RETRY_DELAYS_MS, startMailWorker } from './deliver-mail.ts';
import { queueMail } from './support/mail.ts';
import { renderMail } from './support/mail-templates.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let server: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];
/** Recipient → the SMTP reply code to refuse it with. */
const refuse = new Map<string, number>();

beforeAll(async () => {
  database = await createTestDatabase();
  server = new SMTPServer({
    // Plain SMTP on loopback: no TLS certificate to trust in the test, no authentication.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = refuse.get(address.address);
      if (code) return callback(Object.assign(new Error(`refused ${address.address}`), { responseCode: code }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.dispose();
});

beforeEach(async () => {
  received.length = 0;
  refuse.clear();
  await database.db.delete(mailOutbox);
});

const now = new Date('2026-03-01T12:00:00Z');
const at = (ms: number) => () => new Date(now.getTime() + ms);
const FROM = 'Accord <accord@example.org>';

async function row(id: number) {
  const [r] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return r!;
}

/** The body of a quoted-printable part, decoded enough to search it. */
function decodedText(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

describe('deliverMail', () => {
  it('sends each due message once through SMTP and marks it sent', async () => {
    const mail = renderMail('invitation', 'en', {
      link: 'http://127.0.0.1:3000/invitations/tok_123',
      expiresAt: new Date('2026-03-08T12:00:00Z'),
      organisationName: 'Ministry of Justice',
      role: 'focal-point',
      platformAdmin: false,
    });
    const id = await queueMail(database.db, { to: 'amina@example.org', ...mail }, now);
    const transport = createSmtpTransport(smtpUrl);
    const report = await deliverMail(database.db, transport, { from: FROM, now: at(1000) });
    expect(report).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe('accord@example.org');
    expect(received[0]!.to).toEqual(['amina@example.org']);
    const raw = received[0]!.raw;
    expect(raw).toMatch(/^Subject: Invitation to Accord\r?$/m);
    expect(raw).toMatch(/^From: Accord <accord@example\.org>\r?$/m);
    expect(raw).toMatch(/^To: amina@example\.org\r?$/m);
    expect(raw).toContain('multipart/alternative');
    expect(decodedText(raw)).toContain('http://127.0.0.1:3000/invitations/tok_123');
    expect(decodedText(raw)).toContain('Ministry of Justice');

    const sent = await row(id);
    expect(sent.sentAt).toEqual(new Date(now.getTime() + 1000));
    expect(sent.attempts).toBe(1);

    // Nothing more to send: a second run sends nothing again.
    expect(await deliverMail(database.db, transport, { from: FROM, now: at(2000) })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(1);
    transport.close?.();
  });

  it('carries non-Latin text intact (Arabic, Chinese)', async () => {
    for (const lang of ['ar', 'zh'] as const) {
      const mail = renderMail('password-reset', lang, { link: 'http://x.example/password-reset/t', expiresAt: now });
      await queueMail(database.db, { to: `${lang}@example.org`, ...mail }, now);
    }
    const transport = createSmtpTransport(smtpUrl);
    expect(await deliverMail(database.db, transport, { from: FROM, now: at(0) })).toEqual({ sent: 2, failed: 0 });
    transport.close?.();
    const arabic = received.find((r) => r.to[0] === 'ar@example.org')!.raw;
    // Subjects are RFC 2047 encoded words; the text is UTF-8.
    expect(arabic).toMatch(/^Subject: =\?UTF-8\?/m);
    const base64Parts = [...arabic.matchAll(/Content-Transfer-Encoding: base64\r?\n\r?\n([\w+/=\r\n]+)/g)].map((m) =>
      Buffer.from(m[1]!.replace(/\s/g, ''), 'base64').toString('utf8'),
    );
    const body = decodedText(arabic) + base64Parts.join('');
    expect(body).toContain('إعادة تعيين كلمة المرور');
  });

  it('retries a temporary refusal later, with backoff, and gives up on a permanent one', async () => {
    refuse.set('later@example.org', 450);
    refuse.set('never@example.org', 550);
    const later = await queueMail(database.db, { to: 'later@example.org', subject: 'S', text: 'T' }, now);
    const never = await queueMail(database.db, { to: 'never@example.org', subject: 'S', text: 'T' }, now);
    const transport = createSmtpTransport(smtpUrl);

    expect(await deliverMail(database.db, transport, { from: FROM, now: at(0) })).toEqual({ sent: 0, failed: 2 });
    const l = await row(later);
    expect(l.attempts).toBe(1);
    expect(l.lastError).toMatch(/^450 /);
    expect(l.nextAttemptAt).toEqual(new Date(now.getTime() + RETRY_DELAYS_MS[0]!));
    const n = await row(never);
    expect(n.lastError).toMatch(/^550 /);
    expect(n.attempts).toBe(MAX_ATTEMPTS);

    // Not due yet: nothing is tried.
    expect(await deliverMail(database.db, transport, { from: FROM, now: at(RETRY_DELAYS_MS[0]! - 1) })).toEqual({ sent: 0, failed: 0 });
    // Due, and the server accepts now.
    refuse.clear();
    expect(await deliverMail(database.db, transport, { from: FROM, now: at(RETRY_DELAYS_MS[0]!) })).toEqual({ sent: 1, failed: 0 });
    expect((await row(later)).attempts).toBe(2);
    expect(received.map((r) => r.to[0])).toEqual(['later@example.org']);
    transport.close?.();
  });

  it('gives up after the last attempt', async () => {
    const id = await queueMail(database.db, { to: 'x@example.org', subject: 'S', text: 'T' }, now);
    const failing = { sendMail: async () => Promise.reject(new Error('connection refused')) };
    let t = 0;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(await deliverMail(database.db, failing, { from: FROM, now: at(t) })).toEqual({ sent: 0, failed: 1 });
      t += RETRY_DELAYS_MS[i] ?? 0;
    }
    expect(await deliverMail(database.db, failing, { from: FROM, now: at(t + 365 * 24 * 3600_000) })).toEqual({ sent: 0, failed: 0 });
    const r = await row(id);
    expect(r.attempts).toBe(MAX_ATTEMPTS);
    expect(r.sentAt).toBeNull();
    expect(r.lastError).toBe('connection refused');
  });

  it('leaves a message claimed by another sender alone until its lease ends', async () => {
    const id = await queueMail(database.db, { to: 'lease@example.org', subject: 'S', text: 'T' }, now);
    // A sender that claims, then dies before reporting: the row stays leased.
    const dying = { sendMail: () => new Promise<never>(() => {}) };
    void deliverMail(database.db, dying, { from: FROM, now: at(0) });
    await expect.poll(async () => (await row(id)).attempts).toBe(1);
    const transport = createSmtpTransport(smtpUrl);
    expect(await deliverMail(database.db, transport, { from: FROM, now: at(LEASE_MS - 1) })).toEqual({ sent: 0, failed: 0 });
    expect(await deliverMail(database.db, transport, { from: FROM, now: at(LEASE_MS) })).toEqual({ sent: 1, failed: 0 });
    transport.close?.();
    expect(received).toHaveLength(1);
  });
});

describe('startMailWorker', () => {
  it('delivers queued mail in the background and stops cleanly', async () => {
    const transport = createSmtpTransport(smtpUrl);
    const errors: unknown[] = [];
    const worker = startMailWorker({ db: database.db, transport, from: FROM, intervalMs: 50, onError: (e) => errors.push(e) });
    await queueMail(database.db, { to: 'worker@example.org', subject: 'Background', text: 'Hello' }, new Date());
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(1);
    await worker.stop();
    await queueMail(database.db, { to: 'after@example.org', subject: 'After stop', text: 'Hello' }, new Date());
    await new Promise((r) => setTimeout(r, 200));
    expect(received.map((r) => r.to[0])).toEqual(['worker@example.org']);
    expect(errors).toEqual([]);
  });
});
