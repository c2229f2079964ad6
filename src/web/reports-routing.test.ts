import { describe, expect, it } from 'vitest';
import { parsePath } from './router.tsx';

describe('report routes', () => {
  it('parses the drafts, a draft and a figure of it', () => {
    expect(parsePath('/en/reports').route).toEqual({ name: 'reports' });
    expect(parsePath('/ar/reports/r-1').route).toEqual({ name: 'report', id: 'r-1' });
    expect(parsePath('/fr/reports/r-1/figures/activities.by-theme.victims').route).toEqual({
      name: 'reportFigure',
      id: 'r-1',
      figureId: 'activities.by-theme.victims',
    });
    // A figure id holding a slash arrives encoded, and is decoded whole.
    expect(parsePath('/en/reports/r-1/figures/activities.by-mandate.68%2F187%2FOP1').route).toMatchObject({ figureId: 'activities.by-mandate.68/187/OP1' });
  });
  it('refuses other shapes', () => {
    expect(parsePath('/en/reports/r-1/figures').route).toEqual({ name: 'notFound' });
    expect(parsePath('/en/reports/r-1/edit').route).toEqual({ name: 'notFound' });
    expect(parsePath('/en/reports/r-1/figures/f/x').route).toEqual({ name: 'notFound' });
  });
});
