// One library record: what it is, who may read it, the file and its text, a law's provisions, saving it for offline
// reading; editing and deleting as the API allows.
import { useEffect, useRef, useState } from 'react';
import type { Confidentiality } from '#domain/accounts/types.ts';
import { documentsApi } from '#web/api.ts';
import type { DocumentDetail, DocumentView } from '#web/api-types.ts';
import { Loading, Name, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert, SaveOrCancel, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { ConfidentialityBadge, DateTime, FileSize } from '#web/features/accounts/labels.tsx';
import { useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { ConfidentialityField, LanguageField, StateField, TitleFields } from '#web/features/library/fields.tsx';
import {
  draftOf,
  ExtractedText,
  libraryApi,
  METADATA_FIELDS,
  metadataBody,
  MetadataFacts,
  MetadataFields,
  OfflineLink,
  Provisions,
} from '#web/features/library/records.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

export function DocumentPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [params] = useSearch();
  const [version, setVersion] = useState(0);
  const who = session.user?.id ?? 'anonymous';
  const doc = useApi(`document:${id}:${who}:${version}`, (signal) => libraryApi.record(id, signal));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [passage, setPassage] = useState('');
  const d = doc.data?.data;
  const abilities: Partial<DocumentDetail['abilities']> = doc.data?.abilities ?? {};
  useDocumentTitle(d?.title ?? t('documents.document.title'));

  if (doc.error && !d) {
    return (
      <>
        <h1 tabIndex={-1}>{t('documents.document.title')}</h1>
        <FormAlert error={doc.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <p>
          <Link to={href(lang, '/documents')}>{t('documents.back')}</Link>
        </p>
      </>
    );
  }
  if (!d) return <Loading />;
  return (
    <article className="document">
      <p className="breadcrumb">
        <Link to={href(lang, '/documents')}>{t('documents.back')}</Link>
      </p>
      <h1 tabIndex={-1}>
        <span dir="auto">{d.title}</span>
      </h1>
      <StatusMessage>
        {saved ? t('documents.document.saved') : params.get('created') ? t('documents.document.created') : null}
      </StatusMessage>
      {editing ? (
        <EditForm
          doc={d}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
            setVersion((v) => v + 1);
          }}
        />
      ) : (
        <Details doc={d} detail={doc.data} />
      )}
      {!editing ? (
        <div className="actions">
          <a className="button primary" href={documentsApi.contentUrl(d.id)} download={d.fileName}>
            {t('documents.document.download', { name: d.fileName })}
          </a>
          {abilities.update ? (
            <button
              type="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('documents.document.edit')}
            </button>
          ) : null}
        </div>
      ) : null}
      {!editing ? <OfflineLink doc={d} /> : null}
      {d.kind === 'national-legislation' && !editing ? <Provisions doc={d} passage={passage} /> : null}
      {!editing ? <ExtractedText text={doc.data?.extractedText ?? null} onSelect={setPassage} /> : null}
      {abilities.delete && !editing ? <DeleteDocument doc={d} /> : null}
    </article>
  );
}

function Details({ doc, detail }: { doc: DocumentView; detail?: DocumentDetail }) {
  const { t } = useI18n();
  const stateName = useStateName();
  return (
    <>
      {doc.description ? (
        <p className="lead" dir="auto">
          {doc.description}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('documents.fields.confidentiality')}</dt>
          <dd>
            <ConfidentialityBadge level={doc.confidentiality} />
          </dd>
        </div>
        <div>
          <dt>{t('documents.fields.state')}</dt>
          <dd>{doc.stateCode ? stateName(doc.stateCode) : t('documents.fields.noState')}</dd>
        </div>
        <div>
          <dt>{t('documents.fields.owner')}</dt>
          <dd>
            <Name text={doc.ownerOrganisationNames} fallback={doc.ownerOrganisationName} />
          </dd>
        </div>
        <MetadataFacts doc={doc} detail={detail} />
        <div>
          <dt>{t('documents.fields.file')}</dt>
          <dd>
            <span dir="ltr">{doc.fileName}</span> (<FileSize bytes={doc.sizeBytes} />)
          </dd>
        </div>
        <div>
          <dt>{t('documents.document.uploaded')}</dt>
          <dd>
            <DateTime iso={doc.createdAt} />
          </dd>
        </div>
        <div>
          <dt>{t('documents.columns.updated')}</dt>
          <dd>
            <DateTime iso={doc.updatedAt} />
          </dd>
        </div>
      </dl>
    </>
  );
}

function EditForm({ doc, onCancel, onSaved }: { doc: DocumentView; onCancel: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const states = useStateChoices();
  const [title, setTitle] = useState(doc.title);
  const [description, setDescription] = useState(doc.description);
  const [confidentiality, setConfidentiality] = useState<Confidentiality>(doc.confidentiality);
  const [stateCode, setStateCode] = useState(doc.stateCode ?? '');
  const [language, setLanguage] = useState(doc.language ?? '');
  const [metadata, setMetadata] = useState(draftOf(doc));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = useSubmit(async () => {
    await documentsApi.update(doc.id, {
      title: title.trim(),
      description: description.trim(),
      confidentiality,
      stateCode: stateCode || null,
      language: language || null,
      ...metadataBody(metadata),
    });
    return true;
  }, onSaved);
  return (
    <section aria-labelledby="edit-heading" className="panel">
      <h2 id="edit-heading" tabIndex={-1} ref={heading}>
        {t('documents.document.edit')}
      </h2>
      <FormAlert error={submit.error} shownFields={['title', 'description', 'confidentiality', 'stateCode', 'language', ...METADATA_FIELDS]} />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <TitleFields
          title={title}
          onTitleChange={setTitle}
          description={description}
          onDescriptionChange={setDescription}
          issues={submit.issues}
        />
        <ConfidentialityField value={confidentiality} onChange={setConfidentiality} issues={submit.issues('confidentiality')} />
        <StateField value={stateCode} onChange={setStateCode} states={states} issues={submit.issues('stateCode')} />
        <LanguageField value={language} onChange={setLanguage} issues={submit.issues('language')} />
        <MetadataFields value={metadata} onChange={setMetadata} issues={submit.issues} />
        <SaveOrCancel pending={submit.pending} onCancel={onCancel} />
      </form>
    </section>
  );
}

function DeleteDocument({ doc }: { doc: DocumentView }) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const submit = useSubmit(
    async () => {
      await documentsApi.remove(doc.id);
      return true;
    },
    () => navigate(href(lang, '/documents', { deleted: '1' })),
  );
  if (!confirming) {
    return (
      <p>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('documents.document.delete')}
        </button>
      </p>
    );
  }
  return (
    <div className="panel danger-zone" tabIndex={-1} ref={confirmRef} role="group" aria-labelledby="delete-question">
      <p id="delete-question">{t('documents.document.deleteConfirm', { title: doc.title })}</p>
      <FormAlert error={submit.error} />
      <form onSubmit={submit.onSubmit} className="actions">
        <SubmitButton pending={submit.pending}>{t('documents.document.deleteYes')}</SubmitButton>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </form>
    </div>
  );
}
