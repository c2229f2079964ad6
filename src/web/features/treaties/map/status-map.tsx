// The pieces a screen needs to map one instrument: the instrument selector, the regions painted by status, the legend.
import type { ParticipationStatus } from '#domain/treaties/types.ts';
import type { InstrumentSummary, ParticipantSummary } from '#domain/treaties/views.ts';
import type { I18n } from '#web/i18n/i18n.tsx';
import { href } from '#web/router.tsx';
import type { LegendEntry } from './lazy-map.tsx';
import { STATUS_ORDER, STATUS_SWATCHES } from './map-styles.tsx';
import type { MapRegion } from './world-map.tsx';

/** Every status, each with what it means; `not_adopted` only when `shown` has it. */
export function statusLegend(t: I18n['t'], shown: Iterable<ParticipationStatus>): LegendEntry[] {
  const present = new Set(shown);
  return STATUS_ORDER.filter((s) => s !== 'not_adopted' || present.has(s)).map((s) => ({
    swatch: STATUS_SWATCHES[s],
    label: t(`status.${s}`),
    note: t(`map.legendNote.${s}`),
  }));
}

/** One region per participant, painted by its status; organisations (no M49 code) are listed under the map. */
export function statusRegions(
  rows: { participant: ParticipantSummary; status: ParticipationStatus }[],
  i18n: I18n,
  asOf: string | null,
): MapRegion[] {
  return rows.map(({ participant: p, status }) => {
    const name = i18n.localize(p.names, p.code).text;
    return {
      code: p.code,
      m49: p.m49,
      name,
      label: i18n.t('map.region', { name, status: i18n.t(`status.${status}`) }),
      swatch: STATUS_SWATCHES[status],
      href: href(i18n.lang, `/states/${encodeURIComponent(p.code)}`, { asOf }),
    };
  });
}

/**
 * The labelled choice of the instrument the map shows. `allLabel` adds a first option with the empty value (the
 * overview's count of instruments). Instruments are grouped by category when there are several.
 */
export function MapInstrumentSelect({
  id,
  instruments,
  value,
  onChange,
  allLabel,
  i18n,
}: {
  id: string;
  instruments: InstrumentSummary[];
  value: string;
  onChange: (value: string) => void;
  allLabel?: string;
  i18n: I18n;
}) {
  const { t, localize } = i18n;
  const sorted = [...instruments].sort((a, b) => a.sortOrder - b.sortOrder);
  const categories = [...new Set(sorted.map((i) => i.category))];
  const options = (list: InstrumentSummary[]) =>
    list.map((i) => (
      <option key={i.id} value={i.id}>
        {localize(i.shortNames, i.id).text}
      </option>
    ));
  return (
    <div className="field map-select">
      <label htmlFor={id}>{t('map.instrument')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {categories.length > 1
          ? categories.map((c) => (
              <optgroup key={c} label={t(`category.${c}`)}>
                {options(sorted.filter((i) => i.category === c))}
              </optgroup>
            ))
          : options(sorted)}
      </select>
    </div>
  );
}
