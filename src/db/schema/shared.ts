// Tables that serve every module.
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counts per rate-limited route and client (`<method><route>-<client>`) over a fixed window, shared by every
 * app server on one PostgreSQL (migration 0009). Rows past `resets_at` are restarted on the next hit and pruned hourly.
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetsAt: timestamp('resets_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_hits_resets_at_idx').on(t.resetsAt)],
);
