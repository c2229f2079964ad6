import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES } from './request-workflow.ts';
import { OPEN_REQUEST_STATUSES, activityCovers, matchNeed, requestCovers, uncoveredNeeds } from './needs.ts';

const need = { stateCode: 'AFG', themes: ['victims', 'terrorist-financing'], assessedOn: '2025-05-10' };
const request = (over: Partial<{ stateCode: string; themes: string[]; status: string }> = {}) => ({
  stateCode: 'AFG',
  themes: ['victims'],
  status: 'submitted',
  ...over,
});
const activity = (over: Partial<{ stateCodes: string[]; themes: string[]; endDate: string; status: string }> = {}) => ({
  stateCodes: ['PAK', 'AFG'],
  themes: ['terrorist-financing', 'cbrn'],
  endDate: '2025-05-10',
  status: 'planned',
  ...over,
});

describe('requestCovers', () => {
  it.each(REQUEST_STATUSES)('a request in %s covers only when open', (status) => {
    expect(requestCovers(need, request({ status }))).toBe((OPEN_REQUEST_STATUSES as readonly string[]).includes(status));
  });

  it('open means submitted to in delivery', () => {
    expect([...OPEN_REQUEST_STATUSES]).toEqual(['submitted', 'under-review', 'accepted', 'planned', 'in-delivery']);
  });

  it('needs the same State and a shared theme', () => {
    expect(requestCovers(need, request({ stateCode: 'PAK' }))).toBe(false);
    expect(requestCovers(need, request({ themes: ['cbrn'] }))).toBe(false);
    expect(requestCovers(need, request({ themes: ['cbrn', 'terrorist-financing'] }))).toBe(true);
  });
});

describe('activityCovers', () => {
  it('an activity of the State (among others) sharing a theme, ending on the assessment day, covers', () => {
    expect(activityCovers(need, activity())).toBe(true);
  });

  it('ending the day before the assessment does not', () => {
    expect(activityCovers(need, activity({ endDate: '2025-05-09' }))).toBe(false);
  });

  it('completed counts, cancelled does not', () => {
    expect(activityCovers(need, activity({ status: 'completed', endDate: '2026-01-01' }))).toBe(true);
    expect(activityCovers(need, activity({ status: 'cancelled', endDate: '2026-01-01' }))).toBe(false);
  });

  it('another State or no shared theme does not', () => {
    expect(activityCovers(need, activity({ stateCodes: ['PAK'] }))).toBe(false);
    expect(activityCovers(need, activity({ themes: ['cbrn'] }))).toBe(false);
  });
});

describe('matchNeed', () => {
  it('lists each covering record with the themes it shares', () => {
    const r1 = request({ themes: ['victims', 'cbrn'] });
    const r2 = request({ status: 'draft' });
    const a1 = activity();
    const m = matchNeed(need, [r1, r2], [a1, activity({ status: 'cancelled' })]);
    expect(m.requests).toEqual([{ record: r1, themes: ['victims'] }]);
    expect(m.activities).toEqual([{ record: a1, themes: ['terrorist-financing'] }]);
    expect(m.covered).toBe(true);
  });

  it('without anything, uncovered', () => {
    expect(matchNeed(need, [], [])).toEqual({ requests: [], activities: [], covered: false });
  });
});

describe('uncoveredNeeds', () => {
  const needs = [
    { id: 'by-request', status: 'open', stateCode: 'AFG', themes: ['victims'], assessedOn: '2025-01-01' },
    { id: 'by-activity', status: 'open', stateCode: 'PAK', themes: ['cbrn'], assessedOn: '2025-01-01' },
    { id: 'nobody', status: 'open', stateCode: 'AFG', themes: ['internet-use'], assessedOn: '2025-01-01' },
    { id: 'activity-too-early', status: 'open', stateCode: 'PAK', themes: ['cbrn'], assessedOn: '2025-06-01' },
    { id: 'met', status: 'met', stateCode: 'NGA', themes: ['cbrn'], assessedOn: '2025-01-01' },
  ];
  it('keeps the open needs that no request and no activity covers', () => {
    const out = uncoveredNeeds(needs, [request()], [activity({ endDate: '2025-03-01' })]);
    expect(out.map((n) => n.id)).toEqual(['nobody', 'activity-too-early']);
  });
});
