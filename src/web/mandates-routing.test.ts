// The addresses of the mandate registry's screens.
import { describe, expect, it } from 'vitest';
import { parsePath } from './router.tsx';

describe('parsePath (mandate registry)', () => {
  it.each([
    ['/en/mandates', { name: 'mandates' }],
    ['/ar/mandates', { name: 'mandates' }],
    ['/zh/mandates/0b6c5f2e-1111-4f00-8000-000000000001', { name: 'mandate', id: '0b6c5f2e-1111-4f00-8000-000000000001' }],
    ['/en/mandates/x/y', { name: 'notFound' }],
  ])('%s', (path, route) => {
    expect(parsePath(path).route).toEqual(route);
  });
});
