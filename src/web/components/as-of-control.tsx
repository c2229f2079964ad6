// The "as of" date, held in the URL (?asOf=YYYY-MM-DD) so that every view at a date is linkable.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useSearch } from '../router.tsx';
import { DateText } from './common.tsx';

/** General Assembly resolution 68/187 (measures to eliminate international terrorism) was adopted on this day. */
export const RESOLUTION_68_187 = '2013-12-18';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function useAsOf(): string | null {
  const [params] = useSearch();
  const v = params.get('asOf');
  return v && ISO_DATE.test(v) ? v : null;
}

/**
 * The date field, the 68/187 preset and "latest", with a line saying which date the screen shows. On a phone only that
 * line and a "change the date" button show until the button opens the rest (the header and this bar stay within a
 * quarter of the screen, so the first screen shows data); from 40rem up everything shows and the button is hidden.
 */
export function AsOfControl() {
  const { t, tx } = useI18n();
  const [, setSearch] = useSearch();
  const asOf = useAsOf();
  const [draft, setDraft] = useState(asOf ?? '');
  const [open, setOpen] = useState(false);
  const id = useId();
  useEffect(() => setDraft(asOf ?? ''), [asOf]);

  const apply = (value: string | null) => {
    setOpen(false);
    setSearch({ asOf: value });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply(ISO_DATE.test(draft) ? draft : null);
  };

  return (
    <form className={open ? 'as-of open' : 'as-of'} onSubmit={submit} aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-date`}>
        {t('asOf.label')}
      </label>
      <input
        id={`${id}-date`}
        type="date"
        min="1963-01-01"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        aria-describedby={`${id}-state`}
      />
      <button type="submit">{t('asOf.apply')}</button>
      <button type="button" onClick={() => apply(RESOLUTION_68_187)} aria-pressed={asOf === RESOLUTION_68_187}>
        {tx('asOf.preset68187', { date: <DateText iso={RESOLUTION_68_187} /> })}
      </button>
      <button type="button" onClick={() => apply(null)} disabled={!asOf}>
        {t('asOf.latest')}
      </button>
      <p id={`${id}-state`} className="as-of-state" aria-live="polite">
        {asOf ? tx('asOf.showing', { date: <DateText iso={asOf} style="long" /> }) : t('asOf.showingLatest')}
      </p>
      <button
        type="button"
        className="as-of-toggle"
        aria-expanded={open}
        onClick={() => {
          setOpen((o) => !o);
          // Opening moves to the field: the reader asked to change the date.
          if (!open) window.requestAnimationFrame(() => document.getElementById(`${id}-date`)?.focus());
        }}
      >
        {t('asOf.change')}
      </button>
    </form>
  );
}

/**
 * How current the data behind some instruments is: the oldest and newest dates of their complete lists, and how many
 * have none (statuses unknown). What the overview and the matrix say instead of implying "today".
 */
export function listDates(instruments: readonly { statusListAsOf: string | null }[]): {
  from: string | null;
  to: string | null;
  missing: number;
} {
  const dates = instruments.map((i) => i.statusListAsOf).filter((d): d is string => d !== null).sort();
  return { from: dates[0] ?? null, to: dates.at(-1) ?? null, missing: instruments.length - dates.length };
}
