// The suppression rule and the report's skeleton.
import { describe, expect, it } from 'vitest';
import { breakdown, countFigure, isSuppressed, paragraphsOf, sectionsOf } from './figures.ts';
import { SMALL_CELL, type FigureGroup } from './report.ts';

describe('suppression', () => {
  it('publishes figures on public records only, or on at least SMALL_CELL confidential ones', () => {
    expect(isSuppressed(0)).toBe(false);
    for (let n = 1; n < SMALL_CELL; n++) expect(isSuppressed(n)).toBe(true);
    expect(isSuppressed(SMALL_CELL)).toBe(false);
  });

  it('hides the value of a suppressed figure and says so', () => {
    expect(countFigure('a.b.c', 7, 1, { kind: 'theme', key: 'c' })).toEqual({ id: 'a.b.c', unit: 'count', value: null, suppressed: true, label: { kind: 'theme', key: 'c' } });
    expect(countFigure('a.b.c', 7, 3, { kind: 'theme', key: 'c' }).value).toBe(7);
    expect(breakdown('x.by-theme', [{ key: 'victims', n: 4, confidential: 0 }], 'theme')[0]).toMatchObject({ id: 'x.by-theme.victims', value: 4 });
  });
});

describe('skeleton', () => {
  const group = (id: string, mandateId: string | null): FigureGroup => ({ id, section: 'activities', mandateId, figures: [], chart: false });

  it('follows 68/187 from the vocabulary when the registry holds nothing, and the registry otherwise', () => {
    const skeleton = paragraphsOf('68/187', []);
    expect(skeleton.map((p) => p.id)).toEqual(Array.from({ length: 15 }, (_, i) => `68/187/OP${i + 1}`));
    expect(paragraphsOf('70/177', [])).toEqual([]);
    expect(paragraphsOf('70/177', [{ id: '70/177/OP2', number: 2, text: 'b' }, { id: '70/177/OP1', number: 1, text: 'a' }]).map((p) => p.number)).toEqual([1, 2]);
  });

  it('places each group under its paragraph, and the rest last', () => {
    const sections = sectionsOf(paragraphsOf('68/187', []), [group('g1', '68/187/OP6'), group('g2', null)]);
    expect(sections.find((s) => s.id === '68/187/OP6')!.groupIds).toEqual(['g1']);
    expect(sections.at(-1)).toMatchObject({ id: 'other', groupIds: ['g2'] });
  });
});

describe('complementary suppression in a breakdown', () => {
  const cell = (key: string, n: number, confidential = 0) => ({ key, n, confidential });
  const shown = (figures: { id: string; value: unknown; suppressed: boolean }[]) => figures.map((f) => [f.id, f.value, f.suppressed]);

  it('suppresses the smallest other non-zero cell when exactly one is suppressed, so the total does not give it away', () => {
    const figures = breakdown('t', [cell('a', 10), cell('b', 0), cell('c', 1, 1), cell('d', 4), cell('e', 6)], 'theme');
    expect(shown(figures)).toEqual([
      ['t.a', 10, false],
      ['t.b', 0, false],
      ['t.c', null, true],
      ['t.d', null, true],
      ['t.e', 6, false],
    ]);
  });

  it('leaves a breakdown alone with no suppressed cell, or with two or more', () => {
    expect(shown(breakdown('t', [cell('a', 10), cell('b', 4, 3)], 'theme'))).toEqual([
      ['t.a', 10, false],
      ['t.b', 4, false],
    ]);
    expect(shown(breakdown('t', [cell('a', 10), cell('b', 2, 2), cell('c', 1, 1), cell('d', 4)], 'theme'))).toEqual([
      ['t.a', 10, false],
      ['t.b', null, true],
      ['t.c', null, true],
      ['t.d', 4, false],
    ]);
  });

  it('has nothing more to suppress when every other cell is zero', () => {
    expect(shown(breakdown('t', [cell('a', 0), cell('b', 2, 1)], 'theme'))).toEqual([
      ['t.a', 0, false],
      ['t.b', null, true],
    ]);
  });
});
