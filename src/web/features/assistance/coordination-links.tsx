// The coordination views' own navigation: who does what where, the overlap queue, needs, gaps (those the reader may open).
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { coordinationViews, type CoordinationView } from './coordination-views.ts';

export function CoordinationLinks({ current }: { current: CoordinationView['name'] }) {
  const { t, lang } = useI18n();
  const { abilities } = useSession();
  const views = coordinationViews(abilities);
  if (views.length < 2) return null;
  return (
    <nav aria-label={t('coordination.viewsLabel')} className="section-links">
      <ul>
        {views.map(({ name, path, title }) => (
          <li key={name}>
            <Link to={href(lang, `/coordination${path}`)} aria-current={name === current ? 'page' : undefined}>
              {t(title)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
