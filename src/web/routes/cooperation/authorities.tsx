// Placeholder: filled in by issue 11's work on this screen.
import { useDocumentTitle } from '#web/components/common.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';

export function AuthoritiesPage(_props: { id?: string; article?: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('cooperation.nav'));
  return <h1 tabIndex={-1}>{t('cooperation.nav')}</h1>;
}

export function AuthorityPage(_props: { id?: string; article?: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('cooperation.nav'));
  return <h1 tabIndex={-1}>{t('cooperation.nav')}</h1>;
}

export function AuthorityFormPage(_props: { id?: string; article?: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('cooperation.nav'));
  return <h1 tabIndex={-1}>{t('cooperation.nav')}</h1>;
}

