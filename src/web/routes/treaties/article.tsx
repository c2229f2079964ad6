// One article of a treaty whose authentic text Accord holds: the English text (marked as such), where it comes from,
// the articles before and after it, and the way back to the instrument.
import { useId } from 'react';
import type { TreatyArticleView } from '#web/api-types.ts';
import { ErrorMessage, Loading, Text, useDocumentTitle } from '#web/components/common.tsx';
import { articlesApi } from '#web/features/treaties/articles-api.ts';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

export function ArticlePage({ id = '', article = '' }: { id?: string; article?: string }) {
  const { t } = useI18n();
  const view = useApi(`article:${id}:${article}`, (signal) => articlesApi.article(id, article, signal));
  const v = view.data?.data;
  useDocumentTitle(t('article.title', { number: v?.article.number ?? article }));
  if (view.error) {
    return (
      <>
        <h1 tabIndex={-1}>{t('article.title', { number: article })}</h1>
        <ErrorMessage error={view.error} />
        <p>
          <InstrumentLink id={id} label={t('article.backToInstrumentPlain')} />
        </p>
      </>
    );
  }
  if (!v) return <Loading />;
  return <Article view={v} />;
}

function InstrumentLink({ id, label }: { id: string; label: string }) {
  const { lang } = useI18n();
  return <Link to={href(lang, `/instruments/${encodeURIComponent(id)}`)}>{label}</Link>;
}

function Article({ view }: { view: TreatyArticleView }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const ids = useId();
  const { instrument, article, source } = view;
  const name = i18n.localize(instrument.shortNames, instrument.id);
  const articleHref = (n: string) => href(lang, `/instruments/${encodeURIComponent(instrument.id)}/articles/${encodeURIComponent(n)}`);
  const paragraphs = article.text?.split(/\n{2,}/) ?? [];
  return (
    <article className="treaty-article">
      <p className="lead">
        <Link to={href(lang, `/instruments/${encodeURIComponent(instrument.id)}`)}>
          <Text value={name} />
        </Link>
      </p>
      <h1 tabIndex={-1}>{t('article.title', { number: article.number })}</h1>
      {article.heading ? (
        <p className="article-heading" lang="en">
          {article.heading}
        </p>
      ) : null}

      <aside className="note" aria-labelledby={`${ids}-source`}>
        <h2 id={`${ids}-source`} className="visually-hidden">
          {t('article.sourceHeading')}
        </h2>
        <p>
          {i18n.tx('article.authenticNote', {
            publisher: <span lang="en">{source.publisher}</span>,
            repository: (
              <span lang="en" dir="ltr">
                {source.repository}
              </span>
            ),
          })}
        </p>
      </aside>

      {article.text === null ? (
        <p>{t('article.noText')}</p>
      ) : (
        <div className="article-text" lang="en" dir="ltr">
          {paragraphs.map((p, i) => (
            <p key={i} style={{ whiteSpace: 'pre-line' }}>
              {p}
            </p>
          ))}
        </div>
      )}

      <nav aria-label={t('article.navLabel')} className="article-nav">
        <ul className="plain">
          {view.previous ? (
            <li>
              <Link to={articleHref(view.previous)} rel="prev">
                {t('article.previous', { number: view.previous })}
              </Link>
            </li>
          ) : null}
          {view.next ? (
            <li>
              <Link to={articleHref(view.next)} rel="next">
                {t('article.next', { number: view.next })}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={href(lang, `/instruments/${encodeURIComponent(instrument.id)}`)}>
              {i18n.tx('article.backToInstrument', { instrument: <Text value={name} /> })}
            </Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}
