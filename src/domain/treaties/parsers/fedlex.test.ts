import { describe, expect, it } from 'vitest';
import { listReference, readReference } from '../../../../test/reference-files.ts';
import { FEDLEX_OBJECTIONS, FEDLEX_RESERVATIONS, readDayMonth, readLongDate, splitMarks, TERRITORY_PREFIX } from './fedlex.ts';
import { parseStatusList } from './index.ts';

const parse = (file: string) => parseStatusList('fedlex', readReference(file));
const consents = (file: string) => parse(file).rows.filter((r) => r.kind !== 'declaration');
const territories = (file: string) => parse(file).rows.filter((r) => r.text?.startsWith(TERRITORY_PREFIX));
const row = (file: string, name: string) => consents(file).find((r) => r.nameAsWritten === name);

// States (and other entities) listed, and territory rows, in every shipped French table: counted by hand from the
// tables' rows. A new file without a line here fails.
const EXPECTED: Record<string, [asOf: string, listed: number, territories: number]> = {
  'fedlex/airports1988_fr_20240812.html': ['2024-08-12', 174, 8],
  'fedlex/beijing2010prot_fr_20250623.html': ['2025-06-23', 57, 1],
  'fedlex/bombings1997_fr_20200226.html': ['2020-02-26', 170, 8],
  'fedlex/cppnm1980_fr_20251021.html': ['2022-04-07', 164, 4],
  'fedlex/cppnm2005amend_fr_20231114.html': ['2023-11-14', 135, 2],
  'fedlex/financing1999_fr_20240607.html': ['2024-06-07', 190, 14],
  'fedlex/hague1970_fr_20250324.html': ['2025-03-24', 189, 10],
  'fedlex/hostages1979_fr_20190219.html': ['2019-02-19', 176, 7],
  'fedlex/icsant2005_fr_20240229.html': ['2024-02-29', 124, 2],
  'fedlex/ipp1973_fr_20260608.html': ['2026-06-08', 179, 24],
  'fedlex/montreal1971_fr_20250402.html': ['2025-04-02', 190, 7],
  'fedlex/plastic1991_fr_20240813.html': ['2024-08-13', 156, 11],
  'fedlex/sua1988_fr_20200611.html': ['2020-06-11', 166, 6],
  'fedlex/sua2005_fr_20260305.html': ['2026-03-05', 52, 2],
  'fedlex/suaplat1988_fr_20250303.html': ['2025-03-03', 157, 6],
  'fedlex/suaplat2005_fr_20240722.html': ['2024-07-22', 47, 1],
  'fedlex/tokyo1963_fr_20230621.html': ['2023-06-21', 187, 7],
  'fedlex/tokyo2014prot_fr_20260715.html': ['2026-07-15', 63, 1],
  'fedlex/untoc2000_fr_20260911.html': ['2026-09-11', 193, 18],
};

describe('fedlex parser on every shipped French table', () => {
  const files = listReference('fedlex').filter((f) => f.endsWith('.html') && f.includes('_fr_'));
  it.each(files)('%s: its date, every State row and territory, and no error', (file) => {
    const expected = EXPECTED[file];
    if (!expected) throw new Error(`${file} has no expected counts: count its rows and add a line`);
    const r = parse(file);
    expect(r.asOf).toBe(expected[0]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(consents(file)).toHaveLength(expected[1]);
    expect(territories(file)).toHaveLength(expected[2]);
    // Every State row has a deposit date, or says why not.
    for (const f of consents(file)) {
      if (f.date === null) expect(r.problems.map((p) => p.line)).toContain(f.line);
    }
  });
});

describe('facts read from the shipped tables', () => {
  const HOSTAGES = 'fedlex/hostages1979_fr_20190219.html';
  it('reads accession (A) and ratification with the entry into force for the State', () => {
    expect(row(HOSTAGES, 'Afghanistan')).toMatchObject({ kind: 'accession', date: '2003-09-24', effectiveDate: '2003-10-24' });
    expect(row(HOSTAGES, 'Allemagne')).toMatchObject({ kind: 'ratification', date: '1980-12-15', effectiveDate: '1983-06-03' });
    // "1er" and a padded day: Burkina Faso, "  1er octobre 2003 A".
    expect(row(HOSTAGES, 'Burkina Faso')).toMatchObject({ kind: 'accession', date: '2003-10-01' });
  });

  it('reads succession (S), whose entry into force precedes the deposit', () => {
    expect(row(HOSTAGES, 'Croatie')).toMatchObject({ kind: 'succession', date: '2003-09-23', effectiveDate: '1991-10-08' });
  });

  it('turns * into a reservations-or-declarations fact and ** into an objections fact', () => {
    const rows = parse(HOSTAGES).rows;
    const of = (name: string) => rows.filter((r) => r.nameAsWritten === name && r.kind === 'declaration').map((r) => r.text);
    expect(of('Algérie')).toEqual([FEDLEX_RESERVATIONS]);
    expect(of('Espagne')).toEqual([FEDLEX_OBJECTIONS]);
    expect(of('France')).toEqual([FEDLEX_RESERVATIONS, FEDLEX_OBJECTIONS]);
    expect(of('Afghanistan')).toEqual([]);
  });

  it('records a territory as an extension of its State, with its footnote', () => {
    const hk = territories(HOSTAGES).find((t) => t.text === `${TERRITORY_PREFIX}Hong Kong`);
    expect(hk).toMatchObject({ nameAsWritten: 'Chine', date: '1997-06-06', effectiveDate: '1997-07-01' });
    expect(hk!.note).toMatch(/footnote a.*Hong Kong est devenue une Région administrative spéciale/);
    // Indented rows under a State listed without dates: the Kingdom of the Netherlands' Caribbean parts.
    expect(territories(HOSTAGES).filter((t) => t.nameAsWritten === 'Pays-Bas').map((t) => t.text)).toEqual([
      `${TERRITORY_PREFIX}Curaçao`,
      `${TERRITORY_PREFIX}Partie caraïbe (Bonaire, Sint Eustatius et Saba)`,
      `${TERRITORY_PREFIX}Sint Maarten`,
    ]);
    expect(row(HOSTAGES, 'Pays-Bas')).toMatchObject({ kind: 'consent', date: null, note: 'listed without dates' });
  });

  it('does not take a long name wrapped in a list for a territory (EURATOM in the CPPNM Amendment)', () => {
    const file = 'fedlex/cppnm2005amend_fr_20231114.html';
    expect(row(file, 'Communauté européenne de l’énergie atomique (CEEA/EURATOM)')).toMatchObject({ kind: 'accession', date: '2015-12-16' });
    expect(territories(file).map((t) => t.nameAsWritten).sort()).toEqual(['Danemark', 'Royaume-Uni']);
  });

  it('reads the placeholder date "11 novembre 1111" as unknown and says so', () => {
    const file = 'fedlex/airports1988_fr_20240812.html';
    expect(row(file, 'Pays-Bas')).toMatchObject({ date: null, effectiveDate: null });
    expect(parse(file).problems).toContainEqual(expect.objectContaining({ code: 'row.date_placeholder', severity: 'warning' }));
  });

  it('finds the party table after the technical annex of the Plastic Explosives Convention', () => {
    const file = 'fedlex/plastic1991_fr_20240813.html';
    expect(row(file, 'Algérie')).toMatchObject({ date: expect.stringMatching(/^\d{4}-/) });
    expect(row(file, 'Chine')).toMatchObject({ kind: 'consent', date: null });
    expect(territories(file).find((t) => t.nameAsWritten === 'Chine')).toMatchObject({ text: `${TERRITORY_PREFIX}Hong Kong`, effectiveDate: '1997-07-01' });
  });
});

describe('a German table (Geltungsbereich)', () => {
  const file = listReference('fedlex').find((f) => f.includes('_de_'));
  it('is shipped', () => expect(file).toBe('fedlex/tokyo2014prot_de_20260715.html'));
  it.runIf(file)('reads the same States and dates as the French table of the same consolidation', () => {
    const de = parse(file!);
    expect(de.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // "Armenien 17. Februar 2022 B": B (Beitritt) is an accession.
    expect(de.rows.find((r) => r.nameAsWritten === 'Armenien')).toMatchObject({ kind: 'accession', date: '2022-02-17', effectiveDate: '2022-04-01' });
    const fr = parse(file!.replace('_de_', '_fr_'));
    expect(de.asOf).toBe(fr.asOf);
    const dates = (r: typeof de) => r.rows.filter((x) => x.kind !== 'declaration').map((x) => `${x.kind} ${x.date} ${x.effectiveDate}`).sort();
    expect(dates(de)).toEqual(dates(fr));
  });
});

describe('cells and markers', () => {
  it.each([
    ['  4 juin', [4, 6]],
    ['1er juillet', [1, 7]],
    ['1 er juillet', [1, 7]],
    ['15. Juli', [15, 7]],
    ['3. März', [3, 3]],
    ['  1. Dezember', [1, 12]],
    ['31 février', [31, 2]],
    ['juin', null],
    ['4 Brumaire', null],
  ] as const)('day and month of %j', (cell, expected) => {
    expect(readDayMonth(cell)).toEqual(expected);
  });

  it('reads a heading date and refuses an impossible one', () => {
    expect(readLongDate('1er juillet 2026')).toBe('2026-07-01');
    expect(readLongDate('15. Juli 2026')).toBe('2026-07-15');
    expect(readLongDate('31 février 2024')).toBeNull();
  });

  it.each([
    ['Pays-Bas* **', { name: 'Pays-Bas', reservations: true, objections: true, footnotes: [] }],
    ['Allemagne* **', { name: 'Allemagne', reservations: true, objections: true, footnotes: [] }],
    ['Corée (Nord) *', { name: 'Corée (Nord)', reservations: true, objections: false, footnotes: [] }],
    ['Hong Kong a c', { name: 'Hong Kong', reservations: false, objections: false, footnotes: ['a', 'c'] }],
    ['Espagne** ', { name: 'Espagne', reservations: false, objections: true, footnotes: [] }],
    ['Macaob', { name: 'Macaob', reservations: false, objections: false, footnotes: [] }],
  ])('markers of %j', (raw, expected) => {
    expect(splitMarks(raw)).toEqual(expected);
  });

  it('refuses a row it cannot read, with its line, and never drops it silently', () => {
    const html = `<h1>Champ d’application le 1<sup>er</sup> mars 2024</h1><table>
<tr><th>États parties</th><th>Ratification Adhésion (A)</th><th></th><th>Entrée en vigueur</th><th></th></tr>
<tr><td>Albanie</td><td>31 février</td><td>2002 A</td><td>1er mars</td><td>2002</td></tr>
<tr><td>Andorre</td><td>23 septembre</td><td>2004 X</td><td>23 octobre</td><td>2004</td></tr>
<tr><td>Angola</td><td>4 juin</td><td>2001 A</td><td>4 juillet</td><td>2001</td></tr>
</table>`;
    const r = parseStatusList('fedlex', html);
    expect(r.asOf).toBe('2024-03-01');
    expect(r.rows.map((x) => x.nameAsWritten)).toEqual(['Angola']);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['row.date_invalid', 3],
      ['row.suffix_unknown', 4],
    ]);
  });

  it('says so when a file has no party table', () => {
    const r = parseStatusList('fedlex', '<html><body><p>Pas de tableau</p></body></html>');
    expect(r.rows).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['file.scope_missing', 'file.table_missing']);
  });
});
