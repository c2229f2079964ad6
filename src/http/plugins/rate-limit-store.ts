// A store for @fastify/rate-limit that counts in the database (src/app/shared/count-request.ts) instead of this
// process's memory, so that a limit of 10 a minute stays 10 a minute however many app servers share the database.
// Used on PostgreSQL; the embedded database has one process, whose memory is the cheaper place to count.
import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RouteOptions } from 'fastify';
import { countRequest, peekRequestCount, type RateLimitCount } from '#app/shared/count-request.ts';
import type { Db } from '#app/shared/database.ts';

type Callback = (error: Error | null, result?: RateLimitCount) => void;

export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    /** Keys are namespaced by route: each route's limit is counted on its own, as in memory. */
    constructor(
      _options: FastifyRateLimitOptions,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      countRequest(db, `${this.prefix}${key}`, timeWindow).then(
        (count) => callback(null, count),
        (err: Error) => callback(err),
      );
    }

    read(key: string, callback: Callback): void {
      peekRequestCount(db, `${this.prefix}${key}`).then(
        (count) => callback(null, count),
        (err: Error) => callback(err),
      );
    }

    // The plugin passes the route's merged limit settings, the route itself under `routeInfo` (as its Redis store
    // reads it), though its types say the route.
    child(params: RouteOptions & { path: string; prefix: string }): FastifyRateLimitStore {
      const route = (params as unknown as { routeInfo?: Partial<RouteOptions> }).routeInfo ?? {};
      const method = Array.isArray(route.method) ? route.method.join(',') : (route.method ?? '');
      return new DatabaseStore({}, `${method}${route.url ?? ''}-`);
    }
  }
  return DatabaseStore;
}
