// The status matrix as an ARIA grid: one tab stop, arrow keys move between cells (mirrored in right-to-left),
// Home/End to the row ends, Ctrl+Home/End to the corners, Page Up/Down by ten rows.
import { memo, useCallback, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { ParticipationStatus } from '#domain/treaties/types.ts';
import type { InstrumentSummary, MatrixView } from '#domain/treaties/views.ts';
import { STATUS_SYMBOL, Text } from '#web/components/common.tsx';
import { useI18n, type I18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';

export type MatrixRow = MatrixView['participants'][number] & { joined: number };
export type SortKey = 'name' | 'joined' | string;

export interface MatrixGridProps {
  rows: MatrixRow[];
  instruments: InstrumentSummary[];
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort: (key: SortKey) => void;
  asOf: string | null;
  labelledBy: string;
  describedBy: string;
}

const cellId = (r: number, c: number) => `${r}:${c}`;

export function MatrixGrid({ rows, instruments, sort, dir, onSort, asOf, labelledBy, describedBy }: MatrixGridProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const table = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const lastRow = rows.length;
  const lastCol = instruments.length + 1;

  const focusCell = useCallback((r: number, c: number) => {
    const cell = table.current?.querySelector<HTMLElement>(`[data-cell="${cellId(r, c)}"]`);
    if (!cell) return;
    const target = cell.tagName === 'TD' ? cell : (cell.querySelector<HTMLElement>('a, button') ?? cell);
    target.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    const [r, c] = cell.dataset.cell!.split(':').map(Number) as [number, number];
    const forward = i18n.dir === 'rtl' ? -1 : 1;
    let nr = r;
    let nc = c;
    switch (e.key) {
      case 'ArrowRight':
        nc = c + forward;
        break;
      case 'ArrowLeft':
        nc = c - forward;
        break;
      case 'ArrowDown':
        nr = r + 1;
        break;
      case 'ArrowUp':
        nr = r - 1;
        break;
      case 'PageDown':
        nr = r + 10;
        break;
      case 'PageUp':
        nr = r - 10;
        break;
      case 'Home':
        nc = 0;
        if (e.ctrlKey) nr = 0;
        break;
      case 'End':
        nc = lastCol;
        if (e.ctrlKey) nr = lastRow;
        break;
      default:
        return;
    }
    e.preventDefault();
    focusCell(Math.max(0, Math.min(lastRow, nr)), Math.max(0, Math.min(lastCol, nc)));
  };

  // Clicking or tabbing into a cell makes it the grid's single tab stop.
  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    const [r, c] = cell.dataset.cell!.split(':').map(Number) as [number, number];
    if (r !== active[0] || c !== active[1]) setActive([r, c]);
  };

  const [ar, ac] = active[0] <= lastRow && active[1] <= lastCol ? active : [0, 0];
  const sortState = (key: SortKey) => (sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined);
  const sortButton = (key: SortKey, c: number, label: ReactNode, title?: string) => (
    <button type="button" tabIndex={ar === 0 && ac === c ? 0 : -1} onClick={() => onSort(key)} title={title}>
      {label}
      <span className="sort-indicator" aria-hidden="true">
        {sort === key ? (dir === 'asc' ? '▲' : '▼') : '⇅'}
      </span>
    </button>
  );

  return (
    <table
      ref={table}
      role="grid"
      aria-readonly="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-rowcount={rows.length + 1}
      className="matrix"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" data-cell={cellId(0, 0)} aria-sort={sortState('name')} className="corner">
            {sortButton('name', 0, t('matrix.columns.participant'))}
          </th>
          <th scope="col" data-cell={cellId(0, 1)} aria-sort={sortState('joined')} className="joined-col">
            {sortButton('joined', 1, <span className="vertical">{t('matrix.columns.joined')}</span>)}
          </th>
          {instruments.map((inst, i) => {
            const name = i18n.localize(inst.shortNames, inst.id);
            const title = i18n.localize(inst.titles, name.text);
            return (
              <th key={inst.id} scope="col" data-cell={cellId(0, i + 2)} aria-sort={sortState(inst.id)}>
                {sortButton(
                  inst.id,
                  i + 2,
                  <span className="vertical" lang={name.lang}>
                    {name.text}
                  </span>,
                  title.text,
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <Row
            key={row.code}
            row={row}
            r={index + 1}
            activeCol={ar === index + 1 ? ac : -1}
            instruments={instruments}
            i18n={i18n}
            asOf={asOf}
          />
        ))}
      </tbody>
    </table>
  );
}

const Row = memo(function Row({
  row,
  r,
  activeCol,
  instruments,
  i18n,
  asOf,
}: {
  row: MatrixRow;
  r: number;
  activeCol: number;
  instruments: InstrumentSummary[];
  i18n: I18n;
  asOf: string | null;
}) {
  const { t, lang } = i18n;
  const name = i18n.localize(row.names, row.code);
  return (
    <tr aria-rowindex={r + 1}>
      <th scope="row" data-cell={cellId(r, 0)}>
        <Link to={href(lang, `/states/${encodeURIComponent(row.code)}`, { asOf })} tabIndex={activeCol === 0 ? 0 : -1}>
          <Text value={name} />
        </Link>
      </th>
      <td data-cell={cellId(r, 1)} tabIndex={activeCol === 1 ? 0 : -1} className="joined">
        {i18n.number(row.joined)}
      </td>
      {instruments.map((inst, i) => {
        const cell = row.cells[inst.id];
        const s: ParticipationStatus = cell?.s ?? 'unknown';
        const label = [t(`status.${s}`), cell?.d ? i18n.date(cell.d) : null, cell?.x ? t('status.disagreement') : null]
          .filter(Boolean)
          .join(t('common.separator'));
        return (
          <td
            key={inst.id}
            data-cell={cellId(r, i + 2)}
            tabIndex={activeCol === i + 2 ? 0 : -1}
            className={`cell status-${s}`}
            title={label}
          >
            <span aria-hidden="true">
              {STATUS_SYMBOL[s]}
              {cell?.x ? <span className="disagree-mark">!</span> : null}
            </span>
            <span className="visually-hidden">{label}</span>
          </td>
        );
      })}
    </tr>
  );
});
