// Integration: real imports of the shipped status lists into a PGlite database seeded with the reference data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { isAppError } from '#domain/errors.ts';
import { loadEffectiveEvents } from '#db/repos/treaties/events.repo.ts';
import { dataVersion, importBatches, participationEvents } from '#db/schema/index.ts';
import type { Db } from '#db/client.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { listReference, readReference } from '../../../test/reference-files.ts';
import { importStatusList, type ImportStatusListInput } from './import-status-list.ts';
import { listImportBatches } from './list-import-batches.ts';
import { revertImport } from './revert-import.ts';

const UNTC = { publisher: 'UN Treaty Collection', title: 'Status of treaties, chapter XVIII' };
const NOW = new Date('2026-01-01T00:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function untcFile(file: string, extra: Partial<ImportStatusListInput> = {}): ImportStatusListInput {
  return { format: 'untc', fileName: file, content: readReference(file), source: UNTC, ...extra };
}

async function snapshot(db: Db, instrumentId: string) {
  return (await loadEffectiveEvents(db, { instrumentId })).map((e) => `${e.participantCode}|${e.kind}|${e.date}|${e.source.publisher}`).sort();
}

async function tableCounts(db: Db) {
  const [events] = await db.select({ n: count() }).from(participationEvents);
  const [batches] = await db.select({ n: count() }).from(importBatches);
  const [version] = await db.select({ v: dataVersion.version }).from(dataVersion);
  return { events: Number(events!.n), batches: Number(batches!.n), version: version?.v ?? 0 };
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(err), String(err)).toBe(true);
  expect((err as { code: string }).code).toBe(code);
  return err as { code: string; message: string; issues: { path: unknown[]; message: string; code?: string }[] };
}

describe('importing the XVIII-11 history snapshots in order', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;
  const files = listReference('untc/history/XVIII-11');
  const reports = new Map<string, Awaited<ReturnType<typeof importStatusList>>>();

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    let minute = 0;
    for (const file of files) reports.set(file.slice(-14, -4), await importStatusList(db, untcFile(file), later(minute++)));
  });
  afterAll(() => database.dispose());

  it('infers the instrument from XVIII-11 and the as-of date from the file name', async () => {
    const first = reports.get('2013-06-06')!;
    expect(first.instrumentId).toBe('financing1999');
    const [batch] = await listImportBatches(db, { instrumentId: 'financing1999', limit: 500 }).then((b) => b.slice(-1));
    expect(batch!.source).toMatchObject({ publisher: UNTC.publisher, asOf: '2013-06-06' });
  });

  it('resolves every name of the first snapshot, "Cte d\'Ivoire" included, and records all its facts', async () => {
    const first = reports.get('2013-06-06')!;
    expect(first.counts).toMatchObject({ rows: 314, new: 314, changed: 0, unresolved: 0, renamed: 0, missing: 0 });
    expect(first.new.find((n) => n.nameAsWritten === "Cte d'Ivoire")).toMatchObject({ code: 'CIV', kind: 'accession', date: '2002-03-13' });
    expect(first.new.find((n) => n.code === 'AFG')).toMatchObject({ kind: 'accession', date: '2003-09-24' });
  });

  it('reports "Cte d\'Ivoire" → "Cote d\'Ivoire" as a rename of CIV and nothing else', () => {
    const r = reports.get('2013-06-11')!;
    expect(r.counts).toMatchObject({ new: 0, changed: 0, missing: 0, unresolved: 0, unchanged: 314 });
    expect(r.renamed).toEqual([{ code: 'CIV', from: "Cte d'Ivoire", to: "Cote d'Ivoire" }]);
    // Côte/Cote differ only by an accent: the same name, not a rename.
    expect(reports.get('2013-06-18')!.renamed).toEqual([]);
  });

  it('reports each new accession or ratification once, in the snapshot that first lists it', () => {
    const added = (date: string) => reports.get(date)!.new.map((n) => `${n.code} ${n.kind} ${n.date}`);
    expect(added('2013-07-06')).toEqual([]);
    expect(added('2013-07-24')).toEqual(['KWT accession 2013-07-11']);
    expect(added('2013-08-15')).toEqual(['PRK ratification 2013-07-25', 'SUR accession 2013-07-19']);
    expect(added('2014-01-27')).toEqual([]);
  });

  it('reports only Timor-Leste\'s accession of 27 May 2014 in the 2014-07-10 import after 2014-01-27', () => {
    const r = reports.get('2014-07-10')!;
    expect(r.new.map((n) => ({ code: n.code, kind: n.kind, date: n.date, nameAsWritten: n.nameAsWritten }))).toEqual([
      { code: 'TLS', kind: 'accession', date: '2014-05-27', nameAsWritten: 'Timor-Leste' },
    ]);
    expect(r.counts).toMatchObject({ rows: 318, new: 1, changed: 0, unchanged: 317, missing: 0, renamed: 0, unresolved: 0, disagreements: 0 });
  });

  it('reports Cape Verde → Cabo Verde as a rename, not as a new party and a missing one', () => {
    const r = reports.get('2014-01-27')!;
    expect(r.renamed).toEqual([{ code: 'CPV', from: 'Cape Verde', to: 'Cabo Verde' }]);
    expect(r.counts).toMatchObject({ new: 0, changed: 0, missing: 0, unresolved: 0 });
    // The next import from the same publisher does not report the rename again.
    expect(reports.get('2014-07-10')!.renamed).toEqual([]);
  });

  it('keeps one history for CPV across both names', async () => {
    // A later list under the new name corrects the ratification date: the new event supersedes the old one.
    const content = readReference('untc/history/XVIII-11/2014-07-10.csv').replace(
      'Cabo Verde,13 Nov 2001,10 May 2002',
      'Cabo Verde,13 Nov 2001,11 May 2002',
    );
    const r = await importStatusList(db, { format: 'untc', fileName: 'XVIII-11 2014-08-01.csv', content, source: UNTC }, later(100));
    expect(r.changed).toMatchObject([
      { code: 'CPV', slot: 'consent', from: { kind: 'ratification', date: '2002-05-10' }, to: { kind: 'ratification', date: '2002-05-11' } },
    ]);
    const events = await loadEffectiveEvents(db, { instrumentId: 'financing1999', participantCode: 'CPV' });
    expect(events.map((e) => [e.nameAsWritten, e.kind, e.date])).toEqual([
      ['Cape Verde', 'signature', '2001-11-13'],
      ['Cape Verde', 'ratification', '2002-05-10'],
      ['Cabo Verde', 'ratification', '2002-05-11'],
    ]);
    expect(events[2]!.supersedesId).toBe(events[1]!.id);
    // Undo the correction so the following tests see the real history.
    await revertImport(db, r.batchId, later(101));
  });

  it('is idempotent: re-importing the same file records nothing new but logs the batch', async () => {
    const before = await tableCounts(db);
    const r = await importStatusList(db, untcFile('untc/history/XVIII-11/2014-07-10.csv'), later(200));
    expect(r.counts).toMatchObject({ rows: 318, new: 0, changed: 0, unchanged: 318, missing: 0, renamed: 0 });
    const after = await tableCounts(db);
    expect(after.events).toBe(before.events);
    expect(after.batches).toBe(before.batches + 1);
    const [batch] = await listImportBatches(db, { withLog: true, limit: 1 });
    expect(batch).toMatchObject({ id: r.batchId, status: 'applied', counts: { new: 0, changed: 0, unchanged: 318 } });
    await revertImport(db, r.batchId, later(201));
  });

  it('reverts an import: its events stop counting and the previous state returns', async () => {
    const beforeImport = await snapshot(db, 'financing1999');
    const r = await importStatusList(
      db,
      { format: 'untc', fileName: 'XVIII-11.csv', content: readReference('untc/XVIII-11.csv').replace('Albania,18 Dec 2001,10 Apr 2002', 'Albania,18 Dec 2001,11 Apr 2002'), source: { ...UNTC, asOf: '2014-09-01' } },
      later(300),
    );
    expect(r.changed.map((c) => c.code)).toEqual(['ALB']);
    expect(await snapshot(db, 'financing1999')).not.toEqual(beforeImport);
    const { version: v0 } = await tableCounts(db);

    const revert = await revertImport(db, r.batchId, later(301));
    expect(revert).toMatchObject({ batchId: r.batchId, instrumentId: 'financing1999', events: 1 });
    expect(await snapshot(db, 'financing1999')).toEqual(beforeImport);
    expect((await tableCounts(db)).version).toBe(v0 + 1);
    // The events are still stored (append-only), only no longer counted.
    const stored = await db.select().from(participationEvents).where(eq(participationEvents.batchId, r.batchId));
    expect(stored).toHaveLength(1);

    await expectAppError(revertImport(db, r.batchId, later(302)), 'INVALID_TRANSITION');
    await expectAppError(revertImport(db, 999_999, later(302)), 'NOT_FOUND');
  });

  it('refuses to revert a batch that a later import of the same list builds on', async () => {
    const first = reports.get('2013-06-06')!;
    const err = await expectAppError(revertImport(db, first.batchId, later(400)), 'CONFLICT');
    expect(err.message).toMatch(/revert it first/);
  });

  it('reverting the latest snapshot takes Timor-Leste out; importing it again brings it back as new', async () => {
    const latest = reports.get('2014-07-10')!;
    await revertImport(db, latest.batchId, later(500));
    const codes = (await loadEffectiveEvents(db, { instrumentId: 'financing1999' })).map((e) => e.participantCode);
    expect(codes).not.toContain('TLS');
    const again = await importStatusList(db, untcFile('untc/history/XVIII-11/2014-07-10.csv'), later(501));
    expect(again.new.map((n) => n.code)).toEqual(['TLS']);
  });

  it('reports, and never deletes, facts an older list no longer shows', async () => {
    const before = await snapshot(db, 'financing1999');
    const r = await importStatusList(db, untcFile('untc/history/XVIII-11/2013-06-06.csv'), later(600));
    expect(r.missing.map((m) => `${m.code} ${m.kind} ${m.date}`).sort()).toEqual([
      'KWT accession 2013-07-11',
      'PRK ratification 2013-07-25',
      'SUR accession 2013-07-19',
      'TLS accession 2014-05-27',
    ]);
    expect(r.counts).toMatchObject({ new: 0, changed: 0, renamed: 2 });
    expect(r.problems).toMatchObject([{ code: 'import.older_than_stored', value: '2013-06-06' }]);
    expect(await snapshot(db, 'financing1999')).toEqual(before);
  });
});

describe('a second publisher for the Nuclear Terrorism Convention', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.dispose());

  const UNODA = { publisher: 'UNODA', title: 'Disarmament treaties database', asOf: '2018-07-10' };
  const unodaInput = (content: string): ImportStatusListInput => ({
    format: 'unoda',
    fileName: 'icsant-2018.json',
    content,
    instrumentId: 'icsant2005',
    source: UNODA,
  });

  it('UNODA 2018 after UNTC 2014: 19 later events, every shared fact agrees, both sources kept', async () => {
    const db = database.db;
    const untc = await importStatusList(db, untcFile('untc/XVIII-15.csv', { source: { ...UNTC, asOf: '2014-07-10' } }), NOW);
    expect(untc).toMatchObject({ instrumentId: 'icsant2005', counts: { rows: 209, new: 209, unresolved: 0 } });

    const unoda = await importStatusList(db, unodaInput(readReference('unoda/icsant-2018.json')), later(1));
    // New for this publisher: all 228 facts; 209 of them UNTC already stated identically ("St. Lucia" = "Saint
    // Lucia" through the alias table); the other 19 all date from after the UNTC list.
    expect(unoda.counts).toMatchObject({ rows: 228, new: 228, changed: 0, unresolved: 0, corroborated: 209, disagreements: 0 });
    const fresh = unoda.new.filter((n) => n.corroboratedBy.length === 0);
    expect(fresh).toHaveLength(19);
    expect(fresh.every((n) => n.date! > '2014-07-10')).toBe(true);
    expect(fresh).toContainEqual(expect.objectContaining({ code: 'ARG', kind: 'ratification', date: '2016-04-08' }));
    expect(unoda.new.find((n) => n.code === 'LCA')).toMatchObject({ kind: 'accession', corroboratedBy: [UNTC.publisher] });
    const events = await loadEffectiveEvents(db, { instrumentId: 'icsant2005' });
    expect(new Set(events.map((e) => e.source.publisher))).toEqual(new Set([UNTC.publisher, 'UNODA']));
  });

  it('reports a UNODA date or kind that differs from UNTC, in the report and the batch log', async () => {
    // The real files agree; this variant of the UNODA file moves Japan's acceptance by a day, calls Finland's
    // acceptance a ratification (the same effect: not a disagreement) and Bahrain's accession a ratification.
    const data = JSON.parse(readReference('unoda/icsant-2018.json'));
    data.entries.Japan.dates[1] = '2007-08-04';
    data.entries.Finland.actions[1] = 'Deposit of instruments of ratification';
    const bahrain = (data.entries.Bahrain.actions as string[]).findIndex((a) => /accession/i.test(a));
    data.entries.Bahrain.actions[bahrain] = 'Deposit of instruments of ratification';
    const r = await importStatusList(database.db, unodaInput(JSON.stringify(data)), later(2));
    expect(r.changed.map((c) => c.code).sort()).toEqual(['BHR', 'FIN', 'JPN']);
    expect(r.disagreements).toEqual([
      expect.objectContaining({ code: 'BHR', slot: 'consent', ours: expect.objectContaining({ kind: 'ratification' }), theirs: expect.objectContaining({ kind: 'accession' }) }),
      expect.objectContaining({ code: 'JPN', slot: 'consent', ours: { kind: 'acceptance', date: '2007-08-04', effectiveDate: null }, theirs: expect.objectContaining({ publisher: UNTC.publisher, kind: 'acceptance', date: '2007-08-03' }) }),
    ]);
    const [batch] = await listImportBatches(database.db, { withLog: true, limit: 1 });
    expect(batch!.log!.filter((l) => (l as { type: string }).type === 'disagreement')).toHaveLength(2);
  });
});

describe('imports that report or refuse', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  afterAll(() => database.dispose());

  const HEADER = 'Participant,Signature,"Ratification, Accession(a)"';
  const ACCORD = 'state_as_written,signature_date,consent_date,consent_type,source,as_of,effective_date,source_code,notes';

  it('reports an unresolved name in the report and the batch log, and imports the rest', async () => {
    const content = `${HEADER}\nAfghanistan,,24 Sep 2003 a\nAtlantis,1 Jan 2001,2 Feb 2002\n`;
    const r = await importStatusList(db, { format: 'untc', fileName: 'XVIII-5.csv', content, source: UNTC }, NOW);
    expect(r.instrumentId).toBe('hostages1979');
    expect(r.counts).toMatchObject({ rows: 3, new: 1, unresolved: 1 });
    expect(r.unresolved).toEqual([{ nameAsWritten: 'Atlantis', lines: [3], facts: 2 }]);
    const [batch] = await listImportBatches(db, { withLog: true, limit: 1 });
    expect(batch!.counts).toMatchObject({ unresolved: 1 });
    expect(batch!.log).toContainEqual(expect.objectContaining({ type: 'unresolved', nameAsWritten: 'Atlantis' }));
  });

  it('reports disagreements with another publisher, treating a consent of unknown kind as agreeing', async () => {
    await importStatusList(db, untcFile('untc/XVIII-11.csv', { source: { ...UNTC, asOf: '2014-07-10' } }), NOW);
    const content = `${ACCORD}\nAfghanistan,,2003-09-24,consent,,,,,\nAlbania,,2002-04-11,ratification,,,,,\n`;
    const r = await importStatusList(
      db,
      { format: 'accord-csv', fileName: 'other.csv', content, instrumentId: 'financing1999', source: { publisher: 'Other', title: 'A list' } },
      later(1),
    );
    expect(r.disagreements).toMatchObject([
      { code: 'ALB', slot: 'consent', ours: { date: '2002-04-11' }, theirs: { publisher: UNTC.publisher, kind: 'ratification', date: '2002-04-10' } },
    ]);
  });

  it('changes nothing when the file is malformed, empty, of an unknown format or instrument, or too large', async () => {
    const before = await tableCounts(db);
    const base = { fileName: 'x.csv', instrumentId: 'financing1999', source: UNTC };
    const malformed = await expectAppError(
      importStatusList(db, { ...base, format: 'untc', content: `${HEADER}\nAfghanistan,,"24 Sep 2003 a\n` }, NOW),
      'VALIDATION_FAILED',
    );
    expect(malformed.issues[0]).toMatchObject({ code: 'file.csv_malformed', path: ['content', 2] });
    const badDate = await expectAppError(
      importStatusList(db, { ...base, format: 'untc', content: `${HEADER}\nAfghanistan,,31 Feb 2004 a\n` }, NOW),
      'VALIDATION_FAILED',
    );
    expect(badDate.issues.map((i) => i.code)).toEqual(['row.date_invalid', 'file.no_rows']);
    expect(badDate.issues[0]!.message).toContain('31 Feb 2004');
    await expectAppError(importStatusList(db, { ...base, format: 'untc', content: '' }, NOW), 'VALIDATION_FAILED');
    await expectAppError(importStatusList(db, { ...base, format: 'untc', content: 'name,iso3\nChad,TCD\n' }, NOW), 'VALIDATION_FAILED');
    await expectAppError(importStatusList(db, { ...base, format: 'xlsx', content: 'a' }, NOW), 'VALIDATION_FAILED');
    await expectAppError(importStatusList(db, { ...base, format: 'accord-json', content: '[{' }, NOW), 'VALIDATION_FAILED');
    const unknown = await expectAppError(
      importStatusList(db, { ...base, instrumentId: 'nope', format: 'untc', content: readReference('untc/XVIII-11.csv') }, NOW),
      'VALIDATION_FAILED',
    );
    expect(unknown.issues[0]!.path).toEqual(['instrumentId']);
    await expectAppError(
      importStatusList(db, { format: 'untc', fileName: 'status.csv', content: readReference('untc/XVIII-11.csv'), source: UNTC }, NOW),
      'VALIDATION_FAILED',
    );
    await expectAppError(
      importStatusList(db, { ...base, format: 'untc', content: readReference('untc/XVIII-11.csv'), maxBytes: 1000 }, NOW),
      'VALIDATION_FAILED',
    );
    expect(await tableCounts(db)).toEqual(before);
  });

  it('refuses a file with one impossible date whole, unless told to import its valid rows', async () => {
    const base = { fileName: 'x.csv', instrumentId: 'financing1999', source: UNTC, format: 'untc' };
    const content = `${HEADER}\nChad,,31 Feb 2004 a\nAfghanistan,,24 Sep 2003 a\n`;
    const before = await tableCounts(db);
    const refused = await expectAppError(importStatusList(db, { ...base, content }, NOW), 'VALIDATION_FAILED');
    expect(refused.message).toMatch(/^1 invalid row in x\.csv: nothing was imported/);
    expect(refused.issues).toEqual([expect.objectContaining({ code: 'row.date_invalid', path: ['content', 2] })]);
    expect(await tableCounts(db)).toEqual(before);

    // One valid row where UNTC listed 188: a cut file, taken here only because the test confirms it.
    const partial = await importStatusList(db, { ...base, content, skipInvalidRows: true, confirmShrink: true }, later(90));
    expect(partial.counts.rows).toBe(1);
    expect(partial.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'row.date_invalid' })]);
  });

  it('reads a Windows-1252 file and says so', async () => {
    const content = Buffer.from(`${HEADER}\nC\xf4te d'Ivoire,,13 Mar 2002 a\n`, 'latin1');
    const r = await importStatusList(db, { format: 'untc', fileName: 'XVIII-7.csv', content, source: UNTC }, NOW);
    expect(r.new).toMatchObject([{ code: 'CIV', nameAsWritten: "Côte d'Ivoire" }]);
    expect(r.problems).toMatchObject([{ code: 'file.encoding', severity: 'warning' }]);
  });
});

describe('a Fedlex scope table after the UN Treaty Collection list', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;
  const FEDLEX = { publisher: 'Fedlex (Swiss Federal Chancellery)', title: 'SR 0.353.22, scope of application' };
  const fedlex = (file: string, extra: Partial<ImportStatusListInput> = {}): ImportStatusListInput => ({
    format: 'fedlex',
    fileName: file,
    content: extra.content ?? readReference(file),
    instrumentId: 'financing1999',
    source: FEDLEX,
    ...extra,
  });
  let report: Awaited<ReturnType<typeof importStatusList>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    await importStatusList(db, untcFile('untc/XVIII-11.csv', { source: { ...UNTC, asOf: '2014-07-10' } }), NOW);
    report = await importStatusList(db, fedlex('fedlex/financing1999_fr_20240607.html'), later(1));
  });
  afterAll(() => database.dispose());

  it('takes the table’s own date as the as-of date, and records its facts', async () => {
    const [batch] = await listImportBatches(db, { limit: 1 });
    expect(batch!.source).toMatchObject({ publisher: FEDLEX.publisher, asOf: '2024-06-07' });
    expect(report.counts.unresolved).toBe(0);
    const afg = await loadEffectiveEvents(db, { instrumentId: 'financing1999', participantCode: 'AFG' });
    expect(afg.filter((e) => e.source.publisher === FEDLEX.publisher)).toMatchObject([
      { kind: 'accession', date: '2003-09-24', effectiveDate: '2003-10-24' },
    ]);
  });

  it('keeps a real disagreement with the UN Treaty Collection, and none where only the kind’s wording differs', () => {
    // Qatar's accession: 27 June 2008 per Fedlex, 27 July 2008 per UNTC (the 2014 list).
    expect(report.disagreements).toContainEqual(
      expect.objectContaining({ code: 'QAT', ours: expect.objectContaining({ kind: 'accession', date: '2008-06-27' }), theirs: expect.objectContaining({ date: '2008-07-27', publisher: UNTC.publisher }) }),
    );
    // Finland accepted on 28 June 2002: Fedlex prints every such deposit as a ratification, which agrees.
    expect(report.disagreements.map((d) => d.code)).not.toContain('FIN');
  });

  it('records territories as extensions of their State, and reservations as facts linked to the source', async () => {
    const chn = await loadEffectiveEvents(db, { instrumentId: 'financing1999', participantCode: 'CHN' });
    const fed = chn.filter((e) => e.source.publisher === FEDLEX.publisher);
    expect(fed.map((e) => e.text).filter(Boolean).sort()).toEqual([
      'Reservations or declarations made (marked * in the source)',
      'Territorial application: Hong Kong',
      'Territorial application: Macao',
    ]);
    // No territory is a participant of its own.
    expect(report.new.every((n) => n.code.length === 3)).toBe(true);
  });

  it('refuses a complete list cut short, naming who it drops, unless confirmed', async () => {
    const full = readReference('fedlex/financing1999_fr_20240607.html');
    // Cut after the Philippines' row: every State from Pologne on is gone, the table's end with it.
    const cut = full.slice(0, full.indexOf('Pologne'));
    const before = await tableCounts(db);
    const refused = await expectAppError(importStatusList(db, fedlex('cut.html', { content: cut }), later(2)), 'VALIDATION_FAILED');
    expect(refused.message).toMatch(/no longer lists \d+ participants .*\(POL, PRT, QAT/);
    expect(refused.message).toMatch(/--confirm-shrink/);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('refuses a file that gives one State two different facts, naming both rows', async () => {
    const html = `<h1>Champ d’application le 1er mars 2025</h1><table>
<tr><th>États parties</th><th>Ratification</th><th></th><th>Entrée en vigueur</th><th></th></tr>
<tr><td>Afghanistan</td><td>24 septembre</td><td>2003 A</td><td>24 octobre</td><td>2003</td></tr>
<tr><td>Afghanistan</td><td>25 septembre</td><td>2003 A</td><td>25 octobre</td><td>2003</td></tr>
</table>`;
    const input = fedlex('two.html', { content: html, instrumentId: 'hostages1979', source: { ...FEDLEX, title: 'two rows' } });
    const refused = await expectAppError(importStatusList(db, input, later(3)), "VALIDATION_FAILED");
    expect(refused.issues).toEqual([expect.objectContaining({ code: 'row.duplicate', message: expect.stringMatching(/^Lines 3 and 4 .* AFG: "Afghanistan" accession 2003-09-24 and "Afghanistan" accession 2003-09-25/) })]);
    const taken = await importStatusList(db, { ...input, allowDuplicates: true }, later(3));
    expect(taken.new.filter((n) => n.kind === 'accession')).toMatchObject([{ code: 'AFG', date: '2003-09-24' }]);
    expect(taken.problems).toContainEqual(expect.objectContaining({ code: 'row.duplicate', severity: 'warning' }));
  });

  it('logs an entity that is not a State as the source prints it, and never counts it', async () => {
    const r = await importStatusList(
      db,
      fedlex('fedlex/hague1970_fr_20250324.html', { instrumentId: 'hague1970', source: { ...FEDLEX, title: 'SR 0.748.710.2' } }),
      later(4),
    );
    expect(r.nonStates).toEqual([expect.objectContaining({ nameAsWritten: 'Taipei chinois (Taiwan)', kind: 'ratification', date: '1972-07-27' })]);
    expect(r.counts).toMatchObject({ nonStates: 1, unresolved: 0 });
    const [batch] = await listImportBatches(db, { withLog: true, limit: 1 });
    expect(batch!.log).toContainEqual(expect.objectContaining({ type: 'non-state', nameAsWritten: 'Taipei chinois (Taiwan)' }));
  });
});
