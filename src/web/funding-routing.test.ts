// The addresses of the funding screens: contributions, one contribution, the form recording one, a donor's page and
// the rate tables; anything else under /funding is not found.
import { describe, expect, it } from 'vitest';
import { parsePath } from './router.tsx';

describe('parsePath (funding screens)', () => {
  it.each([
    ['/en/funding', { name: 'funding' }],
    ['/ar/funding/contributions/new', { name: 'contributionNew' }],
    ['/fr/funding/contributions/c1', { name: 'contribution', id: 'c1' }],
    ['/zh/funding/donors/d1', { name: 'donor', id: 'd1' }],
    ['/ru/funding/rates', { name: 'fundingRates' }],
    ['/es/funding/contributions', { name: 'notFound' }],
    ['/en/funding/donors', { name: 'notFound' }],
    ['/en/funding/rates/x', { name: 'notFound' }],
    ['/en/funding/contributions/c1/edit', { name: 'notFound' }],
  ])('%s', (path, route) => {
    expect(parsePath(path).route).toEqual(route);
  });
});
