// Uploading a document: the file, what it is, how confidential, which State, which organisation holds it.
import { useState } from 'react';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { ApiError, apiClient } from '#web/api.ts';
import type { DocumentCreated } from '#web/api-types.ts';
import { appendMetadata, draftOf, METADATA_FIELDS, MetadataFields, type MetadataDraft } from '#web/features/library/records.tsx';
import { useDocumentTitle } from '#web/components/common.tsx';
import { Field, FormAlert, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { useOrganisations, useStateChoices } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import {
  ACCEPT,
  acceptedFile,
  ConfidentialityField,
  LanguageField,
  MAX_BYTES,
  StateField,
  TitleFields,
} from '#web/features/library/fields.tsx';
import { NamedPeopleField, SharedOrganisationsField, type NamedPerson } from '#web/features/library/pickers.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';

export function DocumentNewPage() {
  return (
    <SignedIn>
      <NewDocument />
    </SignedIn>
  );
}

const fileIssue = (code: 'extension_not_allowed' | 'too_large' | 'required') =>
  new ApiError(400, 'VALIDATION_FAILED', 'The file cannot be uploaded.', {}, [{ path: ['body', 'file'], code, message: code }]);

function NewDocument() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const { organisations } = useOrganisations();
  const states = useStateChoices();
  useDocumentTitle(t('documents.new.title'));
  // The organisations the uploader works for can hold the record.
  const owners = [...new Map((user?.memberships ?? []).map((m) => [m.organisationId, m])).values()];
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('state-restricted');
  const [stateCode, setStateCode] = useState(owners[0]?.stateCode ?? '');
  const [owner, setOwner] = useState(owners[0]?.organisationId ?? '');
  const [shared, setShared] = useState<string[]>([]);
  const [named, setNamed] = useState<NamedPerson[]>([]);
  const [language, setLanguage] = useState<string>(lang);
  const [metadata, setMetadata] = useState<MetadataDraft>(draftOf());
  const [uploaded, setUploaded] = useState<DocumentCreated | null>(null);

  const submit = useSubmit(
    async () => {
      if (!file) throw fileIssue('required');
      if (file.size > MAX_BYTES) throw fileIssue('too_large');
      if (!acceptedFile(file)) throw fileIssue('extension_not_allowed');
      const form = new FormData();
      // Fields before the file: the server reads them before it streams the content.
      form.append('title', title.trim());
      form.append('description', description.trim());
      form.append('confidentiality', confidentiality);
      if (stateCode) form.append('stateCode', stateCode);
      form.append('ownerOrganisationId', owner);
      if (language) form.append('language', language);
      for (const id of shared) form.append('sharedOrganisationIds', id);
      if (confidentiality === 'named-people' && user) {
        for (const id of new Set([user.id, ...named.map((p) => p.id)])) form.append('namedUserIds', id);
      }
      appendMetadata(form, metadata);
      form.append('file', file, file.name);
      return (await apiClient.request('POST', '/documents', { body: form })) as DocumentCreated;
    },
    (created) => {
      // A file already in the library: say where, and let the uploader go on to their record or to those.
      if (created.duplicates.length > 0) setUploaded(created);
      else navigate(href(lang, `/documents/${encodeURIComponent(created.data.id)}`, { created: '1' }));
    },
  );

  if (!user) return null;
  if (uploaded) {
    return (
      <>
        <h1 tabIndex={-1}>{t('documents.new.title')}</h1>
        <p role="status">{t('documents.document.created')}</p>
        <div className="panel warning" data-testid="duplicates">
          <p>{t('library.duplicates')}</p>
          <ul>
            {uploaded.duplicates.map((d) => (
              <li key={d.id}>
                <Link to={href(lang, `/documents/${encodeURIComponent(d.id)}`)}>
                  <span dir="auto">{d.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <p>
          <Link to={href(lang, `/documents/${encodeURIComponent(uploaded.data.id)}`)}>
            <span dir="auto">{uploaded.data.title}</span>
          </Link>
        </p>
      </>
    );
  }
  const fields = ['file', 'title', 'description', 'confidentiality', 'stateCode', 'ownerOrganisationId', 'language', ...METADATA_FIELDS];
  return (
    <>
      <p className="breadcrumb">
        <Link to={href(lang, '/documents')}>{t('documents.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('documents.new.title')}</h1>
      {owners.length === 0 ? <p className="error">{t('documents.new.noOrganisation')}</p> : null}
      <FormAlert error={submit.error} shownFields={fields} />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field label={t('documents.fields.file')} hint={t('documents.fields.fileHint')} issues={submit.issues('file')}>
          {(control) => (
            <input {...control} type="file" required accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          )}
        </Field>
        <TitleFields
          title={title}
          onTitleChange={setTitle}
          description={description}
          onDescriptionChange={setDescription}
          issues={submit.issues}
        />
        <ConfidentialityField value={confidentiality} onChange={setConfidentiality} issues={submit.issues('confidentiality')} />
        <StateField value={stateCode} onChange={setStateCode} states={states} issues={submit.issues('stateCode')} />
        <Field label={t('documents.fields.owner')} hint={t('documents.fields.ownerHint')} issues={submit.issues('ownerOrganisationId')}>
          {(control) => (
            <select {...control} required value={owner} onChange={(e) => setOwner(e.target.value)}>
              {owners.map((m) => (
                <option key={m.organisationId} value={m.organisationId}>
                  {m.organisationName}
                </option>
              ))}
            </select>
          )}
        </Field>
        {confidentiality === 'state-restricted' ? (
          <SharedOrganisationsField organisations={organisations} exclude={owner} value={shared} onChange={setShared} />
        ) : null}
        {confidentiality === 'named-people' ? (
          <NamedPeopleField self={{ id: user.id, label: user.displayName }} value={named} onChange={setNamed} />
        ) : null}
        <LanguageField value={language} onChange={setLanguage} issues={submit.issues('language')} />
        <MetadataFields value={metadata} onChange={setMetadata} issues={submit.issues} />
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('documents.new.submit')}</SubmitButton>
          <Link to={href(lang, '/documents')}>{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
