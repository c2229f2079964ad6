import { describe, expect, it } from 'vitest';
import { listReference, readReference } from '../../../../test/reference-files.ts';
import { parseStatusList } from './index.ts';

const parse = (content: string) => parseStatusList('icao', content);
const HEAD = 'Status: 3 Parties. State Date of signature Date of deposit Effective date ';

describe('icao parser on the shipped Tokyo 1963 excerpt', () => {
  const { rows, problems } = parse(readReference('icao/tokyo1963-status-excerpt.txt'));
  const of = (name: string) => rows.filter((r) => r.nameAsWritten === name);

  it('is the only ICAO file', () => {
    expect(listReference('icao')).toEqual(['icao/tokyo1963-status-excerpt.txt']);
  });

  it('reads the 35 States from Afghanistan to Chile, 5 of them with a signature', () => {
    const names = [...new Set(rows.map((r) => r.nameAsWritten))];
    expect(names).toHaveLength(35);
    expect(names[0]).toBe('Afghanistan');
    expect(names.at(-1)).toBe('Chile');
    expect(rows.filter((r) => r.kind === 'signature').map((r) => r.nameAsWritten)).toEqual([
      'Barbados',
      'Belgium',
      'Brazil',
      'Burkina Faso',
      'Canada',
    ]);
    expect(rows.filter((r) => r.kind !== 'signature').every((r) => r.kind === 'consent')).toBe(true);
  });

  it('reads deposit and effective dates, and keeps footnote refs out of the name', () => {
    expect(of('Afghanistan')).toMatchObject([{ kind: 'consent', date: '1977-04-15', effectiveDate: '1977-07-14' }]);
    expect(of('Bahrain')).toMatchObject([{ date: '1984-02-09', note: 'ICAO footnotes (1)(3)' }]);
    expect(of('Burkina Faso')).toMatchObject([
      { kind: 'signature', date: '1963-09-14' },
      { kind: 'consent', date: '1969-06-06', effectiveDate: '1969-12-04' },
    ]);
    expect(of('Bolivia (Plurinational State of)')).toMatchObject([{ date: '1979-07-05' }]);
    // A succession takes effect before its deposit: kept as printed.
    expect(of('Bosnia and Herzegovina')).toMatchObject([{ date: '1995-03-07', effectiveDate: '1992-03-06' }]);
    expect(of('Chile')).toMatchObject([{ date: '1974-01-24', effectiveDate: '1974-04-24' }]);
  });

  it('reports the truncated last entry instead of inventing a State', () => {
    expect(problems).toMatchObject([{ severity: 'error', code: 'row.truncated', value: 'C', line: 5 }]);
    expect(rows.some((r) => r.nameAsWritten === 'C')).toBe(false);
  });
});

describe('icao parser on bad input', () => {
  it('reports an impossible date and text between entries, and keeps the good entries', () => {
    const { rows, problems } = parse(
      `${HEAD}Chad - 31 February 1970 28 September 1970 Angola - 24 February 1998 25 May 1998 ` +
        `garbage 12 Peru - 1 May 1990 30 July 1990`,
    );
    expect(rows.map((r) => r.nameAsWritten)).toEqual(['Angola', 'Peru']);
    expect(problems).toMatchObject([
      { code: 'row.date_invalid', value: '31 February 1970' },
      { code: 'row.unparsed', value: 'garbage 12' },
    ]);
  });

  it('refuses text without the ICAO column headings', () => {
    expect(parse('Afghanistan - 15 April 1977 14 July 1977').problems).toMatchObject([{ code: 'file.header_invalid', line: 1 }]);
  });

  it('fails a list with no complete entry', () => {
    expect(parse(`${HEAD}Chile - 24 January`)).toMatchObject({
      rows: [],
      problems: [{ code: 'row.truncated' }, { code: 'file.no_rows' }],
    });
  });
});
