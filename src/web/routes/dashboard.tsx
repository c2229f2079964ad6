import type { ChangeView, InstrumentSummary, MatrixView } from '#domain/treaties/views.ts';
import { api } from '../api.ts';
import { useAsOf } from '../components/as-of-control.tsx';
import {
  DataTable,
  DateText,
  ErrorMessage,
  Loading,
  Name,
  SourceRef,
  useDocumentTitle,
} from '../components/common.tsx';
import { MapFigure, type LegendEntry } from '../features/map/lazy-map.tsx';
import type { MapRegion } from '../features/map/world-map.tsx';
import { useI18n, type I18n } from '../i18n/i18n.tsx';
import { href, Link } from '../router.tsx';
import { useApi } from '../use-api.ts';

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
  useDocumentTitle(t('dashboard.title'));
  const matrix = useApi(`matrix:${asOf}`, (signal) => api.matrix({ asOf, category: 'universal' }, signal));
  const changes = useApi('changes', (signal) => api.changes({ pageSize: 10 }, signal));
  const instruments = useApi('instruments', (signal) => api.instruments(signal));

  const m = matrix.data?.data;
  const counts = m ? partyCounts(m) : new Map<string, number>();
  const universal = m ? m.instruments.filter((i) => i.category === 'universal').length : 0;
  const totalParties = [...counts.values()].reduce((a, b) => a + b, 0);
  const partyToAll = [...counts.values()].filter((c) => c === universal && universal > 0).length;

  const bins = countBins(universal);
  const fillFor = (count: number) => COUNT_FILLS[bins.findIndex((b) => count >= b.lo && count <= b.hi)] ?? COUNT_FILLS[0]!;
  const legend: LegendEntry[] = bins.map((b, i) => ({
    fill: COUNT_FILLS[i] ?? COUNT_FILLS[0]!,
    label:
      b.lo === b.hi
        ? t('dashboard.map.legendOne', { count: b.lo })
        : t('dashboard.map.legendRange', { lo: number(b.lo), hi: number(b.hi) }),
  }));
  const regions: MapRegion[] = (m?.participants ?? [])
    .filter((p) => p.m49)
    .map((p) => ({
      m49: p.m49!,
      fill: fillFor(counts.get(p.code) ?? 0),
      href: href(lang, `/states/${encodeURIComponent(p.code)}`, { asOf }),
      label: t('dashboard.map.region', { name: i18n.localize(p.names, p.code).text, count: counts.get(p.code) ?? 0 }),
    }));

  return (
    <>
      <h1 tabIndex={-1}>{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.intro')}</p>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t('dashboard.totals.heading')}</h2>
        {matrix.error ? <ErrorMessage error={matrix.error} /> : null}
        {!m && matrix.loading ? <Loading /> : null}
        {m && (
          <>
            <p className="as-of-note">{t('common.statusAsOf', { date: i18n.date(m.asOf, 'long') })}</p>
            <dl className="totals">
              <div>
                <dt>{t('dashboard.totals.participants')}</dt>
                <dd>{number(m.participants.length)}</dd>
              </div>
              <div>
                <dt>{t('dashboard.totals.instruments')}</dt>
                <dd>{number(universal)}</dd>
              </div>
              <div>
                <dt>{t('dashboard.totals.parties')}</dt>
                <dd>{number(totalParties)}</dd>
              </div>
              <div>
                <dt>{t('dashboard.totals.partyToAll', { count: universal })}</dt>
                <dd>{number(partyToAll)}</dd>
              </div>
            </dl>
          </>
        )}
      </section>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t('dashboard.map.heading')}</h2>
        {m && (
          <MapFigure
            regions={regions}
            legend={legend}
            label={t('dashboard.map.label', { count: universal })}
            caption={
              <p>
                {t('dashboard.map.caption')}{' '}
                <Link to={href(lang, '/matrix', { asOf, category: 'universal' })}>{t('dashboard.map.seeMatrix')}</Link>
              </p>
            }
          />
        )}
      </section>

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
