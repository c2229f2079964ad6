// The report's figures: no figure on fewer than 5 requests, and none recoverable by subtracting published ones.
import { describe, expect, it } from 'vitest';
import { requestStatistics, suppressSmallCells, type CountedRequest } from './request-statistics.ts';

const sent = new Date('2025-03-01T00:00:00Z');
const day = 86_400_000;

function requests(n: number, fields: Partial<CountedRequest> = {}): CountedRequest[] {
  return Array.from({ length: n }, () => ({
    kind: 'mla',
    status: 'sent',
    requestingRegion: 'Western European and other States',
    requestedRegion: 'African States',
    sentAt: sent,
    closedAt: null,
    refusalGround: null,
    ...fields,
  }));
}

const executedAfter = (days: number): Partial<CountedRequest> => ({ status: 'executed', closedAt: new Date(sent.getTime() + days * day) });

describe('suppressSmallCells', () => {
  it('publishes a breakdown without small cells as it is', () => {
    expect(suppressSmallCells([5, 9, 12])).toEqual([5, 9, 12]);
  });

  it('suppresses a second cell when one alone is suppressed, so subtraction from the total gives nothing', () => {
    expect(suppressSmallCells([12, 3, 7])).toEqual([12, null, null]);
  });

  it('suppresses more until the suppressed cells together hold at least 5 requests', () => {
    // 1 + 2 = 3: both small, and their sum would say so; the smallest published one (6) joins them.
    expect(suppressSmallCells([20, 1, 2, 6])).toEqual([20, null, null, null]);
    expect(suppressSmallCells([10, 8, 2, 0])).toEqual([10, null, null, null]);
    expect(suppressSmallCells([3, 4, 9])).toEqual([null, null, 9]);
  });

  it('suppresses everything when nothing else can hide a small cell', () => {
    expect(suppressSmallCells([20, 3])).toEqual([null, null]);
    expect(suppressSmallCells([0, 0, 0, 0])).toEqual([null, null, null, null]);
    expect(suppressSmallCells([4])).toEqual([null]);
  });

  it('never leaves a suppressed cell recoverable from the total and the published cells', () => {
    // Every breakdown of up to 4 cells of 0–12: the suppressed cells number 0 or at least 2, and hold 0 or at least 5.
    const values = Array.from({ length: 13 }, (_, i) => i);
    for (const a of values) for (const b of values) for (const c of values) for (const d of [0, 3, 6, 11]) {
      const cells = [a, b, c, d];
      const out = suppressSmallCells(cells);
      const hidden = cells.filter((_, i) => out[i] === null);
      expect(out.every((v, i) => v === null || (v === cells[i] && v >= 5)), cells.join()).toBe(true);
      if (hidden.length > 0 && hidden.length < cells.length) {
        expect(hidden.length, cells.join()).toBeGreaterThan(1);
        expect(hidden.reduce((x, y) => x + y, 0), cells.join()).toBeGreaterThanOrEqual(5);
      }
    }
  });
});

describe('requestStatistics', () => {
  it('counts requests by pair of regions, leaving out the pairs it must suppress', () => {
    const stats = requestStatistics([
      ...requests(8),
      ...requests(6, { requestedRegion: 'Asia-Pacific States' }),
      ...requests(2, { requestingRegion: 'African States', requestedRegion: 'Asia-Pacific States' }),
      ...requests(3, { requestingRegion: 'African States', requestedRegion: null }),
    ]);
    expect(stats.total).toBe(19);
    expect(stats.byRegionPair).toEqual([
      { requestingRegion: 'Western European and other States', requestedRegion: 'African States', requests: 8 },
      { requestingRegion: 'Western European and other States', requestedRegion: 'Asia-Pacific States', requests: 6 },
    ]);
  });

  it('publishes nothing of fewer than 5 requests', () => {
    const stats = requestStatistics([...requests(2, executedAfter(10)), ...requests(2, { status: 'refused', refusalGround: 'other' })]);
    expect(stats).toEqual({
      minimumCell: 5,
      total: null,
      byRegionPair: [],
      medianDaysToExecution: null,
      executed: null,
      refusalsByGround: [
        { ground: 'political-offence', refusals: null },
        { ground: 'dual-criminality', refusals: null },
        { ground: 'insufficient-information', refusals: null },
        { ground: 'other', refusals: null },
      ],
    });
  });

  it('gives the median days from sending to execution over at least 5 executed requests', () => {
    const stats = requestStatistics([10, 20, 30, 40, 50, 60].flatMap((d) => requests(1, executedAfter(d))).concat(requests(5)));
    expect(stats.medianDaysToExecution).toBe(35);
    expect(stats.executed).toBe(6);
    expect(requestStatistics([...requests(4, executedAfter(10)), ...requests(20)]).medianDaysToExecution).toBeNull();
  });

  it('suppresses the count executed when the total would tell how few were not', () => {
    const stats = requestStatistics([...requests(9, executedAfter(30)), ...requests(2)]);
    expect(stats.total).toBe(11);
    expect(stats.executed).toBeNull();
    // The median rests on the 9 executed requests and tells no count.
    expect(stats.medianDaysToExecution).toBe(30);
  });

  it('counts refusals by ground, suppressed as one breakdown', () => {
    const stats = requestStatistics([
      ...requests(7, { status: 'refused', refusalGround: 'dual-criminality' }),
      ...requests(6, { status: 'refused', refusalGround: 'insufficient-information' }),
      ...requests(5, { status: 'refused', refusalGround: 'other' }),
    ]);
    // political-offence has 0: alone suppressed, so the smallest other (5, other) is suppressed with it.
    expect(stats.refusalsByGround).toEqual([
      { ground: 'political-offence', refusals: null },
      { ground: 'dual-criminality', refusals: 7 },
      { ground: 'insufficient-information', refusals: 6 },
      { ground: 'other', refusals: null },
    ]);
  });
});
