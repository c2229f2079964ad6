// Shared pieces of the directory of competent authorities: the words for kinds and channels, languages by their
// names in the reader's language, the stale mark, and the "Competent authorities" section of a State's profile.
import { DateText } from '#web/components/common.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';
import { authoritiesApi, type AuthorityView } from './authorities-api.ts';

export const AUTHORITY_KIND_IDS = ['mla', 'extradition', 'transfer-sentenced', 'central-authority'] as const;
export const AUTHORITY_CHANNEL_IDS = ['direct', 'diplomatic', 'interpol'] as const;

export function useAuthorityWords() {
  const { t, lang } = useI18n();
  const names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
  return {
    kind: (k: string) => t(`authorities.kind.${k}` as MessageKey),
    channel: (c: string) => t(`authorities.channel.${c}` as MessageKey),
    language: (code: string) => names.of(code) ?? code,
  };
}

/**
 * A list of words, or "not known" when empty (an empty list records nothing, it does not mean none). A list of
 * alternatives ("Direct, Diplomatic"), not of measures: the `unit` lists join words with nothing between them in
 * Chinese ("直接外交途径") and with a bare space in Russian.
 */
export function WordList({ items, word }: { items: readonly string[]; word: (id: string) => string }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <span className="unknown">{t('common.unknown')}</span>;
  return <>{new Intl.ListFormat([lang], { style: 'narrow', type: 'conjunction' }).format(items.map(word))}</>;
}

/** "Stale: not confirmed since …" (12 months without confirmation), or the date it was last confirmed. */
export function ConfirmedMark({ entry }: { entry: Pick<AuthorityView, 'stale' | 'confirmedAt'> }) {
  const { tx } = useI18n();
  if (entry.stale) {
    return (
      <span className="tag tag-warning" data-testid="stale-mark">
        {tx('authorities.staleSince', { date: <DateText iso={entry.confirmedAt.slice(0, 10)} /> })}
      </span>
    );
  }
  return <span className="muted">{tx('authorities.confirmedOn', { date: <DateText iso={entry.confirmedAt.slice(0, 10)} /> })}</span>;
}

/** On a State's profile: its entries in the directory (name, kind, channels, languages, stale mark). */
export function StateAuthoritiesSection({ stateCode }: { stateCode: string }) {
  const { t, lang } = useI18n();
  const words = useAuthorityWords();
  const list = useApi(`authorities:state:${stateCode}`, (signal) => authoritiesApi.list({ stateCode, pageSize: 100 }, signal));
  const rows = list.data?.data ?? [];
  return (
    <section aria-labelledby="authorities-heading">
      <h2 id="authorities-heading">{t('authorities.profile.heading')}</h2>
      {list.data && rows.length === 0 ? <p>{t('authorities.profile.none')}</p> : null}
      {rows.length > 0 ? (
        <ul className="authority-list">
          {rows.map((a) => (
            <li key={a.id}>
              <Link to={href(lang, `/cooperation/authorities/${encodeURIComponent(a.id)}`)}>
                <span dir="auto">{a.name}</span>
              </Link>{' '}
              — {words.kind(a.kind)}
              {t('common.separator')}
              {t('authorities.field.channels')}: <WordList items={a.channels} word={words.channel} />
              {t('common.separator')}
              {t('authorities.field.languages')}: <WordList items={a.languages} word={words.language} /> <ConfirmedMark entry={a} />
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to={href(lang, '/cooperation/authorities', { state: stateCode })}>{t('authorities.profile.all')}</Link>
      </p>
    </section>
  );
}

/**
 * Among a State's gaps, for the people who keep its directory entries (its focal points and practitioners): the
 * entries not confirmed for 12 months, each with a link to check and confirm it. Nothing for anyone else.
 */
export function StaleAuthorityGaps({ stateCode }: { stateCode: string }) {
  const { t, lang } = useI18n();
  const list = useApi(`authorities:stale:${stateCode}`, (signal) => authoritiesApi.list({ stateCode, stale: 'true', pageSize: 100 }, signal));
  const mine = (list.data?.data ?? []).filter((a) => a.abilities.update);
  if (mine.length === 0) return null;
  return (
    <div className="stale-authorities" data-testid="stale-authority-gaps">
      <h3>{t('authorities.gaps.heading')}</h3>
      <p>{t('authorities.gaps.intro', { count: mine.length })}</p>
      <ul>
        {mine.map((a) => (
          <li key={a.id}>
            <span dir="auto">{a.name}</span> <ConfirmedMark entry={a} />{' '}
            <Link to={href(lang, `/cooperation/authorities/${encodeURIComponent(a.id)}`)}>{t('authorities.gaps.confirm')}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
