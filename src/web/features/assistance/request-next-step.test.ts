import { describe, expect, it } from 'vitest';
import { mayPlanActivity, primaryRequestAction } from './request-next-step.ts';

describe("a request's primary action", () => {
  it('after "Accept", planning an activity is the primary step, not "Mark as planned"', () => {
    expect(primaryRequestAction('accepted', ['plan', 'withdraw'])).toBe('plan-activity');
  });

  it('while under review, the first event that does not end the request', () => {
    expect(primaryRequestAction('under-review', ['accept', 'decline', 'refer'])).toBe('accept');
    expect(primaryRequestAction('under-review', ['decline', 'accept'])).toBe('accept');
  });

  it('a State that may only withdraw has no primary action, and may not plan', () => {
    expect(primaryRequestAction('accepted', ['withdraw'])).toBeNull();
    expect(mayPlanActivity('accepted', ['withdraw'])).toBe(false);
  });

  it('once planned, the next event stays primary; an activity may still be planned', () => {
    expect(primaryRequestAction('planned', ['start-delivery', 'withdraw'])).toBe('start-delivery');
    expect(mayPlanActivity('planned', ['start-delivery'])).toBe(true);
    expect(mayPlanActivity('completed', ['evaluate'])).toBe(false);
  });
});
