// Bilateral extradition and mutual legal assistance treaties (issue 11 §1): the list with its filters in the address
// (?stateCode=&otherStateCode=&kind=&inForceOn=&page=), a CSV import with a dry run for those allowed, one treaty, and
// the form that records or corrects one. Buttons follow the API's abilities; nothing is re-derived here.
import { useEffect, useRef, useState } from 'react';
import { BILATERAL_TREATY_KINDS } from '#domain/cooperation/types.ts';
import { FilterSelect, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { ChoiceSelect, Field, FormAlert, SaveOrCancel, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { registerApi, type BilateralImportReport, type BilateralTreatyView } from '#web/features/cooperation/register-api.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;
const kindKey = (kind: string) => `register.kinds.${kind}` as MessageKey;

export function BilateralTreatiesPage(_props: { id?: string; article?: string }) {
  const { t, lang, date } = useI18n();
  const session = useSession();
  useDocumentTitle(t('register.treaties.title'));
  const [params] = useSearch();
  const filters = {
    stateCode: params.get('stateCode'),
    otherStateCode: params.get('otherStateCode'),
    kind: params.get('kind'),
    inForceOn: params.get('inForceOn'),
  };
  const page = pageParam(params);
  const [imported, setImported] = useState(0);
  const who = session.user?.id ?? 'anonymous';
  const list = useApi(`bilateral-treaties:${who}:${JSON.stringify(filters)}:${page}:${imported}`, (signal) =>
    registerApi.treaties({ ...filters, page, pageSize: PAGE_SIZE }, signal),
  );
  const states = useStateChoices();
  const stateName = useStateName();
  const { draft, set, apply } = useFilterDraft(filters);
  const abilities = list.data?.abilities as { create?: boolean; import?: boolean } | undefined;

  return (
    <>
      <h1 tabIndex={-1}>{t('register.treaties.title')}</h1>
      <p className="lead">{t('register.treaties.intro')}</p>
      <StatusMessage>{params.get('deleted') ? t('register.deleted') : null}</StatusMessage>
      {abilities?.create ? (
        <p>
          <Link className="button primary" to={href(lang, '/cooperation/treaties/new')}>
            {t('register.treaties.add')}
          </Link>
        </p>
      ) : null}
      <FilterForm label={t('register.filters')} onSubmit={apply} clearTo={href(lang, '/cooperation/treaties')}>
        <FilterSelect id="treaties-state" label={t('register.fields.state')} value={draft.stateCode} options={states} onChange={set('stateCode')} />
        <FilterSelect
          id="treaties-other-state"
          label={t('register.fields.otherState')}
          value={draft.otherStateCode}
          options={states}
          onChange={set('otherStateCode')}
        />
        <FilterSelect
          id="treaties-kind"
          label={t('register.fields.kind')}
          value={draft.kind}
          options={BILATERAL_TREATY_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
          onChange={set('kind')}
        />
        <div className="field">
          <label htmlFor="treaties-in-force-on">{t('register.fields.inForceOn')}</label>
          <input id="treaties-in-force-on" type="date" value={draft.inForceOn ?? ''} onChange={(e) => set('inForceOn')(e.target.value || null)} />
        </div>
      </FilterForm>
      <PagedTable
        list={list}
        caption={(count) => t('register.treaties.caption', { count })}
        columns={[
          t('register.fields.title'),
          t('register.fields.states'),
          t('register.fields.kind'),
          t('register.fields.signedOn'),
          t('register.fields.inForceFrom'),
          t('register.fields.terminatedOn'),
        ]}
        empty={t('register.treaties.none')}
      >
        {(row) => (
          <tr key={row.id}>
            <th scope="row">
              <Link to={href(lang, `/cooperation/treaties/${encodeURIComponent(row.id)}`)}>
                <span dir="auto">{row.title}</span>
              </Link>
            </th>
            <td>
              {stateName(row.stateA)} – {stateName(row.stateB)}
            </td>
            <td>{t(kindKey(row.kind))}</td>
            <td>{date(row.signedOn)}</td>
            <td>{row.inForceFrom ? date(row.inForceFrom) : t('register.notKnownInForce')}</td>
            <td>{row.terminatedOn ? date(row.terminatedOn) : '—'}</td>
          </tr>
        )}
      </PagedTable>
      {abilities?.import ? <ImportPanel onImported={() => setImported((n) => n + 1)} /> : null}
    </>
  );
}

/** Choose a CSV file, check it (dry run: nothing written), then import it whole. */
function ImportPanel({ onImported }: { onImported: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<BilateralImportReport | null>(null);
  const check = useSubmit(async () => {
    // Without a file the API says what is missing, in the reader's language.
    const report = (await registerApi.importTreaties(file, true)).data;
    setChecked(report);
    return report;
  });
  const run = useSubmit(
    async () => (await registerApi.importTreaties(file, false)).data,
    () => {
      setChecked(null);
      onImported();
    },
  );
  return (
    <section className="panel" aria-labelledby="treaties-import-heading">
      <h2 id="treaties-import-heading">{t('register.import.heading')}</h2>
      <p className="hint">{t('register.import.hint')}</p>
      <p>
        <code dir="ltr">kind,state_a,state_b,title,signed_on,in_force_from,terminated_on,source,source_url,notes</code>
      </p>
      <FormAlert error={check.error ?? run.error} />
      <form onSubmit={check.onSubmit} className="stack" noValidate>
        <Field label={t('register.import.file')} issues={check.issues('file')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setChecked(null);
                run.reset();
              }}
            />
          )}
        </Field>
        <div className="actions">
          <SubmitButton pending={check.pending}>{t('register.import.check')}</SubmitButton>
        </div>
      </form>
      {checked ? <ImportReport report={checked} /> : null}
      {checked && checked.issues.length === 0 && checked.created.length > 0 ? (
        <form onSubmit={run.onSubmit} className="actions">
          <SubmitButton pending={run.pending}>{t('register.import.run', { count: checked.created.length })}</SubmitButton>
        </form>
      ) : null}
      <StatusMessage focus>{run.result ? t('register.import.done', { count: run.result.created.length }) : null}</StatusMessage>
    </section>
  );
}

function ImportReport({ report }: { report: BilateralImportReport }) {
  const { t } = useI18n();
  const rows = (items: BilateralImportReport['created'], caption: string) =>
    items.length === 0 ? null : (
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('register.import.line')}</th>
            <th scope="col">{t('register.fields.states')}</th>
            <th scope="col">{t('register.fields.kind')}</th>
            <th scope="col">{t('register.fields.title')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.line}>
              <th scope="row">{r.line}</th>
              <td dir="ltr">
                {r.stateA} – {r.stateB}
              </td>
              <td>{t(kindKey(r.kind))}</td>
              <td dir="auto">{r.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <div className="stack" role="region" aria-label={t('register.import.preview')}>
      <p role="status">
        {t('register.import.summary', { rows: report.rows, created: report.created.length, existing: report.existing.length, problems: report.issues.length })}
      </p>
      {report.issues.length > 0 ? (
        <table>
          <caption>{t('register.import.problems')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('register.import.line')}</th>
              <th scope="col">{t('register.import.column')}</th>
              <th scope="col">{t('register.import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {report.issues.map((i, n) => (
              <tr key={n}>
                <th scope="row">{i.line}</th>
                <td>
                  <code>{i.column ?? '—'}</code>
                </td>
                <td lang="en">{i.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {rows(report.created, t('register.import.toCreate'))}
      {rows(report.existing, t('register.import.existing'))}
    </div>
  );
}

export function BilateralTreatyPage({ id }: { id?: string; article?: string }) {
  const { t, lang, date } = useI18n();
  const session = useSession();
  const treaty = useApi(`bilateral-treaty:${id}:${session.user?.id ?? 'anonymous'}`, (signal) => registerApi.treaty(id ?? '', signal));
  const stateName = useStateName();
  useDocumentTitle(treaty.data?.data.title ?? t('register.treaties.title'));
  if (treaty.error) return <FormAlert error={treaty.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />;
  if (!treaty.data) return <Loading />;
  const d = treaty.data.data;
  const abilities = treaty.data.abilities as { update?: boolean; delete?: boolean };
  return (
    <>
      <p>
        <Link to={href(lang, '/cooperation/treaties')}>{t('register.treaties.back')}</Link>
      </p>
      <h1 tabIndex={-1} dir="auto">
        {d.title}
      </h1>
      <dl className="facts">
        <dt>{t('register.fields.states')}</dt>
        <dd>
          {stateName(d.stateA)} – {stateName(d.stateB)}
        </dd>
        <dt>{t('register.fields.kind')}</dt>
        <dd>{t(kindKey(d.kind))}</dd>
        <dt>{t('register.fields.signedOn')}</dt>
        <dd>{date(d.signedOn)}</dd>
        <dt>{t('register.fields.inForceFrom')}</dt>
        <dd>{d.inForceFrom ? date(d.inForceFrom) : t('register.notKnownInForce')}</dd>
        <dt>{t('register.fields.terminatedOn')}</dt>
        <dd>{d.terminatedOn ? date(d.terminatedOn) : '—'}</dd>
        <dt>{t('register.fields.source')}</dt>
        <dd dir="auto">
          {d.sourceUrl ? (
            <a href={d.sourceUrl} rel="noopener noreferrer">
              {d.source}
            </a>
          ) : (
            d.source
          )}
        </dd>
        {d.notes ? (
          <>
            <dt>{t('register.fields.notes')}</dt>
            <dd dir="auto">{d.notes}</dd>
          </>
        ) : null}
      </dl>
      {abilities.update ? (
        <p>
          <Link className="button" to={href(lang, `/cooperation/treaties/${encodeURIComponent(d.id)}/edit`)}>
            {t('register.edit')}
          </Link>
        </p>
      ) : null}
      {abilities.delete ? <DeleteTreaty treaty={d} /> : null}
    </>
  );
}

function DeleteTreaty({ treaty }: { treaty: BilateralTreatyView }) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) ref.current?.focus();
  }, [confirming]);
  const submit = useSubmit(
    async () => {
      await registerApi.removeTreaty(treaty.id);
      return true;
    },
    () => navigate(href(lang, '/cooperation/treaties', { deleted: '1' })),
  );
  if (!confirming) {
    return (
      <p>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('register.remove')}
        </button>
      </p>
    );
  }
  return (
    <div className="panel danger-zone" tabIndex={-1} ref={ref} role="group" aria-labelledby="treaty-remove-question">
      <p id="treaty-remove-question">{t('register.removeConfirm', { title: treaty.title })}</p>
      <FormAlert error={submit.error} />
      <form onSubmit={submit.onSubmit} className="actions">
        <SubmitButton pending={submit.pending}>{t('register.removeYes')}</SubmitButton>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </form>
    </div>
  );
}

const FORM_FIELDS = ['kind', 'title', 'stateA', 'stateB', 'signedOn', 'inForceFrom', 'terminatedOn', 'source', 'sourceUrl', 'notes'] as const;
type FormValues = Record<(typeof FORM_FIELDS)[number], string>;
const EMPTY: FormValues = { kind: '', title: '', stateA: '', stateB: '', signedOn: '', inForceFrom: '', terminatedOn: '', source: '', sourceUrl: '', notes: '' };

export function BilateralTreatyFormPage({ id }: { id?: string; article?: string }) {
  const { t } = useI18n();
  const existing = useApi(id ? `bilateral-treaty-edit:${id}` : null, (signal) => registerApi.treaty(id ?? '', signal));
  useDocumentTitle(id ? t('register.treaties.editTitle') : t('register.treaties.add'));
  if (id && existing.error) return <FormAlert error={existing.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />;
  if (id && !existing.data) return <Loading />;
  const d = existing.data?.data;
  const initial: FormValues = d
    ? {
        kind: d.kind,
        title: d.title,
        stateA: d.stateA,
        stateB: d.stateB,
        signedOn: d.signedOn ?? '',
        inForceFrom: d.inForceFrom ?? '',
        terminatedOn: d.terminatedOn ?? '',
        source: d.source,
        sourceUrl: d.sourceUrl ?? '',
        notes: d.notes,
      }
    : EMPTY;
  return <TreatyForm id={id} initial={initial} />;
}

function TreatyForm({ id, initial }: { id?: string; initial: FormValues }) {
  const { t, lang } = useI18n();
  const states = useStateChoices();
  const [v, setValues] = useState<FormValues>(initial);
  const set = (field: keyof FormValues) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const submit = useSubmit(
    async () => {
      const body = {
        kind: v.kind as BilateralTreatyView['kind'],
        title: v.title.trim(),
        stateA: v.stateA,
        stateB: v.stateB,
        signedOn: v.signedOn || null,
        inForceFrom: v.inForceFrom || null,
        terminatedOn: v.terminatedOn || null,
        source: v.source.trim(),
        sourceUrl: v.sourceUrl.trim() || null,
        notes: v.notes.trim(),
      };
      return (id ? await registerApi.updateTreaty(id, body) : await registerApi.createTreaty(body)).data;
    },
    (saved) => navigate(href(lang, `/cooperation/treaties/${encodeURIComponent(saved.id)}`)),
  );
  const text = (field: 'title' | 'source' | 'sourceUrl', type = 'text') => (
    <Field label={t(`register.fields.${field}`)} issues={submit.issues(field)}>
      {(control) => <input {...control} type={type} dir="auto" value={v[field]} onChange={(e) => set(field)(e.target.value)} required={field !== 'sourceUrl'} />}
    </Field>
  );
  const day = (field: 'signedOn' | 'inForceFrom' | 'terminatedOn') => (
    <Field label={t(`register.fields.${field}`)} hint={field === 'inForceFrom' ? t('register.fields.inForceFromHint') : undefined} issues={submit.issues(field)}>
      {(control) => <input {...control} type="date" value={v[field]} onChange={(e) => set(field)(e.target.value)} />}
    </Field>
  );
  return (
    <>
      <h1 tabIndex={-1}>{id ? t('register.treaties.editTitle') : t('register.treaties.add')}</h1>
      <FormAlert error={submit.error} shownFields={[...FORM_FIELDS]} />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field label={t('register.fields.kind')} issues={submit.issues('kind')}>
          {(control) => (
            <ChoiceSelect
              control={control}
              value={v.kind}
              onChange={set('kind')}
              empty={t('register.choose')}
              choices={BILATERAL_TREATY_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
              required
            />
          )}
        </Field>
        {text('title')}
        <Field label={t('register.fields.stateA')} issues={submit.issues('stateA')}>
          {(control) => <ChoiceSelect control={control} value={v.stateA} onChange={set('stateA')} empty={t('register.choose')} choices={states} required />}
        </Field>
        <Field label={t('register.fields.stateB')} issues={submit.issues('stateB')}>
          {(control) => <ChoiceSelect control={control} value={v.stateB} onChange={set('stateB')} empty={t('register.choose')} choices={states} required />}
        </Field>
        {day('signedOn')}
        {day('inForceFrom')}
        {day('terminatedOn')}
        {text('source')}
        {text('sourceUrl', 'url')}
        <Field label={t('register.fields.notes')} issues={submit.issues('notes')}>
          {(control) => <textarea {...control} dir="auto" rows={4} value={v.notes} onChange={(e) => set('notes')(e.target.value)} />}
        </Field>
        <SaveOrCancel
          pending={submit.pending}
          onCancel={() => navigate(href(lang, id ? `/cooperation/treaties/${encodeURIComponent(id)}` : '/cooperation/treaties'))}
        />
      </form>
    </>
  );
}
