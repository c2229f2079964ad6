// An SVG world map (Natural Earth 110m via world-atlas), joined to participants by ISO 3166 numeric code (= M49).
// Loaded lazily: d3-geo, topojson-client and the TopoJSON are ~60 kB gzipped that the first screen does not need.
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

export interface MapRegion {
  m49: string;
  label: string;
  fill: string;
  href: string;
}

export interface WorldMapProps {
  regions: MapRegion[];
  /** Accessible description of what the map shows; the same data is in a table or list elsewhere on the page. */
  label: string;
  noDataFill: string;
  onSelect: (href: string) => void;
}

const WIDTH = 960;
const HEIGHT = 470;

interface Shape {
  id: string;
  name: string;
  d: string;
}

let shapes: Shape[] | null = null;

function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  shapes = countries.features
    .filter((f) => f.id !== '010') // Antarctica: no State, and most of the projection's area
    .map((f) => ({ id: String(f.id ?? ''), name: f.properties.name, d: path(f) ?? '' }));
  return shapes;
}

export default function WorldMap({ regions, label, noDataFill, onSelect }: WorldMapProps) {
  const byM49 = new Map(regions.map((r) => [r.m49, r]));
  return (
    <svg
      className="world-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      // Geography is not mirrored in right-to-left languages.
      direction="ltr"
    >
      {worldShapes().map((s, i) => {
        const region = byM49.get(s.id);
        return (
          <path
            key={`${s.id}-${i}`}
            d={s.d}
            fill={region?.fill ?? noDataFill}
            className={region ? 'map-region' : undefined}
            onClick={region ? () => onSelect(region.href) : undefined}
          >
            <title>{region?.label ?? s.name}</title>
          </path>
        );
      })}
    </svg>
  );
}
