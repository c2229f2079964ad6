// The addresses of the request screens: the list and queue, the wizard, a request, and a draft resumed.
import { describe, expect, it } from 'vitest';
import { parsePath } from './router.tsx';

describe('parsePath (requests)', () => {
  it.each([
    ['/en/requests', { name: 'requests' }],
    ['/ar/requests', { name: 'requests' }],
    ['/fr/requests/new', { name: 'requestNew' }],
    ['/es/requests/0b5e1d3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', { name: 'request', id: '0b5e1d3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b' }],
    ['/zh/requests/r1/edit', { name: 'requestEdit', id: 'r1' }],
  ])('%s', (path, route) => {
    expect(parsePath(path).route).toEqual(route);
  });

  it.each(['/en/requests/new/x', '/en/requests/r1/other', '/en/requests/r1/edit/more'])('%s is not a page', (path) => {
    expect(parsePath(path).route).toEqual({ name: 'notFound' });
  });
});
