// `accord mail outbox` shows queued and sent mail with the links they carry (for developers without SMTP);
// `accord mail deliver` sends what is due once, through SMTP_URL.
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '#config';
import { createSmtpTransport, deliverMail } from '#app/accounts/deliver-mail.ts';
import { listMailOutbox } from '#app/accounts/list-mail-outbox.ts';
import { AppError } from '#domain/errors.ts';
import { openConfiguredDatabase } from '../database.ts';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 10_000) throw new InvalidArgumentError('expected a number from 1 to 10000');
  return n;
}

export function mailCommand(): Command {
  const mail = new Command('mail').description('The outgoing mail (invitations, password resets).');
  mail
    .command('outbox')
    .description('List mail, newest first, with the links it carries.')
    .option('--limit <n>', 'how many', count, 20)
    .option('--unsent', 'only mail not sent yet')
    .option('--full', 'print the whole text of each message')
    .action(async (opts: { limit: number; unsent?: boolean; full?: boolean }) => {
      const database = await openConfiguredDatabase();
      try {
        const entries = await listMailOutbox(database.db, { limit: opts.limit, unsentOnly: opts.unsent === true });
        if (entries.length === 0) {
          console.log('The outbox is empty.');
          return;
        }
        for (const e of entries) {
          const status =
            e.status === 'sent'
              ? `sent ${e.sentAt!.replace('T', ' ').slice(0, 16)}`
              : e.attempts > 0
                ? `${e.status}, ${e.attempts} attempt${e.attempts === 1 ? '' : 's'}${e.lastError ? `: ${e.lastError}` : ''}`
                : e.status;
          console.log(`#${e.id}  ${e.createdAt.replace('T', ' ').slice(0, 16)}  to ${e.to}  [${status}]`);
          console.log(`    ${e.subject}`);
          for (const link of e.links) console.log(`    ${link}`);
          if (opts.full) console.log(e.text.replace(/^/gm, '    | '));
        }
      } finally {
        await database.close();
      }
    });
  mail
    .command('deliver')
    .description('Send the mail that is due, once, through SMTP_URL.')
    .option('--limit <n>', 'at most this many messages', count, 500)
    .action(async (opts: { limit: number }) => {
      const config = loadConfig();
      if (!config.SMTP_URL) throw new AppError('VALIDATION_FAILED', 'SMTP_URL is not set: there is no server to send through.');
      const database = await openConfiguredDatabase();
      const transport = createSmtpTransport(config.SMTP_URL);
      try {
        const report = await deliverMail(database.db, transport, { from: config.MAIL_FROM, limit: opts.limit });
        console.log(`Sent ${report.sent}, failed ${report.failed}.`);
        if (report.failed) process.exitCode = 1;
      } finally {
        transport.close?.();
        await database.close();
      }
    });
  return mail;
}
