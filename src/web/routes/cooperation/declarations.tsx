// What States declared that changes a cooperation answer (issue 11 §1), by State (?stateCode=&instrumentId=&page=),
// and the form that records or corrects one, for those the API allows. A State with no entry: "not known".
import { useEffect, useRef, useState } from 'react';
import { DECLARATION_KINDS } from '#domain/cooperation/types.ts';
import { FilterSelect, useDocumentTitle } from '#web/components/common.tsx';
import { FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { ChoiceSelect, Field, FormAlert, SaveOrCancel, StatusMessage, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { registerApi, type DeclarationView, type Listed } from '#web/features/cooperation/register-api.ts';
import { api } from '#web/api.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 50;
const kindKey = (kind: string) => `register.declarationKinds.${kind}` as MessageKey;

/** The instruments, short names in the reader's language. */
function useInstrumentChoices(): { value: string; label: string }[] {
  const { localize } = useI18n();
  const list = useApi('instruments', (signal) => api.instruments(signal));
  return (list.data?.data ?? []).map((i) => ({ value: i.id, label: localize(i.shortNames, i.id).text }));
}

export function DeclarationsPage(_props: { id?: string; article?: string }) {
  const { t, lang, date } = useI18n();
  const session = useSession();
  useDocumentTitle(t('register.declarations.title'));
  const [params] = useSearch();
  const filters = { stateCode: params.get('stateCode'), instrumentId: params.get('instrumentId') };
  const page = pageParam(params);
  const [changes, setChanges] = useState(0);
  const [editing, setEditing] = useState<Listed<DeclarationView> | 'new' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const who = session.user?.id ?? 'anonymous';
  const list = useApi(`declarations:${who}:${JSON.stringify(filters)}:${page}:${changes}`, (signal) =>
    registerApi.declarations({ ...filters, page, pageSize: PAGE_SIZE }, signal),
  );
  const states = useStateChoices();
  const stateName = useStateName();
  const instruments = useInstrumentChoices();
  const instrumentName = (id: string) => instruments.find((i) => i.value === id)?.label ?? id;
  const { draft, set, apply } = useFilterDraft(filters);
  const mayCreate = (list.data?.abilities as { create?: boolean } | undefined)?.create ?? false;
  const done = (message: string) => {
    setEditing(null);
    setStatus(message);
    setChanges((n) => n + 1);
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('register.declarations.title')}</h1>
      <p className="lead">{t('register.declarations.intro')}</p>
      <StatusMessage>{status}</StatusMessage>
      <FilterForm label={t('register.filters')} onSubmit={apply} clearTo={href(lang, '/cooperation/declarations')}>
        <FilterSelect id="declarations-state" label={t('register.fields.state')} value={draft.stateCode} options={states} onChange={set('stateCode')} />
        <FilterSelect
          id="declarations-instrument"
          label={t('register.fields.instrument')}
          value={draft.instrumentId}
          options={instruments}
          onChange={set('instrumentId')}
        />
      </FilterForm>
      {mayCreate && editing === null ? (
        <p>
          <button type="button" className="primary" onClick={() => { setStatus(null); setEditing('new'); }}>
            {t('register.declarations.add')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <DeclarationForm
          declaration={editing === 'new' ? null : editing}
          defaultState={filters.stateCode}
          states={states}
          instruments={instruments}
          onSaved={() => done(t('register.saved'))}
          onRemoved={() => done(t('register.deleted'))}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('register.declarations.caption', { count })}
        columns={[
          t('register.fields.state'),
          t('register.fields.instrument'),
          t('register.fields.declarationKind'),
          t('register.fields.article'),
          t('register.fields.declaredOn'),
          t('register.fields.source'),
          t('register.actions'),
        ]}
        empty={filters.stateCode ? t('register.declarations.notKnown') : t('register.declarations.none')}
      >
        {(d) => (
          <tr key={d.id}>
            <th scope="row">{stateName(d.stateCode)}</th>
            <td>{instrumentName(d.instrumentId)}</td>
            <td>
              {t(kindKey(d.kind))}
              {d.languages.length > 0 ? <span dir="ltr"> ({d.languages.join(', ')})</span> : null}
              {d.text ? (
                <div className="muted" dir="auto">
                  {d.text}
                </div>
              ) : null}
            </td>
            <td dir="ltr">{d.article || '—'}</td>
            <td>{date(d.declaredOn)}</td>
            <td dir="auto">
              {d.sourceUrl ? (
                <a href={d.sourceUrl} rel="noopener noreferrer">
                  {d.source}
                </a>
              ) : (
                d.source
              )}
            </td>
            <td>
              {d.abilities.update ? (
                <button type="button" onClick={() => { setStatus(null); setEditing(d); }}>
                  {t('register.edit')}
                </button>
              ) : null}
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

interface FormProps {
  declaration: Listed<DeclarationView> | null;
  defaultState: string | null;
  states: { value: string; label: string }[];
  instruments: { value: string; label: string }[];
  onSaved: () => void;
  onRemoved: () => void;
  onCancel: () => void;
}

const SHOWN = ['stateCode', 'instrumentId', 'kind', 'article', 'languages', 'text', 'declaredOn', 'source', 'sourceUrl'];

function DeclarationForm({ declaration: d, defaultState, states, instruments, onSaved, onRemoved, onCancel }: FormProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [v, setValues] = useState({
    stateCode: d?.stateCode ?? defaultState ?? '',
    instrumentId: d?.instrumentId ?? '',
    kind: d?.kind ?? '',
    article: d?.article ?? '',
    languages: (d?.languages ?? []).join(', '),
    text: d?.text ?? '',
    declaredOn: d?.declaredOn ?? '',
    source: d?.source ?? '',
    sourceUrl: d?.sourceUrl ?? '',
  });
  const set = (field: keyof typeof v) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const submit = useSubmit(async () => {
    const body = {
      stateCode: v.stateCode,
      instrumentId: v.instrumentId,
      kind: v.kind as DeclarationView['kind'],
      article: v.article.trim(),
      languages: v.languages.split(/[\s,]+/).filter(Boolean),
      text: v.text.trim(),
      declaredOn: v.declaredOn || null,
      source: v.source.trim(),
      sourceUrl: v.sourceUrl.trim() || null,
    };
    if (d) await registerApi.updateDeclaration(d.id, body);
    else await registerApi.createDeclaration(body);
    return true;
  }, onSaved);
  const remove = useSubmit(async () => {
    await registerApi.removeDeclaration(d!.id);
    return true;
  }, onRemoved);
  const text = (field: 'article' | 'languages' | 'source' | 'sourceUrl', hint?: string) => (
    <Field label={t(`register.fields.${field}`)} hint={hint} issues={submit.issues(field)}>
      {(control) => (
        <input {...control} type={field === 'sourceUrl' ? 'url' : 'text'} dir="auto" value={v[field]} onChange={(e) => set(field)(e.target.value)} />
      )}
    </Field>
  );
  return (
    <section className="panel" aria-labelledby="declaration-form-heading">
      <h2 id="declaration-form-heading" tabIndex={-1} ref={heading}>
        {d ? t('register.declarations.editTitle') : t('register.declarations.add')}
      </h2>
      <FormAlert error={submit.error ?? remove.error} shownFields={SHOWN} />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field label={t('register.fields.state')} issues={submit.issues('stateCode')}>
          {(control) => <ChoiceSelect control={control} value={v.stateCode} onChange={set('stateCode')} empty={t('register.choose')} choices={states} required />}
        </Field>
        <Field label={t('register.fields.instrument')} issues={submit.issues('instrumentId')}>
          {(control) => (
            <ChoiceSelect control={control} value={v.instrumentId} onChange={set('instrumentId')} empty={t('register.choose')} choices={instruments} required />
          )}
        </Field>
        <Field label={t('register.fields.declarationKind')} issues={submit.issues('kind')}>
          {(control) => (
            <ChoiceSelect
              control={control}
              value={v.kind}
              onChange={set('kind')}
              empty={t('register.choose')}
              choices={DECLARATION_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
              required
            />
          )}
        </Field>
        {text('article', t('register.fields.articleHint'))}
        {text('languages', t('register.fields.languagesHint'))}
        <Field label={t('register.fields.text')} issues={submit.issues('text')}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={v.text} onChange={(e) => set('text')(e.target.value)} />}
        </Field>
        <Field label={t('register.fields.declaredOn')} issues={submit.issues('declaredOn')}>
          {(control) => <input {...control} type="date" value={v.declaredOn} onChange={(e) => set('declaredOn')(e.target.value)} />}
        </Field>
        {text('source')}
        {text('sourceUrl')}
        <SaveOrCancel pending={submit.pending} onCancel={onCancel} />
      </form>
      {d?.abilities.delete ? (
        <form onSubmit={remove.onSubmit} className="actions">
          <button type="submit" className="danger" aria-disabled={remove.pending || undefined}>
            {t('register.remove')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
