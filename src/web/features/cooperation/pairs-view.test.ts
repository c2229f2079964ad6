import { describe, expect, it } from 'vitest';
import {
  blindSpotGroups,
  cellAtPoint,
  cellClass,
  classCounts,
  decodeCell,
  moveCell,
  pairGrid,
  parsePairsForm,
  stateRow,
} from './pairs-view.ts';

const state = (code: string) => ({ code, names: { en: code }, regionalGroup: null });
// Three States; row = requesting, column = requested.
//        AAA BBB CCC
//  AAA    -   2   0
//  BBB    2   -   ?
//  CCC    0   9   -
const view = { states: [state('AAA'), state('BBB'), state('CCC')], cells: '-202-?09-' };

describe('the cells of the pair view', () => {
  it('decode to counts, unknown and the same State', () => {
    expect(decodeCell('0')).toEqual({ kind: 'count', count: 0 });
    expect(decodeCell('9')).toEqual({ kind: 'count', count: 9 });
    expect(decodeCell('?')).toEqual({ kind: 'unknown' });
    expect(decodeCell('-')).toEqual({ kind: 'self' });
  });

  it('are read row by row: the row requests, the column is requested', () => {
    const grid = pairGrid(view);
    expect(grid.size).toBe(3);
    expect(grid.at(0, 1)).toEqual({ kind: 'count', count: 2 });
    expect(grid.at(1, 2)).toEqual({ kind: 'unknown' });
    expect(grid.at(2, 1)).toEqual({ kind: 'count', count: 9 });
    expect(grid.at(2, 0)).toEqual({ kind: 'count', count: 0 });
  });

  it('refuse a string that does not fit the States rather than misread it', () => {
    expect(() => pairGrid({ ...view, cells: '-20' })).toThrow(/3 cells for 3 States/);
  });

  it('fall in the legend’s classes, 4 and more together', () => {
    expect(['0', '1', '2', '3', '4', '9', '?', '-'].map((c) => cellClass(decodeCell(c)))).toEqual([
      'zero', 'one', 'two', 'three', 'many', 'many', 'unknown', 'self',
    ]);
    expect(classCounts(view)).toEqual({ zero: 2, one: 0, two: 2, three: 0, many: 1, unknown: 1, self: 3 });
  });
});

describe('blind spots', () => {
  it('are the pairs with no treaty known ("0"), grouped by requesting State; unknown is not a blind spot', () => {
    const groups = blindSpotGroups(view);
    expect(groups.map((g) => [g.requesting.code, g.requested.map((s) => s.code)])).toEqual([
      ['AAA', ['CCC']],
      ['CCC', ['AAA']],
    ]);
  });
});

describe('one State’s pairs', () => {
  it('hold every other State, as asked and as asking', () => {
    const row = stateRow(view, 'BBB');
    expect(row.map((r) => [r.state.code, r.asRequesting, r.asRequested])).toEqual([
      ['AAA', { kind: 'count', count: 2 }, { kind: 'count', count: 2 }],
      ['CCC', { kind: 'unknown' }, { kind: 'count', count: 9 }],
    ]);
    expect(stateRow(view, 'ZZZ')).toEqual([]);
  });
});

describe('pointing at the canvas', () => {
  it('finds the cell under a point, whatever size the canvas is drawn at', () => {
    expect(cellAtPoint(0, 0, 300, 3)).toEqual({ row: 0, col: 0 });
    expect(cellAtPoint(299, 150, 300, 3)).toEqual({ row: 1, col: 2 });
    expect(cellAtPoint(150, 299.9, 300, 3)).toEqual({ row: 2, col: 1 });
    expect(cellAtPoint(300, 10, 300, 3)).toBeNull();
    expect(cellAtPoint(-1, 10, 300, 3)).toBeNull();
  });

  it('moves with the keys, mirrored right to left, and stops at the edges', () => {
    expect(moveCell({ row: 1, col: 1 }, 'ArrowRight', 3, false)).toEqual({ row: 1, col: 2 });
    expect(moveCell({ row: 1, col: 1 }, 'ArrowRight', 3, true)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', 3, false)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, 'PageDown', 197, false)).toEqual({ row: 10, col: 0 });
    expect(moveCell({ row: 5, col: 5 }, 'End', 197, false)).toEqual({ row: 5, col: 196 });
    expect(moveCell({ row: 5, col: 5 }, 'a', 197, false)).toBeNull();
  });
});

describe('the pair view’s question in the address bar', () => {
  it('takes defaults for what is missing or wrong', () => {
    expect(parsePairsForm(new URLSearchParams(''))).toEqual({ conduct: 'terrorist-financing', kind: 'extradition', asOf: null, state: null });
    expect(parsePairsForm(new URLSearchParams('conduct=ships&kind=mla&asOf=2010-01-01&state=fra'))).toEqual({
      conduct: 'ships',
      kind: 'mla',
      asOf: '2010-01-01',
      state: 'FRA',
    });
    expect(parsePairsForm(new URLSearchParams('conduct=x&kind=y&asOf=z&state=France'))).toEqual({
      conduct: 'terrorist-financing',
      kind: 'extradition',
      asOf: null,
      state: null,
    });
  });
});
