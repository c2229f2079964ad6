import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { activityIssues, validateActivity, type ActivityInput } from './activities.ts';
import type { Theme } from './themes.ts';

function activity(extra: Partial<ActivityInput> = {}): ActivityInput {
  return {
    kind: 'national-workshop',
    stateCodes: ['AFG'],
    themes: ['ratification-legislation'],
    mandates: ['68/187/OP9'],
    startDate: '2014-05-12',
    endDate: '2014-05-14',
    online: false,
    place: { city: 'Kabul', countryCode: 'AFG' },
    languages: ['en', 'fr'],
    participants: {
      total: 30,
      bySex: { female: 12, male: 17, otherOrUndisclosed: 1 },
      byInstitutionKind: { prosecution: 10, judiciary: 8, 'law-enforcement': 12 },
    },
    ...extra,
  };
}

const codes = (input: ActivityInput) => activityIssues(input).map((i) => [i.path, i.code]);

describe('activity validation', () => {
  it('accepts a complete activity', () => {
    expect(activityIssues(activity())).toEqual([]);
    expect(validateActivity(activity())).toEqual(activity());
  });

  it('accepts a one-day activity (end = start)', () => {
    expect(codes(activity({ startDate: '2014-05-12', endDate: '2014-05-12' }))).toEqual([]);
  });

  it('refuses dates in reverse', () => {
    expect(codes(activity({ startDate: '2014-05-14', endDate: '2014-05-12' }))).toEqual([[['endDate'], 'end_before_start']]);
  });

  it('refuses dates that are not calendar dates', () => {
    expect(codes(activity({ startDate: '2014-02-30', endDate: '14/05/2014' }))).toEqual([
      [['startDate'], 'invalid_date'],
      [['endDate'], 'invalid_date'],
    ]);
  });

  it('requires a place unless online; online may also have a place (hybrid)', () => {
    expect(codes(activity({ place: null }))).toEqual([[['place'], 'required']]);
    expect(codes(activity({ place: null, online: true, kind: 'online-course' }))).toEqual([]);
    expect(codes(activity({ online: true }))).toEqual([]);
    expect(codes(activity({ place: { countryCode: 'af' } }))).toEqual([[['place', 'countryCode'], 'invalid_value']]);
  });

  it('refuses an unknown theme, kind, mandate or language, with the index', () => {
    expect(
      codes(
        activity({
          kind: 'party' as ActivityInput['kind'],
          themes: ['cbrn', 'piracy' as Theme],
          mandates: ['68/187/OP16' as ActivityInput['mandates'][number]],
          languages: ['en', 'de' as ActivityInput['languages'][number]],
        }),
      ),
    ).toEqual([
      [['kind'], 'invalid_value'],
      [['themes', 1], 'invalid_value'],
      [['mandates', 0], 'invalid_value'],
      [['languages', 1], 'invalid_value'],
    ]);
  });

  it('requires at least one State, theme and language; mandates may be empty', () => {
    expect(codes(activity({ stateCodes: [], themes: [], languages: [], mandates: [] }))).toEqual([
      [['stateCodes'], 'required'],
      [['themes'], 'required'],
      [['languages'], 'required'],
    ]);
  });

  it('refuses repeated values', () => {
    expect(codes(activity({ themes: ['cbrn', 'cbrn'], languages: ['ar', 'ar'] }))).toEqual([
      [['themes', 1], 'duplicate'],
      [['languages', 1], 'duplicate'],
    ]);
  });

  describe('participant counts', () => {
    it('refuses counts by sex that do not add up to the total', () => {
      const participants = { total: 31, bySex: { female: 12, male: 17, otherOrUndisclosed: 1 } };
      expect(codes(activity({ participants }))).toEqual([[['participants', 'bySex'], 'counts_mismatch']]);
    });

    it('refuses counts by institution kind that do not add up to the counts by sex', () => {
      const participants = {
        bySex: { female: 12, male: 17, otherOrUndisclosed: 1 },
        byInstitutionKind: { prosecution: 10, judiciary: 8 },
      };
      const issues = activityIssues(activity({ participants }));
      expect(issues.map((i) => [i.path, i.code])).toEqual([[['participants', 'byInstitutionKind'], 'counts_mismatch']]);
      expect(issues[0]!.message).toContain('18');
    });

    it('reports each count that disagrees with the total', () => {
      const participants = {
        total: 5,
        bySex: { female: 1, male: 1, otherOrUndisclosed: 1 },
        byInstitutionKind: { judiciary: 4 },
      };
      expect(codes(activity({ participants }))).toEqual([
        [['participants', 'bySex'], 'counts_mismatch'],
        [['participants', 'byInstitutionKind'], 'counts_mismatch'],
      ]);
    });

    it('accepts any subset of counts that agree, and none', () => {
      expect(codes(activity({ participants: { total: 4 } }))).toEqual([]);
      expect(codes(activity({ participants: { byInstitutionKind: { academia: 2 }, total: 2 } }))).toEqual([]);
      expect(codes(activity({ participants: null }))).toEqual([]);
      expect(codes(activity({ participants: { total: 0, bySex: { female: 0, male: 0, otherOrUndisclosed: 0 } } }))).toEqual([]);
    });

    it('refuses negative, fractional and unknown counts', () => {
      const participants = {
        total: -1,
        bySex: { female: 1.5, male: 2, otherOrUndisclosed: 0 },
        byInstitutionKind: { judiciary: 2, astronauts: 1 } as Record<string, number>,
      };
      expect(codes(activity({ participants }))).toEqual([
        [['participants', 'total'], 'invalid_count'],
        [['participants', 'bySex', 'female'], 'invalid_count'],
        [['participants', 'byInstitutionKind', 'astronauts'], 'invalid_value'],
      ]);
    });
  });

  it('throws VALIDATION_FAILED listing every issue', () => {
    try {
      validateActivity(activity({ startDate: '2014-05-14', endDate: '2014-05-12', themes: [], place: null }));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      const e = err as AppError;
      expect(e.code).toBe('VALIDATION_FAILED');
      expect(e.issues.map((i) => i.path)).toEqual([['themes'], ['endDate'], ['place']]);
    }
  });
});
