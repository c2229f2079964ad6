// Builds the HTTP server: the v1 API, its OpenAPI document and docs, and the built web app.
// Nothing here listens: the caller (CLI `serve`, tests through app.inject) decides.
import compress from '@fastify/compress';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { decodeKey, type Config } from '#config';
import type { Database } from '#app/shared/database.ts';
import { useAuditChainKey } from '#app/accounts/audit-chain-key.ts';
import { installAccessControl } from './plugins/access.ts';
import { installAuthentication } from './plugins/authentication.ts';
import { installDocsUi, installOpenApi } from './plugins/docs.ts';
import { installErrorHandling } from './plugins/errors.ts';
import { installInputGuard } from './plugins/input-guard.ts';
import { installPublicCache } from './plugins/public-cache.ts';
import { installSecurity } from './plugins/security.ts';
import { findWebApp, installWebApp, sendStaticFile } from './plugins/web.ts';
import { v1Routes } from './routes/v1/index.ts';
import './types.ts';

export interface BuildServerOptions {
  database: Database;
  config: Config;
  /** The clock (default: the system's). Tests pin it, so "today" and "asOf in the future" are reproducible. */
  now?: () => Date;
  /** Encrypts second-factor secrets (32 bytes). Default: config.SECRET_KEY; tests may pass one. */
  secretKey?: Buffer;
  /** A pino instance, `false` for none, or where pino writes; default: pino at config.LOG_LEVEL to stdout. */
  logger?: FastifyBaseLogger | boolean | { stream: { write: (line: string) => void } };
}

/** No route takes a large body yet (imports run through the CLI); 1 MiB stops abuse without surprising anyone. */
const BODY_LIMIT = 1024 * 1024;

export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const { database, config } = options;
  const now = options.now ?? (() => new Date());
  const given = options.logger;
  const logger =
    given === undefined ? { level: config.LOG_LEVEL } : typeof given === 'object' && 'stream' in given ? { level: config.LOG_LEVEL, stream: given.stream } : given;
  const app = Fastify({
    ...(typeof logger === 'object' && 'info' in logger ? { loggerInstance: logger } : { logger }),
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: 200 },
    // Slow clients may not hold a connection for ever.
    requestTimeout: 30_000,
    connectionTimeout: 30_000,
      // Behind a load balancer, the client's address (for sign-in throttling) comes from X-Forwarded-For.
    // (A number of hops is supported by fastify's proxy-addr, though its types list only boolean and strings.)
    trustProxy: config.TRUST_PROXY as boolean,
    // Client-sent request ids are not trusted: ids are ours, echoed in x-request-id for support.
    requestIdHeader: false,
  });
  app.setSerializerCompiler(serializerCompiler);
  // Before authentication: headers that reach the database are checked first.
  installInputGuard(app);

  // Order matters: access control first (its onRoute hook must see every route, its preHandler runs first),
  // then the public cache (before compression, so it keeps uncompressed bodies), then everything else.
  installAccessControl(app);
  const secureCookies = config.PUBLIC_URL?.startsWith('https:') ?? false;
  const sessions = { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS };
  await installAuthentication(app, { db: database.db, now, sessions, secureCookies });
  const web = findWebApp(config.WEB_DIST);
  installErrorHandling(app, { sendSpaPage: web && ((request, reply) => sendStaticFile(request, reply, web.index)) });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // On PostgreSQL other app servers may answer the same clients: rate limits are counted in the database.
  await installSecurity(app, { hsts: secureCookies, sharedRateLimits: database.kind === 'postgres' ? database.db : null });
  installPublicCache(app, { db: database.db, now });
  await app.register(compress, { global: true, threshold: 1024 });
  await installOpenApi(app);

  const secretKey = options.secretKey ?? (config.SECRET_KEY ? decodeKey(config.SECRET_KEY) : null);
  if (!secretKey) throw new Error('buildServer needs a secret key: set SECRET_KEY or pass options.secretKey.');
  // The audit entries this server writes are keyed with a key derived from it (never stored in the database).
  useAuditChainKey(secretKey);
  await app.register(v1Routes, { prefix: '/api/v1', db: database.db, now, config, secretKey, sessions });
  await installDocsUi(app);

  if (web) await installWebApp(app, web);

  await app.ready();
  return app;
}
