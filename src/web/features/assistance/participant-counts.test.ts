import { describe, expect, it } from 'vitest';
import { checkCounts, EMPTY_COUNTS, fromParticipantCounts, toParticipantCounts } from './participant-counts.ts';

describe('checkCounts', () => {
  it('says nothing was typed', () => {
    expect(checkCounts(EMPTY_COUNTS).state).toBe('empty');
  });

  it('agrees when the total, the sum by sex and the sum by institution kind are equal', () => {
    const check = checkCounts({
      total: '30',
      female: '14',
      male: '15',
      otherOrUndisclosed: '1',
      byKind: { judiciary: '10', prosecution: '20' },
    });
    expect(check).toMatchObject({ total: 30, bySex: 30, byKind: 30, state: 'ok' });
  });

  it('accepts a total alone, or counts by sex alone', () => {
    expect(checkCounts({ ...EMPTY_COUNTS, total: '12' }).state).toBe('ok');
    expect(checkCounts({ ...EMPTY_COUNTS, female: '3', male: '4' })).toMatchObject({ bySex: 7, state: 'ok' });
  });

  it('finds counts that do not add up', () => {
    const check = checkCounts({ ...EMPTY_COUNTS, total: '30', female: '10', male: '10', byKind: { judiciary: '20' } });
    expect(check).toMatchObject({ total: 30, bySex: 20, byKind: 20, state: 'mismatch' });
  });

  it('flags what is not a whole number', () => {
    const check = checkCounts({ ...EMPTY_COUNTS, total: '3.5', male: '-1', byKind: { academia: 'x' } });
    expect(check.state).toBe('invalid');
    expect(check.invalid).toEqual(['total', 'bySex.male', 'byInstitutionKind.academia']);
  });
});

describe('toParticipantCounts', () => {
  it('sends only the groups typed, blanks among the sexes as zero', () => {
    expect(toParticipantCounts(EMPTY_COUNTS)).toBeNull();
    expect(toParticipantCounts({ ...EMPTY_COUNTS, female: '5' })).toEqual({
      total: null,
      bySex: { female: 5, male: 0, otherOrUndisclosed: 0 },
      byInstitutionKind: null,
    });
    expect(toParticipantCounts({ ...EMPTY_COUNTS, total: '7', byKind: { legislature: '7', academia: '' } })).toEqual({
      total: 7,
      bySex: null,
      byInstitutionKind: { legislature: 7 },
    });
  });

  it('round-trips saved counts', () => {
    const saved = { total: 9, bySex: { female: 4, male: 5, otherOrUndisclosed: 0 }, byInstitutionKind: { judiciary: 9 } };
    expect(toParticipantCounts(fromParticipantCounts(saved))).toEqual(saved);
  });
});
