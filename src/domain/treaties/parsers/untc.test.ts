import { describe, expect, it } from 'vitest';
import { listReference, readReference } from '../../../../test/reference-files.ts';
import { parseStatusList } from './index.ts';
import { parseLegend, splitFootnotes } from './untc.ts';

const parse = (content: string) => parseStatusList('untc', content);
const find = (file: string, name: string) => parse(readReference(file)).rows.filter((r) => r.nameAsWritten === name);
const HEADER = 'Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"';

// Participants and facts (signatures + consents) in every shipped UNTC file: a new file without a line here fails.
const EXPECTED: Record<string, [participants: number, facts: number]> = {
  'untc/XVIII-11.csv': [188, 318],
  'untc/XVIII-12.csv': [185, 326],
  'untc/XVIII-14.csv': [178, 311],
  'untc/XVIII-15.csv': [142, 209],
  'untc/XVIII-5.csv': [175, 212],
  'untc/XVIII-7.csv': [176, 201],
  'untc/XVIII-9.csv': [170, 226],
  'untc/history/XVIII-11/2013-06-06.csv': [185, 314],
  'untc/history/XVIII-11/2013-06-11.csv': [185, 314],
  'untc/history/XVIII-11/2013-06-18.csv': [185, 314],
  'untc/history/XVIII-11/2013-07-06.csv': [185, 314],
  'untc/history/XVIII-11/2013-07-24.csv': [186, 315],
  'untc/history/XVIII-11/2013-08-15.csv': [187, 317],
  'untc/history/XVIII-11/2014-01-27.csv': [187, 317],
  'untc/history/XVIII-11/2014-07-10.csv': [188, 318],
  'untc/history/XVIII-15/2013-06-06.csv': [142, 201],
  'untc/history/XVIII-15/2013-06-11.csv': [142, 201],
  'untc/history/XVIII-15/2013-06-18.csv': [142, 201],
  'untc/history/XVIII-15/2013-07-06.csv': [142, 201],
  'untc/history/XVIII-15/2013-09-23.csv': [142, 203],
  'untc/history/XVIII-15/2013-12-22.csv': [142, 204],
  'untc/history/XVIII-15/2014-01-06.csv': [142, 205],
  'untc/history/XVIII-15/2014-03-19.csv': [142, 207],
  'untc/history/XVIII-15/2014-07-10.csv': [142, 209],
};

describe('untc parser on every shipped file', () => {
  const files = [
    ...listReference('untc'),
    ...listReference('untc/history/XVIII-11'),
    ...listReference('untc/history/XVIII-15'),
  ];

  it('has an expectation for each file', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s parses without problems, with the expected counts', (file) => {
    const { rows, problems } = parse(readReference(file));
    expect(problems).toEqual([]);
    expect([new Set(rows.map((r) => r.nameAsWritten)).size, rows.length]).toEqual(EXPECTED[file]);
  });

  it('reads accession, ratification and signature dates (XVIII-11)', () => {
    expect(find('untc/XVIII-11.csv', 'Afghanistan')).toMatchObject([{ kind: 'accession', date: '2003-09-24', line: 2 }]);
    expect(find('untc/XVIII-11.csv', 'Albania')).toMatchObject([
      { kind: 'signature', date: '2001-12-18' },
      { kind: 'ratification', date: '2002-04-10' },
    ]);
  });

  it('reads acceptance, approval and succession suffixes', () => {
    expect(find('untc/XVIII-12.csv', 'European Union')).toMatchObject([
      { kind: 'signature', date: '2000-12-12' },
      { kind: 'approval', date: '2004-05-21' },
    ]);
    expect(find('untc/XVIII-11.csv', 'Finland')[1]).toMatchObject({ kind: 'acceptance', date: '2002-06-28' });
    expect(find('untc/XVIII-11.csv', 'Montenegro')).toMatchObject([{ kind: 'succession', date: '2006-10-23' }]);
  });

  it('reads the other UNTC files', () => {
    expect(find('untc/XVIII-5.csv', 'Algeria')).toMatchObject([{ kind: 'accession', date: '1996-12-18' }]);
    expect(find('untc/XVIII-7.csv', 'Algeria')).toMatchObject([{ kind: 'accession', date: '2000-11-07' }]);
    expect(find('untc/XVIII-9.csv', 'Algeria')).toMatchObject([
      { kind: 'signature', date: '1998-12-17' },
      { kind: 'ratification', date: '2001-11-08' },
    ]);
    expect(find('untc/XVIII-12.csv', 'Afghanistan')).toMatchObject([
      { kind: 'signature', date: '2000-12-14' },
      { kind: 'ratification', date: '2003-09-24' },
    ]);
    expect(find('untc/XVIII-14.csv', 'Afghanistan')[1]).toMatchObject({ kind: 'ratification', date: '2008-08-25' });
  });

  it('reads a succession to signature in the XVIII-15 signature column as a signature', () => {
    expect(find('untc/XVIII-15.csv', 'Montenegro')).toMatchObject([
      { kind: 'signature', date: '2006-10-23', note: 'succession to signature' },
    ]);
    expect(find('untc/XVIII-15.csv', 'Albania')).toMatchObject([{ kind: 'signature', date: '2005-11-23' }]);
    expect(find('untc/XVIII-15.csv', 'Algeria')).toMatchObject([{ kind: 'accession', date: '2011-03-03' }]);
  });

  it('reads the same facts whatever the order of the header legend', () => {
    // 2014-01-27 lists "Ratification, …" first, 2014-07-10 "Approval(AA), …": only Timor-Leste differs.
    const before = parse(readReference('untc/history/XVIII-11/2014-01-27.csv')).rows;
    const after = parse(readReference('untc/history/XVIII-11/2014-07-10.csv')).rows;
    const key = (r: { nameAsWritten: string; kind: string; date: string | null }) => `${r.nameAsWritten}|${r.kind}|${r.date}`;
    const added = after.map(key).filter((k) => !before.map(key).includes(k));
    expect(added).toEqual(['Timor-Leste|accession|2014-05-27']);
  });

  it('keeps names as printed, damaged ones included', () => {
    expect(find('untc/history/XVIII-11/2013-06-06.csv', "Cte d'Ivoire")).toMatchObject([{ kind: 'accession', date: '2002-03-13' }]);
    expect(find('untc/history/XVIII-11/2013-06-06.csv', 'Cape Verde')).toHaveLength(2);
    expect(find('untc/XVIII-11.csv', "Côte d'Ivoire")).toHaveLength(1);
  });
});

describe('untc parser on bad input', () => {
  it('reports an impossible date with its line and value, and keeps the other rows', () => {
    const { rows, problems } = parse(`${HEADER}\nAfghanistan,,31 Feb 2004 a\nAlbania,18 Dec 2001,10 Apr 2002\n`);
    expect(rows.map((r) => r.nameAsWritten)).toEqual(['Albania', 'Albania']);
    expect(problems).toMatchObject([{ severity: 'error', code: 'row.date_invalid', line: 2, value: '31 Feb 2004 a' }]);
  });

  it('reports a suffix the header does not define', () => {
    const header = 'Participant,Signature,"Accession(a), Ratification"';
    const { rows, problems } = parse(`${header}\nAfghanistan,,24 Sep 2003 AA\n`);
    expect(rows).toEqual([]);
    expect(problems).toMatchObject([{ code: 'row.suffix_unknown', line: 2 }, { code: 'file.no_rows' }]);
  });

  it('refuses a header that is not a UNTC status list', () => {
    const { rows, problems } = parse('name,iso3\nAfghanistan,AFG\n');
    expect(rows).toEqual([]);
    expect(problems).toMatchObject([{ code: 'file.header_invalid', line: 1, value: 'name,iso3' }]);
  });

  it('reports malformed CSV with its line', () => {
    const { rows, problems } = parse(`${HEADER}\nAfghanistan,,"24 Sep 2003 a\n`);
    expect(rows).toEqual([]);
    expect(problems[0]).toMatchObject({ code: 'file.csv_malformed', line: 2 });
  });

  it('reports an empty file and rows with a wrong column count', () => {
    expect(parse('').problems).toMatchObject([{ code: 'file.empty' }]);
    expect(parse(`${HEADER}\nAfghanistan,24 Sep 2003\n`).problems).toMatchObject([{ code: 'row.columns', line: 2 }, { code: 'file.no_rows' }]);
  });

  it('strips footnote marks from names', () => {
    const { rows } = parse(`${HEADER}\nDenmark4,12 Jan 2001,27 Aug 2002\n"Belgium 2, 5",,17 May 2004\nGermany (3),,17 Jun 2004\n`);
    expect(rows.map((r) => [r.nameAsWritten, r.note])).toEqual([
      ['Denmark', 'footnotes 4'],
      ['Denmark', 'footnotes 4'],
      ['Belgium', 'footnotes 2,5'],
      ['Germany', 'footnotes 3'],
    ]);
    expect(splitFootnotes('Timor-Leste')).toEqual({ name: 'Timor-Leste', footnotes: null });
  });

  it('reads legends in any order and refuses unknown labels', () => {
    expect([...parseLegend('Approval(AA), Ratification, Accession(a)')!]).toEqual([
      ['AA', { kind: 'approval', note: null }],
      ['', { kind: 'ratification', note: null }],
      ['a', { kind: 'accession', note: null }],
    ]);
    expect(parseLegend('Ratification, Something(x)')).toBeNull();
  });
});
