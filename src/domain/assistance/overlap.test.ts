import { describe, expect, it } from 'vitest';
import { findOverlaps, type OverlapSubject } from './overlap.ts';

let ids = 0;
function act(extra: Partial<OverlapSubject> = {}): OverlapSubject {
  return {
    id: `a${++ids}`,
    organisationId: 'org-cted',
    stateCodes: ['AFG'],
    themes: ['terrorist-financing'],
    startDate: '2014-05-10',
    endDate: '2014-05-20',
    ...extra,
  };
}

const candidate = act({ id: 'mine', organisationId: 'org-unodc', themes: ['terrorist-financing', 'cbrn'] });

describe('findOverlaps', () => {
  it('finds another entity for the same State and theme in an overlapping period, with the shared period', () => {
    const other = act({ startDate: '2014-05-15', endDate: '2014-06-01' });
    expect(findOverlaps(candidate, [other])).toEqual([
      { activity: other, from: '2014-05-15', to: '2014-05-20', stateCodes: ['AFG'], themes: ['terrorist-financing'] },
    ]);
  });

  it('counts touching dates as overlapping, on either side', () => {
    const before = act({ startDate: '2014-05-01', endDate: '2014-05-10' });
    const after = act({ startDate: '2014-05-20', endDate: '2014-05-25' });
    const result = findOverlaps(candidate, [before, after]);
    expect(result.map((o) => [o.from, o.to])).toEqual([
      ['2014-05-10', '2014-05-10'],
      ['2014-05-20', '2014-05-20'],
    ]);
  });

  it('does not count adjacent days as overlapping', () => {
    expect(findOverlaps(candidate, [act({ startDate: '2014-05-01', endDate: '2014-05-09' })])).toEqual([]);
    expect(findOverlaps(candidate, [act({ startDate: '2014-05-21', endDate: '2014-05-30' })])).toEqual([]);
  });

  it('finds an activity that contains, or is contained in, the candidate', () => {
    const inside = act({ startDate: '2014-05-12', endDate: '2014-05-12' });
    const around = act({ startDate: '2014-01-01', endDate: '2014-12-31' });
    expect(findOverlaps(candidate, [inside, around]).map((o) => [o.from, o.to])).toEqual([
      ['2014-05-12', '2014-05-12'],
      ['2014-05-10', '2014-05-20'],
    ]);
  });

  it('ignores another State, another theme, the same entity and the candidate itself', () => {
    const others = [
      act({ stateCodes: ['FRA'] }),
      act({ themes: ['victims'] }),
      act({ organisationId: 'org-unodc' }),
      { ...candidate, organisationId: 'org-cted' },
    ];
    expect(findOverlaps(candidate, others)).toEqual([]);
  });

  it('matches a regional activity on any shared State, and lists what is shared', () => {
    const regional = act({ stateCodes: ['PAK', 'AFG', 'IRN'], themes: ['cbrn', 'victims', 'terrorist-financing'] });
    expect(findOverlaps(candidate, [regional])[0]).toMatchObject({
      stateCodes: ['AFG'],
      themes: ['cbrn', 'terrorist-financing'],
    });
  });

  it('keeps the caller’s type on the results and accepts any iterable', () => {
    const withName = { ...act(), entityName: 'CTED' };
    const [hit] = findOverlaps(candidate, new Set([withName]));
    expect(hit?.activity.entityName).toBe('CTED');
  });

  it('scans thousands of activities quickly', () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      act({ stateCodes: [i % 2 ? 'AFG' : 'FRA'], startDate: '2014-05-01', endDate: i % 3 ? '2014-05-05' : '2014-05-15' }),
    );
    const hits = findOverlaps(candidate, many);
    expect(hits.length).toBe(many.filter((a, i) => i % 2 === 1 && i % 3 === 0).length);
  });
});
