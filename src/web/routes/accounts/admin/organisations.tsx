// Organisations: the list, and one form to create or edit (kind, names in the six languages, acronym, State).
import { useEffect, useRef, useState } from 'react';
import { ORGANISATION_KINDS, type OrganisationKind } from '#domain/accounts/types.ts';
import { LANGUAGES, type LocalizedText } from '#domain/treaties/types.ts';
import { adminApi } from '#web/api.ts';
import type { OrganisationView } from '#web/api-types.ts';
import { DataTable, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { ChoiceSelect, Field, FormAlert, SaveOrCancel, StatusMessage, useSubmit } from '#web/components/forms.tsx';
import { useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { useApi } from '#web/use-api.ts';

export function OrganisationsSection() {
  const { t, lang, localize, collator } = useI18n();
  useDocumentTitle(t('admin.organisations.title'));
  const [version, setVersion] = useState(0);
  const list = useApi(`admin-organisations:${lang}:${version}`, (signal) =>
    adminApi.organisations({ lang, pageSize: 500, includeArchived: true }, signal),
  );
  const stateName = useStateName();
  // null: no form; 'new': creating; an organisation: editing it.
  const [editing, setEditing] = useState<OrganisationView | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const abilities = list.data?.abilities ?? {};
  const organisations = [...(list.data?.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));

  const close = (focusId: string | null) => {
    setEditing(null);
    if (focusId) window.setTimeout(() => document.getElementById(focusId)?.focus(), 0);
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('admin.organisations.title')}</h1>
      <FormAlert error={list.error} focus={false} />
      <StatusMessage>{saved ? t('admin.organisations.saved', { name: saved }) : null}</StatusMessage>
      {abilities.create && editing === null ? (
        <p>
          <button type="button" id="new-organisation" onClick={() => setEditing('new')}>
            {t('admin.organisations.create')}
          </button>
        </p>
      ) : null}
      {editing !== null ? (
        <OrganisationForm
          key={editing === 'new' ? 'new' : editing.id}
          organisation={editing === 'new' ? null : editing}
          onCancel={() => close(editing === 'new' ? 'new-organisation' : `edit-${editing.id}`)}
          onSaved={(o) => {
            setSaved(localize(o.names, o.name).text);
            setVersion((v) => v + 1);
            close(null);
          }}
        />
      ) : null}
      {!list.data && list.loading ? <Loading /> : null}
      {list.data ? (
        <DataTable
          caption={t('admin.organisations.caption', { count: organisations.length })}
          columns={[
            t('admin.organisations.columns.name'),
            t('admin.organisations.columns.kind'),
            t('admin.organisations.columns.acronym'),
            t('admin.organisations.columns.state'),
            t('admin.organisations.columns.members'),
            t('admin.organisations.columns.actions'),
          ]}
        >
          {organisations.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                {o.name}
                {o.archived ? <span className="tag">{t('admin.organisations.archived')}</span> : null}
              </th>
              <td>{t(`organisationKind.${o.kind}`)}</td>
              <td>{o.acronym ?? ''}</td>
              <td>{stateName(o.stateCode)}</td>
              <td>{o.memberCount}</td>
              <td>
                {abilities.update ? (
                  <button type="button" id={`edit-${o.id}`} onClick={() => setEditing(o)}>
                    {t('admin.organisations.edit', { name: o.name })}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}

function OrganisationForm({
  organisation,
  onCancel,
  onSaved,
}: {
  organisation: OrganisationView | null;
  onCancel: () => void;
  onSaved: (o: OrganisationView) => void;
}) {
  const { t, lang } = useI18n();
  const states = useStateChoices();
  const [archived, setArchived] = useState(organisation?.archived ?? false);
  const [kind, setKind] = useState<OrganisationKind>(organisation?.kind ?? 'state-authority');
  const [names, setNames] = useState<LocalizedText>(organisation?.names ?? {});
  const [acronym, setAcronym] = useState(organisation?.acronym ?? '');
  const [stateCode, setStateCode] = useState(organisation?.stateCode ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = useSubmit(async () => {
    const cleaned = Object.fromEntries(
      Object.entries(names)
        .map(([l, v]) => [l, v?.trim()])
        .filter(([, v]) => v),
    ) as LocalizedText;
    const common = {
      names: cleaned,
      ...(acronym.trim() ? { acronym: acronym.trim() } : {}),
      stateCode: kind === 'state-authority' ? stateCode || null : null,
    };
    // The kind of an organisation is fixed once created.
    return organisation
      ? (await adminApi.updateOrganisation(organisation.id, { ...common, archived }, lang)).data
      : (await adminApi.createOrganisation({ kind, ...common }, lang)).data;
  }, onSaved);
  const title = organisation ? t('admin.organisations.editHeading', { name: organisation.name }) : t('admin.organisations.create');
  return (
    <section className="panel" aria-labelledby="organisation-form-heading">
      <h2 id="organisation-form-heading" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <FormAlert
        error={submit.error}
        shownFields={['kind', 'acronym', 'stateCode', 'archived', 'names', ...LANGUAGES.map((l) => `names.${l}`)]}
      />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        {organisation ? (
          <div className="field">
            <span className="label">{t('admin.organisations.kind')}</span>
            <span className="readonly-value">{t(`organisationKind.${organisation.kind}`)}</span>
          </div>
        ) : (
          <Field label={t('admin.organisations.kind')} issues={submit.issues('kind')}>
            {(control) => (
              <select {...control} value={kind} onChange={(e) => setKind(e.target.value as OrganisationKind)}>
                {ORGANISATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`organisationKind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {kind === 'state-authority' ? (
          <Field label={t('admin.organisations.state')} issues={submit.issues('stateCode')}>
            {(control) => (
              <ChoiceSelect control={control} required value={stateCode} onChange={setStateCode} empty={t('common.choose')} choices={states} />
            )}
          </Field>
        ) : null}
        <fieldset>
          <legend>{t('admin.organisations.names')}</legend>
          <p className="hint">{t('admin.organisations.namesHint')}</p>
          {submit.issues('names').length ? <p className="field-error">{t('admin.organisations.namesRequired')}</p> : null}
          <div className="grid-fields">
            {LANGUAGES.map((l) => (
              <Field key={l} label={t('admin.organisations.nameIn', { language: l })} issues={submit.issues(`names.${l}`)}>
                {(control) => (
                  <input
                    {...control}
                    lang={l}
                    dir={l === 'ar' ? 'rtl' : 'ltr'}
                    required={l === 'en'}
                    value={names[l] ?? ''}
                    onChange={(e) => setNames((n) => ({ ...n, [l]: e.target.value }))}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        <Field label={t('admin.organisations.acronym')} issues={submit.issues('acronym')}>
          {(control) => (
            <input {...control} className="short-input" value={acronym} onChange={(e) => setAcronym(e.target.value)} dir="auto" />
          )}
        </Field>
        {organisation ? (
          <div className="checkbox-field">
            <label>
              <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />{' '}
              {t('admin.organisations.archive')}
            </label>
            <p className="hint">{t('admin.organisations.archiveHint')}</p>
          </div>
        ) : null}
        <SaveOrCancel pending={submit.pending} onCancel={onCancel} />
      </form>
    </section>
  );
}
