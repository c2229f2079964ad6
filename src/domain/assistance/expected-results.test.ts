// Unit: an expected ratification (what it must name) and the deposit that confirms it; the future-date warning.
import { describe, expect, it } from 'vitest';
import { confirmingDeposit, resultIssues, resultWarnings, type DepositCandidate } from './results.ts';

const ctx = { activity: { stateCodes: ['TLS'], startDate: '2014-01-10' }, instrumentFound: true };
const base = { kind: 'ratification-deposited', stateCode: 'TLS', date: '2026-03-01', expected: true, instrumentId: 'financing1999' };
const paths = (input: Parameters<typeof resultIssues>[0], c: Parameters<typeof resultIssues>[1] = ctx) =>
  resultIssues(input, c).map((i) => `${i.path.join('.')}:${i.code}`);

describe('an expected ratification', () => {
  it.each([
    ['names a known instrument, no event', base, []],
    ['with an expected date', { ...base, expectedDate: '2026-12-31' }, []],
    ['without an instrument', { ...base, instrumentId: null }, ['instrumentId:required']],
    ['naming an event too', { ...base, participationEventId: 7 }, ['participationEventId:not_allowed']],
    ['of another kind', { ...base, kind: 'legislation-adopted' }, ['expected:not_allowed']],
    ['with a bad expected date', { ...base, expectedDate: '2026-13-01' }, ['expectedDate:invalid_date']],
    ['an expected date on a result not expected', { ...base, expected: false, participationEventId: null, expectedDate: '2026-12-31' }, ['expectedDate:not_allowed']],
  ])('%s', (_label, input, expected) => {
    expect(paths(input)).toEqual(expected);
  });

  it('refuses an unknown instrument', () => {
    expect(paths(base, { ...ctx, instrumentFound: false })).toEqual(['instrumentId:unknown_instrument']);
  });
  it('a ratification not expected still needs its event', () => {
    expect(paths({ ...base, expected: false })).toEqual(['participationEventId:required']);
  });
});

describe('the deposit that confirms it', () => {
  const e = (id: number, over: Partial<DepositCandidate> = {}): DepositCandidate => ({
    id, kind: 'accession', participantCode: 'TLS', instrumentId: 'financing1999', date: '2014-05-27', ...over,
  });
  const expected = { stateCode: 'TLS', instrumentId: 'financing1999', activityStartDate: '2014-01-10' };

  it('is the State’s earliest deposit to the instrument on or after the activity started', () => {
    expect(confirmingDeposit(expected, [e(3, { date: '2015-01-01' }), e(2), e(1, { date: '2013-01-01' })])?.id).toBe(2);
    expect(confirmingDeposit(expected, [e(5, { date: '2014-01-10', kind: 'ratification' })])?.id).toBe(5);
  });
  it('is none for another State, another instrument, a signature, an undated event, or a deposit before the activity', () => {
    const none = [
      e(1, { participantCode: 'AFG' }),
      e(2, { instrumentId: 'bombings1997' }),
      e(3, { kind: 'signature' }),
      e(4, { date: null }),
      e(5, { date: '2014-01-09' }),
    ];
    expect(confirmingDeposit(expected, none)).toBeUndefined();
  });
});

describe('the future-date warning', () => {
  it('warns of a result dated after today, not of today, the past, or an expected result', () => {
    expect(resultWarnings({ date: '2026-03-02' }, '2026-03-01')).toEqual([expect.objectContaining({ path: ['date'], code: 'future_date' })]);
    expect(resultWarnings({ date: '2026-03-01' }, '2026-03-01')).toEqual([]);
    expect(resultWarnings({ date: '2020-01-01' }, '2026-03-01')).toEqual([]);
    expect(resultWarnings({ date: '2027-01-01', expected: true }, '2026-03-01')).toEqual([]);
  });
});
