// Security headers and limits.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Db } from '#app/shared/database.ts';
import { AppError } from '#domain/errors.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';

/**
 * A strict Content-Security-Policy that a Vite build satisfies: Vite emits scripts and styles as files, so nothing
 * inline is needed. React's `style={…}` props go through the CSSOM, which style-src does not restrict; only
 * `style="…"` attributes in HTML would, and the web app writes none.
 */
export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * `hsts`: served over TLS (PUBLIC_URL is https): browsers are told to use https only, for a year.
 * `sharedRateLimits`: count rate limits in this database (PostgreSQL, where other app servers may answer too),
 * not in this process's memory.
 */
export async function installSecurity(
  app: FastifyInstance,
  options: { hsts: boolean; sharedRateLimits?: Db | null },
): Promise<void> {
  await app.register(helmet, {
    hsts: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    // Cross-origin readers of the public API are welcome (it is public data); the web app is same-origin.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  // Per route (config.rateLimit), not global: only expensive anonymous endpoints are limited.
  await app.register(rateLimit, {
    global: false,
    ...(options.sharedRateLimits ? { store: databaseRateLimitStore(options.sharedRateLimits) } : {}),
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `Too many requests: at most ${context.max} per ${context.after}.`, {
        params: { max: context.max, retryAfter: context.after },
      }),
  });
}
