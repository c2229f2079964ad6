import { describe, expect, it } from 'vitest';
import { listReference, readReference } from '../../../../test/reference-files.ts';
import { parseStatusList } from './index.ts';
import { decodeEntities, unodaActionKind } from './unoda.ts';

const parse = (content: string) => parseStatusList('unoda', content);

describe('unoda parser on the shipped file', () => {
  const { rows, problems } = parse(readReference('unoda/icsant-2018.json'));
  const of = (name: string) => rows.filter((r) => r.nameAsWritten === name);

  it('is the only UNODA file', () => {
    expect(listReference('unoda')).toEqual(['unoda/icsant-2018.json']);
  });

  it('reads 149 participants: 115 signatures, 76 ratifications, 34 accessions, 3 acceptances', () => {
    expect(problems).toEqual([]);
    expect(new Set(rows.map((r) => r.nameAsWritten)).size).toBe(149);
    const byKind = Object.fromEntries(['signature', 'ratification', 'accession', 'acceptance'].map((k) => [k, rows.filter((r) => r.kind === k).length]));
    expect(byKind).toEqual({ signature: 115, ratification: 76, accession: 34, acceptance: 3 });
    expect(rows).toHaveLength(228);
  });

  it('reads real facts, including those after the 2014 UNTC list', () => {
    expect(of('Argentina')).toMatchObject([
      { kind: 'signature', date: '2005-09-14' },
      { kind: 'ratification', date: '2016-04-08' },
    ]);
    expect(of('Finland')[1]).toMatchObject({ kind: 'acceptance', date: '2009-01-13' });
    expect(of('Algeria')).toMatchObject([{ kind: 'accession', date: '2011-03-03' }]);
  });

  it('decodes the HTML entity left in a name', () => {
    expect(of("Côte d'Ivoire")).toMatchObject([{ kind: 'accession', date: '2012-03-12' }]);
    expect(rows.some((r) => r.nameAsWritten.includes('&'))).toBe(false);
  });
});

describe('unoda parser on bad input', () => {
  it('maps every action string it knows and no other', () => {
    expect(unodaActionKind('Deposit of instruments of acceptance')).toBe('acceptance');
    expect(unodaActionKind('Signature')).toBe('signature');
    expect(unodaActionKind('Ratification pending')).toBeNull();
  });

  it('reports unknown actions and impossible dates with their line', () => {
    const content = JSON.stringify(
      { entries: { Chad: { actions: ['Signature', 'Notification'], dates: ['2005-09-14', '2006-01-01'] }, Peru: { actions: ['Signature'], dates: ['2004-02-31'] } } },
      null,
      1,
    );
    const { rows, problems } = parse(content);
    expect(rows).toMatchObject([{ nameAsWritten: 'Chad', kind: 'signature', date: '2005-09-14', line: 3 }]);
    expect(problems).toMatchObject([
      { code: 'row.action_unknown', value: 'Notification', line: 3 },
      { code: 'row.date_invalid', value: '2004-02-31' },
    ]);
  });

  it('refuses malformed JSON, JSON of another shape and mismatched arrays', () => {
    expect(parse('{"entries": {').problems).toMatchObject([{ code: 'file.json_malformed' }]);
    expect(parse('[1, 2]').problems).toMatchObject([{ code: 'file.header_invalid' }]);
    expect(parse('{"entries": {"Chad": {"actions": ["Signature"], "dates": []}}}').problems).toMatchObject([
      { code: 'row.shape', value: 'Chad' },
      { code: 'file.no_rows' },
    ]);
  });

  it('decodes numeric and named entities', () => {
    expect(decodeEntities('S&atilde;o Tom&#233; &amp; Pr&iacute;ncipe')).toBe('São Tomé & Príncipe');
  });
});
