// A report's figures on screen: each figure a link to the records behind it (or "suppressed", with why), and each
// breakdown drawn as bars (an SVG image with a title) above the same numbers in a table.
import { useId } from 'react';
import { SMALL_CELL, type Figure, type FigureGroup } from '#domain/reporting/report.ts';
import { useI18n, type I18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { figureLabel, figurePath, groupTitle, layoutBars } from './report-view.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `t` over keys built at run time (vocabularies): a missing key comes back as itself. */
export function useLooseT(): Translate {
  const { t } = useI18n();
  return (key, values) => t(key as MessageKey, values);
}

/** A figure's number as the reader's language writes it: a count, US dollars (from the exact decimal), or days. */
export function formatValue(i18n: Pick<I18n, 'lang' | 'number' | 't'>, figure: Figure): string {
  if (figure.suppressed || figure.value === null) return i18n.t('reports.figure.suppressed');
  if (figure.unit === 'usd') {
    // The decimal string goes to Intl as is (exact), never through a float.
    const format = new Intl.NumberFormat(i18n.lang, { style: 'currency', currency: 'USD', currencyDisplay: 'code' }).format as (v: string | number) => string;
    return format(String(figure.value));
  }
  const n = typeof figure.value === 'number' ? figure.value : Number(figure.value);
  if (figure.unit === 'days') return i18n.t('reports.figure.days', { count: n });
  return i18n.number(n);
}

export function useFigureLabel(): (figure: Figure) => string {
  const i18n = useI18n();
  const t = useLooseT();
  return (figure) => figureLabel(t, figure.label, (name) => i18n.regionalGroup(name).text);
}

/** The value as a link to its records; a suppressed figure is no link, and says so. */
export function FigureValue({ reportId, figure }: { reportId: string; figure: Figure }) {
  const i18n = useI18n();
  if (figure.suppressed || figure.value === null) {
    return (
      <span className="suppressed" data-figure={figure.id}>
        {i18n.t('reports.figure.suppressed')}
        <span className="visually-hidden"> — {i18n.t('reports.figure.suppressedWhy', { count: SMALL_CELL })}</span>
      </span>
    );
  }
  const label = figureLabel((k, v) => i18n.t(k as MessageKey, v), figure.label, (name) => i18n.regionalGroup(name).text);
  return (
    <Link
      to={href(i18n.lang, figurePath(reportId, figure.id))}
      data-figure={figure.id}
      aria-label={i18n.t('reports.figure.recordsOf', { label, value: formatValue(i18n, figure) })}
    >
      <bdi>{formatValue(i18n, figure)}</bdi>
    </Link>
  );
}

/** Horizontal bars of a breakdown, mirrored in right-to-left pages; the table below carries the same numbers. */
export function BarChart({ title, figures }: { title: string; figures: Figure[] }) {
  const i18n = useI18n();
  const label = useFigureLabel();
  const titleId = useId();
  const rows = figures.map((figure) => ({ figure, label: label(figure) }));
  // Room for the longest value written out (about 7.5 units a character at 13px): "USD 1,234,567.50" needs more than "12".
  const longest = Math.max(0, ...figures.map((f) => formatValue(i18n, f).length));
  const layout = layoutBars(rows, { rtl: i18n.dir === 'rtl', valueWidth: Math.max(60, Math.ceil(longest * 7.5) + 12) });
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      direction="ltr"
      className="bar-chart"
      data-testid="bar-chart"
    >
      <title id={titleId}>{i18n.t('reports.chart.title', { title })}</title>
      {layout.bars.map((bar) => (
        <g key={bar.figure.id} aria-hidden="true">
          <text x={bar.labelX} y={bar.y + 9} dy="0.35em" textAnchor={bar.labelAnchor} className="bar-label">
            {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
          </text>
          <rect x={bar.x} y={bar.y} width={bar.width} height={18} className={bar.figure.suppressed ? 'bar suppressed' : 'bar'} />
          <text x={bar.valueX} y={bar.y + 9} dy="0.35em" textAnchor={bar.valueAnchor} className="bar-value">
            {formatValue(i18n, bar.figure)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** One figure group: its heading, the chart for a breakdown, and the figures as a table of links. */
export function FigureGroupView({ reportId, group, headingLevel = 3 }: { reportId: string; group: FigureGroup; headingLevel?: 3 | 4 }) {
  const i18n = useI18n();
  const t = useLooseT();
  const label = useFigureLabel();
  const title = groupTitle(t, group);
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const anySuppressed = group.figures.some((f) => f.suppressed);
  return (
    <section className="figure-group" aria-labelledby={headingId} data-group={group.id}>
      <Heading id={headingId}>{title}</Heading>
      {group.figures.length === 0 ? <p>{i18n.t('reports.figure.none')}</p> : null}
      {group.chart && group.figures.length > 0 ? <BarChart title={title} figures={group.figures} /> : null}
      {group.figures.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('reports.figure.what')}</th>
                <th scope="col">{i18n.t('reports.figure.value')}</th>
              </tr>
            </thead>
            <tbody>
              {group.figures.map((figure) => (
                <tr key={figure.id}>
                  <th scope="row">
                    <bdi>{label(figure)}</bdi>
                  </th>
                  <td className="number">
                    <FigureValue reportId={reportId} figure={figure} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {anySuppressed ? <p className="hint">{i18n.t('reports.figure.suppressedWhy', { count: SMALL_CELL })}</p> : null}
    </section>
  );
}
