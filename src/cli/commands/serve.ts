// `accord serve` is the composition root: it is the one CLI command allowed to boot the HTTP server
// (docs/decisions/0003-cli-serve-composition-root.md).
import { Command } from 'commander';
import { loadConfig } from '#config';
import { isDatabaseEmpty, seedReferenceData } from '#app/treaties/seed-reference-data.ts';
import { importReferenceStatusLists } from '#app/treaties/import-reference-status-lists.ts';
import { openConfiguredDatabase } from '#app/shared/open-database.ts';
import { resolveSecretKey } from '#app/shared/resolve-secret-key.ts';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { anchorAuditLog, appendAnchor } from '#app/accounts/anchor-audit-log.ts';
import { countAdministrators } from '#app/accounts/count-administrators.ts';
import { pruneSignInAttempts } from '#app/accounts/prune-sign-in-attempts.ts';
import { createSmtpTransport, startMailWorker, type MailWorker } from '#app/accounts/deliver-mail.ts';
import { buildServer } from '#http/server.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'Start the API and web app. On an empty database, loads the reference data and imports every shipped status list first.',
    )
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--no-seed', 'do not load the shipped data into an empty database')
    .action(async (opts: { port?: string; host?: string; seed: boolean }) => {
      const config = loadConfig({
        ...process.env,
        ...(opts.port ? { PORT: opts.port } : {}),
        ...(opts.host ? { HOST: opts.host } : {}),
      });
      const started = performance.now();
      const secretKey = resolveSecretKey(config);
      // Before the first load: the reference data's import is audited, and keyed.
      useAuditChainKey(secretKey);
      const database = await openConfiguredDatabase(config);
      if (opts.seed && (await isDatabaseEmpty(database.db))) {
        console.log('Empty database: loading reference data and the shipped status lists…');
        await seedReferenceData(database.db);
        const results = await importReferenceStatusLists(database.db, new Date());
        const events = results.reduce((n, r) => n + (r.report?.counts.new ?? 0), 0);
        console.log(`Imported ${results.length} status lists (${events} events).`);
      }
      const app = await buildServer({ database, config, secretKey });
      // Without SMTP the mail stays in the outbox, for `accord mail outbox`.
      let mailWorker: MailWorker | null = null;
      if (config.SMTP_URL) {
        mailWorker = startMailWorker({
          db: database.db,
          transport: createSmtpTransport(config.SMTP_URL),
          from: config.MAIL_FROM,
          onError: (err) => app.log.error({ err }, 'mail delivery failed'),
          onDelivered: (report) => app.log.info(report, 'mail delivered'),
        });
      }
      // Housekeeping: old sign-in attempts (the throttles look back 15 minutes at most).
      const housekeeping = setInterval(() => {
        pruneSignInAttempts(database.db, new Date()).catch((err: unknown) => app.log.error({ err }, 'pruning sign-in attempts failed'));
      }, 3600_000);
      housekeeping.unref();
      // The audit trail's head, kept outside the database: at start, at intervals, on SIGUSR2 and at shutdown.
      const anchorFile = config.AUDIT_ANCHOR_FILE;
      const anchor = async (reason: string) => {
        if (!anchorFile) return;
        try {
          const a = await anchorAuditLog(database.db, new Date());
          appendAnchor(anchorFile, a);
          app.log.info({ anchor: a, reason }, 'audit trail anchored');
        } catch (err) {
          app.log.error({ err }, 'anchoring the audit trail failed');
        }
      };
      const anchoring = anchorFile ? setInterval(() => void anchor('interval'), config.AUDIT_ANCHOR_MINUTES * 60_000) : null;
      anchoring?.unref();
      if (anchorFile) process.on('SIGUSR2', () => void anchor('SIGUSR2'));
      const shutdown = async (signal: string) => {
        app.log.info({ signal }, 'shutting down');
        clearInterval(housekeeping);
        if (anchoring) clearInterval(anchoring);
        await app.close();
        await anchor('shutdown');
        await mailWorker?.stop();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port: config.PORT, host: config.HOST });
      await anchor('start');
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.PORT;
      console.log(
        `Accord is ready at http://${config.HOST}:${port}/ (${database.kind}, started in ${Math.round(performance.now() - started)} ms)`,
      );
      const administrators = await countAdministrators(database.db, new Date());
      if (administrators.active === 0 && administrators.invited > 0) {
        console.log('No administrator yet: open the link that `accord admin create` printed to become the first one.');
      } else if (administrators.active === 0) {
        const embedded = database.kind !== 'postgres';
        console.log(
          `No administrator yet. ${embedded ? 'Stop the server (the embedded database has one user at a time), then run' : 'Run'}:\n` +
            `  npm run accord -- admin create --email you@example.org --name "Your Name"\n` +
            `and open the link it prints${embedded ? ' once the server is started again' : ''}.`,
        );
      }
    });
}
