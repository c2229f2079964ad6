import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KINDS,
  MANDATES,
  MANDATE_IDS,
  MODALITIES,
  STRATEGY_STAGES,
  THEMES,
  UN_LANGUAGES,
  URGENCY_LEVELS,
  isActivityKind,
  isMandateId,
  isModality,
  isStrategyStage,
  isTheme,
  isUnLanguage,
  isUrgency,
} from './themes.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('assistance vocabulary', () => {
  it.each([
    ['themes', THEMES, isTheme, 11],
    ['modalities', MODALITIES, isModality, 4],
    ['urgency levels', URGENCY_LEVELS, isUrgency, 4],
    ['activity kinds', ACTIVITY_KINDS, isActivityKind, 8],
    ['strategy stages', STRATEGY_STAGES, isStrategyStage, 3],
  ] as const)('%s: stable kebab-case ids, unique, recognised by their guard', (_name, values, guard, count) => {
    expect(values).toHaveLength(count);
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) {
      expect(v).toMatch(KEBAB);
      expect(guard(v)).toBe(true);
    }
    for (const v of ['', 'Other', 42, null, undefined, {}]) expect(guard(v)).toBe(false);
  });

  it('has the six UN languages', () => {
    expect([...UN_LANGUAGES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(isUnLanguage('de')).toBe(false);
  });

  it('lists operative paragraphs 1 to 15 of resolution 68/187, each described', () => {
    expect(MANDATES.map((m) => m.paragraph)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    for (const m of MANDATES) {
      expect(m.id).toBe(`${m.resolution}/OP${m.paragraph}`);
      expect(m.description.length).toBeGreaterThan(10);
    }
    expect(new Set(MANDATE_IDS).size).toBe(15);
    expect(isMandateId('68/187/OP9')).toBe(true);
    expect(isMandateId('68/187/OP16')).toBe(false);
    expect(isMandateId('OP9')).toBe(false);
  });
});
