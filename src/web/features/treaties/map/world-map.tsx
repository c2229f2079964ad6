// An SVG world map (Natural Earth 110m via world-atlas), joined to participants by ISO 3166 numeric code (= M49).
// Loaded lazily: d3-geo, topojson-client and the TopoJSON are ~50 kB gzipped that the first screen does not need.
//
// Every participant with a location can be selected: each is a link to its profile, reachable by keyboard and named
// "State: status". States that 1:110m leaves out, or draws too small to point at, are marked points; their positions
// come from the finer Natural Earth scales (small-states.json, see small-states.ts), or from the small 110m shape.
// Participants without a territory (organisations) and any the atlases lack are listed under the map instead.
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { useI18n } from '#web/i18n/i18n.tsx';
import { paint, PatternDefs, SwatchIcon, type Swatch } from './map-styles.tsx';
import smallStates from './small-states.json' with { type: 'json' };

export interface MapRegion {
  /** Participant code (ISO 3166 alpha-3 or Accord's own). */
  code: string;
  /** ISO 3166 numeric / M49 code; null for participants without a territory (organisations). */
  m49: string | null;
  /** Localised name, for sorting. */
  name: string;
  /** Accessible name and tooltip: the State and what the map says of it ("Tuvalu: Party"). */
  label: string;
  swatch: Swatch;
  href: string;
}

export interface WorldMapProps {
  regions: MapRegion[];
  /** Accessible description of what the map shows. */
  label: string;
  noData: Swatch;
  onSelect: (href: string) => void;
  /** The caption and legend, shown in the figure's caption above the lists of points and of unplaced participants. */
  caption: ReactNode;
}

const WIDTH = 960;
const HEIGHT = 470;
/** Room around the globe, so that points on its edge (Tuvalu, Samoa) are not cut. */
const MARGIN = 8;
/** Shapes smaller than this (in the 960 × 470 frame, ~px² on a desktop) are hard to point at: drawn with a point too. */
const MIN_AREA = 10;
/** Pattern tile on screen, in CSS pixels. */
const TILE_PX = 5;

interface Shape {
  id: string;
  d: string;
  /** Projected point for a small shape, where its marker goes; null when the shape is large enough to click. */
  point: [number, number] | null;
}

interface Atlas {
  shapes: Map<string, Shape>;
  /** Projected positions of the areas 1:110m lacks, from small-states.json. */
  points: Map<string, [number, number]>;
  sphere: string;
}

let atlas: Atlas | null = null;

function largestPolygon(g: Geometry): Polygon | Geometry {
  if (g.type !== 'MultiPolygon') return g;
  const parts: Polygon[] = g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

function worldAtlas(): Atlas {
  if (atlas) return atlas;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  const shapes = new Map<string, Shape>();
  countries.features
    .filter((f) => f.id !== '010') // Antarctica: no State, and most of the projection's area
    .forEach((f: Feature<Geometry, { name: string }>, i) => {
      // Areas without an ISO code (Kosovo, N. Cyprus, Somaliland) are no participant: keyed apart, drawn as no data.
      const id = f.id === undefined ? `x${i}` : String(f.id);
      const small = path.area(f) < MIN_AREA;
      const point = small ? projection(geoCentroid(largestPolygon(f.geometry))) : null;
      shapes.set(id, { id, d: path(f) ?? '', point: point ? [point[0], point[1]] : null });
    });
  const points = new Map<string, [number, number]>();
  for (const [id, [lon, lat]] of Object.entries(smallStates.points as unknown as Record<string, [number, number, string, string]>)) {
    const p = projection([lon, lat]);
    if (p) points.set(id, [p[0], p[1]]);
  }
  atlas = { shapes, points, sphere: path({ type: 'Sphere' }) ?? '' };
  return atlas;
}

/** The map's rendered width over its viewBox width, kept current so that textures keep their on-screen size. */
function useScale(): [RefObject<SVGSVGElement | null>, number] {
  const ref = useRef<SVGSVGElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const svg = ref.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const update = () => svg.clientWidth > 0 && setScale(svg.clientWidth / (WIDTH + 2 * MARGIN));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);
  return [ref, scale];
}

export default function WorldMap({ regions, label, noData, onSelect, caption }: WorldMapProps) {
  const { t, collator } = useI18n();
  const prefix = `map${useId().replace(/[^\w-]/g, '')}`;
  const [svgRef, scale] = useScale();
  const [focused, setFocused] = useState<string | null>(null);
  const { shapes, points, sphere } = worldAtlas();

  const sorted = [...regions].sort((a, b) => collator.compare(a.name, b.name));
  const byM49 = new Map(sorted.filter((r) => r.m49).map((r) => [r.m49!, r]));
  const asArea: MapRegion[] = [];
  const asPoint: { region: MapRegion; at: [number, number] }[] = [];
  const unplaced: MapRegion[] = [];
  for (const r of sorted) {
    const shape = r.m49 ? shapes.get(r.m49) : undefined;
    const at = shape?.point ?? (r.m49 ? points.get(r.m49) : undefined);
    if (shape && !shape.point) asArea.push(r);
    else if (at) asPoint.push({ region: r, at });
    else unplaced.push(r);
  }

  const follow = (e: MouseEvent, to: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onSelect(to);
  };
  // Sizes in viewBox units that make a given number of CSS pixels at the current scale, within bounds.
  const px = (n: number, max: number) => Math.min(max, n / scale);
  const pointR = px(4.5, 12);
  const focusedShape = focused ? shapes.get(focused) : undefined;
  const focusedPoint = asPoint.find((p) => p.region.m49 === focused);
  const afterId = `${prefix}-after`;

  return (
    <>
      <a className="map-skip" href={`#${afterId}`}>
        {t('map.skip')}
      </a>
      <div className="map-frame">
        <svg
          ref={svgRef}
          className="world-map"
          viewBox={`${-MARGIN} ${-MARGIN} ${WIDTH + 2 * MARGIN} ${HEIGHT + 2 * MARGIN}`}
          role="group"
          aria-label={label}
          // Geography is not mirrored in right-to-left languages.
          direction="ltr"
        >
          <PatternDefs
            prefix={prefix}
            swatches={[noData, ...regions.map((r) => r.swatch)]}
            tile={Math.max(2, TILE_PX / scale)}
          />
          <path d={sphere} className="map-sphere" aria-hidden="true" />
          {[...shapes.values()]
            .filter((s) => !byM49.has(s.id))
            .map((s) => (
              <path key={s.id} d={s.d} fill={paint(noData, prefix)} className="map-no-data" aria-hidden="true" />
            ))}
          {/* Small shapes stay painted under their point, but only the point is a link. */}
          {asPoint
            .filter(({ region }) => shapes.has(region.m49!))
            .map(({ region }) => (
              <path key={region.code} d={shapes.get(region.m49!)!.d} fill={paint(region.swatch, prefix)} aria-hidden="true" />
            ))}
          {asArea.map((r) => (
            <a
              key={r.code}
              href={r.href}
              aria-label={r.label}
              onClick={(e) => follow(e, r.href)}
              onFocus={() => setFocused(r.m49)}
              onBlur={() => setFocused(null)}
            >
              <path d={shapes.get(r.m49!)!.d} fill={paint(r.swatch, prefix)} className="map-region">
                <title>{r.label}</title>
              </path>
            </a>
          ))}
          {asPoint.map(({ region: r, at: [x, y] }) => (
            <a
              key={r.code}
              href={r.href}
              aria-label={r.label}
              className="map-point"
              data-code={r.code}
              onClick={(e) => follow(e, r.href)}
              onFocus={() => setFocused(r.m49)}
              onBlur={() => setFocused(null)}
            >
              <title>{r.label}</title>
              {/* A larger, invisible target around the visible mark. */}
              <circle cx={x} cy={y} r={pointR * 1.8} className="map-point-target" />
              <circle
                cx={x}
                cy={y}
                r={pointR}
                fill={paint(r.swatch, prefix)}
                className="map-point-mark"
                strokeWidth={px(1.2, 3)}
              />
            </a>
          ))}
          {/* The focused State is outlined on top of its neighbours, which would otherwise hide part of its edge. */}
          {focusedShape && !focusedShape.point ? (
            <path d={focusedShape.d} className="map-focus-ring" strokeWidth={px(3, 4)} aria-hidden="true" />
          ) : null}
          {focusedPoint ? (
            <circle
              cx={focusedPoint.at[0]}
              cy={focusedPoint.at[1]}
              r={pointR + px(3, 4)}
              className="map-focus-ring"
              strokeWidth={px(3, 4)}
              aria-hidden="true"
            />
          ) : null}
        </svg>
      </div>
      <figcaption id={afterId} tabIndex={-1} className="map-after">
        {caption}
        {asPoint.length > 0 ? (
          <details className="map-points">
            <summary>{t('map.points.summary', { count: asPoint.length })}</summary>
            <ul className="map-point-list">
              {asPoint.map(({ region: r }) => (
                <li key={r.code}>
                  <SwatchIcon swatch={r.swatch} prefix={`${prefix}-list`} />
                  <a href={r.href} onClick={(e) => follow(e, r.href)}>
                    {r.label}
                  </a>
                </li>
              ))}
            </ul>
            <svg className="map-defs" aria-hidden="true" focusable="false">
              <PatternDefs prefix={`${prefix}-list`} swatches={asPoint.map((p) => p.region.swatch)} tile={5} />
            </svg>
          </details>
        ) : null}
        {unplaced.length > 0 ? (
          <p className="map-unplaced">
            {t('map.unplaced')}{' '}
            {unplaced.map((r, i) => (
              <span key={r.code}>
                {i > 0 ? t('common.separator') : null}
                <a href={r.href} onClick={(e) => follow(e, r.href)}>
                  {r.label}
                </a>
              </span>
            ))}
          </p>
        ) : null}
      </figcaption>
    </>
  );
}
