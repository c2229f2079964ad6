// How the map paints each class of area. Every status differs from the others in lightness or in texture, not only in
// hue, so the map and its legend read in greyscale and for colour-blind readers (WCAG 1.4.1): party is dark and plain,
// "not a party" mid and plain, signatory striped, withdrawn cross-hatched, unknown dotted, "no data" lined and light.
import type { ParticipationStatus } from '#domain/treaties/types.ts';

export type PatternKind = 'stripes' | 'cross' | 'dots' | 'lines';

export interface Swatch {
  /** Background colour (the whole fill when there is no pattern). */
  color: string;
  pattern?: { kind: PatternKind; ink: string };
}

export const STATUS_SWATCHES: Record<ParticipationStatus, Swatch> = {
  party: { color: '#2b7a4b' },
  signatory: { color: '#fff1c2', pattern: { kind: 'stripes', ink: '#8f6700' } },
  withdrawn: { color: '#f8dcdc', pattern: { kind: 'cross', ink: '#a32a2a' } },
  none: { color: '#c9b48f' },
  unknown: { color: '#ebebeb', pattern: { kind: 'dots', ink: '#4f4f4f' } },
  not_adopted: { color: '#e9e9e9' },
  not_a_state: { color: '#e9e9e9' },
};

/** Areas that are not participants in Accord's list (territories, disputed areas). */
export const NO_DATA_SWATCH: Swatch = { color: '#f7f7f7', pattern: { kind: 'lines', ink: '#a6a6a6' } };

/** The statuses in legend order. The legend lists `not_adopted` only when the map shows it. */
export const STATUS_ORDER: ParticipationStatus[] = ['party', 'signatory', 'withdrawn', 'none', 'unknown', 'not_adopted'];

const patternKey = (s: Swatch) => `${s.pattern!.kind}-${s.color}-${s.pattern!.ink}`.replace(/[^\w-]/g, '');

/** The `fill` of a swatch: its colour, or a reference to its pattern among the `<PatternDefs>` with that prefix. */
export function paint(swatch: Swatch, prefix: string): string {
  return swatch.pattern ? `url(#${prefix}-${patternKey(swatch)})` : swatch.color;
}

/**
 * `<pattern>`s for the patterned swatches among `swatches`. `tile` is the pattern's repeat in the user units of the
 * SVG that uses it: the map passes what makes ~5 screen pixels at its current size, so textures stay legible on a phone.
 */
export function PatternDefs({ prefix, swatches, tile }: { prefix: string; swatches: Swatch[]; tile: number }) {
  const patterned = new Map(swatches.filter((s) => s.pattern).map((s) => [patternKey(s), s]));
  return (
    <defs>
      {[...patterned].map(([key, s]) => {
        const { kind, ink } = s.pattern!;
        const w = tile * 0.32;
        return (
          <pattern
            key={key}
            id={`${prefix}-${key}`}
            patternUnits="userSpaceOnUse"
            width={tile}
            height={tile}
            patternTransform={kind === 'stripes' || kind === 'cross' ? 'rotate(45)' : undefined}
          >
            <rect width={tile} height={tile} fill={s.color} />
            {kind === 'stripes' || kind === 'cross' ? (
              <rect x={0} y={0} width={w} height={tile} fill={ink} />
            ) : null}
            {kind === 'cross' ? <rect x={0} y={0} width={tile} height={w * 0.8} fill={ink} /> : null}
            {kind === 'dots' ? <circle cx={tile / 2} cy={tile / 2} r={tile * 0.2} fill={ink} /> : null}
            {kind === 'lines' ? <rect x={0} y={0} width={tile} height={tile * 0.14} fill={ink} /> : null}
          </pattern>
        );
      })}
    </defs>
  );
}

/** A legend swatch: a 16 × 16 square painted as the map paints that class. */
export function SwatchIcon({ swatch, prefix }: { swatch: Swatch; prefix: string }) {
  return (
    <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect width="16" height="16" fill={paint(swatch, prefix)} stroke="#555" strokeWidth="1" />
    </svg>
  );
}
