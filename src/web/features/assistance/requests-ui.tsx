// Pieces of the request screens: status and urgency badges (a symbol and a word, never colour alone), the words of
// the vocabularies, a labelled field and a group of checkboxes with stable ids, and an error summary whose entries
// lead to the fields.
import { useEffect, useRef, type ReactNode } from 'react';
import type { ApiIssue } from '#web/api.ts';
import { issueField, issueMessage } from '#web/components/forms.tsx';
import { useOrganisations } from '#web/features/accounts/reference.tsx';
import { useI18n, type I18n, type MessageKey } from '#web/i18n/i18n.tsx';

/** A label from the catalogue, or the id itself when the catalogue does not know it (a newer value). */
function label(t: I18n['t'], prefix: string, id: string): string {
  const key = `${prefix}.${id}` as MessageKey;
  const text = t(key);
  return text === key ? id : text;
}

export function requestWords(t: I18n['t']) {
  return {
    status: (id: string) => label(t, 'assistance.requestStatus', id),
    event: (id: string) => label(t, 'assistance.requestEvent', id),
    eventDone: (id: string) => (id === 'create' ? t('requests.timeline.created') : label(t, 'assistance.requestEventDone', id)),
    theme: (id: string) => label(t, 'assistance.theme', id),
    modality: (id: string) => label(t, 'assistance.modality', id),
    urgency: (id: string) => label(t, 'assistance.urgency', id),
    declineReason: (id: string) => label(t, 'assistance.declineReason', id),
    resultKind: (id: string) => label(t, 'assistance.resultKind', id),
    activityKind: (id: string) => label(t, 'assistance.activityKind', id),
    activityStatus: (id: string) => label(t, 'delivery.activityStatus', id),
    language: (id: string) => label(t, 'languageName', id),
    /** '68/187/OP9' → "OP9" (in the reader's language). */
    mandate: (id: string) => label(t, 'assistance.mandate', `${id.split('/').at(-1) ?? id}.label`),
    mandateDescription: (id: string) => label(t, 'assistance.mandate', `${id.split('/').at(-1) ?? id}.description`),
  };
}

export function useRequestWords() {
  const { t } = useI18n();
  return requestWords(t);
}

const STATUS_SYMBOL: Record<string, string> = {
  draft: '✎',
  submitted: '◆',
  'under-review': '◔',
  accepted: '✓',
  declined: '✕',
  referred: '⇄',
  planned: '◷',
  'in-delivery': '◑',
  completed: '●',
  evaluated: '★',
  withdrawn: '⊘',
};

export function RequestStatusBadge({ status }: { status: string }) {
  const words = useRequestWords();
  return (
    <span className={`badge request-status request-status-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status] ?? '?'}</span> {words.status(status)}
    </span>
  );
}

const URGENCY_SYMBOL: Record<string, string> = { low: '▽', normal: '◇', high: '▲', urgent: '‼' };

export function UrgencyBadge({ urgency }: { urgency: string }) {
  const { t } = useI18n();
  const words = useRequestWords();
  return (
    <span className={`badge urgency urgency-${urgency}`}>
      <span aria-hidden="true">{URGENCY_SYMBOL[urgency] ?? '?'}</span>
      <span className="visually-hidden">{t('assistance.field.urgency')}: </span>
      {words.urgency(urgency)}
    </span>
  );
}

/**
 * An organisation's name in the reader's language, from the directory (the API resolves names in English); the
 * name the record carries until the directory has loaded, or when the reader may not list it.
 */
export function useOrganisationName(): (id: string | null | undefined, fallback?: string | null) => string {
  const { organisations } = useOrganisations();
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return (id, fallback) => (id ? (names.get(id) ?? fallback ?? '') : (fallback ?? ''));
}

/** The issues of one field, as its error list. */
function FieldErrors({ id, issues }: { id: string; issues: ApiIssue[] }) {
  const { t } = useI18n();
  if (!issues.length) return null;
  return (
    <ul id={id} className="field-error">
      {issues.map((issue, i) => (
        <li key={i}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {issueMessage(t, issue)}
        </li>
      ))}
    </ul>
  );
}

export interface FieldControl {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** A labelled control with a hint and its errors, under a stable id (the error summary links to it). */
export function LabelledField({
  id,
  label: text,
  hint,
  issues = [],
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  issues?: ApiIssue[];
  children: (control: FieldControl) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = issues.length ? `${id}-error` : undefined;
  return (
    <div className={`field${issues.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{text}</label>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      <FieldErrors id={`${id}-error`} issues={issues} />
      {children({
        id,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        'aria-invalid': issues.length ? true : undefined,
      })}
    </div>
  );
}

/** Several choices as checkboxes in a fieldset; the fieldset carries the id the error summary points to. */
export function CheckboxGroup({
  id,
  legend,
  hint,
  issues = [],
  choices,
  value,
  onChange,
  scroll = false,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  issues?: ApiIssue[];
  choices: { value: string; label: ReactNode; hint?: ReactNode }[];
  value: readonly string[];
  onChange: (value: string, checked: boolean) => void;
  scroll?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = issues.length ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`${scroll ? 'scroll-fieldset ' : ''}${issues.length ? 'field-invalid' : ''}`.trim() || undefined}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} issues={issues} />
      <ul className="checkboxes">
        {choices.map((c) => (
          <li key={c.value}>
            <input
              type="checkbox"
              id={`${id}-${c.value}`}
              checked={value.includes(c.value)}
              onChange={(e) => onChange(c.value, e.target.checked)}
              aria-describedby={c.hint ? `${id}-${c.value}-hint` : undefined}
            />{' '}
            <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
            {c.hint ? (
              <span id={`${id}-${c.value}-hint`} className="hint checkbox-hint">
                {c.hint}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Moves focus to a field named in an error summary: the control itself, or the first control of its group. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const target = el.matches('input, select, textarea, button')
    ? el
    : el.querySelector<HTMLElement>('input, select, textarea, button');
  (target ?? el).focus();
  el.scrollIntoView?.({ block: 'center' });
}

/**
 * The errors of a form, at its top: a heading and one link per issue to its field (WCAG 3.3.1, 3.3.3). Takes focus
 * when it appears, so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({
  issues,
  fieldLabel,
  fieldId,
  fieldOf = issueField,
  token,
}: {
  issues: ApiIssue[];
  /** The label of an issue's field (as `issueField()` names it). */
  fieldLabel: (field: string) => string;
  fieldId: (field: string) => string;
  /** The field an issue is about (default: its path without `body`). */
  fieldOf?: (issue: ApiIssue) => string;
  /** Changes on each failed attempt, so the summary takes focus again. */
  token: number;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (issues.length) ref.current?.focus();
  }, [token]);
  if (!issues.length) return null;
  return (
    <div className="error form-alert error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('requests.errorSummary', { count: issues.length })}</h2>
      <ul>
        {issues.map((issue, i) => {
          const field = fieldOf(issue);
          const id = fieldId(field);
          return (
            <li key={i}>
              <a
                href={`#${id}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(id);
                }}
              >
                {fieldLabel(field)}: {issueMessage(t, issue)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
