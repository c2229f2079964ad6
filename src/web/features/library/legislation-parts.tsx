// Pieces of the legislation screens (issue 13 §1): an item's article link, statuses, an instrument's summary and flags,
// and the profile's section. Shared by the legislation pages, the State profile and the matrix's legislation view.
import type { ChecklistItemView, IncorporationSummaryView, StateLegislationView } from '#web/api-types.ts';
import { ErrorMessage, Loading, Name } from '#web/components/common.tsx';
import { articleHref } from '#web/features/treaties/cooperation-provisions.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';
import { legislationApi } from './legislation-api.ts';

export function ArticleLink({ item }: { item: Pick<ChecklistItemView, 'article' | 'articlePath'> }) {
  const { tx, lang } = useI18n();
  // The citation ("6(2)-(3)") keeps its own order inside a right-to-left sentence.
  const article = <bdi dir="ltr">{item.article}</bdi>;
  return item.articlePath ? (
    <Link to={articleHref(lang, item.articlePath)}>{tx('legislation.readArticle', { article })}</Link>
  ) : (
    <span className="muted">{tx('legislation.noText', { article })}</span>
  );
}

/** An item's or an assessment's status, as a tag a colour-blind reader can read (the word, not only the colour). */
export function ItemStatus({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`tag legislation-status legislation-${status}`}>{t(`legislation.status.${status}` as MessageKey)}</span>;
}

export function SummaryLine({ summary }: { summary: IncorporationSummaryView }) {
  const { t } = useI18n();
  return (
    <>
      <strong>{t(`legislation.incorporation.${summary.incorporation}` as MessageKey)}</strong>
      {t('common.separator')}
      {t('legislation.summary', { covered: summary.covered, partly: summary.partlyCovered, notCovered: summary.notCovered, notKnown: summary.notKnown })}
      {summary.disagreements > 0 ? (
        <>
          {t('common.separator')}
          <span className="tag">{t('legislation.disagreement')}</span>
        </>
      ) : null}
    </>
  );
}

export function Flags({ flags }: { flags: StateLegislationView['instruments'][number]['flags'] }) {
  const { t } = useI18n();
  const shown = (['ratifiedNotIncorporated', 'incorporatedNotRatified', 'ratifiedNotKnown'] as const).filter((f) =>
    f === 'ratifiedNotKnown' ? flags.ratifiedIncorporationNotKnown : flags[f],
  );
  return (
    <>
      {shown.map((f) => (
        <span key={f} className={`tag legislation-flag legislation-flag-${f}`}>
          {t(`legislation.flags.${f}`)}
        </span>
      ))}
    </>
  );
}

/** On the State profile: per instrument, the incorporation summary, and the link to the legislation page. */
export function StateLegislationSection({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const view = useApi(`state-legislation:${code}`, (signal) => legislationApi.state(code, signal));
  const v = view.data;
  const assessed = v?.instruments.filter((i) => i.summary.notKnown < i.summary.total) ?? [];
  return (
    <section aria-labelledby="legislation-heading" id="legislation">
      <h2 id="legislation-heading">{t('legislation.profile.heading')}</h2>
      {view.error ? <ErrorMessage error={view.error} /> : null}
      {!v && !view.error ? <Loading /> : null}
      {v ? (
        <>
          {assessed.length === 0 ? (
            <p>{t('legislation.profile.notAssessed')}</p>
          ) : (
            <ul className="legislation-summary">
              {assessed.map((i) => (
                <li key={i.instrument.id}>
                  <Name text={i.instrument.shortNames} fallback={i.instrument.id} />
                  {t('common.separator')}
                  <SummaryLine summary={i.summary} /> <Flags flags={i.flags} />
                </li>
              ))}
            </ul>
          )}
          {v.ratifiedIncorporationNotKnown.length > 0 && assessed.length > 0 ? (
            <p className="muted">
              {t('legislation.flags.ratifiedNotKnown')}
              {t('common.separator')}
              {t('legislation.instruments', { count: v.ratifiedIncorporationNotKnown.length })}
            </p>
          ) : null}
          <p>
            <Link to={href(lang, `/states/${encodeURIComponent(code)}/legislation`)}>{t('legislation.profile.link')}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
