// Request counts for rate limits, kept in the database so that every app server on one PostgreSQL counts together.
// The database's clock decides windows, so servers whose clocks differ still agree.
import { lte, sql } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { rateLimitHits } from '#db/schema/index.ts';

export interface RateLimitCount {
  /** Requests in the current window, this one included. */
  current: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

export function createRateLimitsRepo(db: Db) {
  return {
    /**
     * Counts one request for `key` in a fixed window of `windowMs`, starting a new window when the last one has
     * ended. One statement: concurrent requests on any server each see a distinct count.
     */
    async hit(key: string, windowMs: number): Promise<RateLimitCount> {
      const result = await db.execute(sql`
        insert into ${rateLimitHits} as r (key, hits, resets_at)
        values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
        on conflict (key) do update set
          hits = case when r.resets_at <= now() then 1 else r.hits + 1 end,
          resets_at = case when r.resets_at <= now() then excluded.resets_at else r.resets_at end
        returning r.hits as current,
          greatest(0, ceil(extract(epoch from r.resets_at - now()) * 1000))::int as ttl`);
      const [row] = (result as unknown as { rows: { current: number | string; ttl: number | string }[] }).rows;
      return { current: Number(row!.current), ttl: Number(row!.ttl) };
    },

    /** The count for `key` without counting a request (0 once the window has ended). */
    async read(key: string): Promise<RateLimitCount> {
      const result = await db.execute(sql`
        select hits as current, greatest(0, ceil(extract(epoch from resets_at - now()) * 1000))::int as ttl
        from ${rateLimitHits} where key = ${key} and resets_at > now()`);
      const [row] = (result as unknown as { rows: { current: number | string; ttl: number | string }[] }).rows;
      return row ? { current: Number(row.current), ttl: Number(row.ttl) } : { current: 0, ttl: 0 };
    },

    /** Forgets windows that ended before `before`; returns how many. */
    async prune(before: Date): Promise<number> {
      const deleted = await db.delete(rateLimitHits).where(lte(rateLimitHits.resetsAt, before)).returning({ key: rateLimitHits.key });
      return deleted.length;
    },
  };
}
