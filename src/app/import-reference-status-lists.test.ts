import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCompleteListDates, loadEffectiveEvents } from '#db/repos/events.repo.ts';
import { createTestDatabase } from '../../test/db.ts';
import { listReference } from '../../test/reference-files.ts';
import { importReferenceStatusLists, readStatusListManifest } from './import-reference-status-lists.ts';
import { listImportBatches } from './list-import-batches.ts';

describe('importing every shipped status list', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const progress: [number, number, string][] = [];
  let results: Awaited<ReturnType<typeof importReferenceStatusLists>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    results = await importReferenceStatusLists(database.db, new Date('2026-01-01T00:00:00Z'), {
      onProgress: (done, total, file) => progress.push([done, total, file]),
    });
  });
  afterAll(() => database.dispose());

  it('lists every shipped status file in the manifest, UNTC scrapes in date order', () => {
    const files = readStatusListManifest().map((l) => l.file);
    const shipped = [
      ...listReference('untc'),
      ...listReference('untc/history/XVIII-11'),
      ...listReference('untc/history/XVIII-15'),
      ...listReference('unoda'),
      ...listReference('icao'),
      ...listReference('partial'),
    ];
    expect([...files].sort()).toEqual(shipped.sort());
    const history = files.filter((f) => f.includes('/history/XVIII-11/'));
    expect(history).toEqual([...history].sort());
  });

  it('reports progress for each file', () => {
    expect(progress[0]).toEqual([0, 29, '']);
    expect(progress.at(-1)).toEqual([29, 29, 'partial/cppnm1980_partial_infcirc274_1995.csv']);
    expect(progress.map((p) => p[0])).toEqual([...Array(30).keys()]);
  });

  it('resolves every participant name in the shipped lists', () => {
    const unresolved = results.flatMap((r) => r.report?.unresolved.map((u) => `${r.file}: ${u.nameAsWritten}`) ?? []);
    expect(unresolved).toEqual([]);
  });

  it('skips the current UNTC files that equal the last scrape, and reports only the truncated ICAO entry', () => {
    expect(results.filter((r) => r.report === null).map((r) => r.file)).toEqual(['untc/XVIII-11.csv', 'untc/XVIII-15.csv']);
    const problems = results.flatMap((r) => r.report?.problems.map((p) => `${r.file}: ${p.code} ${p.value}`) ?? []);
    expect(problems).toEqual(['icao/tokyo1963-status-excerpt.txt: row.truncated C']);
  });

  it('stores the facts of each publisher', async () => {
    const tokyo = await loadEffectiveEvents(database.db, { instrumentId: 'tokyo1963', participantCode: 'AFG' });
    expect(tokyo).toMatchObject([{ kind: 'consent', date: '1977-04-15', effectiveDate: '1977-07-14', source: { publisher: 'ICAO' } }]);
    const euratom = await loadEffectiveEvents(database.db, { instrumentId: 'cppnm1980', participantCode: 'XEA' });
    expect(euratom.map((e) => e.kind)).toEqual(['signature', 'consent']);
    const tls = await loadEffectiveEvents(database.db, { instrumentId: 'financing1999', participantCode: 'TLS' });
    expect(tls).toMatchObject([{ kind: 'accession', date: '2014-05-27', source: { asOf: '2014-07-10' } }]);
  });

  it('knows which instruments have a complete status list, and as of when', async () => {
    const complete = Object.fromEntries(await loadCompleteListDates(database.db));
    // UNTC pages and the UNODA database are whole lists; the ICAO text and the partial/ files are excerpts.
    expect(complete).toEqual({
      financing1999: '2014-07-10',
      icsant2005: '2018-07-10',
      bombings1997: '2014-03-19',
      hostages1979: '2014-03-19',
      ipp1973: '2014-01-27',
      untoc2000: '2014-01-27',
      uncac2003: '2014-07-10',
    });
  });

  it('adds nothing when run again', async () => {
    const before = (await listImportBatches(database.db, { limit: 500 })).length;
    const again = await importReferenceStatusLists(database.db, new Date('2026-01-02T00:00:00Z'));
    expect(again.every((r) => r.report === null)).toBe(true);
    expect((await listImportBatches(database.db, { limit: 500 })).length).toBe(before);
  });
});
