import { useDocumentTitle } from '../components/common.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';

export function NotFoundPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={`/${lang}/`}>{t('notFound.home')}</Link>
      </p>
    </>
  );
}
