// One search over the library, treaty articles, legal provisions and the assistance records the reader may see
// (issue 13 §3). SKELETON: the search work fills this page.
import { useI18n } from '#web/i18n/i18n.tsx';

export function SearchPage() {
  const { t } = useI18n();
  return <h1>{t('search.title')}</h1>;
}
