// For the requesting authority: who sees the request (the content shown to the requested authority or not; people of
// the requesting State's authorities named on it), its attachments, the documents, and a duplicate for another
// requested State. Each part shows only what `abilities` allows; every change reloads the record.
import { useState } from 'react';
import { TEMPLATE_LANGUAGES } from '#domain/cooperation/requests.ts';
import { ALLOWED_EXTENSIONS } from '#domain/library/file-types.ts';
import { ApiError } from '#web/api.ts';
import { FormAlert, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { useStateChoices } from '#web/features/accounts/reference.tsx';
import { CheckboxGroup, LabelledField } from '#web/features/assistance/requests-ui.tsx';
import { cooperationRequestsApi, type CooperationRequestDetail } from '#web/features/cooperation/cooperation-requests-api.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, navigate } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const LANGUAGES: ReadonlySet<string> = new Set(TEMPLATE_LANGUAGES);
/** The file chooser offers the types a document may be; the server checks the bytes whatever is chosen. */
const ACCEPT = ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',');

export function RequestSharing({ request: r, onChanged }: { request: CooperationRequestDetail; onChanged: (notice: string) => void }) {
  return (
    <>
      {r.abilities.share ? <ContentShared request={r} onChanged={onChanged} /> : null}
      {r.abilities.share ? <PeopleNamed request={r} onChanged={onChanged} /> : null}
      <Attachments request={r} onChanged={onChanged} />
      {r.abilities.document ? <Documents request={r} /> : null}
      {r.abilities.duplicate ? <Duplicate request={r} /> : null}
    </>
  );
}

/** The one switch that shows what the request says to the requested authority (PATCH `contentShared`). */
function ContentShared({ request: r, onChanged }: { request: CooperationRequestDetail; onChanged: (notice: string) => void }) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const change = (shared: boolean) => {
    setPending(true);
    setError(null);
    cooperationRequestsApi.setContentShared(r.id, shared, r.version).then(
      () => {
        setPending(false);
        onChanged(t(shared ? 'requestTracking.sharing.sharedOn' : 'requestTracking.sharing.sharedOff'));
      },
      (err: unknown) => {
        setPending(false);
        setError(err);
      },
    );
  };
  return (
    <section aria-labelledby="request-content-shared" className="request-sharing">
      <h2 id="request-content-shared">{t('requestTracking.sharing.heading')}</h2>
      <FormAlert error={error} messages={{ PRECONDITION_FAILED: t('requestTracking.actions.stale') }} />
      <p className="checkbox-field">
        <input
          type="checkbox"
          id="content-shared"
          checked={r.contentShared}
          disabled={pending}
          aria-describedby="content-shared-hint"
          onChange={(e) => change(e.target.checked)}
        />{' '}
        <label htmlFor="content-shared">{t('requestTracking.sharing.contentShared')}</label>
      </p>
      <p id="content-shared-hint" className="hint">
        {t(r.contentShared ? 'requestTracking.sharing.sharedOn' : 'requestTracking.sharing.sharedOff')}
      </p>
    </section>
  );
}

/** People outside the requesting authority who may work on the request, by name (PUT shares). */
function PeopleNamed({ request: r, onChanged }: { request: CooperationRequestDetail; onChanged: (notice: string) => void }) {
  const { t } = useI18n();
  const candidates = useApi(`cooperation-share-candidates:${r.id}`, (signal) => cooperationRequestsApi.shareCandidates(r.id, signal));
  const [chosen, setChosen] = useState<string[]>(r.sharedWith.map((p) => p.id));
  const submit = useSubmit(
    () => cooperationRequestsApi.setShares(r.id, chosen, r.version),
    () => onChanged(t('requestTracking.sharing.peopleSaved')),
  );
  // Those already named stay listed even when no longer a candidate, so they can be taken off.
  const people = [...(candidates.data?.data ?? [])];
  for (const p of r.sharedWith) if (!people.some((c) => c.id === p.id)) people.push(p);
  return (
    <section aria-labelledby="request-people" className="request-sharing">
      <h2 id="request-people">{t('requestTracking.sharing.people')}</h2>
      <FormAlert error={submit.error ?? candidates.error} shownFields={['userIds']} messages={{ PRECONDITION_FAILED: t('requestTracking.actions.stale') }} />
      {people.length === 0 && candidates.data ? (
        <p className="muted">{t('requestTracking.sharing.noCandidates')}</p>
      ) : (
        <form onSubmit={submit.onSubmit} className="stack" noValidate>
          <CheckboxGroup
            id="request-people-choice"
            legend={t('requestTracking.sharing.peopleLegend')}
            hint={t('requestTracking.sharing.peopleHint')}
            issues={submit.issues('userIds')}
            choices={people.map((p) => ({ value: p.id, label: <bdi>{p.name}</bdi> }))}
            value={chosen}
            onChange={(id, checked) => setChosen((c) => (checked ? [...c, id] : c.filter((x) => x !== id)))}
          />
          <div className="actions">
            <SubmitButton pending={submit.pending}>{t('requestTracking.sharing.savePeople')}</SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}

function Attachments({ request: r, onChanged }: { request: CooperationRequestDetail; onChanged: (notice: string) => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [removeError, setRemoveError] = useState<unknown>(null);
  const upload = useSubmit(
    async () => {
      if (!file) throw new ApiError(400, 'VALIDATION_FAILED', 'No file.', {}, [{ path: ['body', 'file'], message: 'required', code: 'required' }]);
      return cooperationRequestsApi.attach(r.id, file, title.trim() || file.name);
    },
    () => {
      setFile(null);
      setTitle('');
      onChanged(t('requestTracking.attachments.uploaded'));
    },
  );
  const remove = (documentId: string, name: string) => {
    setRemoveError(null);
    cooperationRequestsApi.detach(r.id, documentId).then(() => onChanged(t('requestTracking.attachments.removed', { title: name })), setRemoveError);
  };
  return (
    <section aria-labelledby="request-attachments">
      <h2 id="request-attachments">{t('requestTracking.attachments.heading')}</h2>
      <FormAlert error={removeError} />
      {r.attachments.length === 0 ? (
        <p className="muted">{t('requestTracking.attachments.none')}</p>
      ) : (
        <ul className="attachments">
          {r.attachments.map((a) => (
            <li key={a.id}>
              <a href={cooperationRequestsApi.attachmentUrl(a.id)} download={a.fileName ?? undefined}>
                <span dir="auto">{a.title}</span>
                {a.fileName ? (
                  <>
                    {' '}
                    (<span dir="ltr">{a.fileName}</span>)
                  </>
                ) : null}
              </a>
              {r.abilities.edit ? (
                <>
                  {' '}
                  <button type="button" onClick={() => remove(a.id, a.title)}>
                    {t('requestTracking.attachments.remove', { title: a.title })}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {r.abilities.edit ? (
        <>
          <FormAlert error={upload.error} shownFields={['file', 'title']} />
          <form onSubmit={upload.onSubmit} className="stack" noValidate>
            <LabelledField id="attachment-file" label={t('requestTracking.attachments.file')} hint={t('requestTracking.attachments.fileHint')} issues={upload.issues('file')}>
              {(control) => <input {...control} type="file" required accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
            </LabelledField>
            <LabelledField id="attachment-title" label={t('requestTracking.attachments.title')} hint={t('requestTracking.attachments.titleHint')} issues={upload.issues('title')}>
              {(control) => <input {...control} maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" />}
            </LabelledField>
            <div className="actions">
              <SubmitButton pending={upload.pending}>{t('requestTracking.attachments.upload')}</SubmitButton>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}

/** The request as a Word document in the languages the requested authority accepts, and as a printable page. */
function Documents({ request: r }: { request: CooperationRequestDetail }) {
  const { t } = useI18n();
  // The directory may list languages beyond the six; those are shown by their code.
  const languageName = (code: string) => (LANGUAGES.has(code) ? t(`languageName.${code}` as MessageKey) : code);
  const chosen = r.content?.requested.language || undefined;
  return (
    <section aria-labelledby="request-documents">
      <h2 id="request-documents">{t('requestTracking.documents.heading')}</h2>
      <ul className="plain">
        <li>
          <a href={cooperationRequestsApi.documentUrl(r.id, chosen)} download>
            {t('requestTracking.documents.docx')}
          </a>
          {chosen ? <span className="muted"> ({languageName(chosen)})</span> : null}
        </li>
        <li>
          <a href={cooperationRequestsApi.printUrl(r.id, chosen)} target="_blank" rel="noopener">
            {t('requestTracking.documents.print')}
          </a>
        </li>
      </ul>
      <p className="hint">
        {r.acceptedLanguages === null
          ? t('requestTracking.documents.languagesUnknown')
          : t('requestTracking.documents.languagesAccepted', { languages: r.acceptedLanguages.map(languageName).join(t('common.separator')) })}
      </p>
    </section>
  );
}

/** A new draft with the same content for another requested State; its page opens on the new draft. */
function Duplicate({ request: r }: { request: CooperationRequestDetail }) {
  const { t, lang } = useI18n();
  const states = useStateChoices().filter((s) => s.value !== r.requestedState.code && s.value !== r.requestingState.code);
  const [state, setState] = useState('');
  const submit = useSubmit(
    async () => (await cooperationRequestsApi.duplicate(r.id, state)).data,
    (copy) => navigate(href(lang, `/cooperation/requests/${encodeURIComponent(copy.id)}/edit`)),
  );
  return (
    <section aria-labelledby="request-duplicate">
      <h2 id="request-duplicate">{t('requestTracking.duplicate.heading')}</h2>
      <p className="hint">{t('requestTracking.duplicate.hint')}</p>
      <FormAlert error={submit.error} shownFields={['requestedStateCode']} />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <LabelledField id="duplicate-state" label={t('requestTracking.duplicate.state')} issues={submit.issues('requestedStateCode')}>
          {(control) => (
            <select {...control} required value={state} onChange={(e) => setState(e.target.value)}>
              <option value="">{t('common.choose')}</option>
              {states.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('requestTracking.duplicate.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
