// The request wizard (`/{lang}/requests/new`, resumed at `/{lang}/requests/{id}/edit`): a focal point asks for their
// State, or an officer records a note verbale on a State's behalf. The step is in the address (?step=), every step
// saves the draft on the server (POST the first time, PATCH after), and an issue the API reports is shown on the
// step holding its field, with a summary linking to it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MANDATES, MODALITIES, THEMES, UN_LANGUAGES, URGENCY_LEVELS } from '#domain/assistance/themes.ts';
import { api, ApiError, documentsApi, type ApiIssue } from '#web/api.ts';
import type { AssistanceRequestDetail } from '#web/api-types.ts';
import { Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert, issueField as formIssueField, issueMessage, StatusMessage, SubmitButton } from '#web/components/forms.tsx';
import { useOrganisations, useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { ACCEPT, acceptedFile, MAX_BYTES } from '#web/features/library/fields.tsx';
import { requestsApi } from '#web/features/assistance/requests-api.ts';
import { CheckboxGroup, ErrorSummary, LabelledField, useRequestWords } from '#web/features/assistance/requests-ui.tsx';
import {
  draftFromRequest,
  emptyDraft,
  firstStepWithIssues,
  inputFromDraft,
  isWizardStep,
  nextStep,
  changedFields,
  previousStep,
  requesterOptions,
  stepIssues,
  stepOfField,
  toggle,
  WIZARD_STEPS,
  wizardIssueField,
  type DraftField,
  type RequestDraft,
  type WizardStep,
} from '#web/features/assistance/requests-wizard.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

export function RequestNewPage() {
  return (
    <SignedIn>
      <Wizard existing={null} />
    </SignedIn>
  );
}

export function RequestEditPage({ id }: { id: string }) {
  return (
    <SignedIn>
      <ResumeDraft id={id} />
    </SignedIn>
  );
}

function ResumeDraft({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const request = useApi(`request:${id}:${session.user?.id ?? ''}`, (signal) => requestsApi.get(id, signal));
  useDocumentTitle(t('requests.wizard.editTitle', { reference: request.data?.data.reference ?? '' }));
  if (request.error) {
    return (
      <>
        <h1 tabIndex={-1}>{t('requests.request.title')}</h1>
        <FormAlert error={request.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <p>
          <Link to={href(lang, '/requests')}>{t('requests.back')}</Link>
        </p>
      </>
    );
  }
  if (!request.data) return <Loading />;
  const r = request.data.data;
  if (r.status !== 'draft' || request.data.abilities.update === false) {
    return (
      <>
        <h1 tabIndex={-1}>
          <span dir="ltr">{r.reference}</span>
        </h1>
        <p>{r.status === 'draft' ? t('requests.wizard.mayNotEdit') : t('requests.wizard.notDraft')}</p>
        <p>
          <Link to={href(lang, `/requests/${encodeURIComponent(r.id)}`)}>{t('requests.wizard.openRequest')}</Link>
        </p>
      </>
    );
  }
  return <Wizard existing={r} />;
}

const STEP_LABEL: Record<WizardStep, MessageKey> = {
  what: 'requests.wizard.steps.what',
  needs: 'requests.wizard.steps.needs',
  how: 'requests.wizard.steps.how',
  attachments: 'requests.wizard.steps.attachments',
  review: 'requests.wizard.steps.review',
};

const FIELD_LABEL: Record<DraftField, MessageKey> = {
  recordedOnBehalf: 'requests.fields.onBehalf',
  stateCode: 'requests.fields.state',
  requestingOrganisationId: 'requests.fields.requestingAuthority',
  requestingAuthorityName: 'requests.fields.authorityName',
  addressedToOrganisationId: 'requests.fields.addressedTo',
  title: 'requests.fields.title',
  themes: 'requests.fields.themes',
  instrumentIds: 'requests.fields.instruments',
  mandates: 'requests.fields.mandates',
  needs: 'requests.fields.needs',
  priorities: 'requests.fields.priorities',
  modality: 'requests.fields.modality',
  languages: 'requests.fields.languages',
  urgency: 'requests.fields.urgency',
  attachmentDocumentIds: 'requests.fields.attachments',
  noteVerbaleDocumentId: 'requests.fields.noteVerbale',
};

/** Whether the wizard shows this issue's field on one of its steps. */
const isWizardField = (i: ApiIssue) => stepOfField(wizardIssueField(i)) !== 'review';

/** The id of a field's control (or group), which the error summary links to. */
const fieldId = (field: string) => `request-${field.split('.')[0] ?? field}`;

function Wizard({ existing }: { existing: AssistanceRequestDetail | null }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [params, setParams] = useSearch();
  const options = requesterOptions(session.user?.memberships ?? []);
  const mayAsk = options.focalPoints.length > 0;
  const mayRecord = options.officerOf.length > 0;
  const onBehalf = existing ? existing.recordedOnBehalf : mayRecord && (params.get('onBehalf') === '1' || !mayAsk);
  const [draft, setDraft] = useState<RequestDraft>(() => (existing ? draftFromRequest(existing) : emptyDraft(options, onBehalf)));
  // The draft as the server last had it: saves send only what differs from it (ADR 19).
  const [loaded, setLoaded] = useState<RequestDraft>(draft);
  const requestId = existing?.id ?? null;
  const wanted = params.get('step');
  // Without a draft on the server, only the first step exists.
  const step: WizardStep = requestId && isWizardStep(wanted) ? wanted : 'what';
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const title = existing
    ? t('requests.wizard.editTitle', { reference: existing.reference })
    : onBehalf
      ? t('requests.wizard.newTitleOnBehalf')
      : t('requests.wizard.newTitle');
  useDocumentTitle(`${t(STEP_LABEL[step])} — ${title}`);

  // A new step: focus its heading, as a page change focuses the page's; unless the reader was sent there by errors,
  // whose summary (which takes focus itself) comes first.
  const summaryShown = issues.some((i) => stepOfField(wizardIssueField(i)) === step);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!summaryShown) stepHeading.current?.focus();
  }, [step]);

  // A draft created in another language or before a switch keeps its place; a change clears the "saved" notice.
  const update = <K extends DraftField>(field: K, value: RequestDraft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [field]: value }));
  };

  if (!existing && !mayAsk && !mayRecord) {
    return (
      <>
        <h1 tabIndex={-1}>{t('requests.wizard.newTitle')}</h1>
        <p className="error">{t('requests.wizard.noRole')}</p>
        <p>
          <Link to={href(lang, '/requests')}>{t('requests.back')}</Link>
        </p>
      </>
    );
  }

  const goTo = (target: WizardStep, id = requestId) => {
    if (!id) return;
    const path = href(lang, `/requests/${encodeURIComponent(id)}/edit`, { step: target === 'what' ? null : target });
    if (existing) setParams({ step: target === 'what' ? null : target, saved: null }, { keepScroll: false });
    else navigate(path);
  };

  /** Shows the API's refusal: field issues on their step (moving there), anything else at the top. */
  const showFailure = (e: unknown) => {
    const fieldIssues = e instanceof ApiError ? e.issues.filter(isWizardField) : [];
    if (e instanceof ApiError && e.code === 'VALIDATION_FAILED' && fieldIssues.length) {
      setIssues(fieldIssues);
      setError(fieldIssues.length < e.issues.length ? e : undefined);
      setAttempt((n) => n + 1);
      const first = firstStepWithIssues(fieldIssues.map(wizardIssueField));
      if (first && first !== step) {
        // Before the draft exists only its first step can be shown: say so at the top instead.
        if (requestId) goTo(first);
        else setError(e);
      }
    } else {
      setIssues([]);
      setError(e);
      setAttempt((n) => n + 1);
    }
  };

  /** Saves the step (creating the draft the first time), then goes to `target` (or stays, saying it is saved). */
  const save = async (target: WizardStep | null, validate: boolean) => {
    if (pending) return;
    const missing = validate || !requestId ? stepIssues(requestId ? step : 'what', draft) : [];
    if (missing.length) {
      setIssues(missing);
      setError(undefined);
      setAttempt((n) => n + 1);
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      let id = requestId;
      if (!id) {
        id = (await requestsApi.create(inputFromDraft(draft))).data.id;
        setLoaded(draft);
      } else {
        const patch = changedFields(loaded, draft, step);
        if (Object.keys(patch).length) setLoaded(draftFromRequest((await requestsApi.update(id, patch)).data));
      }
      setIssues([]);
      setPending(false);
      if (target) goTo(target, id);
      else if (!requestId) navigate(href(lang, `/requests/${encodeURIComponent(id)}/edit`, { saved: '1' }));
      else setSaved(true);
    } catch (e) {
      setPending(false);
      showFailure(e);
    }
  };

  const submit = async () => {
    if (pending || !requestId) return;
    const missing = stepIssues('review', draft);
    if (missing.length) {
      setIssues(missing);
      setAttempt((n) => n + 1);
      const first = firstStepWithIssues(missing.map(wizardIssueField));
      if (first) goTo(first);
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      // The steps the reader changed and left through the step links are saved here, so what they reviewed is sent.
      const patch = changedFields(loaded, draft);
      if (Object.keys(patch).length) await requestsApi.update(requestId, patch);
      await requestsApi.transition(requestId, { event: 'submit' });
      navigate(href(lang, `/requests/${encodeURIComponent(requestId)}`, { submitted: '1' }));
    } catch (e) {
      setPending(false);
      showFailure(e);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (step === 'review') void submit();
    else void save(nextStep(step), true);
  };

  const stepIssuesShown = issues.filter((i) => stepOfField(wizardIssueField(i)) === step);
  const issuesOf = (field: DraftField) => stepIssuesShown.filter((i) => wizardIssueField(i).split('.')[0] === field);
  const index = WIZARD_STEPS.indexOf(step);
  const labelOf = (field: string) => {
    const f = field.split('.')[0] as DraftField;
    return f in FIELD_LABEL ? t(FIELD_LABEL[f]) : field;
  };

  return (
    <div className="request-wizard">
      <p className="breadcrumb">
        <Link to={href(lang, '/requests')}>{t('requests.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      <nav aria-label={t('requests.wizard.steps.label')} className="wizard-steps">
        <ol>
          {WIZARD_STEPS.map((s, i) => {
            const current = s === step;
            const text = (
              <>
                <span className="wizard-step-number" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {t(STEP_LABEL[s])}
                {i < index ? <span className="visually-hidden"> {t('requests.wizard.stepDone')}</span> : null}
              </>
            );
            return (
              <li key={s} className={current ? 'current' : i < index ? 'done' : undefined}>
                {requestId && !current ? (
                  <Link to={href(lang, `/requests/${encodeURIComponent(requestId)}/edit`, { step: s === 'what' ? null : s })}>
                    {text}
                  </Link>
                ) : (
                  <span aria-current={current ? 'step' : undefined}>{text}</span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      <h2 tabIndex={-1} ref={stepHeading} className="wizard-step-heading">
        {t('requests.wizard.stepOf', { n: index + 1, total: WIZARD_STEPS.length, name: t(STEP_LABEL[step]) })}
      </h2>
      <StatusMessage>{saved || params.get('saved') ? t('requests.wizard.saved') : null}</StatusMessage>
      <ErrorSummary issues={stepIssuesShown} fieldLabel={labelOf} fieldId={fieldId} fieldOf={wizardIssueField} token={attempt} />
      <FormAlert
        error={error}
        shownFields={error instanceof ApiError ? error.issues.filter(isWizardField).map(formIssueField) : []}
        focus={stepIssuesShown.length === 0}
      />
      <form onSubmit={onSubmit} className="stack" noValidate>
        {step === 'what' ? (
          <WhatStep draft={draft} update={update} issuesOf={issuesOf} existing={existing} onBehalf={onBehalf} requestId={requestId} />
        ) : null}
        {step === 'needs' ? <NeedsStep draft={draft} update={update} issuesOf={issuesOf} /> : null}
        {step === 'how' ? <HowStep draft={draft} update={update} issuesOf={issuesOf} /> : null}
        {step === 'attachments' && requestId ? (
          <AttachmentsStep requestId={requestId} draft={draft} update={update} issuesOf={issuesOf} />
        ) : null}
        {step === 'review' && requestId ? <ReviewStep draft={draft} requestId={requestId} /> : null}
        {step === 'review' ? <p className="hint">{t('requests.wizard.submitHint')}</p> : null}
        <div className="actions wizard-actions">
          {previousStep(step) ? (
            <button type="button" onClick={() => void save(previousStep(step), false)} aria-disabled={pending || undefined}>
              {t('requests.wizard.previous')}
            </button>
          ) : null}
          <SubmitButton pending={pending}>
            {step === 'review' ? t('requests.wizard.submit') : t('requests.wizard.saveAndContinue')}
          </SubmitButton>
          {step !== 'review' ? (
            <button type="button" onClick={() => void save(null, false)} aria-disabled={pending || undefined}>
              {t('requests.wizard.saveDraft')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}

interface StepProps {
  draft: RequestDraft;
  update: <K extends DraftField>(field: K, value: RequestDraft[K]) => void;
  issuesOf: (field: DraftField) => ApiIssue[];
}

function WhatStep({
  draft,
  update,
  issuesOf,
  existing,
  onBehalf,
  requestId,
}: StepProps & { existing: AssistanceRequestDetail | null; onBehalf: boolean; requestId: string | null }) {
  const { t, localize } = useI18n();
  const session = useSession();
  const words = useRequestWords();
  const options = requesterOptions(session.user?.memberships ?? []);
  const states = useStateChoices();
  const stateName = useStateName();
  const { organisations } = useOrganisations();
  const instruments = useApi('instruments', (signal) => api.instruments(signal));
  const entities = organisations.filter((o) => (o.kind === 'un-entity' || o.kind === 'regional-organisation') && !o.archived);
  const ownEntities = options.officerOf;
  const instrumentChoices = [...(instruments.data?.data ?? [])]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((i) => {
      const name = localize(i.shortNames, i.id);
      return { value: i.id, label: <span lang={name.lang}>{name.text}</span> };
    });
  const stateFixed = existing !== null;

  return (
    <>
      {onBehalf ? <p className="notice">{t('requests.fields.onBehalfHint')}</p> : null}
      {/* The requesting State: chosen by an officer recording a note verbale, a focal point's own otherwise. */}
      {stateFixed || (!onBehalf && options.focalPoints.length === 1) ? (
        <div className="field">
          <span className="label">{t('requests.fields.state')}</span>
          <p className="readonly-value">{stateName(draft.stateCode)}</p>
        </div>
      ) : (
        <LabelledField id={fieldId('stateCode')} label={t('requests.fields.state')} issues={issuesOf('stateCode')}>
          {(control) => (
            <select
              {...control}
              required
              value={draft.stateCode}
              onChange={(e) => {
                update('stateCode', e.target.value);
                if (!onBehalf) {
                  const focal = options.focalPoints.find((f) => f.stateCode === e.target.value);
                  update('requestingOrganisationId', focal?.organisationId ?? '');
                }
              }}
            >
              <option value="">{t('common.choose')}</option>
              {(onBehalf ? states : states.filter((s) => options.focalPoints.some((f) => f.stateCode === s.value))).map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
      )}
      {onBehalf ? (
        <LabelledField
          id={fieldId('requestingAuthorityName')}
          label={t('requests.fields.authorityName')}
          hint={t('requests.fields.authorityNameHint')}
          issues={[...issuesOf('requestingAuthorityName'), ...issuesOf('requestingOrganisationId')]}
        >
          {(control) => (
            <input
              {...control}
              required
              value={draft.requestingAuthorityName}
              onChange={(e) => update('requestingAuthorityName', e.target.value)}
              dir="auto"
            />
          )}
        </LabelledField>
      ) : null}
      {onBehalf && ownEntities.length === 1 ? (
        <div className="field">
          <span className="label">{t('requests.fields.addressedTo')}</span>
          <p className="readonly-value">{ownEntities[0]!.organisationName}</p>
        </div>
      ) : (
        <LabelledField
          id={fieldId('addressedToOrganisationId')}
          label={t('requests.fields.addressedTo')}
          hint={onBehalf ? undefined : t('requests.fields.addressedToHint')}
          issues={issuesOf('addressedToOrganisationId')}
        >
          {(control) => (
            <select
              {...control}
              required
              value={draft.addressedToOrganisationId}
              onChange={(e) => update('addressedToOrganisationId', e.target.value)}
            >
              <option value="">{t('common.choose')}</option>
              {onBehalf
                ? ownEntities.map((o) => (
                    <option key={o.organisationId} value={o.organisationId}>
                      {o.organisationName}
                    </option>
                  ))
                : entities.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name}
                    </option>
                  ))}
            </select>
          )}
        </LabelledField>
      )}
      {onBehalf ? <NoteVerbaleField requestId={requestId} draft={draft} update={update} issuesOf={issuesOf} /> : null}
      <LabelledField
        id={fieldId('title')}
        label={t('requests.fields.title')}
        hint={t('requests.fields.titleHint')}
        issues={issuesOf('title')}
      >
        {(control) => (
          <input {...control} required value={draft.title} onChange={(e) => update('title', e.target.value)} dir="auto" />
        )}
      </LabelledField>
      <CheckboxGroup
        id={fieldId('themes')}
        legend={t('requests.fields.themes')}
        hint={t('requests.fields.themesHint')}
        issues={issuesOf('themes')}
        choices={THEMES.map((th) => ({ value: th, label: words.theme(th) }))}
        value={draft.themes}
        onChange={(v, on) => update('themes', toggle(draft.themes, v, on, THEMES))}
      />
      <CheckboxGroup
        id={fieldId('instrumentIds')}
        legend={t('requests.fields.instruments')}
        hint={t('requests.fields.instrumentsHint')}
        issues={issuesOf('instrumentIds')}
        choices={instrumentChoices}
        value={draft.instrumentIds}
        onChange={(v, on) =>
          update(
            'instrumentIds',
            toggle(draft.instrumentIds, v, on, instrumentChoices.map((c) => c.value)),
          )
        }
        scroll
      />
      <CheckboxGroup
        id={fieldId('mandates')}
        legend={t('requests.fields.mandates')}
        hint={t('requests.fields.mandatesHint')}
        issues={issuesOf('mandates')}
        choices={MANDATES.map((m) => ({ value: m.id, label: words.mandate(m.id), hint: words.mandateDescription(m.id) }))}
        value={draft.mandates}
        onChange={(v, on) => update('mandates', toggle(draft.mandates, v, on, MANDATES.map((m) => m.id)))}
        scroll
      />
    </>
  );
}

function NeedsStep({ draft, update, issuesOf }: StepProps) {
  const { t } = useI18n();
  return (
    <>
      <LabelledField id={fieldId('needs')} label={t('requests.fields.needs')} hint={t('requests.fields.needsHint')} issues={issuesOf('needs')}>
        {(control) => (
          <textarea {...control} required rows={8} value={draft.needs} onChange={(e) => update('needs', e.target.value)} dir="auto" />
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('priorities')}
        label={t('requests.fields.priorities')}
        hint={t('requests.fields.prioritiesHint')}
        issues={issuesOf('priorities')}
      >
        {(control) => (
          <textarea {...control} rows={5} value={draft.priorities} onChange={(e) => update('priorities', e.target.value)} dir="auto" />
        )}
      </LabelledField>
    </>
  );
}

function RadioGroup({
  id,
  legend,
  issues,
  choices,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  issues: ApiIssue[];
  choices: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={issues.length ? `${id}-error` : undefined} className={issues.length ? 'field-invalid' : undefined}>
      <legend>{legend}</legend>
      {issues.length ? (
        <ul id={`${id}-error`} className="field-error">
          {issues.map((i, n) => (
            <li key={n}>
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {t('issues.required')}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="radios">
        {choices.map((c) => (
          <li key={c.value}>
            <input
              type="radio"
              id={`${id}-${c.value}`}
              name={id}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
            />
            <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function HowStep({ draft, update, issuesOf }: StepProps) {
  const { t } = useI18n();
  const words = useRequestWords();
  return (
    <>
      <RadioGroup
        id={fieldId('modality')}
        legend={t('requests.fields.modality')}
        issues={issuesOf('modality')}
        choices={MODALITIES.map((m) => ({ value: m, label: words.modality(m) }))}
        value={draft.modality}
        onChange={(v) => update('modality', v)}
      />
      <CheckboxGroup
        id={fieldId('languages')}
        legend={t('requests.fields.languages')}
        hint={t('requests.fields.languagesHint')}
        issues={issuesOf('languages')}
        choices={UN_LANGUAGES.map((l) => ({ value: l, label: words.language(l) }))}
        value={draft.languages}
        onChange={(v, on) => update('languages', toggle(draft.languages, v, on, UN_LANGUAGES))}
      />
      <RadioGroup
        id={fieldId('urgency')}
        legend={t('requests.fields.urgency')}
        issues={issuesOf('urgency')}
        choices={URGENCY_LEVELS.map((u) => ({ value: u, label: words.urgency(u) }))}
        value={draft.urgency}
        onChange={(v) => update('urgency', v)}
      />
    </>
  );
}

/** A document attached: its title, linked to its download (the reader may read it: they attached it or hold it). */
function AttachmentName({ id }: { id: string }) {
  const { t } = useI18n();
  const doc = useApi(`document:${id}`, (signal) => documentsApi.get(id, signal));
  if (!doc.data) return <span className="muted">{doc.error ? t('requests.fields.attachmentUnavailable') : t('common.loading')}</span>;
  return (
    <a href={documentsApi.contentUrl(id)} download={doc.data.data.fileName}>
      <span dir="auto">{doc.data.data.title}</span> (<span dir="ltr">{doc.data.data.fileName}</span>)
    </a>
  );
}

function fileProblem(file: File | null): ApiIssue | null {
  if (!file) return { path: ['body', 'file'], message: 'required', code: 'required' };
  if (file.size > MAX_BYTES) return { path: ['body', 'file'], message: 'too_large', code: 'too_large' };
  if (!acceptedFile(file)) return { path: ['body', 'file'], message: 'extension_not_allowed', code: 'extension_not_allowed' };
  return null;
}

/**
 * Uploads one file through the documents API, restricted to the State and the entities assisting it: held by the
 * uploader's organisation (the authority, or the officer's entity), shared with the addressed entity.
 */
function Uploader({
  id,
  label,
  hint,
  draft,
  onUploaded,
}: {
  id: string;
  label: string;
  hint: string;
  draft: RequestDraft;
  onUploaded: (documentId: string, name: string) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const owner = draft.recordedOnBehalf
    ? draft.addressedToOrganisationId
    : draft.requestingOrganisationId ||
      session.user?.memberships.find((m) => m.role === 'focal-point' && m.stateCode === draft.stateCode)?.organisationId ||
      '';
  const issues = problem instanceof ApiError ? problem.issues.filter((i) => wizardIssueField(i) === 'file') : [];

  const upload = async () => {
    if (pending) return;
    const bad = fileProblem(file);
    if (bad) {
      setProblem(new ApiError(400, 'VALIDATION_FAILED', 'The file cannot be attached.', {}, [bad]));
      input.current?.focus();
      return;
    }
    setPending(true);
    setProblem(undefined);
    setDone(null);
    try {
      const form = new FormData();
      form.append('title', file!.name);
      form.append('description', '');
      form.append('confidentiality', 'state-restricted');
      form.append('stateCode', draft.stateCode);
      form.append('ownerOrganisationId', owner);
      form.append('language', lang);
      if (draft.addressedToOrganisationId && draft.addressedToOrganisationId !== owner) {
        form.append('sharedOrganisationIds', draft.addressedToOrganisationId);
      }
      form.append('file', file!, file!.name);
      const doc = (await documentsApi.upload(form)).data;
      await onUploaded(doc.id, file!.name);
      setDone(file!.name);
      setFile(null);
      if (input.current) input.current.value = '';
    } catch (e) {
      setProblem(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="uploader">
      <LabelledField id={id} label={label} hint={hint} issues={issues}>
        {(control) => <input {...control} ref={input} type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </LabelledField>
      {problem && !issues.length ? <FormAlert error={problem} /> : null}
      <p>
        <button type="button" onClick={() => void upload()} aria-disabled={pending || undefined}>
          {pending ? t('requests.fields.uploading') : t('requests.fields.upload')}
        </button>
      </p>
      <StatusMessage>{done ? t('requests.fields.attached', { name: done }) : null}</StatusMessage>
    </div>
  );
}

/**
 * The note verbale of a request recorded on a State's behalf: uploaded first (the API creates such a draft only with
 * it), restricted to the State and held by the recording entity; replacing it saves at once once the draft exists.
 */
function NoteVerbaleField({ requestId, draft, update, issuesOf }: StepProps & { requestId: string | null }) {
  const { t } = useI18n();
  const issues = issuesOf('noteVerbaleDocumentId');
  const attach = async (documentId: string) => {
    if (requestId) await requestsApi.update(requestId, { noteVerbaleDocumentId: documentId });
    update('noteVerbaleDocumentId', documentId);
  };
  return (
    <section
      id={fieldId('noteVerbaleDocumentId')}
      tabIndex={-1}
      className={`panel${issues.length ? ' field-invalid' : ''}`}
      aria-labelledby="note-verbale-heading"
    >
      <h3 id="note-verbale-heading">{t('requests.fields.noteVerbale')}</h3>
      {issues.length ? (
        <p className="field-error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {t('requests.fields.noteVerbaleMissing')}
        </p>
      ) : null}
      {draft.noteVerbaleDocumentId ? (
        <p>
          <AttachmentName id={draft.noteVerbaleDocumentId} />
        </p>
      ) : null}
      {draft.stateCode && draft.addressedToOrganisationId ? (
        <Uploader
          id="request-note-verbale-file"
          label={draft.noteVerbaleDocumentId ? t('requests.fields.replaceNoteVerbale') : t('requests.fields.file')}
          hint={t('requests.fields.noteVerbaleHint')}
          draft={draft}
          onUploaded={attach}
        />
      ) : (
        <p className="hint">{t('requests.fields.noteVerbaleFirst')}</p>
      )}
    </section>
  );
}

function AttachmentsStep({ requestId, draft, update, issuesOf }: StepProps & { requestId: string }) {
  const { t } = useI18n();
  // Attaching saves at once: the document exists, the draft should hold it even if the reader leaves now.
  const attach = async (documentId: string) => {
    const ids = [...draft.attachmentDocumentIds, documentId];
    await requestsApi.update(requestId, { attachmentDocumentIds: ids });
    update('attachmentDocumentIds', ids);
  };
  const [removeError, setRemoveError] = useState<unknown>(undefined);
  const detach = async (documentId: string) => {
    const ids = draft.attachmentDocumentIds.filter((x) => x !== documentId);
    setRemoveError(undefined);
    try {
      await requestsApi.update(requestId, { attachmentDocumentIds: ids });
      update('attachmentDocumentIds', ids);
      // The button is gone: keep the reader in the list of attachments.
      document.getElementById(fieldId('attachmentDocumentIds'))?.focus();
    } catch (e) {
      setRemoveError(e);
    }
  };
  return (
    <>
      <section id={fieldId('attachmentDocumentIds')} tabIndex={-1} className="panel" aria-labelledby="attachments-heading">
        <h3 id="attachments-heading">{t('requests.fields.attachments')}</h3>
        {issuesOf('attachmentDocumentIds').length ? (
          <ul className="field-error">
            {issuesOf('attachmentDocumentIds').map((issue, i) => (
              <li key={i}>
                <span className="visually-hidden">{t('form.errorPrefix')} </span>
                {issueMessage(t, issue)}
              </li>
            ))}
          </ul>
        ) : null}
        <FormAlert error={removeError} />
        {draft.attachmentDocumentIds.length === 0 ? (
          <p className="muted">{t('requests.fields.noAttachment')}</p>
        ) : (
          <ul className="attachments">
            {draft.attachmentDocumentIds.map((docId, i) => (
              <li key={docId}>
                <AttachmentName id={docId} />{' '}
                <button type="button" className="link-button" onClick={() => void detach(docId)}>
                  {t('requests.fields.remove', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <Uploader
          id="request-attachment-file"
          label={t('requests.fields.file')}
          hint={t('requests.fields.attachmentsHint')}
          draft={draft}
          onUploaded={attach}
        />
      </section>
    </>
  );
}

function ReviewStep({ draft, requestId }: { draft: RequestDraft; requestId: string }) {
  const { t, lang, localize } = useI18n();
  const words = useRequestWords();
  const stateName = useStateName();
  const { organisations } = useOrganisations();
  const instruments = useApi('instruments', (signal) => api.instruments(signal));
  const orgName = (orgId: string) => organisations.find((o) => o.id === orgId)?.name ?? '';
  const instrumentName = (id: string) => {
    const i = instruments.data?.data.find((x) => x.id === id);
    return i ? localize(i.shortNames, id).text : id;
  };
  const none = <span className="muted">{t('requests.wizard.none')}</span>;
  const list = (items: string[]) =>
    items.length ? (
      <ul className="plain">
        {items.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    ) : (
      none
    );
  const change = (step: WizardStep) => (
    <p>
      <Link to={href(lang, `/requests/${encodeURIComponent(requestId)}/edit`, { step: step === 'what' ? null : step })}>
        {t('requests.wizard.change', { section: t(STEP_LABEL[step]) })}
      </Link>
    </p>
  );
  return (
    <>
      <h3>{t('requests.wizard.steps.what')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('requests.fields.state')}</dt>
          <dd>{stateName(draft.stateCode)}</dd>
        </div>
        {draft.recordedOnBehalf ? (
          <div>
            <dt>{t('requests.fields.authorityName')}</dt>
            <dd dir="auto">{draft.requestingAuthorityName || none}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('requests.fields.addressedTo')}</dt>
          <dd>{orgName(draft.addressedToOrganisationId) || none}</dd>
        </div>
        {draft.recordedOnBehalf ? (
          <div>
            <dt>{t('requests.fields.noteVerbale')}</dt>
            <dd>{draft.noteVerbaleDocumentId ? <AttachmentName id={draft.noteVerbaleDocumentId} /> : none}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('requests.fields.title')}</dt>
          <dd dir="auto">{draft.title || none}</dd>
        </div>
        <div>
          <dt>{t('requests.fields.themes')}</dt>
          <dd>{list(draft.themes.map(words.theme))}</dd>
        </div>
        <div>
          <dt>{t('requests.fields.instruments')}</dt>
          <dd>{list(draft.instrumentIds.map(instrumentName))}</dd>
        </div>
        <div>
          <dt>{t('requests.fields.mandates')}</dt>
          <dd>{list(draft.mandates.map(words.mandate))}</dd>
        </div>
      </dl>
      {change('what')}
      <h3>{t('requests.wizard.steps.needs')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('requests.fields.needs')}</dt>
          <dd className="prose" dir="auto">
            {draft.needs || none}
          </dd>
        </div>
        <div>
          <dt>{t('requests.fields.priorities')}</dt>
          <dd className="prose" dir="auto">
            {draft.priorities || none}
          </dd>
        </div>
      </dl>
      {change('needs')}
      <h3>{t('requests.wizard.steps.how')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('requests.fields.modality')}</dt>
          <dd>{words.modality(draft.modality)}</dd>
        </div>
        <div>
          <dt>{t('requests.fields.languages')}</dt>
          <dd>{list(draft.languages.map(words.language))}</dd>
        </div>
        <div>
          <dt>{t('requests.fields.urgency')}</dt>
          <dd>{words.urgency(draft.urgency)}</dd>
        </div>
      </dl>
      {change('how')}
      <h3>{t('requests.wizard.steps.attachments')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('requests.fields.attachments')}</dt>
          <dd>
            {draft.attachmentDocumentIds.length ? (
              <ul className="plain">
                {draft.attachmentDocumentIds.map((d) => (
                  <li key={d}>
                    <AttachmentName id={d} />
                  </li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
        </div>
      </dl>
      {change('attachments')}
    </>
  );
}
