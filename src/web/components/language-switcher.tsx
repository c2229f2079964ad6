import { LANGUAGES } from '#domain/treaties/types.ts';
import { LANGUAGE_NAMES, useI18n } from '../i18n/i18n.tsx';
import { Link, parsePath, useLocation } from '../router.tsx';
import { rememberLanguageChoice } from '../session.tsx';

/** Links to the same view (path and query) in each UN language; each name is written in its own language. */
export function LanguageSwitcher() {
  const { t, lang } = useI18n();
  const location = useLocation();
  const { rest } = parsePath(location.pathname);
  return (
    <nav className="languages" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l}>
            <Link
              to={`/${l}${rest === '/' ? '/' : rest}${location.search}`}
              lang={l}
              hrefLang={l}
              aria-current={l === lang ? 'true' : undefined}
              // A language picked here is kept over the one a profile prefers (see languageAfterSignIn).
              onClick={() => rememberLanguageChoice(l)}
            >
              {LANGUAGE_NAMES[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
