// Previous / next links of a paged list, kept in the address (?page=), so each page is linkable.
import { useI18n } from '../i18n/i18n.tsx';
import { Link, useLocation } from '../router.tsx';

export function Pager({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  const { t, number } = useI18n();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  const to = (p: number) => {
    const q = new URLSearchParams(location.search);
    if (p === 1) q.delete('page');
    else q.set('page', String(p));
    const s = q.toString();
    return location.pathname + (s ? `?${s}` : '');
  };
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <p>{t('pager.summary', { page: number(page), pages: number(pages), total })}</p>
      <ul>
        <li>
          {page > 1 ? <Link to={to(page - 1)} rel="prev">{t('pager.previous')}</Link> : null}
        </li>
        <li>
          {page < pages ? <Link to={to(page + 1)} rel="next">{t('pager.next')}</Link> : null}
        </li>
      </ul>
    </nav>
  );
}

/** The `page` query parameter (1 when absent or not a positive whole number). */
export function pageParam(params: URLSearchParams): number {
  const n = Number(params.get('page'));
  return Number.isInteger(n) && n > 0 ? n : 1;
}
