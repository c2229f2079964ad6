// The addresses of the international cooperation screens (issue 11).
import { describe, expect, it } from 'vitest';
import { parsePath } from './router.tsx';

describe('parsePath (cooperation screens)', () => {
  it.each([
    ['/en/cooperation/legal-basis', { name: 'legalBasis' }],
    ['/ar/cooperation/pairs', { name: 'pairs' }],
    ['/zh/cooperation/declarations', { name: 'declarations' }],
    ['/en/cooperation/authorities', { name: 'authorities' }],
    ['/fr/cooperation/authorities/new', { name: 'authorityNew' }],
    ['/en/cooperation/authorities/a1', { name: 'authority', id: 'a1' }],
    // The "Change" link of an entry: it was "page not found" (the fourth part was refused before recordRoutes).
    ['/ar/cooperation/authorities/a1/edit', { name: 'authorityEdit', id: 'a1' }],
    ['/en/cooperation/treaties', { name: 'bilateralTreaties' }],
    ['/ru/cooperation/treaties/new', { name: 'bilateralTreatyNew' }],
    ['/en/cooperation/treaties/t1', { name: 'bilateralTreaty', id: 't1' }],
    ['/es/cooperation/treaties/t1/edit', { name: 'bilateralTreatyEdit', id: 't1' }],
  ])('%s', (path, route) => {
    expect(parsePath(path).route).toEqual(route);
  });

  it.each([
    '/en/cooperation',
    '/en/cooperation/elsewhere',
    '/en/cooperation/legal-basis/x',
    '/en/cooperation/authorities/a1/other',
    '/en/cooperation/authorities/new/edit',
    '/en/cooperation/authorities/a1/edit/x',
    '/en/cooperation/treaties/t1/remove',
    '/en/cooperation/treaties/t1/edit/x',
  ])('%s is not found', (path) => {
    expect(parsePath(path).route).toEqual({ name: 'notFound' });
  });
});
