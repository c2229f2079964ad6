import { describe, expect, it } from 'vitest';
import { incorporationFlags, itemIncorporation, itemStatuses, summarise } from './incorporation.ts';

const items = [
  { requirementId: 'x:offences', obligation: 'mandatory' as const },
  { requirementId: 'x:jurisdiction_mandatory', obligation: 'mandatory' as const },
  { requirementId: 'x:jurisdiction_optional', obligation: 'optional' as const },
];
const a = (requirementId: string, status: 'covered' | 'partly-covered' | 'not-covered', organisationId = 'o1') => ({
  requirementId,
  status,
  organisationId,
});

describe('incorporation', () => {
  it('is not known without assessments', () => {
    expect(itemIncorporation([])).toEqual({ status: 'not-known', disagreement: false });
    expect(summarise(items, new Map())).toMatchObject({ notKnown: 3, total: 3, incorporation: 'not-known' });
  });

  it('shows a disagreement and counts the least favourable status', () => {
    expect(itemIncorporation([{ status: 'covered' }, { status: 'partly-covered' }])).toEqual({ status: 'partly-covered', disagreement: true });
    expect(itemIncorporation([{ status: 'covered' }, { status: 'covered' }])).toEqual({ status: 'covered', disagreement: false });
  });

  it('is incorporated when every mandatory item is covered, whatever the optional ones', () => {
    const s = summarise(items, itemStatuses([a('x:offences', 'covered'), a('x:jurisdiction_mandatory', 'covered'), a('x:jurisdiction_optional', 'not-covered')]));
    expect(s).toMatchObject({ covered: 2, notCovered: 1, notKnown: 0, incorporation: 'incorporated' });
  });

  it('is not incorporated as soon as a mandatory item is partly or not covered, and not known otherwise', () => {
    expect(summarise(items, itemStatuses([a('x:offences', 'partly-covered')])).incorporation).toBe('not-incorporated');
    expect(summarise(items, itemStatuses([a('x:offences', 'covered')])).incorporation).toBe('not-known');
    const disagreeing = itemStatuses([a('x:offences', 'covered'), a('x:offences', 'not-covered', 'o2'), a('x:jurisdiction_mandatory', 'covered')]);
    expect(summarise(items, disagreeing)).toMatchObject({ disagreements: 1, incorporation: 'not-incorporated' });
  });

  it('flags "ratified but not incorporated" and "incorporated but not ratified"', () => {
    expect(incorporationFlags('party', 'not-incorporated')).toEqual({ ratifiedNotIncorporated: true, incorporatedNotRatified: false, ratifiedIncorporationNotKnown: false });
    expect(incorporationFlags('signatory', 'incorporated').incorporatedNotRatified).toBe(true);
    expect(incorporationFlags('party', 'incorporated')).toEqual({ ratifiedNotIncorporated: false, incorporatedNotRatified: false, ratifiedIncorporationNotKnown: false });
    expect(incorporationFlags('party', 'not-known').ratifiedIncorporationNotKnown).toBe(true);
    expect(incorporationFlags('none', 'not-known').incorporatedNotRatified).toBe(false);
  });
});
