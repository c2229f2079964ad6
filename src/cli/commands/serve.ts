// `accord serve` is the composition root: it is the one CLI command allowed to boot the HTTP server
// (docs/decisions/0003-cli-serve-composition-root.md).
import { Command } from 'commander';
import { loadConfig } from '#config';
import { completeFirstLoad } from '#app/treaties/complete-first-load.ts';
import { ensureTreatyArticlesIndexed } from '#app/library/index-treaty-articles.ts';
import { openConfiguredDatabase } from '#app/shared/open-database.ts';
import { resolveSecretKey } from '#app/shared/resolve-secret-key.ts';
import { issueSetupLink } from '#app/accounts/setup-first-administrator.ts';
import { publicBaseUrl } from '#app/shared/public-url.ts';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { anchorAuditLog, appendAnchor } from '#app/accounts/anchor-audit-log.ts';
import { pruneSignInAttempts } from '#app/accounts/prune-sign-in-attempts.ts';
import { pruneRateLimits } from '#app/shared/prune-rate-limits.ts';
import { remindStaleAuthorities } from '#app/cooperation/remind-stale-authorities.ts';
import { remindStalledCooperationRequests } from '#app/cooperation/remind-stalled-cooperation-requests.ts';
import { createSmtpTransport, startMailWorker, type MailWorker } from '#app/accounts/deliver-mail.ts';
import { loggableError } from '#http/plugins/errors.ts';
import { buildServer } from '#http/server.ts';
import { chooseLogFormat, readableLogStream } from '../log-format.ts';

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
      const secretKey = resolveSecretKey(config);
      // Before the first load: the reference data's import is audited, and keyed.
      useAuditChainKey(secretKey);
      const database = await openConfiguredDatabase(config);
      if (opts.seed) {
        await completeFirstLoad(database.db, new Date(), { say: (line) => console.log(line) });
        // A database loaded before search existed: its treaty articles go into the index once.
        const articles = await ensureTreatyArticlesIndexed(database.db, new Date());
        if (articles > 0) console.log(`Search index: ${articles} treaty articles added.`);
      }
      // One JSON line per request for deployments; readable lines for a person at a terminal (LOG_FORMAT decides).
      const logFormat = chooseLogFormat(config.LOG_FORMAT, process.stdout.isTTY);
      const app = await buildServer({
        database,
        config,
        secretKey,
        ...(logFormat === 'pretty' ? { logger: { stream: readableLogStream() } } : {}),
      });
      // Without SMTP the mail stays in the outbox, for `accord mail outbox`.
      let mailWorker: MailWorker | null = null;
      if (config.SMTP_URL) {
        mailWorker = startMailWorker({
          db: database.db,
          transport: createSmtpTransport(config.SMTP_URL),
          from: config.MAIL_FROM,
          onError: (err) => app.log.error({ err: loggableError(err) }, 'mail delivery failed'),
          onDelivered: (report) => app.log.info(report, 'mail delivered'),
        });
      }
      // Housekeeping: old sign-in attempts (the throttles look back 15 minutes at most) and ended rate-limit windows.
      const housekeeping = setInterval(() => {
        pruneSignInAttempts(database.db, new Date()).catch((err: unknown) => app.log.error({ err: loggableError(err) }, 'pruning sign-in attempts failed'));
        pruneRateLimits(database.db, new Date()).catch((err: unknown) => app.log.error({ err: loggableError(err) }, 'pruning rate limits failed'));
        // Directory entries not confirmed for 12 months: their State's people are reminded once per entry.
        remindStaleAuthorities(database.db, new Date(), { baseUrl: publicBaseUrl(config) })
          .then(({ reminded }) => reminded.length && app.log.info({ reminded: reminded.length }, 'stale directory entries reminded'))
          .catch((err: unknown) => app.log.error({ err: loggableError(err) }, 'reminding of stale directory entries failed'));
        // Requests for MLA and extradition whose status stood still past its period: both authorities are reminded.
        remindStalledCooperationRequests(database.db, new Date(), { baseUrl: publicBaseUrl(config) })
          .then(({ reminded }) => reminded.length && app.log.info({ reminded: reminded.length }, 'stalled cooperation requests reminded'))
          .catch((err: unknown) => app.log.error({ err: loggableError(err) }, 'reminding of stalled cooperation requests failed'));
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
          app.log.error({ err: loggableError(err) }, 'anchoring the audit trail failed');
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
      // No administrator yet: a one-time link lets the person who started the server create one in the browser,
      // with the server running (the embedded database admits one process, so a second command could not).
      const setup = await issueSetupLink(database.db, new Date(), { baseUrl: publicBaseUrl(config) });
      if (setup) {
        const until = setup.expiresAt.toISOString().replace('T', ' ').slice(0, 16);
        console.log(
          `No administrator yet. Open this one-time link to create the first one (valid until ${until} UTC; keep it private):\n\n` +
            `  ${setup.link}\n`,
        );
      }
    });
}
