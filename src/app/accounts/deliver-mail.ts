// Delivers the mail outbox by SMTP. Each message is claimed (leased) in a short transaction, sent outside it, then
// marked sent; a failure is recorded and retried later with a growing delay. Several app servers can run this at
// once (rows are claimed with FOR UPDATE SKIP LOCKED), and a server that stops mid-send leaves its lease to expire.
import nodemailer from 'nodemailer';
import type { Db } from '#db/client.ts';
import { createMailOutboxRepo } from '#db/repos/accounts/mail-outbox.repo.ts';
import { inTransaction } from '../shared/transaction.ts';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** What delivery needs from a mail transport (nodemailer's, or a test's). */
export interface MailTransport {
  sendMail(message: OutgoingMail): Promise<unknown>;
  close?(): void;
}

export function createSmtpTransport(smtpUrl: string): MailTransport {
  // Settings in the URL (?secure=…, ?ignoreTLS=…) win; these apply where it says nothing.
  return nodemailer.createTransport({
    url: smtpUrl,
    // A stuck server must not hold a message past its lease.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  }) as unknown as MailTransport;
}

/** Delay before the next attempt, after attempt n (1-based); after the last, the message is given up. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 3 * 3600_000, 6 * 3600_000, 12 * 3600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** How long a claimed message is this server's to send. */
export const LEASE_MS = 5 * 60_000;

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/** SMTP 5xx replies are permanent (no such mailbox, refused): retrying would not help. */
function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { responseCode?: number }).responseCode;
    return code ? `${code} ${err.message}` : err.message;
  }
  return String(err);
}

/** Sends what is due now, up to `limit` messages. */
export async function deliverMail(
  db: Db,
  transport: MailTransport,
  options: { from: string; now?: () => Date; limit?: number },
): Promise<DeliveryReport> {
  const clock = options.now ?? (() => new Date());
  const repo = createMailOutboxRepo(db);
  const report: DeliveryReport = { sent: 0, failed: 0 };
  let remaining = options.limit ?? 100;
  while (remaining > 0) {
    const claimedAt = clock();
    const batch = await inTransaction(db, (tx) =>
      createMailOutboxRepo(tx).claimDue(claimedAt, {
        limit: Math.min(remaining, 10),
        maxAttempts: MAX_ATTEMPTS,
        leaseUntil: new Date(claimedAt.getTime() + LEASE_MS),
      }),
    );
    if (batch.length === 0) break;
    remaining -= batch.length;
    for (const message of batch) {
      try {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
        });
        await repo.markSent(message.id, clock());
        report.sent++;
      } catch (err) {
        const delay = RETRY_DELAYS_MS[message.attempts - 1];
        // A permanent refusal, or the last attempt: given up (it stays in the outbox with its error).
        await repo.markFailed(
          message.id,
          describe(err),
          isPermanent(err) || delay === undefined
            ? { giveUpAfter: MAX_ATTEMPTS }
            : { retryAt: new Date(clock().getTime() + delay) },
        );
        report.failed++;
      }
    }
  }
  return report;
}

export interface MailWorker {
  /** Delivers now rather than at the next tick. */
  wake(): void;
  /** Stops ticking and waits for the delivery in progress, if any. */
  stop(): Promise<void>;
}

/** Delivers the outbox every `intervalMs` until stopped. Errors are reported to `onError` and do not stop it. */
export function startMailWorker(options: {
  db: Db;
  transport: MailTransport;
  from: string;
  intervalMs?: number;
  onError?: (err: unknown) => void;
  onDelivered?: (report: DeliveryReport) => void;
}): MailWorker {
  const interval = options.intervalMs ?? 10_000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const tick = () => {
    timer = null;
    if (stopped || running) return;
    running = deliverMail(options.db, options.transport, { from: options.from })
      .then((report) => {
        if (report.sent || report.failed) options.onDelivered?.(report);
      })
      .catch((err) => options.onError?.(err))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, interval);
      });
  };
  timer = setTimeout(tick, 0);

  return {
    wake() {
      if (stopped || running) return;
      if (timer) clearTimeout(timer);
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
      options.transport.close?.();
    },
  };
}
