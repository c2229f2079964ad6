import { describe, expect, it } from 'vitest';
import { listReference, readReference } from '../../../../test/reference-files.ts';
import { ACCORD_COLUMNS } from './accord.ts';
import { parseStatusList } from './index.ts';

const csv = (content: string) => parseStatusList('accord-csv', content);
const json = (content: string) => parseStatusList('accord-json', content);
const HEADER = ACCORD_COLUMNS.join(',');

// Participants and facts per shipped partial list: a new file without a line here fails.
const EXPECTED: Record<string, [participants: number, facts: number]> = {
  'partial/cppnm1980_partial_infcirc274_1995.csv': [25, 39],
  'partial/hague1970_partial_icao_docslib.csv': [27, 29],
  'partial/montreal1971_partial_verdragen_nl.csv': [41, 53],
};

describe('accord-csv parser on every shipped partial list', () => {
  const files = listReference('partial');
  const rowsOf = (file: string, name: string) => csv(readReference(file)).rows.filter((r) => r.nameAsWritten === name);

  it('has an expectation for each file', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s parses without problems, with the expected counts', (file) => {
    const { rows, problems } = csv(readReference(file));
    expect(problems).toEqual([]);
    expect([new Set(rows.map((r) => r.nameAsWritten)).size, rows.length]).toEqual(EXPECTED[file]);
  });

  it('maps every IAEA consent type, formal confirmation included', () => {
    const file = 'partial/cppnm1980_partial_infcirc274_1995.csv';
    const kinds = csv(readReference(file)).rows.map((r) => r.kind);
    expect(new Set(kinds)).toEqual(new Set(['signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval', 'consent']));
    expect(rowsOf(file, 'EURATOM*')[1]).toMatchObject({ kind: 'consent', date: '1991-09-06', note: expect.stringContaining('formal confirmation') });
    expect(rowsOf(file, 'Finland')[1]).toMatchObject({ kind: 'acceptance', date: '1989-09-22', effectiveDate: '1989-10-22' });
    expect(rowsOf(file, 'France*')[1]).toMatchObject({ kind: 'approval', date: '1991-09-06' });
    expect(rowsOf(file, 'Belarus')).toMatchObject([{ kind: 'succession', date: '1993-09-09', effectiveDate: '1993-06-14' }]);
    expect(rowsOf(file, 'Haiti')).toMatchObject([{ kind: 'signature', date: '1980-04-09' }]);
  });

  it('reads the Hague and Montreal lists', () => {
    expect(rowsOf('partial/hague1970_partial_icao_docslib.csv', 'Afghanistan')).toMatchObject([
      { kind: 'signature', date: '1970-12-16' },
      { kind: 'ratification', date: '1979-08-29', effectiveDate: null },
    ]);
    expect(rowsOf('partial/hague1970_partial_icao_docslib.csv', 'Bahamas')).toMatchObject([{ kind: 'succession', date: '1976-08-11' }]);
    expect(rowsOf('partial/montreal1971_partial_verdragen_nl.csv', "Côte d'Ivoire")).toMatchObject([
      { kind: 'accession', date: '1973-01-09', effectiveDate: null },
    ]);
  });
});

describe('accord parsers on bad input', () => {
  it('reports an impossible date and an unknown consent type with line and value', () => {
    const { rows, problems } = csv(
      `${HEADER}\nChad,2004-02-31,,,,,,,\nPeru,,1990-05-01,denunciation,,,,,\nMali,,1990-05-01,accession,,,,,\n`,
    );
    expect(rows).toMatchObject([{ nameAsWritten: 'Mali', kind: 'accession', line: 4 }]);
    expect(problems).toMatchObject([
      { code: 'row.date_invalid', line: 2, value: '2004-02-31' },
      { code: 'row.consent_type_unknown', line: 3, value: 'denunciation' },
    ]);
  });

  it('refuses a header that is not Accord’s layout', () => {
    expect(csv('Participant,Signature,Ratification\nChad,,\n').problems).toMatchObject([
      { code: 'file.header_invalid', line: 1, message: expect.stringContaining('state_as_written') },
    ]);
  });

  it('reports malformed CSV and a consent type without date', () => {
    expect(csv(`${HEADER}\n"Chad,,\n`).problems[0]).toMatchObject({ code: 'file.csv_malformed' });
    expect(csv(`${HEADER}\nChad,,,accession,,,,,\n`).problems[0]).toMatchObject({ code: 'row.consent_date_missing', line: 2 });
  });

  it('reads the JSON form with the same keys', () => {
    const content = JSON.stringify([
      { state_as_written: 'Chad', signature_date: '1971-09-23', consent_date: '1972-07-12', consent_type: 'ratification', effective_date: null },
      { state_as_written: 'Peru', signature_date: null, consent_date: '31 Feb 2004', consent_type: 'accession' },
      'Mali',
    ]);
    const { rows, problems } = json(content);
    expect(rows).toMatchObject([
      { nameAsWritten: 'Chad', kind: 'signature', date: '1971-09-23' },
      { nameAsWritten: 'Chad', kind: 'ratification', date: '1972-07-12', effectiveDate: null },
    ]);
    expect(problems).toMatchObject([
      { code: 'row.date_invalid', value: '31 Feb 2004', message: expect.stringMatching(/^Item 1: /) },
      { code: 'row.shape', message: expect.stringMatching(/^Item 2: /) },
    ]);
  });

  it('refuses JSON that is malformed or not an array', () => {
    expect(json('[{').problems).toMatchObject([{ code: 'file.json_malformed' }]);
    expect(json('{"rows": []}').problems).toMatchObject([{ code: 'file.header_invalid' }]);
    expect(json('[]').problems).toMatchObject([{ code: 'file.no_rows' }]);
  });
});

describe('format registry', () => {
  it('refuses an unknown format and an empty file', () => {
    expect(parseStatusList('xlsx', 'a,b')).toMatchObject({ rows: [], problems: [{ code: 'format.unknown', value: 'xlsx' }] });
    expect(parseStatusList('accord-csv', ' \n')).toMatchObject({ rows: [], problems: [{ code: 'file.empty' }] });
  });
});
