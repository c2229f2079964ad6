// The records behind one figure of a report (issue 14 §3): what the figure counts, its value, the records the reader
// may open (links to their pages, paged), and how many further records it counts that this reader may not open.
import { ErrorMessage, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { DateText } from '#web/components/common.tsx';
import { FormAlert } from '#web/components/forms.tsx';
import { Pager, pageParam } from '#web/components/pager.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { reportsApi } from '#web/features/reporting/report-api.ts';
import { formatValue, useFigureLabel, useLooseT } from '#web/features/reporting/report-figures.tsx';
import { groupTitle, recordHref, recordsWindow, reportPath } from '#web/features/reporting/report-view.ts';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';
import { SMALL_CELL } from '#domain/reporting/report.ts';

const PAGE_SIZE = 50;

export function ReportFigurePage({ id, figureId }: { id: string; figureId: string }) {
  return (
    <SignedIn>
      <FigureRecordsView id={id} figureId={figureId} />
    </SignedIn>
  );
}

function FigureRecordsView({ id, figureId }: { id: string; figureId: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const tk = useLooseT();
  const label = useFigureLabel();
  const [params] = useSearch();
  const page = pageParam(params);
  const recordKind = (kind: string) => {
    const key = `reports.recordKind.${kind}`;
    return tk(key) === key ? kind : tk(key);
  };
  const answer = useApi(`report:${id}:figure:${figureId}:${page}`, (signal) => reportsApi.records(id, figureId, recordsWindow(page, PAGE_SIZE), signal));
  const report = useApi(`report:${id}:title`, (signal) => reportsApi.get(id, signal));
  const data = answer.data;
  // What the figure counts: its group (activities, States assisted…) and its own label (a theme, a region…).
  const group = data ? report.data?.figures.groups.find((g) => g.figures.some((f) => f.id === data.figure.id)) : undefined;
  const title = data
    ? group
      ? t('reports.records.figureTitle', { group: groupTitle(tk, group), figure: label(data.figure) })
      : label(data.figure)
    : t('reports.records.title');
  useDocumentTitle(title);
  const back = (
    <p className="breadcrumb">
      <Link to={href(lang, reportPath(id))}>
        {report.data ? <span dir="auto">{report.data.title}</span> : t('reports.records.back')}
      </Link>
    </p>
  );
  if (answer.error && !data) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('reports.records.title')}</h1>
        <FormAlert error={answer.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
      </>
    );
  }
  if (!data) return <Loading />;
  const { figure } = data;
  return (
    <article className="report-figure">
      {back}
      <h1 tabIndex={-1}>
        <bdi>{title}</bdi>
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('reports.records.counts')}</dt>
          <dd>{t(`reports.unit.${figure.unit}`)}</dd>
        </div>
        <div>
          <dt>{t('reports.figure.value')}</dt>
          <dd data-testid="figure-value">{formatValue(i18n, figure)}</dd>
        </div>
        {report.data ? (
          <div>
            <dt>{t('reports.fields.period')}</dt>
            <dd>
              <DateText iso={report.data.periodFrom} /> – <DateText iso={report.data.periodTo} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('reports.records.figureId')}</dt>
          <dd>
            <code dir="ltr">{figure.id}</code>
          </dd>
        </div>
      </dl>
      {figure.suppressed ? <p className="hint">{t('reports.figure.suppressedWhy', { count: SMALL_CELL })}</p> : null}
      {answer.error ? <ErrorMessage error={answer.error} /> : null}
      <section aria-labelledby="records-heading">
        <h2 id="records-heading">{t('reports.records.heading', { count: data.total })}</h2>
        {data.records.length === 0 ? <p>{t('reports.records.none')}</p> : null}
        {data.records.length > 0 ? (
          <ul className="record-list" data-testid="figure-records">
            {data.records.map((r) => (
              <li key={`${r.kind}:${r.id}`}>
                <Link to={recordHref(lang, r.href)}>
                  <span dir="auto">{r.label}</span>
                </Link>{' '}
                <span className="muted">
                  ({recordKind(r.kind)}
                  {r.date ? (
                    <>
                      {t('common.separator')}
                      <DateText iso={r.date} />
                    </>
                  ) : null}
                  )
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {data.total > PAGE_SIZE ? <Pager page={page} pageSize={PAGE_SIZE} total={data.total} /> : null}
        {data.hidden > 0 ? (
          <p className="hint" data-testid="hidden-records">
            {t('reports.records.hidden', { count: data.hidden })}
          </p>
        ) : null}
      </section>
    </article>
  );
}
