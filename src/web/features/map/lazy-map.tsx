import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from '#web/i18n/i18n.tsx';
import { navigate } from '#web/router.tsx';
import type { MapRegion } from './world-map.tsx';

const WorldMap = lazy(() => import('./world-map.tsx'));

export const NO_DATA_FILL = '#c8c8c8';

export interface LegendEntry {
  fill: string;
  label: string;
}

class MapErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The world map with its legend. The map itself arrives in its own chunk. */
export function MapFigure({
  regions,
  label,
  legend,
  caption,
}: {
  regions: MapRegion[];
  label: string;
  legend: LegendEntry[];
  caption: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <figure className="map-figure">
      <div className="map-frame">
        <MapErrorBoundary fallback={<p className="error">{t('map.error')}</p>}>
          <Suspense fallback={<p className="loading">{t('map.loading')}</p>}>
            <WorldMap regions={regions} label={label} noDataFill={NO_DATA_FILL} onSelect={(to) => navigate(to)} />
          </Suspense>
        </MapErrorBoundary>
      </div>
      <figcaption>
        {caption}
        <ul className="legend map-legend" aria-label={t('map.legend')}>
          {[...legend, { fill: NO_DATA_FILL, label: t('map.noData') }].map((entry) => (
            <li key={entry.label}>
              <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <rect width="16" height="16" fill={entry.fill} stroke="#555" strokeWidth="1" />
              </svg>
              {entry.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
