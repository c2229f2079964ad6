// Words for the accounts vocabulary (roles, organisation kinds, confidentiality levels, token scopes) and dates with
// times, in the reader's language.
import type { Confidentiality } from '#domain/accounts/types.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';

/**
 * A moment in the reader's language and time zone, the zone named ("18 Dec 2013, 14:05 CET"): an audit entry or a
 * message read by people in several countries says which clock it follows. Like DateText, one isolated unbroken run.
 */
export function DateTime({ iso }: { iso: string | null | undefined }) {
  const { dateTime } = useI18n();
  if (!iso) return <span className="unknown">{dateTime(null)}</span>;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return <bdi>{iso}</bdi>;
  return (
    <time className="date" dateTime={d.toISOString()}>
      {dateTime(iso)}
    </time>
  );
}

const CONFIDENTIALITY_SYMBOL: Record<Confidentiality, string> = {
  public: '○',
  'state-restricted': '◑',
  'un-internal': '◕',
  'named-people': '●',
};

/** A confidentiality level as a symbol and a word, never by colour alone. */
export function ConfidentialityBadge({ level }: { level: Confidentiality }) {
  const { t } = useI18n();
  return (
    <span className={`badge confidentiality-${level}`}>
      <span aria-hidden="true">{CONFIDENTIALITY_SYMBOL[level] ?? '?'}</span> {t(`confidentiality.${level}.label` as MessageKey)}
    </span>
  );
}

/** "1.2 MB" in the reader's language. */
export function FileSize({ bytes }: { bytes: number }) {
  const { t, number } = useI18n();
  if (bytes < 1024) return <>{t('units.bytes', { n: number(bytes) })}</>;
  if (bytes < 1024 * 1024) return <>{t('units.kilobytes', { n: number(Math.round(bytes / 102.4) / 10) })}</>;
  return <>{t('units.megabytes', { n: number(Math.round(bytes / (1024 * 102.4)) / 10) })}</>;
}
