// Views derived from all activities ("who does what, where"), kept in process per activity version.
//
// Why: the view aggregates every activity of a period by State, theme and entity: tens of milliseconds at 50,000
// activities on the embedded database, hundreds over ten years. Activities change a few times a day; coordinators
// look many times. Each request asks the database one tiny question (the activity_version row, bumped by a statement
// trigger on every change to activities or organisations) and reuses what it derived while the version is unchanged.
// The version lives in the database, so several app servers on one PostgreSQL stay correct without talking.
//
// The version is read *before* the view: what is cached under version v is at least as new as v.
import type { Db } from '#db/client.ts';
import { readActivityVersion } from '#db/repos/assistance/coordination.repo.ts';

/** Bounded, so that arbitrary filters cannot grow memory without limit; the oldest entry goes first. */
const MAX_ENTRIES = 64;

interface Cache {
  version: number;
  entries: Map<string, Promise<unknown>>;
}

// Keyed by the Db object: tests (and the CLI) may hold several databases in one process.
const caches = new WeakMap<Db, Cache>();

/** The view under `key` for the current activity version, computed once per version. */
export async function activityView<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await readActivityVersion(db);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, entries: new Map() };
    caches.set(db, cache);
  }
  const hit = cache.entries.get(key);
  if (hit) {
    // Most recently used last.
    cache.entries.delete(key);
    cache.entries.set(key, hit);
    return hit as Promise<T>;
  }
  const made = compute();
  cache.entries.set(key, made);
  // A failure is not kept: the next request tries again.
  made.catch(() => cache.entries.get(key) === made && cache.entries.delete(key));
  if (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  return made;
}
