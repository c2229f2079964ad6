import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCompleteListDates, loadEffectiveEvents } from '#db/repos/treaties/events.repo.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { listReference } from '../../../test/reference-files.ts';
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
      ...listReference('regional'),
      // The French tables; a German one, where shipped, is the German parser's test material.
      ...listReference('fedlex').filter((f) => f.endsWith('.html') && f.includes('_fr_')),
    ];
    expect([...files].sort()).toEqual(shipped.sort());
    const history = files.filter((f) => f.includes('/history/XVIII-11/'));
    expect(history).toEqual([...history].sort());
  });

  it('reports progress for each file', () => {
    const manifest = readStatusListManifest();
    const n = manifest.length;
    expect(progress[0]).toEqual([0, n, '']);
    expect(progress.at(-1)).toEqual([n, n, manifest.at(-1)!.file]);
    expect(progress.map((p) => p[0])).toEqual([...Array(n + 1).keys()]);
  });

  it('resolves every participant name in the shipped lists', () => {
    const unresolved = results.flatMap((r) => r.report?.unresolved.map((u) => `${r.file}: ${u.nameAsWritten}`) ?? []);
    expect(unresolved).toEqual([]);
  });

  it('skips the current UNTC files that equal the last scrape, and reports only the truncated ICAO entry', () => {
    expect(results.filter((r) => r.report === null).map((r) => r.file)).toEqual(['untc/XVIII-11.csv', 'untc/XVIII-15.csv']);
    const problems = results.flatMap((r) => r.report?.problems.map((p) => `${r.file}: ${p.code} ${p.value}`) ?? []);
    expect(problems).toEqual([
      'icao/tokyo1963-status-excerpt.txt: row.truncated C',
      // Fedlex's placeholder "11 novembre 1111" for the Netherlands, and two States listed without dates.
      'fedlex/airports1988_fr_20240812.html: row.date_placeholder 11 novembre 1111',
      'fedlex/airports1988_fr_20240812.html: row.date_placeholder 11 novembre 1111',
      'fedlex/hostages1979_fr_20190219.html: row.no_dates Pays-Bas',
      'fedlex/plastic1991_fr_20240813.html: row.no_dates Chine',
      // The United States' signature of the OAS Convention, given to the month only.
      'regional/oas_a66_2002.csv: row.date_partial 2002-06',
    ]);
  });

  it('stores the facts of each publisher', async () => {
    const tokyo = await loadEffectiveEvents(database.db, { instrumentId: 'tokyo1963', participantCode: 'AFG' });
    // ICAO's deposit of unstated kind, and Fedlex's accession on the same day: two publishers agreeing.
    expect(tokyo).toMatchObject([
      { kind: 'consent', date: '1977-04-15', effectiveDate: '1977-07-14', source: { publisher: 'ICAO' } },
      { kind: 'accession', date: '1977-04-15', effectiveDate: '1977-07-14', source: { publisher: 'Fedlex (Swiss Federal Chancellery)', asOf: '2023-06-21' } },
    ]);
    const euratom = await loadEffectiveEvents(database.db, { instrumentId: 'cppnm1980', participantCode: 'XEA' });
    // IAEA (1995): signature and consent; Fedlex (2022): its accession, and the reservations it marks *.
    expect(euratom.map((e) => `${e.kind} ${e.source.publisher}`)).toEqual([
      'signature IAEA',
      'consent IAEA',
      ...euratom.slice(2).map((e) => `${e.kind} Fedlex (Swiss Federal Chancellery)`),
    ]);
    expect(euratom.slice(2).map((e) => e.kind).sort()).toContain('declaration');
    const tls = await loadEffectiveEvents(database.db, { instrumentId: 'financing1999', participantCode: 'TLS' });
    expect(tls).toMatchObject([
      { kind: 'accession', date: '2014-05-27', source: { asOf: '2014-07-10' } },
      { kind: 'accession', date: '2014-05-27', source: { asOf: '2024-06-07', publisher: 'Fedlex (Swiss Federal Chancellery)' } },
    ]);
  });

  it('knows which instruments have a complete status list, and as of when', async () => {
    const complete = Object.fromEntries(await loadCompleteListDates(database.db));
    // UNTC pages, the UNODA database and Fedlex tables are whole lists; the ICAO text and partial/ files excerpts.
    // Every universal instrument but the Beijing Convention has a Fedlex table; the newest list wins.
    expect(complete).toEqual({
      tokyo1963: '2023-06-21',
      hague1970: '2025-03-24',
      montreal1971: '2025-04-02',
      ipp1973: '2026-06-08',
      hostages1979: '2019-02-19',
      cppnm1980: '2022-04-07',
      airports1988: '2024-08-12',
      sua1988: '2020-06-11',
      fixedplatforms1988: '2025-03-03',
      plastic1991: '2024-08-13',
      bombings1997: '2020-02-26',
      financing1999: '2024-06-07',
      icsant2005: '2024-02-29',
      cppnm_amendment2005: '2023-11-14',
      sua2005: '2026-03-05',
      fixedplatforms2005: '2024-07-22',
      beijing2010protocol: '2025-06-23',
      montreal2014protocol: '2026-07-15',
      untoc2000: '2026-09-11',
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
