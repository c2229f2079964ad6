// small-states.json is derived from the atlases, never edited by hand: this recomputes it and compares.
import { describe, expect, it } from 'vitest';
import world10 from 'world-atlas/countries-10m.json' with { type: 'json' };
import world110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import world50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import stored from './small-states.json' with { type: 'json' };
import { formatSmallStatePoints, smallStatePoints } from './small-states.ts';

describe('points of the States missing from the 1:110m map', () => {
  const computed = smallStatePoints(world110, world50, world10);

  it('are the stored small-states.json, recomputed from world-atlas', async () => {
    await expect(formatSmallStatePoints(computed)).toMatchFileSnapshot('./small-states.json');
    expect(stored).toEqual(computed);
  });

  it('place the smallest States on their own islands, from the finest atlas that has them', () => {
    // Tuvalu is missing from 1:50m too; Funafuti lies at 179.2°E 8.5°S, the islands between 176°E and 180°E.
    const [lon, lat, scale] = computed.points['798']!;
    expect(scale).toBe('10m');
    expect(lon).toBeGreaterThan(176);
    expect(lon).toBeLessThan(180);
    expect(lat).toBeGreaterThan(-11);
    expect(lat).toBeLessThan(-5);
    // Nauru (166.9°E 0.5°S) and Monaco (7.4°E 43.7°N) are in 1:50m.
    const [nLon, nLat] = computed.points['520']!;
    expect(Math.abs(nLon - 166.93)).toBeLessThan(0.1);
    expect(Math.abs(nLat + 0.52)).toBeLessThan(0.1);
    const [mLon, mLat] = computed.points['492']!;
    expect(Math.abs(mLon - 7.41)).toBeLessThan(0.1);
    expect(Math.abs(mLat - 43.74)).toBeLessThan(0.1);
  });
});
