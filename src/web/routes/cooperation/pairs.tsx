// The pair view (issue 11 §2): for one conduct, kind and date, every requesting State (row) × requested State
// (column), coloured by the number of treaties giving a basis, drawn on one <canvas> (197 × 197 cells as DOM would
// cost seconds on a phone; no chart library). The same figures are reachable without the picture: one State's pairs
// as a table, and the blind spots listed by requesting State. Question in the address bar, so a view is a link.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { CONDUCT_IDS } from '#domain/cooperation/conducts.ts';
import { COOPERATION_KINDS } from '#domain/cooperation/types.ts';
import { api } from '#web/api.ts';
import { Cell, DataTable, DateText, ErrorMessage, Loading, Name, Text, useDocumentTitle } from '#web/components/common.tsx';
import { finderApi, type PairView, type PairViewQuery, type PairViewState } from '#web/features/cooperation/finder-api.ts';
import { asOfFromField, dateFieldValue, finderHref, localIsoDate } from '#web/features/cooperation/finder-view.ts';
import {
  blindSpotGroups,
  CELL_CLASSES,
  CELL_COLOURS,
  cellAtPoint,
  cellClass,
  classCounts,
  moveCell,
  pairGrid,
  parsePairsForm,
  stateRow,
  type PairCell,
} from '#web/features/cooperation/pairs-view.ts';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';
import '#web/features/cooperation/cooperation.css';

export function PairsPage() {
  const i18n = useI18n();
  const { t, tx, lang } = i18n;
  const [params, setSearch] = useSearch();
  const form = parsePairsForm(params);
  const query: PairViewQuery = { conduct: form.conduct, kind: form.kind, asOf: form.asOf };
  const view = useApi(`pairs:${query.kind}:${query.conduct}:${query.asOf ?? ''}`, (signal) => finderApi.pairs(query, signal));
  const data = view.data?.data;
  useDocumentTitle(t('pairs.title'));

  return (
    <div className="pairs-page">
      <h1 tabIndex={-1}>{t('pairs.title')}</h1>
      <p className="lead">{t('pairs.intro')}</p>
      <PairsForm query={query} onAsk={(q) => setSearch({ conduct: q.conduct, kind: q.kind, asOf: q.asOf })} />
      <div className="exports" role="group" aria-labelledby="pairs-export">
        <span id="pairs-export" className="exports-label">
          {t('pairs.export.heading')}
        </span>
        <a className="button" href={finderApi.pairsExportUrl('csv', query, lang)} download>
          {t('pairs.export.csv')}
        </a>
        <a className="button" href={finderApi.pairsExportUrl('xlsx', query, lang)} download>
          {t('pairs.export.xlsx')}
        </a>
      </div>
      {view.error ? <ErrorMessage error={view.error} /> : null}
      {!data && view.loading ? <Loading /> : null}
      {data ? (
        <div aria-busy={view.loading}>
          <p className="as-of-note" aria-live="polite">
            {tx('pairs.summary', { states: data.states.length, date: <DateText iso={data.asOf} style="long" /> })}{' '}
            {t('pairs.blindCount', { count: data.blindSpots })}
          </p>
          <Instruments ids={data.instrumentIds} />
          <PairPicture view={data} />
          <StateRowSection view={data} state={form.state} onState={(s) => setSearch({ state: s }, { keepScroll: true, replace: true })} />
          <BlindSpots view={data} />
        </div>
      ) : null}
    </div>
  );
}

function PairsForm({ query, onAsk }: { query: PairViewQuery; onAsk: (q: PairViewQuery) => void }) {
  const { t } = useI18n();
  const ids = useId();
  const today = localIsoDate(new Date());
  const [draft, setDraft] = useState({ ...query, date: dateFieldValue(query.asOf, today) });
  useEffect(() => setDraft({ ...query, date: dateFieldValue(query.asOf, today) }), [query.conduct, query.kind, query.asOf, today]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAsk({ conduct: draft.conduct, kind: draft.kind, asOf: asOfFromField(draft.date, today) });
  };
  return (
    <form className="pairs-form" aria-label={t('pairs.form.heading')} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${ids}-conduct`}>{t('finder.form.conduct')}</label>
        <select
          id={`${ids}-conduct`}
          value={draft.conduct}
          onChange={(e) => setDraft((d) => ({ ...d, conduct: CONDUCT_IDS.find((c) => c === e.target.value) ?? d.conduct }))}
        >
          {CONDUCT_IDS.map((c) => (
            <option key={c} value={c}>
              {t(`finder.conduct.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="finder-kind">
        <legend>{t('finder.form.kind')}</legend>
        {COOPERATION_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={draft.kind === k} onChange={() => setDraft((d) => ({ ...d, kind: k }))} />{' '}
            {t(`finder.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${ids}-date`}>{t('finder.form.date')}</label>
        <input
          id={`${ids}-date`}
          type="date"
          min="1963-01-01"
          max={today}
          value={draft.date}
          onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))}
        />
      </div>
      <button type="submit" className="button primary">
        {t('pairs.form.submit')}
      </button>
    </form>
  );
}

/** The instruments counted, by their short names (from the instrument list; an id until it arrives). */
function Instruments({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  const list = useApi('instruments', (signal) => api.instruments(signal));
  const byId = new Map((list.data?.data ?? []).map((i) => [i.id, i]));
  return (
    <p className="hint">
      {t('pairs.instruments')}
      {': '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? t('common.separator') : null}
          <Name text={byId.get(id)?.shortNames} fallback={id} />
        </span>
      ))}
    </p>
  );
}

/** What a cell says, in words. */
function useCellText() {
  const { t } = useI18n();
  return (cell: PairCell) => {
    if (cell.kind === 'self') return t('pairs.legend.self');
    if (cell.kind === 'unknown') return t('pairs.legend.unknown');
    return cell.count >= 9 ? t('pairs.grid.ninePlus') : t('pairs.grid.count', { count: cell.count });
  };
}

function PairPicture({ view }: { view: PairView }) {
  const i18n = useI18n();
  const { t, tx, lang, dir } = i18n;
  const ids = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const grid = useMemo(() => pairGrid(view), [view]);
  const counts = useMemo(() => classCounts(view), [view]);
  const [at, setAt] = useState<{ row: number; col: number } | null>(null);
  const pointer = useRef('mouse');
  const cellText = useCellText();
  const rtl = dir === 'rtl';

  // One pixel per cell, scaled up by CSS without smoothing: a 197 × 197 image, drawn once per view.
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    c.width = grid.size;
    c.height = grid.size;
    const image = ctx.createImageData(grid.size, grid.size);
    const rgb = Object.fromEntries(CELL_CLASSES.map((k) => [k, hexToRgb(CELL_COLOURS[k])])) as Record<string, [number, number, number]>;
    for (let row = 0; row < grid.size; row++) {
      for (let col = 0; col < grid.size; col++) {
        // Right to left, the first requested State is at the right, as the reader's columns run.
        const x = rtl ? grid.size - 1 - col : col;
        const [r, g, b] = rgb[cellClass(grid.at(row, col))]!;
        const o = (row * grid.size + x) * 4;
        image.data[o] = r;
        image.data[o + 1] = g;
        image.data[o + 2] = b;
        image.data[o + 3] = 255;
      }
    }
    ctx.putImageData(image, 0, 0);
  }, [grid, rtl]);

  const pointAt = (e: MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = rtl ? rect.right - e.clientX : e.clientX - rect.left;
    return cellAtPoint(x, e.clientY - rect.top, rect.width, grid.size);
  };
  const open = (cell: { row: number; col: number } | null) => {
    if (!cell || cell.row === cell.col) return;
    navigate(finderHref(lang, pairQuery(view, cell)));
  };
  const onKey = (e: KeyboardEvent<HTMLCanvasElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(at);
      return;
    }
    const next = moveCell(at ?? { row: 0, col: 0 }, e.key, grid.size, rtl);
    if (next) {
      e.preventDefault();
      setAt(at ? next : { row: 0, col: 0 });
    }
  };
  const name = (s: PairViewState) => i18n.localize(s.names, s.code);
  const from = at ? view.states[at.row]! : null;
  const to = at ? view.states[at.col]! : null;

  return (
    <section aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="visually-hidden">
        {t('pairs.grid.label')}
      </h2>
      <figure className="pairs-figure">
        <div className="pairs-canvas-box">
          <div className="pairs-canvas-frame">
            <canvas
              ref={canvas}
              className="pairs-canvas"
              role="img"
              tabIndex={0}
              aria-label={t('pairs.grid.label')}
              aria-describedby={`${ids}-help ${ids}-readout`}
              onPointerMove={(e) => e.pointerType === 'mouse' && setAt(pointAt(e))}
              onPointerDown={(e) => (pointer.current = e.pointerType)}
              onClick={(e) => {
                // A mouse opens the pair at once; a finger's cell is a few pixels wide, so a tap first shows which
                // pair it hit, with the link to open it.
                const cell = pointAt(e);
                if (pointer.current === 'mouse') open(cell);
                else setAt(cell);
              }}
              onKeyDown={onKey}
              onFocus={() => setAt((a) => a ?? { row: 0, col: 1 })}
            />
            {at ? (
              <span
                className="pairs-cursor"
                aria-hidden="true"
                style={{
                  insetInlineStart: `${(at.col / grid.size) * 100}%`,
                  insetBlockStart: `${(at.row / grid.size) * 100}%`,
                  inlineSize: `${100 / grid.size}%`,
                  blockSize: `${100 / grid.size}%`,
                }}
              />
            ) : null}
          </div>
          <p id={`${ids}-readout`} className="pairs-readout" aria-live="polite">
            {at && from && to ? (
              <>
                {tx('pairs.grid.pair', { from: <Text value={name(from)} />, to: <Text value={name(to)} />, value: cellText(grid.at(at.row, at.col)) })}
                {at.row !== at.col ? (
                  <>
                    {' '}
                    <Link className="no-print" to={finderHref(lang, pairQuery(view, at))}>
                      {t('pairs.open')}
                    </Link>
                  </>
                ) : null}
              </>
            ) : (
              t('pairs.grid.none')
            )}
          </p>
          <p id={`${ids}-help`} className="hint">
            {t('pairs.grid.help')}
          </p>
        </div>
        <figcaption>
          <h3>{t('pairs.legend.heading')}</h3>
          <ul className="pairs-legend">
            {CELL_CLASSES.filter((k) => k !== 'self').map((k) => (
              <li key={k} data-class={k}>
                <span className="swatch" style={{ background: CELL_COLOURS[k] }} aria-hidden="true" />
                {t(`pairs.legend.${k}`)}
                <span className="muted">({i18n.number(counts[k])})</span>
              </li>
            ))}
          </ul>
          <p className="hint">{t('pairs.unknownCount', { count: counts.unknown })}</p>
        </figcaption>
      </figure>
    </section>
  );
}

function pairQuery(view: PairView, cell: { row: number; col: number }) {
  return { from: view.states[cell.row]!.code, to: view.states[cell.col]!.code, kind: view.kind, conduct: view.conduct, asOf: view.asOf };
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The accessible alternative to the picture: one State's pairs with every other State, both ways, as a table. */
function StateRowSection({ view, state, onState }: { view: PairView; state: string | null; onState: (code: string | null) => void }) {
  const i18n = useI18n();
  const { t, tx, lang } = i18n;
  const ids = useId();
  const cellText = useCellText();
  const name = (s: PairViewState) => i18n.localize(s.names, s.code);
  const sorted = useMemo(
    () => [...view.states].sort((a, b) => i18n.collator.compare(name(a).text, name(b).text)),
    // `name` depends on the language only.
    [view, i18n],
  );
  const chosen = view.states.find((s) => s.code === state) ?? null;
  const rows = useMemo(() => {
    if (!chosen) return [];
    return stateRow(view, chosen.code).sort((a, b) => i18n.collator.compare(name(a.state).text, name(b.state).text));
  }, [view, chosen, i18n]);
  const chosenName = chosen ? <Text value={name(chosen)} /> : null;
  const columns = chosen
    ? [
        t('pairs.row.columns.other'),
        t('pairs.row.columns.asRequesting', { state: name(chosen).text }),
        t('pairs.row.columns.asRequested', { state: name(chosen).text }),
      ]
    : [];
  const cellLink = (cell: PairCell, from: string, to: string) => (
    <Link
      className={cell.kind === 'count' && cell.count === 0 ? 'pair-count-zero' : undefined}
      to={finderHref(lang, { from, to, kind: view.kind, conduct: view.conduct, asOf: view.asOf })}
    >
      {cellText(cell)}
    </Link>
  );

  return (
    <section aria-labelledby={`${ids}-heading`} className="pairs-row">
      <h2 id={`${ids}-heading`}>{t('pairs.row.heading')}</h2>
      <div className="field">
        <label htmlFor={`${ids}-state`}>{t('pairs.row.state')}</label>
        <select id={`${ids}-state`} value={chosen?.code ?? ''} onChange={(e) => onState(e.target.value || null)}>
          <option value="">{t('pairs.row.choose')}</option>
          {sorted.map((s) => (
            <option key={s.code} value={s.code}>
              {name(s).text}
            </option>
          ))}
        </select>
      </div>
      {chosen ? (
        <DataTable caption={tx('pairs.row.caption', { state: chosenName })} columns={columns} stacked>
          {rows.map((r) => (
            <tr key={r.state.code} role="row">
              <th scope="row" role="rowheader">
                <Link to={href(lang, `/states/${encodeURIComponent(r.state.code)}`, { asOf: view.asOf })}>
                  <Text value={name(r.state)} />
                </Link>
              </th>
              <Cell label={columns[1]}>{cellLink(r.asRequesting, chosen.code, r.state.code)}</Cell>
              <Cell label={columns[2]}>{cellLink(r.asRequested, r.state.code, chosen.code)}</Cell>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

/** Pairs with no treaty basis known, by requesting State; a State's list is built only when opened. */
function BlindSpots({ view }: { view: PairView }) {
  const i18n = useI18n();
  const { t, tx, lang } = i18n;
  const ids = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const name = (s: PairViewState) => i18n.localize(s.names, s.code);
  const groups = useMemo(() => {
    const byName = (a: PairViewState, b: PairViewState) => i18n.collator.compare(name(a).text, name(b).text);
    return blindSpotGroups(view)
      .map((g) => ({ ...g, requested: [...g.requested].sort(byName) }))
      .sort((a, b) => byName(a.requesting, b.requesting));
    // `name` depends on the language only.
  }, [view, i18n]);
  const toggle = (code: string, isOpen: boolean) =>
    setOpen((o) => {
      const next = new Set(o);
      if (isOpen) next.add(code);
      else next.delete(code);
      return next;
    });

  return (
    <section aria-labelledby={`${ids}-heading`} className="blind-spots">
      <h2 id={`${ids}-heading`}>{t('pairs.blind.heading')}</h2>
      <p>{t('pairs.blindCount', { count: view.blindSpots })}</p>
      {groups.length === 0 ? (
        <p>{t('pairs.blind.none')}</p>
      ) : (
        <>
          <p className="hint">{t('pairs.blind.intro')}</p>
          {groups.map((g) => (
            <details key={g.requesting.code} data-state={g.requesting.code} onToggle={(e) => toggle(g.requesting.code, e.currentTarget.open)}>
              <summary>
                {tx('pairs.blind.group', { state: <Text value={name(g.requesting)} />, count: g.requested.length })}
              </summary>
              {open.has(g.requesting.code) ? (
                <ul>
                  {g.requested.map((s) => (
                    <li key={s.code}>
                      <Link to={finderHref(lang, { from: g.requesting.code, to: s.code, kind: view.kind, conduct: view.conduct, asOf: view.asOf })}>
                        <Text value={name(s)} />
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </details>
          ))}
        </>
      )}
    </section>
  );
}
