// The addresses of the delivery, coordination and notifications screens.
import { describe, expect, it } from 'vitest';
import { parsePath } from './router.tsx';

describe('parsePath (delivery and coordination screens)', () => {
  it.each([
    ['/en/activities', { name: 'activities' }],
    ['/ar/activities/calendar', { name: 'activityCalendar' }],
    ['/fr/activities/new', { name: 'activityNew' }],
    ['/en/activities/a1', { name: 'activity', id: 'a1' }],
    ['/en/activities/a1/edit', { name: 'activityEdit', id: 'a1' }],
    ['/en/programmes', { name: 'programmes' }],
    ['/en/programmes/new', { name: 'programmeNew' }],
    ['/en/programmes/p1', { name: 'programme', id: 'p1' }],
    ['/en/programmes/p1/edit', { name: 'programmeEdit', id: 'p1' }],
    ['/zh/strategies', { name: 'strategies' }],
    ['/zh/strategies/new', { name: 'strategyNew' }],
    ['/zh/strategies/s1', { name: 'strategy', id: 's1' }],
    ['/zh/strategies/s1/edit', { name: 'strategyEdit', id: 's1' }],
    ['/ru/coordination', { name: 'coordination' }],
    ['/ru/coordination/overlaps', { name: 'overlaps' }],
    ['/ru/coordination/gaps', { name: 'gaps' }],
    ['/es/coordination/needs', { name: 'needs' }],
    ['/es/coordination/needs/new', { name: 'needNew' }],
    ['/es/coordination/needs/n1', { name: 'need', id: 'n1' }],
    ['/en/notifications', { name: 'notifications' }],
    ['/en/notifications/subscriptions', { name: 'subscriptions' }],
  ])('%s', (path, route) => {
    expect(parsePath(path).route).toEqual(route);
  });

  it.each([
    '/en/activities/calendar/x',
    '/en/activities/a1/other',
    '/en/activities/new/edit',
    '/en/activities/a1/edit/x',
    '/en/programmes/p1/edit/x',
    '/en/coordination/elsewhere',
    '/en/coordination/needs/n1/edit',
    '/en/notifications/x',
  ])('%s is not a page', (path) => {
    expect(parsePath(path).route).toEqual({ name: 'notFound' });
  });

  it('leaves the other screens as they were', () => {
    expect(parsePath('/en/documents/d0c').route).toEqual({ name: 'document', id: 'd0c' });
    expect(parsePath('/en/states/FRA').route).toEqual({ name: 'state', code: 'FRA' });
  });
});
