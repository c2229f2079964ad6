// The coordination views' own navigation: who does what where, the overlap queue, needs, gaps.
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';

const VIEWS = [
  ['coordination', '', 'coordination.whoWhatWhere.title'],
  ['overlaps', '/overlaps', 'coordination.overlaps.title'],
  ['needs', '/needs', 'coordination.needs.title'],
  ['gaps', '/gaps', 'coordination.gaps.title'],
] as const;

export function CoordinationLinks({ current }: { current: (typeof VIEWS)[number][0] }) {
  const { t, lang } = useI18n();
  return (
    <nav aria-label={t('coordination.viewsLabel')} className="section-links">
      <ul>
        {VIEWS.map(([name, path, key]) => (
          <li key={name}>
            <Link to={href(lang, `/coordination${path}`)} aria-current={name === current ? 'page' : undefined}>
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
