// Legislation (issue 13 §1): what each instrument requires States to enact, and a State's incorporation of it.
// SKELETON: the legislation work fills these pages.
import { useI18n } from '#web/i18n/i18n.tsx';

export function LegislationPage() {
  const { t } = useI18n();
  return <h1>{t('legislation.title')}</h1>;
}

export function StateLegislationPage({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <h1>
      {t('legislation.title')} {code}
    </h1>
  );
}
