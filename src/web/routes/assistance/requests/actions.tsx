// The acts the reader may take on a request now: one button per event of `abilities.events`, each opening its form
// inline (a disclosure: the button says whether it is open; Escape closes the form and returns to the button). A
// decline asks for a reason and a comment, a referral for the entity and a comment, a withdrawal for a comment.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { DECLINE_REASONS } from '#domain/assistance/request-workflow.ts';
import { ApiError, type ApiIssue } from '#web/api.ts';
import type { AssistanceRequestDetail } from '#web/api-types.ts';
import { FormAlert, issueField, SubmitButton } from '#web/components/forms.tsx';
import { useOrganisations } from '#web/features/accounts/reference.tsx';
import { DESTRUCTIVE_EVENTS as DESTRUCTIVE } from '#web/features/assistance/request-next-step.ts';
import { requestsApi } from '#web/features/assistance/requests-api.ts';
import { ErrorSummary, LabelledField, useRequestWords } from '#web/features/assistance/requests-ui.tsx';
import { COMMENT_REQUIRED_EVENTS, transitionIssues } from '#web/features/assistance/requests-wizard.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';


export function RequestActions({
  request,
  events,
  primary,
  lead,
  onDone,
}: {
  request: AssistanceRequestDetail;
  events: string[];
  /** The primary action (request-next-step.ts): an event, or another action given as `lead`. */
  primary: string | null;
  /** An action shown first (planning an activity), when there is one. */
  lead?: ReactNode;
  onDone: (event: string) => void;
}) {
  const { t } = useI18n();
  const w = useRequestWords();
  const [open, setOpen] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const close = () => {
    const was = open;
    setOpen(null);
    if (was) buttons.current.get(was)?.focus();
  };
  return (
    <section aria-labelledby="request-actions" className="request-actions">
      <h2 id="request-actions">{t('requests.request.actions')}</h2>
      <ul className="action-buttons">
        {lead ? <li>{lead}</li> : null}
        {events.map((e) => (
          <li key={e}>
            <button
              type="button"
              ref={(el) => {
                if (el) buttons.current.set(e, el);
                else buttons.current.delete(e);
              }}
              className={DESTRUCTIVE.has(e) ? 'danger' : e === primary ? 'primary' : undefined}
              aria-expanded={open === e}
              aria-controls={open === e ? `transition-${e}` : undefined}
              onClick={() => setOpen((o) => (o === e ? null : e))}
            >
              {w.event(e)}
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

const FIELD_LABEL: Record<string, MessageKey> = {
  comment: 'requests.transition.comment',
  reason: 'requests.transition.reason',
  referToOrganisationId: 'requests.transition.referTo',
};

function TransitionForm({
  request,
  event,
  onCancel,
  onDone,
}: {
  request: AssistanceRequestDetail;
  event: string;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const w = useRequestWords();
  const { organisations } = useOrganisations();
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [referTo, setReferTo] = useState('');
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const id = (field: string) => `transition-${event}-${field}`;
  const entities = organisations.filter(
    (o) => (o.kind === 'un-entity' || o.kind === 'regional-organisation') && !o.archived && o.id !== request.addressedToOrganisationId,
  );
  const commentRequired = COMMENT_REQUIRED_EVENTS.includes(event);
  const issuesOf = (field: string) => issues.filter((i) => issueField(i) === field);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const missing = transitionIssues({ event, comment, reason, referToOrganisationId: referTo });
    if (missing.length) {
      setIssues(missing);
      setError(undefined);
      setAttempt((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      await requestsApi.transition(request.id, {
        event,
        comment: comment.trim() || null,
        ...(event === 'decline' ? { reason } : {}),
        ...(event === 'refer' ? { referToOrganisationId: referTo } : {}),
      });
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
      className={`panel transition-form${DESTRUCTIVE.has(event) ? ' danger-zone' : ''}`}
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
        {w.event(event)}
      </h3>
      <p className="hint">{t(`requests.transition.explain.${event}` as MessageKey)}</p>
      <ErrorSummary
        issues={issues}
        fieldLabel={(f) => (f in FIELD_LABEL ? t(FIELD_LABEL[f]!) : f)}
        fieldId={id}
        token={attempt}
      />
      <FormAlert error={error} shownFields={issues.map(issueField)} />
      <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
        {event === 'decline' ? (
          <LabelledField id={id('reason')} label={t('requests.transition.reason')} issues={issuesOf('reason')}>
            {(control) => (
              <select {...control} required value={reason} onChange={(e) => setReason(e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {DECLINE_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {w.declineReason(r)}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
        ) : null}
        {event === 'refer' ? (
          <LabelledField
            id={id('referToOrganisationId')}
            label={t('requests.transition.referTo')}
            hint={t('requests.transition.referHint')}
            issues={issuesOf('referToOrganisationId')}
          >
            {(control) => (
              <select {...control} required value={referTo} onChange={(e) => setReferTo(e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {entities.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
        ) : null}
        <LabelledField
          id={id('comment')}
          label={commentRequired ? t('requests.transition.commentRequired') : t('requests.transition.comment')}
          hint={t('requests.transition.commentHint')}
          issues={issuesOf('comment')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              required={commentRequired}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              dir="auto"
            />
          )}
        </LabelledField>
        <div className="actions">
          <SubmitButton pending={pending}>{t('requests.transition.confirm', { action: w.event(event) })}</SubmitButton>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
