// Parties over time as a small SVG step chart; the same figures are offered as a table for screen readers and print.
import type { PartyCountPoint } from '#domain/treaties/views.ts';
import { useI18n } from '#web/i18n/i18n.tsx';

const W = 640;
const H = 240;
const M = { top: 12, right: 16, bottom: 28, left: 44 };

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function niceStep(max: number): number {
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
}

/**
 * `knownUntil`: the date of the newest complete list. The line stops there; the time after it is drawn as not known,
 * so the chart never implies that the count held until today.
 */
export function PartyCountChart({ points, asOf, knownUntil }: { points: PartyCountPoint[]; asOf: string; knownUntil: string | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const sorted = [...points].filter((p) => p.date).sort((a, b) => (a.date < b.date ? -1 : 1));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return <p>{t('instrument.chart.empty')}</p>;

  const end = Math.max(time(asOf), time(last.date));
  // Without a complete list the curve is only what excerpts show: it stops at the last recorded act.
  const solidEnd = Math.min(end, Math.max(time(knownUntil ?? last.date), time(last.date)));
  const start = time(first.date);
  const span = Math.max(end - start, 1);
  const max = Math.max(...sorted.map((p) => p.parties), 1);
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const x = (ms: number) => M.left + ((ms - start) / span) * (W - M.left - M.right);
  const y = (n: number) => H - M.bottom - (n / top) * (H - M.top - M.bottom);

  let d = `M${x(start)},${y(0)}`;
  for (const p of sorted) d += `H${x(time(p.date)).toFixed(1)}V${y(p.parties).toFixed(1)}`;
  d += `H${x(solidEnd).toFixed(1)}`;
  const unknownTail = end - solidEnd > 86_400_000;
  const stopIso = new Date(solidEnd).toISOString().slice(0, 10);

  const firstYear = new Date(start).getUTCFullYear();
  const lastYear = new Date(end).getUTCFullYear();
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear) / 6 / 5) * 5);
  const years: number[] = [];
  for (let yr = Math.ceil(firstYear / yearStep) * yearStep; yr <= lastYear; yr += yearStep) years.push(yr);
  const yTicks: number[] = [];
  for (let v = 0; v <= top; v += step) yTicks.push(v);

  // Year-end figures for the table alternative.
  const byYear = new Map<number, number>();
  for (const p of sorted) byYear.set(Number(p.date.slice(0, 4)), p.parties);
  const label = t('instrument.chart.label', {
    from: i18n.date(first.date),
    to: i18n.date(last.date),
    count: last.parties,
  });
  const stopNote = unknownTail ? t('instrument.chart.knownUntil', { date: i18n.date(stopIso) }) : null;

  return (
    <figure className="chart">
      {/* Time runs left to right in every language, as in UN statistical publications. */}
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} direction="ltr" className="line-chart">
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="grid-line" />
            <text x={M.left - 6} y={y(v)} dy="0.32em" textAnchor="end" className="tick">
              {i18n.number(v)}
            </text>
          </g>
        ))}
        {years.map((yr) => {
          const px = x(Date.UTC(yr, 0, 1));
          return (
            <text key={yr} x={px} y={H - M.bottom + 18} textAnchor="middle" className="tick">
              {i18n.date(`${yr}-01-01`, 'year')}
            </text>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} className="axis" />
        <path d={d} className="series" />
        {unknownTail ? (
          <g className="unknown-tail">
            <rect x={x(solidEnd)} y={M.top} width={x(end) - x(solidEnd)} height={y(0) - M.top} className="unknown-area" />
            <line x1={x(solidEnd)} x2={x(solidEnd)} y1={M.top} y2={y(0)} className="known-until" />
          </g>
        ) : null}
      </svg>
      <figcaption>
        {label}
        {stopNote ? <> {stopNote}</> : null}
      </figcaption>
      <details>
        <summary>{t('common.showTable')}</summary>
        <table className="data-table compact">
          <caption className="visually-hidden">{t('instrument.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instrument.chart.year')}</th>
              <th scope="col">{t('instrument.chart.parties')}</th>
            </tr>
          </thead>
          <tbody>
            {[...byYear].map(([year, n]) => (
              <tr key={year}>
                <th scope="row">{i18n.date(`${year}-01-01`, 'year')}</th>
                <td>{i18n.number(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
