import { describe, expect, it } from 'vitest';
import {
  bilateralTreatyInForce,
  checkBilateralTreaty,
  coversCooperation,
  isHttpUrl,
  normalisePair,
  sameTreatyKey,
  type BilateralTreatyFields,
} from './bilateral-treaties.ts';
import { parseBilateralCsv } from './bilateral-csv.ts';

const valid: BilateralTreatyFields = {
  kind: 'extradition',
  title: 'Extradition Treaty',
  stateA: 'FRA',
  stateB: 'USA',
  signedOn: '1996-04-23',
  inForceFrom: '2002-02-01',
  terminatedOn: null,
  source: 'Journal officiel, décret 2002-194',
  sourceUrl: 'https://www.legifrance.gouv.fr/',
  notes: '',
};
const codes = (f: Partial<BilateralTreatyFields>) => checkBilateralTreaty({ ...valid, ...f }).map((i) => `${i.path.join('.')}:${i.code}`);

describe('checkBilateralTreaty', () => {
  it('accepts a complete entry, and one with no dates at all', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ signedOn: null, inForceFrom: null, sourceUrl: null })).toEqual([]);
  });

  it('names each field at fault', () => {
    expect(codes({ kind: 'treaty' as never })).toEqual(['body.kind:unknown_kind']);
    expect(codes({ title: '  ' })).toEqual(['body.title:required']);
    expect(codes({ stateB: 'FRA' })).toEqual(['body.stateB:same_state']);
    expect(codes({ stateA: 'fr' })).toEqual(['body.stateA:unknown_state']);
    expect(codes({ source: '' })).toEqual(['body.source:required']);
    expect(codes({ signedOn: '2001-02-30' })).toEqual(['body.signedOn:invalid_date']);
  });

  it('wants signature ≤ entry into force ≤ termination', () => {
    expect(codes({ inForceFrom: '1995-01-01' })).toEqual(['body.inForceFrom:date_order']);
    expect(codes({ terminatedOn: '2001-12-31' })).toEqual(['body.terminatedOn:date_order']);
    expect(codes({ inForceFrom: null, terminatedOn: '1990-01-01' })).toEqual(['body.terminatedOn:date_order']);
    // The same day is fine: a treaty may enter into force on signature.
    expect(codes({ inForceFrom: '1996-04-23', terminatedOn: '1996-04-23' })).toEqual([]);
  });

  it('takes only http(s) addresses', () => {
    expect(codes({ sourceUrl: 'javascript:alert(1)' })).toEqual(['body.sourceUrl:invalid_url']);
    expect(codes({ sourceUrl: '/relative' })).toEqual(['body.sourceUrl:invalid_url']);
    expect(isHttpUrl('http://treaties.un.org/x')).toBe(true);
    expect(isHttpUrl('ftp://example.org/x')).toBe(false);
  });
});

describe('pairs and dates', () => {
  it('spells a pair one way', () => {
    expect(normalisePair('usa', 'FRA')).toEqual(['FRA', 'USA']);
    expect(normalisePair('FRA', 'USA')).toEqual(['FRA', 'USA']);
    expect(sameTreatyKey({ ...valid, stateA: 'USA', stateB: 'FRA', title: ' extradition  treaty' })).toBe(sameTreatyKey(valid));
  });

  it('is in force from its entry into force until the day it is terminated', () => {
    expect(bilateralTreatyInForce(valid, '2002-01-31')).toBe(false);
    expect(bilateralTreatyInForce(valid, '2002-02-01')).toBe(true);
    const ended = { ...valid, terminatedOn: '2010-06-30' };
    expect(bilateralTreatyInForce(ended, '2010-06-29')).toBe(true);
    expect(bilateralTreatyInForce(ended, '2010-06-30')).toBe(false);
    // Signed but not known to be in force: not in force.
    expect(bilateralTreatyInForce({ inForceFrom: null, terminatedOn: null }, '2020-01-01')).toBe(false);
  });

  it('covers what its kind says', () => {
    expect(coversCooperation('extradition', 'mla')).toBe(false);
    expect(coversCooperation('extradition-and-mla', 'mla')).toBe(true);
    expect(coversCooperation('mla', 'mla')).toBe(true);
  });
});

describe('parseBilateralCsv', () => {
  const names: Record<string, string> = { france: 'FRA', 'united states of america': 'USA', fra: 'FRA', usa: 'USA', mex: 'MEX' };
  const resolve = (s: string) => names[s.toLowerCase()] ?? null;
  const header = 'kind,state_a,state_b,title,signed_on,in_force_from,terminated_on,source,source_url,notes';

  it('reads rows, resolving names and ordering the pair', () => {
    const csv = `${header}\nextradition,United States of America,France,Extradition Treaty,1996-04-23,2002-02-01,,JO,https://x.org/,\n`;
    const r = parseBilateralCsv(csv, resolve);
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ line: 2, fields: { stateA: 'FRA', stateB: 'USA', kind: 'extradition' }, statesAsWritten: ['France', 'United States of America'] });
  });

  it('reports every problem by line and column', () => {
    const csv = [
      header,
      'extradition,FRA,Atlantis,T1,,,,JO,,',
      'treaty,FRA,USA,T2,2001-01-01,2000-01-01,,,ftp://x,',
      'mla,MEX,MEX,T3,,,,JO,,',
      'mla,FRA',
    ].join('\n');
    const r = parseBilateralCsv(csv, resolve);
    expect(r.rows).toEqual([]);
    expect(r.rowCount).toBe(4);
    expect(r.issues.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual([
      '2:state_b:unknown_state',
      '3:kind:unknown_kind',
      '3:in_force_from:date_order',
      '3:source:required',
      '3:source_url:invalid_url',
      '4:state_b:same_state',
      '5:null:column_count',
    ]);
  });

  it('refuses a header without the required columns', () => {
    const r = parseBilateralCsv('kind,state_a,title\nmla,FRA,T', resolve);
    expect(r.issues.map((i) => i.column)).toEqual(['state_b', 'source']);
  });
});
