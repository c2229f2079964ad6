import { describe, expect, it } from 'vitest';
import { normaliseName } from './names.ts';

describe('normaliseName', () => {
  it('folds case, accents, apostrophes and footnote marks', () => {
    expect(normaliseName("Côte d’Ivoire")).toBe(normaliseName("Cote d'Ivoire"));
    expect(normaliseName('Algeria (1)')).toBe('algeria');
    expect(normaliseName('Argentina*')).toBe('argentina');
    expect(normaliseName('  Bosnia   and Herzegovina ')).toBe('bosnia and herzegovina');
    expect(normaliseName('Antigua & Barbuda')).toBe('antigua and barbuda');
  });

  it('does not invent a letter that an encoding error lost', () => {
    expect(normaliseName("Cte d'Ivoire")).not.toBe(normaliseName("Côte d'Ivoire"));
  });
});
