import { describe, expect, it } from 'vitest';
import { readReference } from '../../../../test/reference-files.ts';
import { parseStatusList } from './index.ts';

const parse = (file: string) => parseStatusList('regional-csv', readReference(`regional/${file}`));

describe('regional-csv: the research file on regional conventions, one convention per file', () => {
  it('reads the ASEAN Convention: ten signatures of 13 January 2007, two dated ratifications, eight parties without a date', () => {
    const { rows, problems } = parse('asean_acct_2007.csv');
    expect(problems).toEqual([]);
    const signatures = rows.filter((r) => r.kind === 'signature');
    expect(signatures).toHaveLength(10);
    expect(new Set(signatures.map((r) => r.date))).toEqual(new Set(['2007-01-13']));
    expect(rows.find((r) => r.nameAsWritten === 'Malaysia' && r.kind === 'ratification')).toMatchObject({ date: '2013-01-11' });
    expect(rows.find((r) => r.nameAsWritten === 'Brunei Darussalam' && r.kind === 'ratification')).toMatchObject({ date: '2011-04-28' });
    const undated = rows.filter((r) => r.kind === 'consent');
    expect(undated).toHaveLength(8);
    expect(undated.every((r) => r.date === null && r.note!.startsWith('named as a party without a date'))).toBe(true);
    // Prose names lose their article: "the Kingdom of Thailand" is read as "Kingdom of Thailand".
    expect(undated.map((r) => r.nameAsWritten)).toContain('Kingdom of Thailand');
  });

  it('reads the OAS Convention, leaving out a signature dated to the month only, with a warning', () => {
    const { rows, problems } = parse('oas_a66_2002.csv');
    expect(problems).toEqual([expect.objectContaining({ code: 'row.date_partial', severity: 'warning', value: '2002-06' })]);
    const us = rows.filter((r) => r.nameAsWritten === 'United States');
    expect(us).toEqual([expect.objectContaining({ kind: 'ratification', date: '2005-11-15' })]);
    expect(us[0]!.note).toContain('signed in 2002-06 (day not given)');
    expect(rows.find((r) => r.nameAsWritten === 'Chile' && r.kind === 'ratification')!.date).toBe('2004-09-29');
    expect(rows.filter((r) => r.kind !== 'signature')).toHaveLength(15);
  });

  it('reads the three OAU ratifications reported in 2002 as parties without a date', () => {
    const { rows } = parse('oau_1999.csv');
    expect(rows.map((r) => [r.nameAsWritten, r.kind, r.date])).toEqual([
      ['Sudan', 'consent', null],
      ['Ghana', 'consent', null],
      ['South Africa', 'consent', null],
    ]);
  });

  it('refuses a file that mixes conventions, a bad header, and bad rows', () => {
    const head = 'convention_id,convention,state_as_written,signature_date,consent_date,consent_type,source,as_of,notes';
    const mixed = `${head}\na,A,France,,,,s,,\nb,B,Spain,,,,s,,\n`;
    expect(parseStatusList('regional-csv', mixed).problems[0]!.code).toBe('file.mixed_conventions');
    expect(parseStatusList('regional-csv', 'state,date\nFrance,2000-01-01\n').problems[0]!.code).toBe('file.header_invalid');
    const bad = `${head}\na,A,France,13/01/2007,,,s,,\na,A,Spain,,2001-01-01,mystery,s,,\na,A,Italy,,,ratification,s,,\na,A,,,,,s,,\n`;
    expect(parseStatusList('regional-csv', bad).problems.map((p) => p.code)).toEqual([
      'row.date_invalid',
      'row.consent_type_unknown',
      'row.consent_date_missing',
      'row.name_missing',
      'file.no_rows',
    ]);
  });
});
