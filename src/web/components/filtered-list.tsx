// The pieces of a filtered, paged list page: the filter form (applied into the address, so a filtered page is
// linkable), and the table of one page with its pager (or a sentence when the list is empty).
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { Page } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, useSearch } from '../router.tsx';
import type { ApiState } from '../use-api.ts';
import { DataTable, Loading } from './common.tsx';
import { FormAlert } from './forms.tsx';
import { Pager } from './pager.tsx';

/**
 * The filters as typed in the form, following the address (back button, "clear filters"); `apply` puts them in the
 * address, trimmed, empty ones removed, back on the first page.
 */
export function useFilterDraft<F extends Record<string, string | null>>(filters: F) {
  const [params, setParams] = useSearch();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [params]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const patch: Record<string, string | null> = {};
    for (const [k, v] of Object.entries(draft)) patch[k] = v?.trim() || null;
    setParams({ ...patch, page: null });
  };
  /** The change handler of one filter's control. */
  const set = (key: keyof F) => (value: string | null) => setDraft((d) => ({ ...d, [key]: value }));
  return { draft, set, apply };
}

/** A list's filter form: its fields, then "apply" and a link back to the unfiltered list. */
export function FilterForm({
  label,
  onSubmit,
  clearTo,
  children,
}: {
  label: string;
  onSubmit: (e: FormEvent) => void;
  /** The unfiltered list's address. */
  clearTo: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={label}>
      {children}
      <div className="filter-actions">
        <button type="submit">{t('common.apply')}</button>
        <Link to={clearTo}>{t('common.clearFilters')}</Link>
      </div>
    </form>
  );
}

/**
 * One page of a list as a table with its pager; until the first answer, "loading". `empty`: what to say instead of
 * an empty table (an empty table is shown when there is none). `showError`: false where the page shows the list's
 * error together with others.
 */
export function PagedTable<T>({
  list,
  caption,
  hideCaption,
  columns,
  empty,
  showError = true,
  children,
}: {
  list: ApiState<Page<T>>;
  caption: (total: number) => ReactNode;
  hideCaption?: boolean;
  columns: string[];
  empty?: ReactNode;
  showError?: boolean;
  children: (row: T) => ReactNode;
}) {
  const page = list.data;
  return (
    <>
      {showError ? <FormAlert error={list.error} focus={false} /> : null}
      {!page && list.loading ? <Loading /> : null}
      {page ? (
        empty !== undefined && page.data.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <>
            <DataTable caption={caption(page.total)} hideCaption={hideCaption} columns={columns}>
              {page.data.map(children)}
            </DataTable>
            <Pager page={page.page} pageSize={page.pageSize} total={page.total} />
          </>
        )
      ) : null}
    </>
  );
}

/**
 * "Download this list:" and one link per format, each carrying the list's current filters (and not its page), so the
 * file holds what the list shows, every page of it. `url` gives a format's address, from the list's API client.
 */
export function ExportLinks<F extends 'csv' | 'xlsx' | 'ics'>({
  id,
  formats,
  url,
}: {
  /** The id of the group's label (unique on the page). */
  id: string;
  formats: readonly F[];
  url: (format: F) => string;
}) {
  const { t } = useI18n();
  return (
    <div className="exports" role="group" aria-labelledby={id}>
      <span id={id} className="exports-label">
        {t('delivery.export.heading')}
      </span>
      {formats.map((format) => (
        <a key={format} className="button" href={url(format)} download>
          {t(`delivery.export.${format}`)}
        </a>
      ))}
    </div>
  );
}
