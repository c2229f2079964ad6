import { lazy, Suspense, useId, useMemo } from 'react';
import type { ParticipationStatus } from '#domain/treaties/types.ts';
import { api, type ExportFormat } from '#web/api.ts';
import { listDates, useAsOf } from '#web/components/as-of-control.tsx';
import { DateText, ErrorMessage, FilterSelect, Loading, Name, StatusLegend, useDocumentTitle } from '#web/components/common.tsx';
import { MatrixGrid, type MatrixRow, type SortKey } from '#web/features/treaties/matrix/matrix-grid.tsx';
import { REGIONAL_GROUPS, useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

// The legislation view (issue 13) loads with its own client only when chosen.
const LegislationMatrix = lazy(() => import('#web/features/library/legislation-matrix.tsx').then((m) => ({ default: m.LegislationMatrix })));

const STATUS_RANK: Record<ParticipationStatus, number> = { party: 3, signatory: 2, withdrawn: 1, none: 0, unknown: -1, not_adopted: -2, not_a_state: -3 };
const CATEGORIES = ['universal', 'related'] as const;

export function MatrixPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const asOf = useAsOf();
  const [params, setSearch] = useSearch();
  const group = params.get('group');
  const categoryParam = params.get('category');
  const category = CATEGORIES.find((c) => c === categoryParam) ?? null;
  const sort: SortKey = params.get('sort') || 'name';
  const legislationView = params.get('view') === 'legislation';
  const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const ids = useId();
  useDocumentTitle(t('matrix.title'));

  const filters = { asOf, regionalGroup: group, category };
  const matrix = useApi(legislationView ? null : `matrix:${asOf}:${group}:${category}`, (signal) => api.matrix(filters, signal));
  const view = matrix.data?.data;

  const instruments = useMemo(
    () =>
      (view?.instruments ?? [])
        .filter((i) => !category || i.category === category)
        .sort((a, b) => a.sortOrder - b.sortOrder),
    [view, category],
  );

  const rows = useMemo(() => {
    if (!view) return [];
    const withCounts: MatrixRow[] = view.participants
      .filter((p) => !group || p.regionalGroup === group)
      .map((p) => ({ ...p, joined: instruments.filter((i) => p.cells[i.id]?.s === 'party').length }));
    const name = (r: MatrixRow) => i18n.localize(r.names, r.code).text;
    const byName = (a: MatrixRow, b: MatrixRow) => i18n.collator.compare(name(a), name(b));
    const sign = dir === 'asc' ? 1 : -1;
    const compare =
      sort === 'name'
        ? (a: MatrixRow, b: MatrixRow) => sign * byName(a, b)
        : sort === 'joined'
          ? (a: MatrixRow, b: MatrixRow) => sign * (a.joined - b.joined) || byName(a, b)
          : (a: MatrixRow, b: MatrixRow) => {
              const ca = a.cells[sort];
              const cb = b.cells[sort];
              const rank = STATUS_RANK[ca?.s ?? 'unknown'] - STATUS_RANK[cb?.s ?? 'unknown'];
              // Among parties, earlier consent first when ascending.
              const date = (ca?.d ?? '9999') < (cb?.d ?? '9999') ? -1 : (ca?.d ?? '9999') > (cb?.d ?? '9999') ? 1 : 0;
              return sign * rank || -sign * date || byName(a, b);
            };
    return withCounts.sort(compare);
  }, [view, group, instruments, sort, dir, i18n]);

  const onSort = (key: SortKey) => {
    const nextDir = sort === key ? (dir === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc';
    setSearch({ sort: key === 'name' ? null : key, dir: nextDir === 'asc' ? null : 'desc' }, { replace: true, keepScroll: true });
  };

  const groups = [...new Set([...REGIONAL_GROUPS, ...(view?.participants ?? []).map((p) => p.regionalGroup ?? '')])]
    .filter(Boolean)
    .sort((a, b) => i18n.collator.compare(i18n.regionalGroup(a).text, i18n.regionalGroup(b).text));
  const exportFormats: { format: ExportFormat; label: string }[] = [
    { format: 'csv', label: t('matrix.export.csv') },
    { format: 'xlsx', label: t('matrix.export.xlsx') },
    { format: 'json', label: t('matrix.export.json') },
  ];
  const canExport = matrix.data?.abilities.export !== false;

  return (
    <div className="matrix-page">
      <h1 tabIndex={-1} id={`${ids}-title`}>
        {t('matrix.title')}
      </h1>
      <nav className="view-switch no-print" aria-label={t('legislation.matrix.views')}>
        <Link to={href(lang, '/matrix', { group })} aria-current={legislationView ? undefined : 'page'}>
          {t('legislation.matrix.status')}
        </Link>{' '}
        <Link to={href(lang, '/matrix', { group, view: 'legislation' })} aria-current={legislationView ? 'page' : undefined}>
          {t('legislation.matrix.legislation')}
        </Link>
      </nav>
      {legislationView ? (
        <Suspense fallback={<Loading />}>
          <LegislationMatrix group={group} />
        </Suspense>
      ) : (
        statusMatrixBody()
      )}
    </div>
  );

  function statusMatrixBody() {
    return (
      <>
      <p className="lead">{t('matrix.intro')}</p>

      <div className="controls no-print">
        <form className="filters" aria-label={t('matrix.filter.heading')} onSubmit={(e) => e.preventDefault()}>
          <FilterSelect
            id={`${ids}-group`}
            label={t('matrix.filter.regionalGroup')}
            allLabel={t('regionalGroup.all')}
            value={group}
            options={groups.map((g) => ({ value: g, label: i18n.regionalGroup(g).text }))}
            onChange={(g) => setSearch({ group: g })}
          />
          <FilterSelect
            id={`${ids}-category`}
            label={t('matrix.filter.category')}
            allLabel={t('category.all')}
            value={category}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}Plural`) }))}
            onChange={(c) => setSearch({ category: c })}
          />
        </form>
        {canExport && (
          <div className="exports" role="group" aria-labelledby={`${ids}-export`}>
            <span id={`${ids}-export`} className="exports-label">
              {t('matrix.export.heading')}
            </span>
            {exportFormats.map((f) => (
              <a key={f.format} className="button" href={api.matrixExportUrl(f.format, filters, lang)} download>
                {f.label}
              </a>
            ))}
          </div>
        )}
      </div>

      {matrix.error ? <ErrorMessage error={matrix.error} /> : null}
      {!view && matrix.loading ? <Loading /> : null}
      {view && (
        <>
          <p className="as-of-note" aria-live="polite">
            {t('matrix.summary', { participants: rows.length, instruments: instruments.length })}{' '}
            {i18n.tx('common.statusAsOf', { date: <DateText iso={view.asOf} style="long" /> })}
          </p>
          <DataDatesLine instruments={instruments} />
          <StatusLegend />
          <p id={`${ids}-help`} className="hint no-print">
            {t('matrix.keyboardHelp')}
          </p>
          {rows.length === 0 ? (
            <p>{t('matrix.empty')}</p>
          ) : (
            <MatrixGrid
              rows={rows}
              instruments={instruments}
              sort={sort}
              dir={dir}
              onSort={onSort}
              asOf={asOf}
              labelledBy={`${ids}-title`}
              describedBy={`${ids}-help`}
            />
          )}
          <section aria-labelledby={`${ids}-key`} className="instrument-key">
            <h2 id={`${ids}-key`}>{t('matrix.instrumentsHeading')}</h2>
            <ol>
              {instruments.map((inst) => (
                <li key={inst.id}>
                  <Link to={href(lang, `/instruments/${encodeURIComponent(inst.id)}`, { asOf })}>
                    <Name text={inst.titles} fallback={inst.id} />
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
      </>
    );
  }
}

/** How current each column is: the range of the complete lists' dates, and how many columns have none. */
function DataDatesLine({ instruments }: { instruments: { statusListAsOf: string | null }[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { from, to, missing } = listDates(instruments);
  return (
    <p className="hint">
      {from && to
        ? i18n.tx('matrix.dataDates', { from: <DateText iso={from} />, to: <DateText iso={to} /> })
        : null}{' '}
      {missing ? t('dashboard.totals.noCompleteList', { count: missing }) : null}{' '}
      <Link to={`${href(lang, '/')}#data-dates-heading`}>{t('dashboard.dataDates.heading')}</Link>
    </p>
  );
}
