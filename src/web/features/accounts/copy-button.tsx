// Copies a secret to the clipboard and says so; where the browser gives no clipboard, the text stays selectable.
import { useState } from 'react';
import { useI18n } from '#web/i18n/i18n.tsx';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  if (typeof navigator === 'undefined' || !navigator.clipboard) return null;
  return (
    <>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {label}
      </button>{' '}
      <span role="status" className="copy-status">
        {copied === true ? t('common.copied') : copied === false ? t('common.copyFailed') : ''}
      </span>
    </>
  );
}
