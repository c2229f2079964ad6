import type { ChangeView, InstrumentSummary, MatrixView } from '#domain/treaties/views.ts';
import { api } from '#web/api.ts';
import { listDates, useAsOf } from '#web/components/as-of-control.tsx';
import {
  DataTable,
  DateText,
  ErrorMessage,
  Loading,
  Name,
  SourceRef,
  useDocumentTitle,
} from '#web/components/common.tsx';
import { MapFigure, type LegendEntry } from '#web/features/treaties/map/lazy-map.tsx';
import { MapInstrumentSelect, statusLegend, statusRegions } from '#web/features/treaties/map/status-map.tsx';
import type { MapRegion } from '#web/features/treaties/map/world-map.tsx';
import { useI18n, type I18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const COUNT_FILLS = ['#fdd9b5', '#c6dbef', '#9ecae1', '#4a98c9', '#1f6aa8', '#08306b'];

/** Bins for 0…n instruments: none, four quarter-ranges, all. */
export function countBins(n: number): { lo: number; hi: number }[] {
  const bins = [{ lo: 0, hi: 0 }];
  for (let k = 1; k <= 4; k++) {
    const lo = Math.floor(((k - 1) * n) / 4) + 1;
    const hi = Math.min(Math.floor((k * n) / 4), n - 1);
    if (lo <= hi) bins.push({ lo, hi });
  }
  if (n > 0) bins.push({ lo: n, hi: n });
  return bins;
}

function partyCounts(matrix: MatrixView): Map<string, number> {
  const ids = matrix.instruments.filter((i) => i.category === 'universal').map((i) => i.id);
  return new Map(matrix.participants.map((p) => [p.code, ids.filter((id) => p.cells[id]?.s === 'party').length]));
}

export function DashboardPage() {
  const i18n = useI18n();
  const { t, lang, number } = i18n;
  const asOf = useAsOf();
  const [params, setSearch] = useSearch();
  useDocumentTitle(t('dashboard.title'));
  const matrix = useApi(`matrix:${asOf}`, (signal) => api.matrix({ asOf, category: 'universal' }, signal));
  const changes = useApi('changes:acts', (signal) => api.changes({ sort: 'acts', pageSize: 10 }, signal));
  const instruments = useApi('instruments', (signal) => api.instruments(signal));

  const m = matrix.data?.data;
  const counts = m ? partyCounts(m) : new Map<string, number>();
  const universal = m ? m.instruments.filter((i) => i.category === 'universal').length : 0;
  const totalParties = [...counts.values()].reduce((a, b) => a + b, 0);
  // "Party to all" can only be known over the instruments with a complete list: the others are unknown for everyone.
  const knownIds = m ? m.instruments.filter((i) => i.category === 'universal' && i.statusListAsOf).map((i) => i.id) : [];
  const partyToAll = m
    ? m.participants.filter((p) => knownIds.length > 0 && knownIds.every((id) => p.cells[id]?.s === 'party')).length
    : 0;

  const bins = countBins(universal);
  const fillFor = (count: number) => COUNT_FILLS[bins.findIndex((b) => count >= b.lo && count <= b.hi)] ?? COUNT_FILLS[0]!;
  // The map shows how many universal instruments each State joined, or its status for one of them (?map=<id>).
  const universalInstruments = (m?.instruments ?? []).filter((i) => i.category === 'universal');
  const mapInstrument = universalInstruments.find((i) => i.id === params.get('map')) ?? null;
  const mapName = mapInstrument ? i18n.localize(mapInstrument.shortNames, mapInstrument.id).text : '';
  const statusOf = (p: MatrixView['participants'][number]) => (mapInstrument && p.cells[mapInstrument.id]?.s) || 'unknown';
  const legend: LegendEntry[] = mapInstrument
    ? statusLegend(t, (m?.participants ?? []).map(statusOf))
    : bins.map((b, i) => ({
        swatch: { color: COUNT_FILLS[i] ?? COUNT_FILLS[0]! },
        label:
          b.lo === b.hi
            ? t('dashboard.map.legendOne', { count: b.lo })
            : t('dashboard.map.legendRange', { lo: number(b.lo), hi: number(b.hi) }),
      }));
  const regions: MapRegion[] = mapInstrument
    ? statusRegions((m?.participants ?? []).map((p) => ({ participant: p, status: statusOf(p) })), i18n, asOf)
    : (m?.participants ?? []).map((p) => {
        const name = i18n.localize(p.names, p.code).text;
        return {
          code: p.code,
          m49: p.m49,
          name,
          swatch: { color: fillFor(counts.get(p.code) ?? 0) },
          href: href(lang, `/states/${encodeURIComponent(p.code)}`, { asOf }),
          label: t('dashboard.map.region', { name, count: counts.get(p.code) ?? 0 }),
        };
      });

  return (
    <>
      <h1 tabIndex={-1}>{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.intro')}</p>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t('dashboard.totals.heading')}</h2>
        {matrix.error ? <ErrorMessage error={matrix.error} /> : null}
        {/* The figures' boxes stand from the first paint, a dash in each until the data comes, and the line about
            their dates comes under them: nothing in view moves when the data arrives (layout shift). */}
        {matrix.error ? null : (
          <>
            <dl className="totals" aria-busy={!m}>
              <div>
                <dt>{t('dashboard.totals.participants')}</dt>
                <dd>{m ? number(m.participants.length) : '–'}</dd>
              </div>
              <div>
                <dt>{t('dashboard.totals.instruments')}</dt>
                <dd>{m ? number(universal) : '–'}</dd>
              </div>
              <div>
                <dt>{t('dashboard.totals.parties')}</dt>
                <dd>{m ? number(totalParties) : '–'}</dd>
              </div>
              <div>
                <dt>
                  {knownIds.length === universal
                    ? t('dashboard.totals.partyToAll', { count: universal })
                    : t('dashboard.totals.partyToAllKnown', { count: knownIds.length })}
                </dt>
                <dd>{m ? number(partyToAll) : '–'}</dd>
              </div>
            </dl>
            {m ? (
              <DataDatesNote instruments={universalInstruments} asOf={m.asOf} i18n={i18n} />
            ) : (
              <Loading />
            )}
          </>
        )}
      </section>

      {/* The sections below come with the figures: drawn before, the figures' arrival pushed them down while in
          view (a layout shift of 0.1 to 0.8 on a phone). */}
      {m || matrix.error ? (
        <>
          <section aria-labelledby="map-heading">
            <h2 id="map-heading">{t('dashboard.map.heading')}</h2>
            {m && (
              <>
                <div className="controls no-print">
                  <MapInstrumentSelect
                    id="map-instrument"
                    instruments={universalInstruments}
                    value={mapInstrument?.id ?? ''}
                    allLabel={t('dashboard.map.allInstruments')}
                    onChange={(id) => setSearch({ map: id || null })}
                    i18n={i18n}
                  />
                </div>
                <MapFigure
                  regions={regions}
                  legend={legend}
                  label={
                    mapInstrument
                      ? t('instrument.map.label', { name: mapName, date: i18n.date(m.asOf) })
                      : t('dashboard.map.label', { count: universal })
                  }
                  caption={
                    mapInstrument ? (
                      <p>
                        {t('map.caption', { name: mapName })}{' '}
                        {mapInstrument.statusListAsOf ? null : <>{t('map.incomplete')} </>}
                        <Link to={href(lang, `/instruments/${encodeURIComponent(mapInstrument.id)}`, { asOf })}>
                          {t('map.moreAbout', { name: mapName })}
                        </Link>
                      </p>
                    ) : (
                      <p>
                        {t('dashboard.map.caption')}{' '}
                        <Link to={href(lang, '/matrix', { asOf, category: 'universal' })}>{t('dashboard.map.seeMatrix')}</Link>
                      </p>
                    )
                  }
                />
              </>
            )}
          </section>

          {m ? <DataDates instruments={universalInstruments} related={(instruments.data?.data ?? []).filter((i) => i.category === 'related')} i18n={i18n} asOf={asOf} /> : null}

          <section aria-labelledby="changes-heading">
            <h2 id="changes-heading">{t('dashboard.changes.heading')}</h2>
            {changes.error ? <ErrorMessage error={changes.error} /> : null}
            {!changes.data && changes.loading ? <Loading /> : null}
            {changes.data && (
              <ChangesTable
                changes={changes.data.data}
                names={new Map((m?.participants ?? []).map((p) => [p.code, p.names]))}
                instruments={instruments.data?.data ?? m?.instruments ?? []}
                i18n={i18n}
                asOf={asOf}
              />
            )}
            <p>
              <a href={api.changesFeedUrl} type="application/atom+xml">
                {t('dashboard.changes.feed')}
              </a>
            </p>
          </section>
        </>
      ) : null}
    </>
  );
}

/** One line under the figures: the date asked for, and the range of dates the lists behind it speak for. */
function DataDatesNote({ instruments, asOf, i18n }: { instruments: InstrumentSummary[]; asOf: string; i18n: I18n }) {
  const { from, to, missing } = listDates(instruments);
  return (
    <>
      <p className="as-of-note">
        {from && to
          ? i18n.tx('dashboard.dataDates.summary', {
              date: <DateText iso={asOf} style="long" />,
              from: <DateText iso={from} style="long" />,
              to: <DateText iso={to} style="long" />,
            })
          : i18n.tx('common.statusAsOf', { date: <DateText iso={asOf} style="long" /> })}{' '}
        <a href="#data-dates-heading">{i18n.t('dashboard.dataDates.heading')}</a>
      </p>
      {missing ? <p className="as-of-note">{i18n.t('dashboard.totals.noCompleteList', { count: missing })}</p> : null}
    </>
  );
}

/** Per instrument, the date of the newest complete list behind its statuses: the page never implies "today". */
function DataDates({
  instruments,
  related,
  i18n,
  asOf,
}: {
  instruments: InstrumentSummary[];
  related: InstrumentSummary[];
  i18n: I18n;
  asOf: string | null;
}) {
  const { t, lang } = i18n;
  const row = (i: InstrumentSummary) => (
    <tr key={i.id}>
      <th scope="row">
        <Link to={href(lang, `/instruments/${encodeURIComponent(i.id)}`, { asOf })}>
          <Name text={i.shortNames} fallback={i.id} />
        </Link>
      </th>
      <td>{i.statusListAsOf ? <DateText iso={i.statusListAsOf} /> : <span className="unknown">{t('dashboard.dataDates.noList')}</span>}</td>
    </tr>
  );
  return (
    <section aria-labelledby="data-dates-heading">
      <h2 id="data-dates-heading">{t('dashboard.dataDates.heading')}</h2>
      <p>{t('dashboard.dataDates.intro')}</p>
      <DataTable caption={t('dashboard.dataDates.heading')} hideCaption columns={[t('dashboard.dataDates.instrument'), t('dashboard.dataDates.asOf')]}>
        {instruments.map(row)}
      </DataTable>
      {related.length ? (
        <>
          <h3>{t('category.relatedPlural')}</h3>
          <DataTable caption={t('category.relatedPlural')} hideCaption columns={[t('dashboard.dataDates.instrument'), t('dashboard.dataDates.asOf')]}>
            {related.map(row)}
          </DataTable>
        </>
      ) : null}
    </section>
  );
}

function ChangesTable({
  changes,
  names,
  instruments,
  i18n,
  asOf,
}: {
  changes: ChangeView[];
  names: Map<string, MatrixView['participants'][number]['names']>;
  instruments: InstrumentSummary[];
  i18n: I18n;
  asOf: string | null;
}) {
  const { t, lang } = i18n;
  if (changes.length === 0) return <p>{t('dashboard.changes.empty')}</p>;
  const byId = new Map(instruments.map((i) => [i.id, i]));
  return (
    <DataTable
      caption={t('dashboard.changes.caption')}
      hideCaption
      columns={[
        t('dashboard.changes.columns.date'),
        t('dashboard.changes.columns.participant'),
        t('dashboard.changes.columns.event'),
        t('dashboard.changes.columns.instrument'),
        t('dashboard.changes.columns.source'),
        t('dashboard.changes.columns.recorded'),
      ]}
    >
      {changes.map((c) => {
        const instrument = byId.get(c.event.instrumentId);
        return (
          <tr key={c.event.id}>
            <td>
              <DateText iso={c.event.date} />
            </td>
            <th scope="row">
              <Link to={href(lang, `/states/${encodeURIComponent(c.event.participantCode)}`, { asOf })}>
                <Name text={names.get(c.event.participantCode)} fallback={c.event.nameAsWritten} />
              </Link>
            </th>
            <td>{t(`eventKind.${c.event.kind}`)}</td>
            <td>
              <Link to={href(lang, `/instruments/${encodeURIComponent(c.event.instrumentId)}`, { asOf })}>
                <Name text={instrument?.shortNames} fallback={c.event.instrumentId} />
              </Link>
            </td>
            <td>
              <SourceRef source={c.event.source} />
            </td>
            <td>
              <DateText iso={c.recordedAt.slice(0, 10)} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
