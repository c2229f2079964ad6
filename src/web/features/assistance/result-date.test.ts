import { describe, expect, it } from 'vitest';
import { isFutureDate, localToday } from './result-date.ts';

describe('a result dated in the future', () => {
  it('is told apart from today and the past', () => {
    expect(isFutureDate('2026-12-08', '2026-12-07')).toBe(true);
    expect(isFutureDate('2026-12-07', '2026-12-07')).toBe(false);
    expect(isFutureDate('2003-06-02', '2026-12-07')).toBe(false);
    expect(isFutureDate('', '2026-12-07')).toBe(false);
    expect(isFutureDate('2026-1', '2026-12-07')).toBe(false);
  });

  it("today is the reader's calendar day", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
