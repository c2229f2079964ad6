// The first load of the shipped data as one unit: the reference data (an idempotent upsert), then every shipped status
// list (a list already imported is skipped), then the marker. A start that finds no marker finishes the load, whether
// the database is empty or a first start was killed half-way (reference data committed, some lists not imported):
// without this, every later start said "ready" with part of the data.
import type { Db } from '#db/client.ts';
import { createFirstLoadRepo } from '#db/repos/treaties/first-load.repo.ts';
import { importReferenceStatusLists } from './import-reference-status-lists.ts';
import { isDatabaseEmpty, seedReferenceData } from './seed-reference-data.ts';

export type FirstLoadOutcome =
  /** Complete before this start: nothing done. */
  | { state: 'complete' }
  /** Loaded now, from an empty database or resumed after an interrupted one. */
  | { state: 'loaded' | 'resumed'; lists: number; imported: number; events: number };

export async function completeFirstLoad(
  db: Db,
  now: Date,
  options: { referenceDir?: string; say?: (line: string) => void } = {},
): Promise<FirstLoadOutcome> {
  const marker = createFirstLoadRepo(db);
  if (await marker.isComplete()) return { state: 'complete' };
  const say = options.say ?? (() => {});
  const empty = await isDatabaseEmpty(db);
  say(
    empty
      ? 'Empty database: loading the reference data and every shipped status list…'
      : 'The first load did not complete (a start was interrupted): finishing it; lists already imported are skipped…',
  );
  await seedReferenceData(db);
  const results = await importReferenceStatusLists(db, now, options.referenceDir ? { referenceDir: options.referenceDir } : {});
  const imported = results.filter((r) => r.report !== null).length;
  const events = results.reduce((n, r) => n + (r.report?.counts.new ?? 0), 0);
  // Written only once every list is in: a start killed before this line loads the rest next time.
  await marker.markComplete(now, results.length);
  say(`First load complete: ${results.length} status lists (${imported} imported now, ${events} new events).`);
  return { state: empty ? 'loaded' : 'resumed', lists: results.length, imported, events };
}
