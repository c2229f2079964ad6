// The recovery codes, shown once (after enrolment, or when the person makes new ones): as a list, to copy, or to
// download as a text file. The server keeps only their hashes, so this screen is the only place they appear.
import { CopyButton } from './copy-button.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';

export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const { t } = useI18n();
  const text = `${codes.join('\n')}\n`;
  return (
    <section aria-labelledby="recovery-codes-heading" className="stack">
      <h2 id="recovery-codes-heading">{t('recoveryCodes.heading')}</h2>
      <p>{t('recoveryCodes.intro')}</p>
      <ol className="recovery-codes" dir="ltr" translate="no">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <CopyButton text={text} label={t('recoveryCodes.copy')} />{' '}
        <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download="accord-recovery-codes.txt">
          {t('recoveryCodes.download')}
        </a>
      </p>
    </section>
  );
}
