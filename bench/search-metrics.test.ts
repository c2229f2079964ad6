import { describe, expect, it } from 'vitest';
import { mean, recallAtK, reciprocalRank } from './search-metrics.ts';

describe('recallAtK', () => {
  it('counts the relevant documents among the first k only', () => {
    expect(recallAtK(['a', 'b', 'c', 'd'], ['b', 'd'], 2)).toBe(0.5);
    expect(recallAtK(['a', 'b', 'c', 'd'], ['b', 'd'], 4)).toBe(1);
    expect(recallAtK(['a', 'b'], ['x'], 10)).toBe(0);
  });

  it('is 1 when nothing is relevant, and counts a document ranked twice once', () => {
    expect(recallAtK(['a'], [], 10)).toBe(1);
    expect(recallAtK(['b', 'b', 'c'], ['b', 'c'], 2)).toBe(0.5);
  });
});

describe('reciprocalRank', () => {
  it('is one over the rank of the first relevant document', () => {
    expect(reciprocalRank(['a', 'b', 'c'], ['c', 'b'])).toBe(0.5);
    expect(reciprocalRank(['a'], ['a'])).toBe(1);
  });

  it('is 0 when no relevant document was returned', () => {
    expect(reciprocalRank(['a', 'b'], ['z'])).toBe(0);
    expect(reciprocalRank([], ['z'])).toBe(0);
  });
});

describe('mean', () => {
  it('averages, and is 0 for no values', () => {
    expect(mean([1, 0, 0.5])).toBe(0.5);
    expect(mean([])).toBe(0);
  });
});
