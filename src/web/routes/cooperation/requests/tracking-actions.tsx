// The tracking events the reader may take now: one button per event of `abilities.events`, each opening its form
// inline, which is the confirmation (a disclosure: the button says whether it is open; Escape closes the form and
// returns to the button). Receipt asks for the requested authority's reference, a refusal for its ground, a request
// for information for what is needed. A refusal out of order (409) or after someone else's change (412) is said
// plainly, with what to do.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { REFUSAL_GROUNDS, type RequestEvent } from '#domain/cooperation/requests.ts';
import { ApiError, type ApiIssue } from '#web/api.ts';
import { FormAlert, issueField, SubmitButton } from '#web/components/forms.tsx';
import { ErrorSummary, LabelledField } from '#web/features/assistance/requests-ui.tsx';
import {
  DESTRUCTIVE_EVENTS,
  primaryEvent,
  TRANSITION_FIELDS,
  transitionBody,
  transitionIssues,
  type TransitionField,
  type TransitionValues,
} from '#web/features/cooperation/request-tracking.ts';
import { cooperationRequestsApi, type CooperationRequestDetail } from '#web/features/cooperation/cooperation-requests-api.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';

export function TrackingActions({
  request,
  events,
  onDone,
}: {
  request: CooperationRequestDetail;
  events: RequestEvent[];
  onDone: (event: RequestEvent) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<RequestEvent | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const primary = primaryEvent(events);
  const close = () => {
    const was = open;
    setOpen(null);
    if (was) buttons.current.get(was)?.focus();
  };
  return (
    <section aria-labelledby="request-actions" className="request-actions">
      <h2 id="request-actions">{t('requestTracking.actions.heading')}</h2>
      <ul className="action-buttons">
        {events.map((e) => (
          <li key={e}>
            <button
              type="button"
              ref={(el) => {
                if (el) buttons.current.set(e, el);
                else buttons.current.delete(e);
              }}
              className={DESTRUCTIVE_EVENTS.has(e) ? 'danger' : e === primary ? 'primary' : undefined}
              aria-expanded={open === e}
              aria-controls={open === e ? `transition-${e}` : undefined}
              onClick={() => setOpen((o) => (o === e ? null : e))}
            >
              {t(`requestTracking.event.${e}` as MessageKey)}
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <TransitionForm
          key={open}
          request={request}
          event={open}
          onCancel={close}
          onDone={() => {
            setOpen(null);
            onDone(open);
          }}
        />
      ) : null}
    </section>
  );
}

const FIELD_LABEL: Record<TransitionField, MessageKey> = {
  reference: 'requestTracking.actions.reference',
  ground: 'requestTracking.actions.ground',
  note: 'requestTracking.actions.note',
};

function TransitionForm({
  request,
  event,
  onCancel,
  onDone,
}: {
  request: CooperationRequestDetail;
  event: RequestEvent;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<TransitionValues>({ reference: '', ground: '', note: '' });
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { fields, required } = TRANSITION_FIELDS[event];
  const id = (field: string) => `transition-${event}-${field}`;
  const issuesOf = (field: string) => issues.filter((i) => issueField(i) === field);
  const set = (field: TransitionField, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const action = t(`requestTracking.event.${event}` as MessageKey);
  const label = (f: TransitionField) => (f === 'note' && required.includes('note') ? t('requestTracking.actions.noteRequired') : t(FIELD_LABEL[f]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const missing = transitionIssues(event, values);
    if (missing.length) {
      setIssues(missing);
      setError(undefined);
      setAttempt((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      await cooperationRequestsApi.transition(request.id, transitionBody(event, values, request.version));
      onDone();
    } catch (err) {
      setPending(false);
      const known = err instanceof ApiError ? err.issues.filter((i) => issueField(i) in FIELD_LABEL) : [];
      setIssues(known);
      setError(err instanceof ApiError && known.length === err.issues.length && known.length > 0 ? undefined : err);
      setAttempt((n) => n + 1);
    }
  };

  return (
    <div
      id={`transition-${event}`}
      className={`panel transition-form${DESTRUCTIVE_EVENTS.has(event) ? ' danger-zone' : ''}`}
      role="group"
      aria-labelledby={id('heading')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={id('heading')} tabIndex={-1} ref={heading}>
        {action}
      </h3>
      <p className="hint">{t(`requestTracking.explain.${event}` as MessageKey)}</p>
      <ErrorSummary issues={issues} fieldLabel={(f) => (f in FIELD_LABEL ? label(f as TransitionField) : f)} fieldId={id} token={attempt} />
      <FormAlert
        error={error}
        shownFields={issues.map(issueField)}
        messages={{
          // Sending a draft that still misses something is refused with the items missing; any other refusal means the
          // request moved on since the page was loaded.
          INVALID_TRANSITION: error instanceof ApiError && error.params.missing ? t('requestTracking.actions.incomplete') : t('requestTracking.actions.conflict'),
          PRECONDITION_FAILED: t('requestTracking.actions.stale'),
        }}
      />
      <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
        {fields.includes('reference') ? (
          <LabelledField id={id('reference')} label={label('reference')} hint={t('requestTracking.actions.referenceHint')} issues={issuesOf('reference')}>
            {(control) => <input {...control} required maxLength={120} value={values.reference} onChange={(e) => set('reference', e.target.value)} dir="auto" />}
          </LabelledField>
        ) : null}
        {fields.includes('ground') ? (
          <LabelledField id={id('ground')} label={label('ground')} issues={issuesOf('ground')}>
            {(control) => (
              <select {...control} required value={values.ground} onChange={(e) => set('ground', e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {REFUSAL_GROUNDS.map((g) => (
                  <option key={g} value={g}>
                    {t(`requestTracking.ground.${g}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
        ) : null}
        <LabelledField id={id('note')} label={label('note')} hint={t('requestTracking.actions.noteHint')} issues={issuesOf('note')}>
          {(control) => (
            <textarea
              {...control}
              rows={4}
              required={required.includes('note')}
              maxLength={4000}
              value={values.note}
              onChange={(e) => set('note', e.target.value)}
              dir="auto"
            />
          )}
        </LabelledField>
        <div className="actions">
          <SubmitButton pending={pending}>{t('requestTracking.actions.confirm', { action })}</SubmitButton>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
