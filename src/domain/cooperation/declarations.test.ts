import { describe, expect, it } from 'vitest';
import { checkDeclaration, declarationMadeBy, declarationsStanding, type DeclarationFields } from './declarations.ts';

const valid: DeclarationFields = {
  stateCode: 'MEX',
  instrumentId: 'untoc',
  kind: 'accepted-languages',
  article: '18(14)',
  languages: ['es', 'en'],
  text: '',
  declaredOn: '2003-03-04',
  source: 'UNTC, declarations to UNTOC',
  sourceUrl: null,
};
const codes = (f: Partial<DeclarationFields>) => checkDeclaration({ ...valid, ...f }, '2026-03-01').map((i) => `${i.path.join('.')}:${i.code}`);

describe('checkDeclaration', () => {
  it('accepts a complete entry', () => expect(codes({})).toEqual([]));

  it('names each field at fault', () => {
    expect(codes({ kind: 'whatever' as never })).toEqual(['body.kind:unknown_kind']);
    expect(codes({ languages: [] })).toEqual(['body.languages:required']);
    expect(codes({ languages: ['en', 'English'] })).toEqual(['body.languages.1:invalid_language']);
    expect(codes({ declaredOn: '2027-01-01' })).toEqual(['body.declaredOn:future_date']);
    expect(codes({ source: ' ' })).toEqual(['body.source:required']);
    expect(codes({ sourceUrl: 'data:text/html,x' })).toEqual(['body.sourceUrl:invalid_url']);
    expect(codes({ kind: 'dispute-reservation', languages: [] })).toEqual([]);
  });
});

describe('dates', () => {
  it('says whether a declaration had been made, or that its date is not known', () => {
    expect(declarationMadeBy(valid, '2003-03-04')).toBe(true);
    expect(declarationMadeBy(valid, '2003-03-03')).toBe(false);
    expect(declarationMadeBy({ declaredOn: null }, '2003-03-03')).toBeNull();
  });

  it('keeps the declarations standing for a State and treaty on a date', () => {
    const later = { ...valid, declaredOn: '2010-01-01' };
    const undated = { ...valid, declaredOn: null };
    const other = { ...valid, stateCode: 'FRA' };
    expect(declarationsStanding([valid, later, undated, other], 'MEX', 'untoc', '2005-01-01')).toEqual([valid, undated]);
  });
});
