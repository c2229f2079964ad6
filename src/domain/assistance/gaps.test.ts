import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.ts';
import type { Membership } from '../accounts/types.ts';
import type { Action } from '../policy.ts';
import { assistanceWindowStart, mayReadStateGaps, rankByOpenGaps, shiftMonths, stateGaps } from './gaps.ts';

describe('assistanceWindowStart', () => {
  it.each([
    ['2026-03-01', '2024-03-01'],
    ['2026-01-15', '2024-01-15'],
    ['2026-02-28', '2024-02-28'],
    ['2028-02-29', '2026-02-28'],
  ])('24 months before %s is %s', (today, start) => {
    expect(assistanceWindowStart(today)).toBe(start);
  });

  it('moves forward too', () => {
    expect(shiftMonths('2026-03-01', 12)).toBe('2027-03-01');
    expect(shiftMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('takes other lengths', () => {
    expect(assistanceWindowStart('2026-03-31', 1)).toBe('2026-02-28');
    expect(assistanceWindowStart('2026-01-31', 13)).toBe('2024-12-31');
  });
});

describe('stateGaps', () => {
  const base = {
    stateCode: 'AFG',
    universal: [
      { instrumentId: 'tokyo1963', status: 'party' as const },
      { instrumentId: 'hague1970', status: 'none' as const },
      { instrumentId: 'montreal1971', status: 'signatory' as const },
      { instrumentId: 'ipp1973', status: 'withdrawn' as const },
      { instrumentId: 'sua2005', status: 'unknown' as const },
    ],
    openNeeds: [
      { id: 'n1', stateCode: 'AFG', themes: ['victims'], assessedOn: '2025-01-01' },
      { id: 'n2', stateCode: 'AFG', themes: ['cbrn'], assessedOn: '2025-01-01' },
      { id: 'other-state', stateCode: 'PAK', themes: ['cbrn'], assessedOn: '2025-01-01' },
    ],
    requests: [
      { stateCode: 'AFG', themes: ['victims'], status: 'planned' },
      { stateCode: 'AFG', themes: ['cbrn'], status: 'declined' },
      { stateCode: 'PAK', themes: ['cbrn'], status: 'submitted' },
    ],
    recentActivities: 0,
  };

  it('counts not joined apart from unknown, needs without an open request, and says legislation is not known', () => {
    expect(stateGaps(base)).toEqual({
      stateCode: 'AFG',
      instrumentsNotJoined: ['hague1970', 'montreal1971', 'ipp1973'],
      instrumentsUnknown: ['sua2005'],
      legislation: { known: false },
      needsWithoutOpenRequest: ['n2'],
      openRequests: 1,
      recentActivities: 0,
      plannedActivities: 0,
      withoutAssistance: false,
      openGaps: 4,
    });
  });

  it('without assistance: no open request, no recent activity and none planned', () => {
    const closed = base.requests.map((r) => ({ ...r, status: 'completed' }));
    expect(stateGaps({ ...base, requests: closed }).withoutAssistance).toBe(true);
    expect(stateGaps({ ...base, requests: closed, recentActivities: 1 }).withoutAssistance).toBe(false);
    expect(stateGaps({ ...base, requests: closed, plannedActivities: 1 })).toMatchObject({ plannedActivities: 1, withoutAssistance: false });
  });
});

describe('rankByOpenGaps', () => {
  it('most gaps first, ties by code', () => {
    const ranked = rankByOpenGaps([
      { stateCode: 'NGA', openGaps: 2 },
      { stateCode: 'AFG', openGaps: 2 },
      { stateCode: 'TCD', openGaps: 5 },
      { stateCode: 'BEL', openGaps: 0 },
    ]);
    expect(ranked.map((g) => g.stateCode)).toEqual(['TCD', 'AFG', 'NGA', 'BEL']);
  });
});

describe('mayReadStateGaps', () => {
  const m = (extra: Partial<Membership>): Membership => ({
    id: 'm',
    organisationId: 'o',
    organisationKind: 'un-entity',
    stateCode: null,
    role: 'entity-officer',
    regions: null,
    themes: null,
    ...extra,
  });
  const user = (memberships: Membership[], tokenScopes?: Action[]): Actor => ({
    kind: 'user',
    userId: 'u',
    platformAdmin: false,
    memberships,
    ...(tokenScopes ? { tokenScopes } : {}),
  });
  it.each([
    ['anonymous', { kind: 'anonymous' } as Actor, false],
    ['AFG focal point', user([m({ role: 'focal-point', organisationKind: 'state-authority', stateCode: 'AFG' })]), true],
    ['FRA focal point', user([m({ role: 'focal-point', organisationKind: 'state-authority', stateCode: 'FRA' })]), false],
    ['UN entity officer', user([m({})]), true],
    ['coordinator', user([m({ role: 'coordinator' })]), true],
    ['civil-society officer', user([m({ organisationKind: 'civil-society' })]), false],
    ['donor representative', user([m({ role: 'donor-representative', organisationKind: 'donor' })]), false],
    ['administrator without membership', { kind: 'user', userId: 'a', platformAdmin: true, memberships: [] } as Actor, false],
    ['AFG focal point with a treaty-only token', user([m({ role: 'focal-point', organisationKind: 'state-authority', stateCode: 'AFG' })], ['treaty-status:read']), false],
  ])('%s → %s', (_name, actor, expected) => {
    expect(mayReadStateGaps(actor, 'AFG')).toBe(expected);
  });
});
