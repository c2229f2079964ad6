// `accord serve` is the composition root: it is the one CLI command allowed to boot the HTTP server
// (docs/decisions/0003-cli-serve-composition-root.md).
import { Command } from 'commander';
import { loadConfig } from '#config';
import { completeFirstLoad } from '#app/treaties/complete-first-load.ts';
import { openConfiguredDatabase } from '#app/shared/open-database.ts';
import { resolveSecretKey } from '#app/shared/resolve-secret-key.ts';
import { countAdministrators } from '#app/accounts/count-administrators.ts';
import { pruneSignInAttempts } from '#app/accounts/prune-sign-in-attempts.ts';
import { createSmtpTransport, startMailWorker, type MailWorker } from '#app/accounts/deliver-mail.ts';
import { buildServer } from '#http/server.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'Start the API and web app. Until the first load is complete (an empty database, or a first start interrupted), loads the reference data and imports every shipped status list first.',
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
      const database = await openConfiguredDatabase(config);
      if (opts.seed) await completeFirstLoad(database.db, new Date(), { say: (line) => console.log(line) });
      const app = await buildServer({ database, config, secretKey: resolveSecretKey(config) });
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
      const shutdown = async (signal: string) => {
        app.log.info({ signal }, 'shutting down');
        clearInterval(housekeeping);
        await app.close();
        await mailWorker?.stop();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port: config.PORT, host: config.HOST });
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
