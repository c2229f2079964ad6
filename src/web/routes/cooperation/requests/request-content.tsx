// What the request says, read-only, under the template's own headings and labels in the reader's language (the
// template API), the text as its authors wrote it. A reader the requesting authority did not share the content with
// is told so, and sees nothing of it.
import { Fragment } from 'react';
import { TEMPLATE_LANGUAGES } from '#domain/cooperation/requests.ts';
import { ErrorMessage, Loading } from '#web/components/common.tsx';
import { contentSections, type ContentEntry } from '#web/features/cooperation/request-tracking.ts';
import { cooperationRequestsApi, type CooperationRequestDetail, type RequestTemplate } from '#web/features/cooperation/cooperation-requests-api.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const LANGUAGES: ReadonlySet<string> = new Set(TEMPLATE_LANGUAGES);

export function RequestContentSummary({ request: r }: { request: CooperationRequestDetail }) {
  const { t, lang } = useI18n();
  const template = useApi(r.content ? `cooperation-template:${r.kind}:${lang}` : null, (signal) => cooperationRequestsApi.template(r.kind, lang, signal));
  return (
    <section aria-labelledby="request-content" className="request-content">
      <h2 id="request-content">{t('requestTracking.content.heading')}</h2>
      {r.content === null ? (
        <p className="notice" data-testid="content-not-shared">
          {t('requestTracking.content.notShared')}
        </p>
      ) : template.error ? (
        <ErrorMessage error={template.error} />
      ) : !template.data ? (
        <Loading />
      ) : (
        <Sections request={r} content={r.content} words={template.data.data} />
      )}
    </section>
  );
}

function Sections({ request: r, content, words }: { request: CooperationRequestDetail; content: NonNullable<CooperationRequestDetail['content']>; words: RequestTemplate }) {
  const { t } = useI18n();
  return (
    <>
      {contentSections(r.kind, content).map((s) => (
        <Fragment key={s.step}>
          <h3>{words.steps[s.step]?.heading ?? s.step}</h3>
          {s.entries.length === 0 && s.groups.length === 0 ? <p className="muted">{t('requestTracking.content.empty')}</p> : null}
          {s.entries.length ? (
            <dl className="facts">
              {s.entries.map((e, i) => (
                <Entry key={`${e.path}-${i}`} entry={e} words={words} />
              ))}
            </dl>
          ) : null}
          {s.groups.map((g, n) => (
            <dl className="facts content-group" key={n}>
              {g.map((e, i) => (
                <Entry key={`${e.path}-${i}`} entry={e} words={words} />
              ))}
            </dl>
          ))}
        </Fragment>
      ))}
    </>
  );
}

/** One labelled value: vocabulary in the template's words, a treaty as a link, anything written as written. */
function Entry({ entry: { path, value }, words }: { entry: ContentEntry; words: RequestTemplate }) {
  const { t, lang } = useI18n();
  const vocabulary: Record<string, Record<string, string>> = {
    'requesting.urgency': words.urgencies,
    'assistance.measures': words.measures,
    'warrant.kind': words.warrantKinds,
    'assurances.kind': words.assuranceKinds,
    'assurances.direction': words.assuranceDirections,
  };
  let shown;
  if (path === 'legalBasis.instrumentId') {
    shown = (
      <Link to={href(lang, `/instruments/${encodeURIComponent(value)}`)}>
        <span dir="ltr">{value}</span>
      </Link>
    );
  } else if (path === 'legalBasis.reciprocity') {
    shown = t('common.yes');
  } else if (path === 'requested.language') {
    shown = LANGUAGES.has(value) ? t(`languageName.${value}` as MessageKey) : <span dir="ltr">{value}</span>;
  } else if (vocabulary[path]) {
    shown = vocabulary[path][value] ?? value;
  } else {
    shown = (
      <span className="prose" dir="auto">
        {value}
      </span>
    );
  }
  return (
    <div>
      <dt>{words.fields[path] ?? path}</dt>
      <dd>{shown}</dd>
    </div>
  );
}
