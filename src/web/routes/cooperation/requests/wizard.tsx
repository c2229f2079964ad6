// The request writer (`/{lang}/cooperation/requests/new`, resumed at `…/requests/{id}/edit?step=`): a central
// authority's practitioner drafts a request for mutual legal assistance or extradition, from a finder answer or from
// scratch. One screen per step of the kind; each step saves its part on the server (PATCH with the version read) and
// the server's completeness check, returned with every save, names on each step what it still misses and who requires
// it: the template, the treaty (its article, quoted) or the requested State's directory entry. Where Accord does not
// know what the requested State requires, every step says so. The review offers the documents and sends the request
// once nothing required is missing.
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { ItemCheck, RequirementSource } from '#domain/cooperation/request-completeness.ts';
import {
  ASSURANCE_KINDS,
  MLA_MEASURES,
  URGENCIES,
  WARRANT_KINDS,
  type RequestAssurance,
  type RequestContent,
  type RequestOffence,
  type RequestStep,
} from '#domain/cooperation/requests.ts';
import { COOPERATION_KINDS, type CooperationKind } from '#domain/cooperation/types.ts';
import type { Language } from '#domain/treaties/types.ts';
import { api, ApiError } from '#web/api.ts';
import { Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert, StatusMessage, SubmitButton } from '#web/components/forms.tsx';
import { useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { focusField } from '#web/features/assistance/requests-ui.tsx';
import { authoritiesApi } from '#web/features/cooperation/authorities-api.ts';
import { cooperationRequestsApi, type CooperationRequestDetail } from '#web/features/cooperation/cooperation-requests-api.ts';
import {
  createFromFinder,
  fieldId,
  fillFromAuthority,
  ITEM_FIELD,
  issueField,
  languageChoices,
  missingOnStep,
  nextStep,
  parseFinderChoice,
  previousStep,
  removeAt,
  replaceAt,
  stepChanged,
  stepContent,
  stepFromParam,
  stepOfField,
  stepsOf,
  stepsWithMissing,
  type StepChecks,
} from '#web/features/cooperation/request-writer.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';
import '#web/features/cooperation/cooperation.css';

export function CooperationRequestWizardPage({ id }: { id?: string }) {
  return <SignedIn>{id ? <ResumeDraft id={id} /> : <NewRequest />}</SignedIn>;
}

const requestPath = (id: string) => `/cooperation/requests/${encodeURIComponent(id)}`;
const editHref = (lang: Language, id: string, step: RequestStep | null) => href(lang, `${requestPath(id)}/edit`, { step });

/** Words of the template's vocabularies, from the catalogue. */
function useWriterWords() {
  const { t } = useI18n();
  return {
    step: (s: RequestStep) => t(`requestWriter.step.${s}` as MessageKey),
    item: (i: string) => t(`requestWriter.item.${i}` as MessageKey),
    kind: (k: CooperationKind) => t(`requestWriter.kind.${k}` as MessageKey),
    measure: (m: string) => t(`requestWriter.measure.${m}` as MessageKey),
    assurance: (a: string) => t(`requestWriter.assuranceKind.${a}` as MessageKey),
    warrant: (w: string) => t(`requestWriter.warrantKind.${w}` as MessageKey),
    urgency: (u: string) => t(`requestWriter.urgency.${u}` as MessageKey),
    language: (l: string) => t(`languageName.${l}` as MessageKey),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// A new request: the kind and the requested State, or the finder's answer to start from.

function NewRequest() {
  const { t, lang, localize } = useI18n();
  const session = useSession();
  const words = useWriterWords();
  const [params] = useSearch();
  const states = useStateChoices();
  const stateName = useStateName();
  const choice = parseFinderChoice(params);
  const instruments = useApi('instruments', (signal) => api.instruments(signal));
  const [kind, setKind] = useState<CooperationKind | ''>(choice?.kind ?? '');
  const [state, setState] = useState(choice?.to ?? '');
  const [missing, setMissing] = useState<('kind' | 'state')[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [pending, setPending] = useState(false);
  useDocumentTitle(t('requestWriter.newTitle'));

  if (!session.abilities.draftCooperationRequests) {
    return (
      <>
        <h1 tabIndex={-1}>{t('requestWriter.newTitle')}</h1>
        <p className="error">{t('requestWriter.noRole')}</p>
        <p>
          <Link to={href(lang, '/cooperation/requests')}>{t('requestWriter.back')}</Link>
        </p>
      </>
    );
  }

  const instrumentName = (instrumentId: string) => {
    const i = instruments.data?.data.find((x) => x.id === instrumentId);
    return i ? localize(i.shortNames, instrumentId).text : instrumentId;
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const lacking = [...(kind ? [] : (['kind'] as const)), ...(state ? [] : (['state'] as const))];
    setMissing(lacking);
    if (lacking.length) return;
    setPending(true);
    setError(undefined);
    try {
      const body = choice ? createFromFinder(choice) : { kind: kind as CooperationKind, requestedStateCode: state };
      const created = (await cooperationRequestsApi.create(body)).data;
      navigate(editHref(lang, created.id, null));
    } catch (err) {
      setPending(false);
      setError(err);
    }
  };

  return (
    <div className="request-wizard">
      <p className="breadcrumb">
        <Link to={href(lang, '/cooperation/requests')}>{t('requestWriter.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('requestWriter.newTitle')}</h1>
      <p className="lead">{t('requestWriter.newIntro')}</p>
      <FormAlert error={error} />
      <form className="stack" onSubmit={(e) => void onSubmit(e)} noValidate>
        {choice ? (
          <section className="panel" aria-labelledby="from-finder-heading">
            <h2 id="from-finder-heading">{t('requestWriter.fromFinder.heading')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('requestWriter.field.kind')}</dt>
                <dd>{words.kind(choice.kind)}</dd>
              </div>
              <div>
                <dt>{t('requestWriter.fromFinder.pair')}</dt>
                <dd>{t('requestWriter.fromFinder.pairValue', { from: stateName(choice.from), to: stateName(choice.to) })}</dd>
              </div>
              <div>
                <dt>{t('requestWriter.field.legalBasis.instrumentId')}</dt>
                <dd data-instrument={choice.instrumentId ?? ''}>
                  {choice.instrumentId ? instrumentName(choice.instrumentId) : t('requestWriter.legalBasis.noTreaty')}
                </dd>
              </div>
            </dl>
            <p className="hint">{t('requestWriter.fromFinder.hint')}</p>
          </section>
        ) : (
          <>
            <fieldset id="request-kind" tabIndex={-1} className={missing.includes('kind') ? 'field-invalid' : undefined}>
              <legend>{t('requestWriter.field.kind')}</legend>
              {missing.includes('kind') ? <FieldError>{t('requestWriter.required')}</FieldError> : null}
              <ul className="radios">
                {COOPERATION_KINDS.map((k) => (
                  <li key={k}>
                    <input type="radio" id={`request-kind-${k}`} name="kind" checked={kind === k} onChange={() => setKind(k)} />
                    <label htmlFor={`request-kind-${k}`}>{words.kind(k)}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <div className={`field${missing.includes('state') ? ' field-invalid' : ''}`}>
              <label htmlFor="request-state">{t('requestWriter.field.requestedState')}</label>
              {missing.includes('state') ? <FieldError id="request-state-error">{t('requestWriter.required')}</FieldError> : null}
              <select
                id="request-state"
                value={state}
                onChange={(e) => setState(e.target.value)}
                aria-invalid={missing.includes('state') || undefined}
                aria-describedby={missing.includes('state') ? 'request-state-error' : undefined}
              >
                <option value="">{t('common.choose')}</option>
                {states.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <div className="actions">
          <SubmitButton pending={pending}>{t('requestWriter.start')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}

function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {children}
    </p>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// A draft, step by step.

function ResumeDraft({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const session = useSession();
  const request = useApi(`cooperation-request:${id}:${session.user?.id ?? ''}`, (signal) => cooperationRequestsApi.get(id, signal));
  useDocumentTitle(t('requestWriter.editTitle'));
  if (request.error) {
    return (
      <>
        <h1 tabIndex={-1}>{t('requestWriter.editTitle')}</h1>
        <FormAlert error={request.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <p>
          <Link to={href(lang, '/cooperation/requests')}>{t('requestWriter.back')}</Link>
        </p>
      </>
    );
  }
  if (!request.data) return <Loading />;
  const r = request.data.data;
  if (r.status !== 'draft' || !r.abilities.edit || !r.content) {
    return (
      <>
        <h1 tabIndex={-1}>{t('requestWriter.editTitle')}</h1>
        <p>{r.status === 'draft' ? t('requestWriter.mayNotEdit') : t('requestWriter.notDraft')}</p>
        <p>
          <Link to={href(lang, requestPath(r.id))}>{t('requestWriter.openRequest')}</Link>
        </p>
      </>
    );
  }
  return <Wizard initial={r} />;
}

type Update = <K extends keyof RequestContent>(part: K, value: RequestContent[K]) => void;

interface StepProps {
  content: RequestContent;
  update: Update;
  /** Item labels missing at this field, shown after a try to leave the step (or on the review's links). */
  missingAt: (field: string) => string[];
}

function Wizard({ initial }: { initial: CooperationRequestDetail }) {
  const { t, lang, localize } = useI18n();
  const words = useWriterWords();
  const [params, setParams] = useSearch();
  const [request, setRequest] = useState(initial);
  const [content, setContent] = useState<RequestContent>(initial.content!);
  // The content as the server last had it: an unchanged step is not saved again.
  const [loaded, setLoaded] = useState<RequestContent>(initial.content!);
  const kind = request.kind;
  const step = stepFromParam(kind, params.get('step'));
  const steps = stepsOf(kind);
  const [tried, setTried] = useState<RequestStep | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<unknown>(undefined);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const checks = missingOnStep(request.completeness, step);
  const marked = stepsWithMissing(kind, request.completeness);
  const title = t('requestWriter.editTitleOf', { kind: words.kind(kind), state: stateNameOf(request, 'requested', localize) });
  useDocumentTitle(`${words.step(step)} — ${title}`);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);
  useEffect(() => {
    if (attempt) summary.current?.focus();
  }, [attempt]);

  const update: Update = (part, value) => {
    setSaved(false);
    setContent((c) => ({ ...c, [part]: value }));
  };

  const goTo = (target: RequestStep) => {
    setTried(null);
    setParams({ step: target === steps[0] ? null : target }, { keepScroll: false });
  };

  /** Saves the step when changed; returns the request as the server now has it (null when the save failed). */
  const saveStep = async (): Promise<CooperationRequestDetail | null> => {
    if (!stepChanged(step, loaded, content)) return request;
    const answer = (await cooperationRequestsApi.update(request.id, { step, content: stepContent(step, content), version: request.version })).data;
    setRequest(answer);
    if (answer.content) {
      const kept = answer.content;
      // The saved part as the server stored it; the reader's unsaved parts of other steps stay as they are.
      setLoaded(kept);
      setContent((c) => ({ ...c, ...stepContent(step, kept) }));
    }
    return answer;
  };

  /** Saves, then goes to `target`; forward only when nothing required is missing on this step (unless `force`). */
  const save = async (target: RequestStep | null, forward: boolean) => {
    if (pending) return;
    setPending(true);
    setError(undefined);
    try {
      const answer = await saveStep();
      setPending(false);
      if (!answer) return;
      const stillMissing = missingOnStep(answer.completeness, step).required;
      if (forward && stillMissing.length) {
        setTried(step);
        setAttempt((n) => n + 1);
        return;
      }
      if (target) goTo(target);
      else setSaved(true);
    } catch (e) {
      setPending(false);
      setError(e);
      const field = e instanceof ApiError ? e.issues.map(issueField).find((f) => stepOfField(kind, f)) : undefined;
      const at = field ? stepOfField(kind, field) : null;
      if (at && at !== step) goTo(at);
    }
  };

  const send = async () => {
    if (pending || !request.completeness?.complete) return;
    setPending(true);
    setError(undefined);
    try {
      await cooperationRequestsApi.transition(request.id, { event: 'send', version: request.version });
      navigate(href(lang, requestPath(request.id), { sent: '1' }));
    } catch (e) {
      setPending(false);
      setError(e);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (step === 'review') void send();
    else void save(nextStep(kind, step), true);
  };

  const showMissing = tried === step;
  const missingAt = (field: string) =>
    showMissing ? checks.required.filter((c) => ITEM_FIELD[c.item] === field).map((c) => words.item(c.item)) : [];
  const index = steps.indexOf(step);
  const props: StepProps = { content, update, missingAt };

  return (
    <div className="request-wizard">
      <p className="breadcrumb">
        <Link to={href(lang, '/cooperation/requests')}>{t('requestWriter.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      <nav aria-label={t('requestWriter.stepsLabel')} className="wizard-steps">
        <ol>
          {steps.map((s, i) => {
            const current = s === step;
            const lacking = marked.includes(s);
            const text = (
              <>
                <span className="wizard-step-number" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {words.step(s)}
                {lacking ? (
                  <span className="step-missing" data-missing="true">
                    {' '}
                    <span aria-hidden="true">⚠</span>
                    <span className="visually-hidden">{t('requestWriter.stepHasMissing')}</span>
                  </span>
                ) : null}
              </>
            );
            return (
              <li key={s} className={current ? 'current' : i < index ? 'done' : undefined}>
                {current ? (
                  <span aria-current="step">{text}</span>
                ) : (
                  <Link
                    to={editHref(lang, request.id, s === steps[0] ? null : s)}
                    onClick={(e) => {
                      // Leaving by a step link saves the step too (a plain left click; others open the address).
                      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                      e.preventDefault();
                      void save(s, false);
                    }}
                  >
                    {text}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      <h2 tabIndex={-1} ref={stepHeading} className="wizard-step-heading">
        {t('requestWriter.stepOf', { n: index + 1, total: steps.length, name: words.step(step) })}
      </h2>
      <StatusMessage>{saved ? t('requestWriter.saved') : null}</StatusMessage>
      {request.completeness?.requestedStateRequirements === 'unknown' ? (
        <p className="notice requirements-unknown">{t('requestWriter.requirementsUnknown', { state: stateNameOf(request, 'requested', localize) })}</p>
      ) : null}
      {step !== 'review' ? <MissingItems checks={checks} blocking={showMissing} refTo={summary} /> : null}
      <FormAlert error={error} />
      <form onSubmit={onSubmit} className="stack" noValidate>
        {step === 'requesting' ? <RequestingStep {...props} /> : null}
        {step === 'requested' ? <RequestedStep {...props} request={request} /> : null}
        {step === 'legal-basis' ? <LegalBasisStep {...props} /> : null}
        {step === 'facts' ? <FactsStep {...props} kind={kind} /> : null}
        {step === 'offences' ? <OffencesStep {...props} /> : null}
        {step === 'assistance' ? <AssistanceStep {...props} /> : null}
        {step === 'person' ? <PersonStep {...props} /> : null}
        {step === 'warrant' ? <WarrantStep {...props} /> : null}
        {step === 'assurances' ? <AssurancesStep {...props} /> : null}
        {step === 'procedures' ? <ProceduresStep {...props} /> : null}
        {step === 'review' ? <ReviewStep request={request} content={content} /> : null}
        <div className="actions wizard-actions">
          {previousStep(kind, step) ? (
            <button type="button" onClick={() => void save(previousStep(kind, step), false)} aria-disabled={pending || undefined}>
              {t('requestWriter.previous')}
            </button>
          ) : null}
          {step === 'review' ? (
            request.abilities.events.includes('send') ? (
              <>
                <button
                  type="submit"
                  className="button primary"
                  disabled={!request.completeness?.complete || pending}
                  aria-describedby={request.completeness?.complete ? undefined : 'send-blocked'}
                >
                  {t('requestWriter.send')}
                </button>
                {request.completeness?.complete ? null : (
                  <span id="send-blocked" className="hint">
                    {t('requestWriter.sendBlocked')}
                  </span>
                )}
              </>
            ) : null
          ) : (
            <>
              <SubmitButton pending={pending}>{t('requestWriter.saveAndContinue')}</SubmitButton>
              <button type="button" onClick={() => void save(null, false)} aria-disabled={pending || undefined}>
                {t('requestWriter.saveDraft')}
              </button>
            </>
          )}
        </div>
      </form>
    </div>
  );
}

function stateNameOf(
  r: CooperationRequestDetail,
  side: 'requesting' | 'requested',
  localize: ReturnType<typeof useI18n>['localize'],
): string {
  const s = side === 'requesting' ? r.requestingState : r.requestedState;
  return localize(s.names, s.code).text;
}

/** Who requires an item: the template, the treaty (its article and words) or the requested State's entry. */
function RequiredBy({ sources }: { sources: RequirementSource[] }) {
  const { t, localize } = useI18n();
  const instruments = useApi('instruments', (signal) => api.instruments(signal));
  const name = (instrumentId: string) => {
    const i = instruments.data?.data.find((x) => x.id === instrumentId);
    return i ? localize(i.shortNames, instrumentId).text : instrumentId;
  };
  if (!sources.length) return null;
  return (
    <ul className="required-by">
      {sources.map((s, i) => (
        <li key={i} data-source={s.source}>
          {s.source === 'template' ? t(s.level === 'required' ? 'requestWriter.source.templateRequired' : 'requestWriter.source.templateRecommended') : null}
          {s.source === 'requested-state' ? t('requestWriter.source.requestedState') : null}
          {s.source === 'treaty' ? (
            <>
              {t(s.level === 'required' ? 'requestWriter.source.treatyRequired' : 'requestWriter.source.treatyRecommended', { instrument: name(s.instrumentId) })}{' '}
              <bdi dir="ltr">{s.article}</bdi>
              {s.quote ? (
                <>
                  {t('common.separator')}
                  <q lang="en" dir="ltr">
                    {s.quote}
                  </q>
                </>
              ) : null}
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The items this step still misses, each linked to its field with who requires it. After a try to go on, the required
 * ones are an error summary that takes focus; before, a notice.
 */
function MissingItems({ checks, blocking, refTo }: { checks: StepChecks; blocking: boolean; refTo: RefObject<HTMLElement | null> }) {
  const { t } = useI18n();
  const words = useWriterWords();
  if (!checks.required.length && !checks.recommended.length) return null;
  const row = (c: ItemCheck) => (
    <li key={c.item} data-item={c.item}>
      <a
        href={`#${fieldId(ITEM_FIELD[c.item])}`}
        onClick={(e) => {
          e.preventDefault();
          focusField(fieldId(ITEM_FIELD[c.item]));
        }}
      >
        {words.item(c.item)}
      </a>
      <RequiredBy sources={c.requiredBy} />
    </li>
  );
  return (
    <section
      ref={refTo}
      tabIndex={-1}
      className={blocking && checks.required.length ? 'error form-alert error-summary missing-items' : 'notice missing-items'}
      role={blocking && checks.required.length ? 'alert' : undefined}
      aria-labelledby="missing-items-heading"
    >
      {checks.required.length ? (
        <>
          <h3 id="missing-items-heading">{blocking ? t('requestWriter.missing.blocking', { count: checks.required.length }) : t('requestWriter.missing.required', { count: checks.required.length })}</h3>
          <ul>{checks.required.map(row)}</ul>
        </>
      ) : null}
      {checks.recommended.length ? (
        <>
          <h3 id={checks.required.length ? undefined : 'missing-items-heading'}>{t('requestWriter.missing.recommended', { count: checks.recommended.length })}</h3>
          <ul>{checks.recommended.map(row)}</ul>
        </>
      ) : null}
    </section>
  );
}

/** A labelled control with its hint and the items missing there, under the id the missing items link to. */
function Field({
  field,
  label,
  hint,
  missing,
  children,
}: {
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  missing: string[];
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const { t } = useI18n();
  const id = fieldId(field);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = missing.length ? `${id}-error` : undefined;
  return (
    <div className={`field${missing.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      {missing.length ? <FieldError id={errorId}>{t('requestWriter.missing.at', { items: missing.join(t('common.separator')) })}</FieldError> : null}
      {children({ id, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined, 'aria-invalid': missing.length ? true : undefined })}
    </div>
  );
}

/** A group (fieldset) under the id the missing items link to. */
function Group({ field, legend, missing, children }: { field: string; legend: ReactNode; missing: string[]; children: ReactNode }) {
  const { t } = useI18n();
  const id = fieldId(field);
  return (
    <fieldset id={id} tabIndex={-1} className={missing.length ? 'field-invalid' : undefined} aria-describedby={missing.length ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {missing.length ? <FieldError id={`${id}-error`}>{t('requestWriter.missing.at', { items: missing.join(t('common.separator')) })}</FieldError> : null}
      {children}
    </fieldset>
  );
}

/** A text input or area bound to one field of a part. */
function TextInput<P extends 'requesting' | 'requested' | 'legalBasis' | 'facts' | 'assistance' | 'person' | 'warrant' | 'procedures'>({
  part,
  name,
  props,
  rows,
  type,
  hint,
}: {
  part: P;
  name: keyof RequestContent[P] & string;
  props: StepProps;
  rows?: number;
  type?: 'email' | 'tel' | 'date';
  hint?: ReactNode;
}) {
  const { t } = useI18n();
  const field = `${part}.${name}`;
  const value = String((props.content[part] as Record<string, unknown>)[name] ?? '');
  const set = (v: string) => props.update(part, { ...props.content[part], [name]: v });
  return (
    <Field field={field} label={t(`requestWriter.field.${field}` as MessageKey)} hint={hint} missing={props.missingAt(field)}>
      {(control) =>
        rows ? (
          <textarea {...control} rows={rows} value={value} onChange={(e) => set(e.target.value)} dir="auto" />
        ) : (
          <input {...control} type={type ?? 'text'} value={value} onChange={(e) => set(e.target.value)} dir={type ? 'ltr' : 'auto'} />
        )
      }
    </Field>
  );
}

function RequestingStep(props: StepProps) {
  const { t } = useI18n();
  const words = useWriterWords();
  const r = props.content.requesting;
  return (
    <>
      <TextInput part="requesting" name="authorityName" props={props} />
      <TextInput part="requesting" name="reference" props={props} hint={t('requestWriter.hint.reference')} />
      <TextInput part="requesting" name="contactName" props={props} />
      <TextInput part="requesting" name="contactEmail" props={props} type="email" />
      <TextInput part="requesting" name="contactPhone" props={props} type="tel" />
      <Group field="requesting.urgency" legend={t('requestWriter.field.requesting.urgency')} missing={[]}>
        <ul className="radios">
          {URGENCIES.map((u) => (
            <li key={u}>
              <input
                type="radio"
                id={`request-urgency-${u}`}
                name="urgency"
                checked={r.urgency === u}
                onChange={() => props.update('requesting', { ...r, urgency: u })}
              />
              <label htmlFor={`request-urgency-${u}`}>{words.urgency(u)}</label>
            </li>
          ))}
        </ul>
      </Group>
      {r.urgency === 'urgent' ? <TextInput part="requesting" name="urgencyReason" props={props} rows={3} /> : null}
    </>
  );
}

function RequestedStep({ request, ...props }: StepProps & { request: CooperationRequestDetail }) {
  const { t, localize } = useI18n();
  const words = useWriterWords();
  const code = request.requestedState.code;
  const entries = useApi(`authorities:${code}`, (signal) => authoritiesApi.list({ stateCode: code, pageSize: 100 }, signal));
  const r = props.content.requested;
  // The languages of the entry chosen now (before it is saved), else what the server knows of the saved one.
  const chosen = entries.data?.data.find((a) => a.id === r.authorityId);
  const accepted = chosen ? chosen.languages : request.acceptedLanguages;
  const choices = languageChoices(accepted);
  return (
    <>
      <div className="field">
        <span className="label">{t('requestWriter.field.requestedState')}</span>
        <p className="readonly-value">{localize(request.requestedState.names, code).text}</p>
      </div>
      <Field field="requested.authorityId" label={t('requestWriter.field.requested.authorityId')} hint={t('requestWriter.hint.directory')} missing={[]}>
        {(control) => (
          <select
            {...control}
            value={r.authorityId ?? ''}
            onChange={(e) => {
              const entry = entries.data?.data.find((a) => a.id === e.target.value);
              props.update('requested', entry ? fillFromAuthority(r, entry) : { ...r, authorityId: null });
            }}
          >
            <option value="">{t('requestWriter.requested.byHand')}</option>
            {(entries.data?.data ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {entries.data && entries.data.data.length === 0 ? <p className="hint">{t('requestWriter.requested.noEntry')}</p> : null}
      <TextInput part="requested" name="authorityName" props={props} />
      <TextInput part="requested" name="address" props={props} rows={3} />
      <TextInput part="requested" name="channel" props={props} />
      <Field
        field="requested.language"
        label={t('requestWriter.field.requested.language')}
        hint={accepted === null ? t('requestWriter.hint.languagesUnknown') : t('requestWriter.hint.languagesAccepted')}
        missing={props.missingAt('requested.language')}
      >
        {(control) => (
          <select {...control} value={r.language} onChange={(e) => props.update('requested', { ...r, language: e.target.value })}>
            <option value="">{t('common.choose')}</option>
            {choices.map((c) => (
              <option key={c.language} value={c.language} data-accepted={c.accepted === null ? 'unknown' : String(c.accepted)}>
                {c.accepted ? t('requestWriter.requested.accepted', { language: words.language(c.language) }) : words.language(c.language)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

function LegalBasisStep(props: StepProps) {
  const { t, localize } = useI18n();
  const instruments = useApi('instruments', (signal) => api.instruments(signal));
  const b = props.content.legalBasis;
  const sorted = [...(instruments.data?.data ?? [])].sort((x, y) => x.sortOrder - y.sortOrder);
  return (
    <>
      <Field field="legalBasis.instrumentId" label={t('requestWriter.field.legalBasis.instrumentId')} hint={t('requestWriter.hint.instrument')} missing={[]}>
        {(control) => (
          <select {...control} value={b.instrumentId ?? ''} onChange={(e) => props.update('legalBasis', { ...b, instrumentId: e.target.value || null })}>
            <option value="">{t('requestWriter.legalBasis.noTreaty')}</option>
            {sorted.map((i) => (
              <option key={i.id} value={i.id}>
                {localize(i.shortNames, i.id).text}
              </option>
            ))}
          </select>
        )}
      </Field>
      {b.bilateralTreatyId ? <p className="hint">{t('requestWriter.legalBasis.bilateral')}</p> : null}
      <TextInput part="legalBasis" name="articles" props={props} hint={t('requestWriter.hint.articles')} />
      <div className="field checkbox-field">
        <input
          type="checkbox"
          id={fieldId('legalBasis.reciprocity')}
          checked={b.reciprocity}
          onChange={(e) => props.update('legalBasis', { ...b, reciprocity: e.target.checked })}
        />{' '}
        <label htmlFor={fieldId('legalBasis.reciprocity')}>{t('requestWriter.field.legalBasis.reciprocity')}</label>
      </div>
      <TextInput part="legalBasis" name="note" props={props} rows={3} />
    </>
  );
}

function FactsStep({ kind, ...props }: StepProps & { kind: CooperationKind }) {
  const { t } = useI18n();
  return (
    <>
      <TextInput part="facts" name="subject" props={props} rows={3} hint={t('requestWriter.hint.subject')} />
      <TextInput part="facts" name="conductingAuthority" props={props} />
      <TextInput part="facts" name="summary" props={props} rows={8} hint={t('requestWriter.hint.summary')} />
      {kind === 'mla' ? <TextInput part="facts" name="purpose" props={props} rows={3} hint={t('requestWriter.hint.purpose')} /> : null}
    </>
  );
}

const NEW_OFFENCE: RequestOffence = { name: '', lawReference: '', lawText: '', penalty: '' };

function OffencesStep(props: StepProps) {
  const { t } = useI18n();
  const rows = props.content.offences;
  const set = (i: number, k: keyof RequestOffence, v: string) => props.update('offences', replaceAt(rows, i, { ...rows[i]!, [k]: v }));
  return (
    <Group field="offences" legend={t('requestWriter.field.offences')} missing={props.missingAt('offences')}>
      <p className="hint">{t('requestWriter.hint.offences')}</p>
      {rows.map((o, i) => (
        <div key={i} className="panel repeat-group" role="group" aria-label={t('requestWriter.offence.number', { n: i + 1 })}>
          <h3>{t('requestWriter.offence.number', { n: i + 1 })}</h3>
          {(['name', 'lawReference', 'lawText', 'penalty'] as const).map((k) => (
            <Field key={k} field={`offences.${i}.${k}`} label={t(`requestWriter.field.offence.${k}` as MessageKey)} missing={[]}>
              {(control) =>
                k === 'lawText' ? (
                  <textarea {...control} rows={5} value={o[k]} onChange={(e) => set(i, k, e.target.value)} dir="auto" />
                ) : (
                  <input {...control} value={o[k]} onChange={(e) => set(i, k, e.target.value)} dir="auto" />
                )
              }
            </Field>
          ))}
          <button type="button" onClick={() => props.update('offences', removeAt(rows, i))}>
            {t('requestWriter.offence.remove', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => props.update('offences', [...rows, { ...NEW_OFFENCE }])}>
        {t('requestWriter.offence.add')}
      </button>
    </Group>
  );
}

function AssistanceStep(props: StepProps) {
  const { t } = useI18n();
  const words = useWriterWords();
  const a = props.content.assistance;
  const toggleMeasure = (m: (typeof MLA_MEASURES)[number], on: boolean) => {
    const measures = MLA_MEASURES.filter((x) => (x === m ? on : a.measures.includes(x)));
    props.update('assistance', { ...a, measures });
  };
  return (
    <>
      <Group field="assistance.measures" legend={t('requestWriter.field.assistance.measures')} missing={props.missingAt('assistance.measures')}>
        <ul className="checkboxes">
          {MLA_MEASURES.map((m) => {
            const on = a.measures.includes(m);
            const detail = `assistance.details.${m}`;
            return (
              <li key={m}>
                <input type="checkbox" id={fieldId(`assistance.measure.${m}`)} checked={on} onChange={(e) => toggleMeasure(m, e.target.checked)} />{' '}
                <label htmlFor={fieldId(`assistance.measure.${m}`)}>{words.measure(m)}</label>
                {on ? (
                  <Field field={detail} label={t('requestWriter.field.assistance.detail', { measure: words.measure(m) })} missing={[]}>
                    {(control) => (
                      <textarea
                        {...control}
                        rows={3}
                        value={a.details[m] ?? ''}
                        onChange={(e) => props.update('assistance', { ...a, details: { ...a.details, [m]: e.target.value } })}
                        dir="auto"
                      />
                    )}
                  </Field>
                ) : null}
              </li>
            );
          })}
        </ul>
      </Group>
      <TextInput part="assistance" name="personsConcerned" props={props} rows={3} hint={t('requestWriter.hint.personsConcerned')} />
      {a.measures.includes('transfer-detained') ? <TextInput part="assistance" name="transferConsent" props={props} rows={3} /> : null}
    </>
  );
}

function PersonStep(props: StepProps) {
  const { t } = useI18n();
  return (
    <>
      <TextInput part="person" name="name" props={props} />
      <TextInput part="person" name="aliases" props={props} />
      <TextInput part="person" name="dateOfBirth" props={props} hint={t('requestWriter.hint.dateOfBirth')} />
      <TextInput part="person" name="nationality" props={props} />
      <TextInput part="person" name="identification" props={props} rows={4} hint={t('requestWriter.hint.identification')} />
      <TextInput part="person" name="location" props={props} rows={2} />
    </>
  );
}

function WarrantStep(props: StepProps) {
  const { t } = useI18n();
  const words = useWriterWords();
  const w = props.content.warrant;
  return (
    <>
      <Group field="warrant.kind" legend={t('requestWriter.field.warrant.kind')} missing={props.missingAt('warrant.kind')}>
        <ul className="radios">
          {WARRANT_KINDS.map((k) => (
            <li key={k}>
              <input type="radio" id={`request-warrant-${k}`} name="warrant-kind" checked={w.kind === k} onChange={() => props.update('warrant', { ...w, kind: k })} />
              <label htmlFor={`request-warrant-${k}`}>{words.warrant(k)}</label>
            </li>
          ))}
        </ul>
      </Group>
      <TextInput part="warrant" name="issuedBy" props={props} />
      <TextInput part="warrant" name="issuedOn" props={props} type="date" />
      <TextInput part="warrant" name="reference" props={props} />
      {w.kind === 'judgment' ? <TextInput part="warrant" name="sentence" props={props} rows={3} /> : null}
      <TextInput part="warrant" name="timeLimits" props={props} rows={3} hint={t('requestWriter.hint.timeLimits')} />
    </>
  );
}

const NEW_ASSURANCE: RequestAssurance = { kind: 'death-penalty', direction: 'offered', text: '' };

function AssurancesStep(props: StepProps) {
  const { t } = useI18n();
  const words = useWriterWords();
  const rows = props.content.assurances;
  const set = (i: number, row: RequestAssurance) => props.update('assurances', replaceAt(rows, i, row));
  return (
    <Group field="assurances" legend={t('requestWriter.field.assurances')} missing={props.missingAt('assurances')}>
      <p className="hint">{t('requestWriter.hint.assurances')}</p>
      {rows.map((a, i) => (
        <div key={i} className="panel repeat-group" role="group" aria-label={t('requestWriter.assurance.number', { n: i + 1 })}>
          <h3>{t('requestWriter.assurance.number', { n: i + 1 })}</h3>
          <Field field={`assurances.${i}.kind`} label={t('requestWriter.field.assurance.kind')} missing={[]}>
            {(control) => (
              <select {...control} value={a.kind} onChange={(e) => set(i, { ...a, kind: e.target.value as RequestAssurance['kind'] })}>
                {ASSURANCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {words.assurance(k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field field={`assurances.${i}.direction`} label={t('requestWriter.field.assurance.direction')} missing={[]}>
            {(control) => (
              <select {...control} value={a.direction} onChange={(e) => set(i, { ...a, direction: e.target.value as RequestAssurance['direction'] })}>
                <option value="offered">{t('requestWriter.assurance.offered')}</option>
                <option value="asked">{t('requestWriter.assurance.asked')}</option>
              </select>
            )}
          </Field>
          <Field field={`assurances.${i}.text`} label={t('requestWriter.field.assurance.text')} missing={[]}>
            {(control) => <textarea {...control} rows={3} value={a.text} onChange={(e) => set(i, { ...a, text: e.target.value })} dir="auto" />}
          </Field>
          <button type="button" onClick={() => props.update('assurances', removeAt(rows, i))}>
            {t('requestWriter.assurance.remove', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => props.update('assurances', [...rows, { ...NEW_ASSURANCE }])}>
        {t('requestWriter.assurance.add')}
      </button>
    </Group>
  );
}

function ProceduresStep(props: StepProps) {
  const { t } = useI18n();
  return (
    <>
      <TextInput part="procedures" name="procedures" props={props} rows={4} hint={t('requestWriter.hint.procedures')} />
      <TextInput part="procedures" name="confidentiality" props={props} rows={3} hint={t('requestWriter.hint.confidentiality')} />
      <TextInput part="procedures" name="contacts" props={props} rows={3} />
    </>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The review: everything written, the steps still missing something, the documents and sending.

function ReviewStep({ request, content }: { request: CooperationRequestDetail; content: RequestContent }) {
  const { t, lang, localize } = useI18n();
  const words = useWriterWords();
  const instruments = useApi('instruments', (signal) => api.instruments(signal));
  const kind = request.kind;
  const lacking = stepsWithMissing(kind, request.completeness);
  const checks = missingOnStep(request.completeness, 'review');
  const none = <span className="muted">{t('requestWriter.none')}</span>;
  const text = (v: string) => (v.trim() ? <span dir="auto">{v}</span> : none);
  const prose = (v: string) => (v.trim() ? <span className="prose" dir="auto">{v}</span> : none);
  const instrumentName = (instrumentId: string) => {
    const i = instruments.data?.data.find((x) => x.id === instrumentId);
    return i ? localize(i.shortNames, instrumentId).text : instrumentId;
  };
  const section = (step: RequestStep, rows: [string, ReactNode][]) => (
    <section key={step} aria-labelledby={`review-${step}`} className="review-section">
      <h3 id={`review-${step}`}>{words.step(step)}</h3>
      <dl className="facts review-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to={editHref(lang, request.id, step === stepsOf(kind)[0] ? null : step)}>{t('requestWriter.change', { section: words.step(step) })}</Link>
      </p>
    </section>
  );
  const f = (key: string) => t(`requestWriter.field.${key}` as MessageKey);
  const c = content;
  const sections: Partial<Record<RequestStep, [string, ReactNode][]>> = {
    requesting: [
      [f('requesting.authorityName'), text(c.requesting.authorityName)],
      [f('requesting.reference'), text(c.requesting.reference)],
      [f('requesting.contactName'), text(c.requesting.contactName)],
      [f('requesting.contactEmail'), text(c.requesting.contactEmail)],
      [f('requesting.contactPhone'), text(c.requesting.contactPhone)],
      [f('requesting.urgency'), words.urgency(c.requesting.urgency)],
      ...(c.requesting.urgency === 'urgent' ? ([[f('requesting.urgencyReason'), prose(c.requesting.urgencyReason)]] as [string, ReactNode][]) : []),
    ],
    requested: [
      [f('requestedState'), localize(request.requestedState.names, request.requestedState.code).text],
      [f('requested.authorityName'), text(c.requested.authorityName)],
      [f('requested.address'), prose(c.requested.address)],
      [f('requested.channel'), text(c.requested.channel)],
      [f('requested.language'), c.requested.language ? words.language(c.requested.language) : none],
    ],
    'legal-basis': [
      [f('legalBasis.instrumentId'), c.legalBasis.instrumentId ? instrumentName(c.legalBasis.instrumentId) : t('requestWriter.legalBasis.noTreaty')],
      [f('legalBasis.articles'), text(c.legalBasis.articles)],
      [f('legalBasis.reciprocity'), c.legalBasis.reciprocity ? t('common.yes') : t('common.no')],
      [f('legalBasis.note'), prose(c.legalBasis.note)],
    ],
    facts: [
      [f('facts.subject'), prose(c.facts.subject)],
      [f('facts.conductingAuthority'), text(c.facts.conductingAuthority)],
      [f('facts.summary'), prose(c.facts.summary)],
      ...(kind === 'mla' ? ([[f('facts.purpose'), prose(c.facts.purpose)]] as [string, ReactNode][]) : []),
    ],
    offences: [
      [
        f('offences'),
        c.offences.length ? (
          <ol className="plain">
            {c.offences.map((o, i) => (
              <li key={i}>
                {/* The offence as the requesting State's law words it: one run of its own direction. */}
                <bdi>
                  <strong>{o.name}</strong> ({o.lawReference}){o.penalty ? ` — ${o.penalty}` : null}
                </bdi>
                {o.lawText ? <blockquote dir="auto">{o.lawText}</blockquote> : null}
              </li>
            ))}
          </ol>
        ) : (
          none
        ),
      ],
    ],
    assistance: [
      [
        f('assistance.measures'),
        c.assistance.measures.length ? (
          <ul className="plain">
            {c.assistance.measures.map((m) => (
              <li key={m}>
                <strong>{words.measure(m)}</strong>
                {c.assistance.details[m] ? <div className="prose" dir="auto">{c.assistance.details[m]}</div> : null}
              </li>
            ))}
          </ul>
        ) : (
          none
        ),
      ],
      [f('assistance.personsConcerned'), prose(c.assistance.personsConcerned)],
      ...(c.assistance.measures.includes('transfer-detained') ? ([[f('assistance.transferConsent'), prose(c.assistance.transferConsent)]] as [string, ReactNode][]) : []),
    ],
    person: [
      [f('person.name'), text(c.person.name)],
      [f('person.aliases'), text(c.person.aliases)],
      [f('person.dateOfBirth'), text(c.person.dateOfBirth)],
      [f('person.nationality'), text(c.person.nationality)],
      [f('person.identification'), prose(c.person.identification)],
      [f('person.location'), prose(c.person.location)],
    ],
    warrant: [
      [f('warrant.kind'), c.warrant.kind ? words.warrant(c.warrant.kind) : none],
      [f('warrant.issuedBy'), text(c.warrant.issuedBy)],
      [f('warrant.issuedOn'), text(c.warrant.issuedOn)],
      [f('warrant.reference'), text(c.warrant.reference)],
      ...(c.warrant.kind === 'judgment' ? ([[f('warrant.sentence'), prose(c.warrant.sentence)]] as [string, ReactNode][]) : []),
      [f('warrant.timeLimits'), prose(c.warrant.timeLimits)],
    ],
    assurances: [
      [
        f('assurances'),
        c.assurances.length ? (
          <ul className="plain">
            {c.assurances.map((a, i) => (
              <li key={i}>
                <strong>{words.assurance(a.kind)}</strong> ({a.direction === 'asked' ? t('requestWriter.assurance.asked') : t('requestWriter.assurance.offered')})
                {a.text ? <div className="prose" dir="auto">{a.text}</div> : null}
              </li>
            ))}
          </ul>
        ) : (
          none
        ),
      ],
    ],
    procedures: [
      [f('procedures.procedures'), prose(c.procedures.procedures)],
      [f('procedures.confidentiality'), prose(c.procedures.confidentiality)],
      [f('procedures.contacts'), prose(c.procedures.contacts)],
    ],
  };
  const documentLanguage = c.requested.language || undefined;
  return (
    <>
      {lacking.length ? (
        <div className="error form-alert missing-items" role="status" aria-labelledby="review-missing-heading">
          <h3 id="review-missing-heading">{t('requestWriter.review.missing', { count: checks.required.length })}</h3>
          <ul>
            {lacking.map((s) => (
              <li key={s} data-step={s}>
                <Link to={editHref(lang, request.id, s === stepsOf(kind)[0] ? null : s)}>{words.step(s)}</Link>
                {t('common.separator')}
                {checks.required
                  .filter((i) => i.step === s)
                  .map((i) => words.item(i.item))
                  .join(t('common.separator'))}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="notice complete">{t('requestWriter.review.complete')}</p>
      )}
      {checks.recommended.length ? (
        <p className="hint">
          {t('requestWriter.review.recommended', { items: checks.recommended.map((i) => words.item(i.item)).join(t('common.separator')) })}
        </p>
      ) : null}
      {stepsOf(kind)
        .filter((s) => sections[s])
        .map((s) => section(s, sections[s]!))}
      {request.abilities.document ? (
        <section aria-labelledby="review-documents" className="review-section">
          <h3 id="review-documents">{t('requestWriter.review.documents')}</h3>
          <ul className="exports plain">
            <li>
              <a href={cooperationRequestsApi.documentUrl(request.id, documentLanguage)} download>
                {t('requestWriter.review.docx', { language: documentLanguage ? words.language(documentLanguage) : t('requestWriter.none') })}
              </a>
            </li>
            <li>
              <a href={cooperationRequestsApi.printUrl(request.id, documentLanguage)} target="_blank" rel="noopener">
                {t('requestWriter.review.print')}
              </a>
            </li>
          </ul>
        </section>
      ) : null}
      <p className="hint">{t('requestWriter.review.sendHint')}</p>
    </>
  );
}
