// The status matrix as an ARIA grid: one tab stop, arrow keys move between cells (mirrored in right-to-left),
// Home/End to the row ends, Ctrl+Home/End to the corners, Page Up/Down by ten rows.
//
// Only the rows in view are in the DOM (about 30 of some 200, with ~20 cells each): the whole matrix was ~13,500
// elements and seconds of main thread on a phone. The table keeps its semantics: aria-rowcount gives the full size,
// each row its aria-rowindex, and spacer rows (hidden from assistive technology) keep the scroll height. The row
// holding the grid's tab stop always stays rendered, so Tab, arrow keys, Page Up/Down and Ctrl+End reach any row:
// moving to a row out of view pins it, focus scrolls it into view, and the rows around it follow. Printing renders
// every row. Find in page sees only the rows rendered; the CSV export holds the whole table.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
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

/** A row's height before it is measured: a one-line name (cells 1.9rem high, plus a 1px border). */
const ESTIMATED_ROW_PX = 31;
/** Rows rendered beyond each edge of the view, so that scrolling shows rows already drawn. */
const OVERSCAN = 8;

/** Focuses a cell's own control: the link of a State's name, the sort button of a header, else the cell. */
function focusInCell(cell: HTMLElement) {
  const target = cell.tagName === 'TD' ? cell : (cell.querySelector<HTMLElement>('a, button') ?? cell);
  target.focus();
}

/** Whether the page is being printed: then every row renders (a printed matrix is whole). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Synchronously: the browser lays the page out for print right after beforeprint returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export function MatrixGrid({ rows, instruments, sort, dir, onSort, asOf, labelledBy, describedBy }: MatrixGridProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const table = useRef<HTMLTableElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const lastRow = rows.length;
  const lastCol = instruments.length + 1;
  const printing = usePrinting();

  // The rows start below the header row, whose height depends on the instruments' names (vertical text).
  const [headHeight, setHeadHeight] = useState(0);
  useLayoutEffect(() => {
    setHeadHeight(head.current?.offsetHeight ?? 0);
  }, [instruments, i18n.lang]);

  const [ar, ac] = active[0] <= lastRow && active[1] <= lastCol ? active : [0, 0];
  // The row holding the tab stop (index in `rows`) stays rendered wherever the view is.
  const pinned = ar - 1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (pinned >= 0 && pinned < range.count && !indexes.includes(pinned)) {
        indexes.push(pinned);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [pinned],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    scrollMargin: headHeight,
    rangeExtractor,
    getItemKey: (index) => rows[index]!.code,
    // React 19 warns when flushSync runs during rendering; a frame's delay on scroll is not visible.
    useFlushSync: false,
  });

  const cellElement = (r: number, c: number) =>
    table.current?.querySelector<HTMLElement>(`[data-cell="${cellId(r, c)}"]`) ?? null;
  // A cell asked for by the keyboard in a row not rendered yet: focused once its row is (see the effect below).
  const pendingFocus = useRef<[number, number] | null>(null);
  const focusCell = (r: number, c: number) => {
    const cell = cellElement(r, c);
    if (cell) {
      focusInCell(cell);
      return;
    }
    pendingFocus.current = [r, c];
    setActive([r, c]);
  };
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    const cell = cellElement(...pendingFocus.current);
    if (!cell) return;
    pendingFocus.current = null;
    focusInCell(cell);
  });

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

  const sortState = (key: SortKey) => (sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined);
  const sortButton = (key: SortKey, c: number, label: ReactNode, title?: string) => (
    <button type="button" tabIndex={ar === 0 && ac === c ? 0 : -1} onClick={() => onSort(key)} title={title}>
      {label}
      <span className="sort-indicator" aria-hidden="true">
        {sort === key ? (dir === 'asc' ? '▲' : '▼') : '⇅'}
      </span>
    </button>
  );

  const rowElement = (index: number) => {
    const row = rows[index]!;
    return (
      <Row
        key={row.code}
        row={row}
        r={index + 1}
        activeCol={ar === index + 1 ? ac : -1}
        instruments={instruments}
        i18n={i18n}
        asOf={asOf}
        measure={printing ? undefined : virtualizer.measureElement}
      />
    );
  };
  const body: ReactNode[] = [];
  if (printing) {
    rows.forEach((_, index) => body.push(rowElement(index)));
  } else {
    // Rendered rows, with spacers where rows are left out (before, between the pinned row and the view, after).
    const spacer = (key: string, px: number) =>
      px > 0.5 ? (
        <tr key={key} className="matrix-spacer" aria-hidden="true">
          <td colSpan={lastCol + 1} style={{ blockSize: px }} />
        </tr>
      ) : null;
    let offset = headHeight;
    for (const item of virtualizer.getVirtualItems()) {
      body.push(spacer(body.length === 0 ? 'before' : `gap-${item.index}`, item.start - offset));
      body.push(rowElement(item.index));
      offset = item.end;
    }
    body.push(spacer('after', headHeight + virtualizer.getTotalSize() - offset));
  }

  return (
    <div className="matrix-scroll" ref={scroller}>
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
        <thead ref={head}>
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
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}

const Row = memo(function Row({
  row,
  r,
  activeCol,
  instruments,
  i18n,
  asOf,
  measure,
}: {
  row: MatrixRow;
  r: number;
  activeCol: number;
  instruments: InstrumentSummary[];
  i18n: I18n;
  asOf: string | null;
  /** The virtualizer's measuring ref: rows whose name wraps are taller than the estimate. */
  measure?: (element: HTMLTableRowElement | null) => void;
}) {
  const { t, lang } = i18n;
  const name = i18n.localize(row.names, row.code);
  return (
    <tr aria-rowindex={r + 1} data-index={r - 1} ref={measure}>
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
