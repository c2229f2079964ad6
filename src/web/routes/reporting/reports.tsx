// The Secretary-General's report drafts (issue 14 §3): the drafts of the reader's organisation, and a form to start
// one for a mandate set and a period (its figures are computed from the records when it is created).
import { useState } from 'react';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { ApiError } from '#web/api.ts';
import { DataTable, DateText, ErrorMessage, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { Field, FormAlert, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { reportsApi, type NewReport } from '#web/features/reporting/report-api.ts';
import { checkNewReport, defaultPeriod, reportPath, type NewReportDraft } from '#web/features/reporting/report-view.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, navigate } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

export function ReportsPage() {
  return (
    <SignedIn>
      <Reports />
    </SignedIn>
  );
}

function Reports() {
  const { t } = useI18n();
  const session = useSession();
  useDocumentTitle(t('reports.title'));
  const list = useApi(`reports:${session.user?.id ?? ''}`, (signal) => reportsApi.list(signal));
  return (
    <>
      <h1 tabIndex={-1}>{t('reports.title')}</h1>
      <p className="lead">{t('reports.intro')}</p>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t('reports.drafts.heading')}</h2>
        {list.error ? <ErrorMessage error={list.error} /> : null}
        {!list.data && !list.error ? <Loading /> : null}
        {list.data && list.data.length === 0 ? <p>{t('reports.drafts.none')}</p> : null}
        {list.data && list.data.length > 0 ? <Drafts drafts={list.data} /> : null}
      </section>
      <NewReportForm />
    </>
  );
}

function Drafts({ drafts }: { drafts: Awaited<ReturnType<typeof reportsApi.list>> }) {
  const { t, lang } = useI18n();
  const columns = [t('reports.fields.title'), t('reports.fields.mandateSet'), t('reports.fields.period'), t('reports.fields.language')];
  return (
    <DataTable caption={t('reports.drafts.caption', { count: drafts.length })} hideCaption columns={columns}>
      {drafts.map((d) => (
        <tr key={d.id}>
          <td>
            <Link to={href(lang, reportPath(d.id))}>
              <span dir="auto">{d.title}</span>
            </Link>
          </td>
          <td>
            <bdi>{d.mandateSet}</bdi>
          </td>
          <td>
            <DateText iso={d.periodFrom} /> – <DateText iso={d.periodTo} />
          </td>
          <td>{t(`languageName.${d.language}` as MessageKey)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

const FIELDS = ['title', 'mandateSet', 'periodFrom', 'periodTo', 'language'];

function NewReportForm() {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<NewReportDraft>(() => ({
    title: '',
    mandateSet: '68/187',
    ...defaultPeriod(new Date().toISOString().slice(0, 10)),
    language: lang,
  }));
  const set = (patch: Partial<NewReportDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = useSubmit(
    async () => {
      const issues = checkNewReport(draft);
      if (issues.length > 0) throw new ApiError(400, 'VALIDATION_FAILED', 'The report cannot be created.', {}, issues);
      // The language select offers only the six; the API answers 400 for anything else.
      return reportsApi.create({ ...draft, language: draft.language as NewReport['language'], title: draft.title.trim(), mandateSet: draft.mandateSet.trim() });
    },
    (created) => navigate(href(lang, reportPath(created.id), { created: '1' })),
  );
  return (
    <section aria-labelledby="new-report-heading" className="panel">
      <h2 id="new-report-heading">{t('reports.new.heading')}</h2>
      <p>{t('reports.new.intro')}</p>
      <FormAlert error={submit.error} shownFields={FIELDS} />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field label={t('reports.fields.title')} issues={submit.issues('title')}>
          {(control) => <input {...control} required dir="auto" value={draft.title} onChange={(e) => set({ title: e.target.value })} />}
        </Field>
        <Field label={t('reports.fields.mandateSet')} hint={t('reports.fields.mandateSetHint')} issues={submit.issues('mandateSet')}>
          {(control) => <input {...control} required dir="ltr" value={draft.mandateSet} onChange={(e) => set({ mandateSet: e.target.value })} />}
        </Field>
        <fieldset className="period">
          <legend>{t('reports.fields.period')}</legend>
          <Field label={t('reports.fields.periodFrom')} issues={submit.issues('periodFrom')}>
            {(control) => <input {...control} type="date" required value={draft.periodFrom} onChange={(e) => set({ periodFrom: e.target.value })} />}
          </Field>
          <Field label={t('reports.fields.periodTo')} issues={submit.issues('periodTo')}>
            {(control) => <input {...control} type="date" required value={draft.periodTo} onChange={(e) => set({ periodTo: e.target.value })} />}
          </Field>
        </fieldset>
        <Field label={t('reports.fields.language')} hint={t('reports.fields.languageHint')} issues={submit.issues('language')}>
          {(control) => (
            <select {...control} required value={draft.language} onChange={(e) => set({ language: e.target.value })}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languageName.${l}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('reports.new.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
