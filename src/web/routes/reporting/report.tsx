// One report draft (issue 14 §3), in the resolution's order: for each paragraph its text, the author's narrative
// (saved with If-Match: a colleague's earlier save is never overwritten) and its figures, each a link to the records
// behind it. The figures can be recomputed from the records (the narrative stays), and the draft downloaded as DOCX
// or XLSX in the page's language.
import { useEffect, useId, useState } from 'react';
import { acceptCurrentVersion, ApiError } from '#web/api.ts';
import { DateText, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { Field, FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { reportsApi, type ReportView } from '#web/features/reporting/report-api.ts';
import { FigureGroupView } from '#web/features/reporting/report-figures.tsx';
import { placeGroups, type PlacedSection } from '#web/features/reporting/report-view.ts';
import en from '#i18n/en.json' with { type: 'json' };
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

export function ReportPage({ id }: { id: string }) {
  return (
    <SignedIn>
      <Report id={id} />
    </SignedIn>
  );
}

/** The English catalogue's text of a key (bundled with the app: no extra download). */
function lookupEnglish(key: string): string | undefined {
  let node: unknown = en;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const recordPath = (id: string) => `/reports/${encodeURIComponent(id)}`;

function Report({ id }: { id: string }) {
  const { t, lang, dateTime } = useI18n();
  const [params] = useSearch();
  const loaded = useApi(`report:${id}`, (signal) => reportsApi.get(id, signal));
  const [view, setView] = useState<ReportView | null>(null);
  const [status, setStatus] = useState<string | null>(params.get('created') ? t('reports.report.created') : null);
  useEffect(() => {
    if (loaded.data) setView(loaded.data);
  }, [loaded.data]);
  useDocumentTitle(view?.title ?? t('reports.report.title'));

  /** A save or refresh answered the draft as it now is: show it, and name its version in the next write. */
  const accept = (next: ReportView) => {
    acceptCurrentVersion(recordPath(next.id), next.version);
    setView(next);
  };
  const refresh = useSubmit(
    () => reportsApi.refresh(id),
    (next) => {
      accept(next);
      setStatus(t('reports.report.refreshed', { time: dateTime(next.figuresComputedAt) }));
    },
  );

  if (loaded.error && !view) {
    return (
      <>
        <h1 tabIndex={-1}>{t('reports.report.title')}</h1>
        <FormAlert error={loaded.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <p>
          <Link to={href(lang, '/reports')}>{t('reports.back')}</Link>
        </p>
      </>
    );
  }
  if (!view) return <Loading />;
  const sections = placeGroups(view.sections, view.figures.groups);
  return (
    <article className="report">
      <p className="breadcrumb">
        <Link to={href(lang, '/reports')}>{t('reports.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        <span dir="auto">{view.title}</span>
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('reports.fields.mandateSet')}</dt>
          <dd>
            <bdi>{view.mandateSet}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('reports.fields.period')}</dt>
          <dd>
            <DateText iso={view.periodFrom} style="long" /> – <DateText iso={view.periodTo} style="long" />
          </dd>
        </div>
        <div>
          <dt>{t('reports.report.computedAt')}</dt>
          <dd data-testid="computed-at">
            <time dateTime={view.figuresComputedAt}>{dateTime(view.figuresComputedAt)}</time>
          </dd>
        </div>
      </dl>
      <StatusMessage>{status}</StatusMessage>
      <FormAlert error={refresh.error} />
      <div className="actions">
        {view.abilities.update ? (
          <form onSubmit={refresh.onSubmit}>
            <SubmitButton pending={refresh.pending}>{t('reports.report.refresh')}</SubmitButton>
          </form>
        ) : null}
        <a className="button" href={reportsApi.fileUrl(view.id, 'docx', lang)} download>
          {t('reports.report.downloadDocx')}
        </a>
        <a className="button" href={reportsApi.fileUrl(view.id, 'xlsx', lang)} download>
          {t('reports.report.downloadXlsx')}
        </a>
      </div>
      <p className="hint">{t('reports.report.figuresHint')}</p>
      {sections.map((section) => (
        <Section key={section.id ?? 'other'} view={view} section={section} onSaved={accept} onConflict={setView} />
      ))}
    </article>
  );
}

function Section({
  view,
  section,
  onSaved,
  onConflict,
}: {
  view: ReportView;
  section: PlacedSection;
  onSaved: (next: ReportView) => void;
  onConflict: (current: ReportView) => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const paragraphText = useParagraphText();
  const heading =
    section.id === null ? t('reports.section.other') : t('reports.section.paragraph', { number: String(section.number ?? section.id) });
  return (
    <section className="report-section" aria-labelledby={headingId} data-section={section.id ?? 'other'}>
      <h2 id={headingId}>
        {heading}
        {section.id ? (
          <>
            {' '}
            {/* The symbol without parentheses: in Arabic headings Chromium drew one of them astray. */}
            <bdi className="muted paragraph-symbol" dir="ltr">
              {section.id}
            </bdi>
          </>
        ) : null}
      </h2>
      {section.text ? (
        <blockquote className="paragraph-text" dir="auto">
          {paragraphText(section)}
        </blockquote>
      ) : null}
      {section.id !== null ? (
        <Narrative view={view} sectionId={section.id} heading={heading} onSaved={onSaved} onConflict={onConflict} />
      ) : null}
      {section.groups.map((group) => (
        <FigureGroupView key={group.id} reportId={view.id} group={group} />
      ))}
    </section>
  );
}

/**
 * A paragraph's text in the reader's language where the catalogues hold it: the skeleton of 68/187 is the mandate
 * vocabulary's English summaries (src/domain/assistance/themes.ts), which the catalogues translate. Any other text
 * (a resolution's own words, from the registry) is shown as given.
 */
function useParagraphText(): (section: PlacedSection) => string {
  const { t } = useI18n();
  return (section) => {
    const op = /^68\/187\/(OP\d+)$/.exec(section.id ?? '')?.[1];
    const key = op ? (`assistance.mandate.${op}.description` as MessageKey) : null;
    const english = key ? lookupEnglish(key) : undefined;
    const same = (a: string, b: string) => a.replace(/’/g, "'") === b.replace(/’/g, "'");
    return key && english !== undefined && same(english, section.text) ? t(key) : section.text;
  };
}

/** The author's text for one paragraph. A 412 keeps what they wrote and says a colleague saved first. */
function Narrative({
  view,
  sectionId,
  heading,
  onSaved,
  onConflict,
}: {
  view: ReportView;
  sectionId: string;
  heading: string;
  onSaved: (next: ReportView) => void;
  onConflict: (current: ReportView) => void;
}) {
  const { t } = useI18n();
  const saved = view.narrative[sectionId] ?? '';
  const [text, setText] = useState(saved);
  const [done, setDone] = useState(false);
  const submit = useSubmit(
    async () => {
      setDone(false);
      try {
        return await reportsApi.update(view.id, { narrative: { ...view.narrative, [sectionId]: text } });
      } catch (error) {
        // The draft as a colleague left it: the other paragraphs' texts to build on; this one's text stays as typed.
        const current = error instanceof ApiError && error.code === 'PRECONDITION_FAILED' ? (error.params.current as ReportView | undefined) : undefined;
        if (current && typeof current === 'object' && 'narrative' in current) onConflict(current);
        throw error;
      }
    },
    (next) => {
      onSaved(next);
      setDone(true);
    },
  );
  if (!view.abilities.update) {
    return saved ? (
      <div className="narrative" dir="auto">
        {saved}
      </div>
    ) : null;
  }
  return (
    <form onSubmit={submit.onSubmit} className="stack narrative-form" noValidate>
      <FormAlert error={submit.error} messages={{ PRECONDITION_FAILED: t('reports.narrative.conflict') }} />
      <Field label={t('reports.narrative.label', { paragraph: heading })} hint={t('reports.narrative.hint')} issues={submit.issues('narrative')}>
        {(control) => <textarea {...control} rows={6} dir="auto" value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <div className="actions">
        <SubmitButton pending={submit.pending}>{t('reports.narrative.save', { paragraph: heading })}</SubmitButton>
        {done && !submit.pending && text === (view.narrative[sectionId] ?? '') ? (
          <span role="status" className="success">
            {t('reports.narrative.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
