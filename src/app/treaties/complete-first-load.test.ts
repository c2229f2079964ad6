// The first load as one unit: a first start killed after the reference data was committed but before every status
// list was imported is finished by the next start (which used to say "ready" with part of the data), and a complete
// load is left alone. A manifest of two shipped lists stands for the whole set, to keep the test fast.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { completeFirstLoad } from './complete-first-load.ts';
import { importReferenceStatusLists, MANIFEST_FILE, readStatusListManifest, REFERENCE_DIR } from './import-reference-status-lists.ts';
import { isDatabaseEmpty } from './seed-reference-data.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const dirs: string[] = [];
const NOW = new Date('2026-03-01T00:00:00Z');
const FILES = ['untc/history/XVIII-15/2013-06-06.csv', 'untc/history/XVIII-15/2013-06-11.csv'];

/** A reference directory whose manifest lists these shipped files, in order. */
function referenceDirWith(files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-first-load-'));
  dirs.push(dir);
  const lists = readStatusListManifest().filter((e) => files.includes(e.file));
  for (const e of lists) {
    fs.mkdirSync(path.dirname(path.join(dir, e.file)), { recursive: true });
    fs.copyFileSync(path.join(REFERENCE_DIR, e.file), path.join(dir, e.file));
  }
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify({ lists }));
  return dir;
}

const batches = async () =>
  Number(((await database.db.execute(sql`select count(*)::int as n from import_batches`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('completeFirstLoad', () => {
  it('finishes a first load interrupted after the reference data and one list, then leaves it alone', async () => {
    const full = referenceDirWith(FILES);
    // The interrupted first start: reference data committed (the test template has it), the first list imported,
    // killed before the second. The database is not empty, which is all the old start checked.
    await importReferenceStatusLists(database.db, NOW, { referenceDir: referenceDirWith(FILES.slice(0, 1)) });
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    const before = await batches();

    const said: string[] = [];
    const outcome = await completeFirstLoad(database.db, NOW, { referenceDir: full, say: (l) => said.push(l) });
    expect(outcome).toMatchObject({ state: 'resumed', lists: 2, imported: 1 });
    expect(await batches()).toBe(before + 1);
    expect(said[0]).toMatch(/did not complete.*finishing it/);
    expect(said.at(-1)).toMatch(/First load complete: 2 status lists \(1 imported now/);

    // The next start finds the marker and does nothing.
    expect(await completeFirstLoad(database.db, NOW, { referenceDir: full, say: (l) => said.push(l) })).toEqual({ state: 'complete' });
    expect(await batches()).toBe(before + 1);
    expect(said).toHaveLength(2);
  });
});
