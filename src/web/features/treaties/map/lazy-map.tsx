import { Component, lazy, Suspense, useId, type ReactNode } from 'react';
import { useI18n } from '#web/i18n/i18n.tsx';
import { navigate } from '#web/router.tsx';
import { NO_DATA_SWATCH, PatternDefs, SwatchIcon, type Swatch } from './map-styles.tsx';
import type { MapRegion } from './world-map.tsx';
import './map.css';

const WorldMap = lazy(() => import('./world-map.tsx'));

export interface LegendEntry {
  swatch: Swatch;
  label: string;
  /** What the class means, when the label alone does not say it. */
  note?: string;
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

/**
 * The world map with its legend. The map itself arrives in its own chunk; the legend, which always ends with "no
 * data" (areas that are not participants), is here so that it shows while the map loads.
 */
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
  const prefix = `legend${useId().replace(/[^\w-]/g, '')}`;
  const entries: LegendEntry[] = [
    ...legend,
    { swatch: NO_DATA_SWATCH, label: t('map.noData'), note: t('map.legendNote.noData') },
  ];
  const withNotes = entries.some((e) => e.note && e !== entries[entries.length - 1]);
  const captionAndLegend = (
    <>
      {caption}
      <svg className="map-defs" aria-hidden="true" focusable="false">
        <PatternDefs prefix={prefix} swatches={entries.map((e) => e.swatch)} tile={5} />
      </svg>
      <ul className={`legend map-legend${withNotes ? ' with-notes' : ''}`} aria-label={t('map.legend')}>
        {entries.map((entry) => (
          <li key={entry.label}>
            <SwatchIcon swatch={entry.swatch} prefix={prefix} />
            <span>
              <span className="legend-label">{entry.label}</span>
              {entry.note ? <span className="legend-note">{entry.note}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
  // The caption goes last in the figure, under the map; the map's chunk adds the lists of points beneath it.
  return (
    <figure className="map-figure">
      <MapErrorBoundary
        fallback={
          <>
            <p className="error">{t('map.error')}</p>
            <figcaption>{captionAndLegend}</figcaption>
          </>
        }
      >
        <Suspense
          fallback={
            <>
              <div className="map-frame">
                <p className="loading">{t('map.loading')}</p>
              </div>
              <figcaption>{captionAndLegend}</figcaption>
            </>
          }
        >
          <WorldMap
            regions={regions}
            label={label}
            noData={NO_DATA_SWATCH}
            onSelect={(to) => navigate(to)}
            caption={captionAndLegend}
          />
        </Suspense>
      </MapErrorBoundary>
    </figure>
  );
}
