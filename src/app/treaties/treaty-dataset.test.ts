// Integration: the per-version dataset cache and the shared data-version reads, on a real database.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataVersion } from '#db/schema/index.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { currentDataset, readDataVersion } from './treaty-dataset.ts';
import { forgetDataVersion } from '#db/repos/treaties/data-version.repo.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insert(dataVersion).values({ id: 1, version: 7 }).onConflictDoUpdate({ target: dataVersion.id, set: { version: 7 } });
});
afterAll(() => database.dispose());

// A write as the use cases do it: bump in the database, then forget the in-process copy (PGlite keeps one).
const bump = async () => {
  await database.db.update(dataVersion).set({ version: sql`${dataVersion.version} + 1` });
  forgetDataVersion(database.db);
};

describe('readDataVersion', () => {
  it('answers concurrent callers alike', async () => {
    const versions = await Promise.all(Array.from({ length: 50 }, () => readDataVersion(database.db)));
    expect(new Set(versions)).toEqual(new Set([7]));
  });

  it('never gives a caller a read that started before it called', async () => {
    const early = readDataVersion(database.db); // in flight
    await bump(); // an import commits while that read may still run
    const late = readDataVersion(database.db); // called after the commit: must see it
    expect(await late).toBe(8);
    expect([7, 8]).toContain(await early);
  });
});

describe('currentDataset', () => {
  it('is loaded once per data version and replaced when the version changes', async () => {
    const a = await currentDataset(database.db);
    const [b, c] = await Promise.all([currentDataset(database.db), currentDataset(database.db)]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(a.participants.length).toBeGreaterThan(190);
    a.views.set('probe', 1);
    await bump();
    const d = await currentDataset(database.db);
    expect(d).not.toBe(a);
    expect(d.version).toBe(a.version + 1);
    expect(d.views.has('probe')).toBe(false);
  });
});
