// The "Cooperation provisions" section of an instrument's page: what the treaty says about extradition and mutual
// legal assistance (kind, article, Accord's paraphrase), each article linked to its text where Accord holds it, and
// rows not yet checked against the text marked as unverified.
import { useId } from 'react';
import type { MessageKey } from '#web/i18n/i18n.tsx';
import { DataTable, ErrorMessage, Loading } from '#web/components/common.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';
import { articlesApi } from './articles-api.ts';

/** The web path of the article an API path points at: /api/v1/instruments/{id}/articles/{n} → /{lang}/instruments/… */
export function articleHref(lang: string, articlePath: string): string {
  return `/${lang}${articlePath.replace(/^\/api\/v1/, '')}`;
}

export function CooperationProvisions({ instrumentId }: { instrumentId: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const ids = useId();
  const provisions = useApi(`provisions:${instrumentId}`, (signal) => articlesApi.provisions(instrumentId, signal));
  const rows = provisions.data ?? [];
  return (
    <section aria-labelledby={`${ids}-provisions`}>
      <h2 id={`${ids}-provisions`}>{t('article.provisions.heading')}</h2>
      {provisions.error ? <ErrorMessage error={provisions.error} /> : null}
      {provisions.loading && !provisions.data ? <Loading /> : null}
      {provisions.data && rows.length === 0 ? <p>{t('article.provisions.none')}</p> : null}
      {rows.length > 0 ? (
        <>
          <p>{t('article.provisions.intro')}</p>
          <DataTable
            caption={t('article.provisions.heading')}
            hideCaption
            stacked
            columns={[t('article.provisions.kind'), t('article.provisions.article'), t('article.provisions.paraphrase')]}
          >
            {rows.map((p, i) => (
              <tr key={i}>
                <td>{t(`article.provisionKind.${p.kind}` as MessageKey)}</td>
                <td>
                  {p.article === 'none' ? (
                    t('article.provisions.noSuchProvision')
                  ) : p.articlePath ? (
                    <Link to={articleHref(lang, p.articlePath)} dir="ltr" aria-label={t('article.provisions.articleLink', { article: p.article })}>
                      {p.article}
                    </Link>
                  ) : (
                    <span dir="ltr" lang="en">
                      {p.article}
                    </span>
                  )}
                </td>
                <td>
                  <span lang="en">{p.paraphrase}</span>
                  {p.verified ? null : (
                    <>
                      {' '}
                      <span className="tag" title={t('article.provisions.unverifiedNote')}>
                        {t('article.provisions.unverified')}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
    </section>
  );
}

