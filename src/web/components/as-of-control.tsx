// The "as of" date, held in the URL (?asOf=YYYY-MM-DD) so that every view at a date is linkable.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useSearch } from '../router.tsx';

/** General Assembly resolution 68/187 (measures to eliminate international terrorism) was adopted on this day. */
export const RESOLUTION_68_187 = '2013-12-18';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function useAsOf(): string | null {
  const [params] = useSearch();
  const v = params.get('asOf');
  return v && ISO_DATE.test(v) ? v : null;
}

export function AsOfControl() {
  const { t, date } = useI18n();
  const [, setSearch] = useSearch();
  const asOf = useAsOf();
  const [draft, setDraft] = useState(asOf ?? '');
  const id = useId();
  useEffect(() => setDraft(asOf ?? ''), [asOf]);

  const apply = (value: string | null) => setSearch({ asOf: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply(ISO_DATE.test(draft) ? draft : null);
  };

  return (
    <form className="as-of" onSubmit={submit} aria-labelledby={`${id}-label`}>
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
        {t('asOf.preset68187', { date: date(RESOLUTION_68_187) })}
      </button>
      <button type="button" onClick={() => apply(null)} disabled={!asOf}>
        {t('asOf.latest')}
      </button>
      <p id={`${id}-state`} className="as-of-state" aria-live="polite">
        {asOf ? t('asOf.showing', { date: date(asOf, 'long') }) : t('asOf.showingLatest')}
      </p>
    </form>
  );
}
