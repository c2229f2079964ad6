// Form pieces: a labelled field whose hint and errors are tied to its control (aria-describedby, aria-invalid), an
// alert that takes focus when a submission fails, and the translation of the API's error and issue codes.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ERROR_CODES } from '#domain/errors.ts';
import { ApiError, type ApiIssue } from '../api.ts';
import { useI18n, type I18n, type MessageKey } from '../i18n/i18n.tsx';
import { isKnownIssue, issueMessageKey } from './issue-messages.ts';
import { StaleWrite } from './stale-write.tsx';

const KNOWN_CODES = new Set<string>([...ERROR_CODES, 'NETWORK']);

export function issueMessage(t: I18n['t'], issue: ApiIssue): string {
  const [key, values] = issueMessageKey(issue);
  return t(key, values);
}

/** The field an issue is about: `['body', 'password']` → 'password'; `['body', 'names', 'fr']` → 'names.fr'. */
export function issueField(issue: ApiIssue): string {
  const path = Array.isArray(issue.path) ? issue.path : String(issue.path).split('.');
  const [first, ...rest] = path.map(String);
  return (first === 'body' || first === 'query' || first === 'params' ? rest : [first, ...rest]).join('.');
}

/** The issues of a failed request, by field. */
export function issuesByField(error: unknown): Map<string, ApiIssue[]> {
  const map = new Map<string, ApiIssue[]>();
  if (!(error instanceof ApiError)) return map;
  for (const issue of error.issues) {
    const field = issueField(issue);
    map.set(field, [...(map.get(field) ?? []), issue]);
  }
  return map;
}

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** A label, an optional hint, the field's errors and the control itself (given its ids by a render function). */
export function Field({
  label,
  hint,
  issues = [],
  className,
  id: givenId,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  issues?: ApiIssue[];
  className?: string;
  /** The control's id, when something links to it (an error summary); generated otherwise. */
  id?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const { t } = useI18n();
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = issues.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${issues.length ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      {issues.length ? (
        <ul id={errorId} className="field-error">
          {issues.map((issue, i) => (
            <li key={i}>
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {issueMessage(t, issue)}
            </li>
          ))}
        </ul>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': issues.length ? true : undefined })}
    </div>
  );
}

/**
 * The outcome of a failed submission: the translated error code, and the issues no field on screen shows (with the
 * server's English detail for unknown ones). Takes focus when it appears, so keyboard and screen-reader users land
 * on it; `messages` overrides the text for some codes (a wrong password is not "please sign in").
 */
export function FormAlert({
  error,
  shownFields = [],
  messages = {},
  focus = true,
  children,
}: {
  error: unknown;
  shownFields?: string[];
  messages?: Partial<Record<string, string>>;
  /** Take focus when it appears (after a submission); not for a page whose data failed to load. */
  focus?: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error && focus) ref.current?.focus();
  }, [error, focus]);
  if (!error) return null;
  const code = error instanceof ApiError && KNOWN_CODES.has(error.code) ? error.code : 'UNKNOWN';
  const issues = error instanceof ApiError ? error.issues : [];
  const shown = issues.filter((i) => shownFields.includes(issueField(i)));
  const others = issues.filter((i) => !shownFields.includes(issueField(i)));
  const message =
    messages[code] ?? (code === 'VALIDATION_FAILED' && shown.length ? t('form.fixFields') : t(`errors.${code}` as MessageKey));
  return (
    <div className="error form-alert" role="alert" tabIndex={focus ? -1 : undefined} ref={ref}>
      <p>{message}</p>
      <StaleWrite error={error} />
      {others.length > 0 ? (
        <ul>
          {others.map((issue, i) => (
            <li key={i}>
              {issueMessage(t, issue)}
              {isKnownIssue(issue.code) ? null : (
                <>
                  {' '}
                  <span lang="en" className="muted">
                    ({issueField(issue)}: {issue.message})
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}

/** A polite status line (saved, sent, revoked) that screen readers announce without moving focus. */
export function StatusMessage({ children, focus = false }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, children]);
  if (!children) return <p className="status-message" role="status" />;
  return (
    <p className="status-message success" role="status" tabIndex={focus ? -1 : undefined} ref={ref}>
      {children}
    </p>
  );
}

export interface Submission<T> {
  pending: boolean;
  error: unknown;
  result: T | undefined;
  /** Issues of the last failure for one field. */
  issues: (field: string) => ApiIssue[];
  onSubmit: (e: FormEvent) => void;
  reset: () => void;
}

/** Runs `action` on submit, once at a time, keeping its result or error. */
export function useSubmit<T>(action: () => Promise<T>, onDone?: (result: T) => void): Submission<T> {
  const [state, setState] = useState<{ pending: boolean; error: unknown; result: T | undefined }>({
    pending: false,
    error: undefined,
    result: undefined,
  });
  const byField = issuesByField(state.error);
  return {
    ...state,
    issues: (field) => byField.get(field) ?? [],
    onSubmit: (e) => {
      e.preventDefault();
      if (state.pending) return;
      setState({ pending: true, error: undefined, result: state.result });
      action().then(
        (result) => {
          setState({ pending: false, error: undefined, result });
          onDone?.(result);
        },
        (error: unknown) => setState({ pending: false, error, result: undefined }),
      );
    },
    reset: () => setState({ pending: false, error: undefined, result: undefined }),
  };
}

/** A submit button that says when it is working, without disappearing from the tab order. */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <button type="submit" className="primary" aria-disabled={pending || undefined}>
      {pending ? t('form.working') : children}
    </button>
  );
}

/** A password input with a "show" switch (easier than typing it twice, NIST SP 800-63B §3.1.1.2). */
export function PasswordInput({
  control,
  value,
  onChange,
  autoComplete,
}: {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
}) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  return (
    <span className="password-input">
      <input
        {...control}
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        required
        spellCheck={false}
        autoCapitalize="none"
        dir="auto"
      />
      <button type="button" aria-pressed={visible} aria-controls={control.id} onClick={() => setVisible((v) => !v)}>
        {t('form.showPassword')}
      </button>
    </span>
  );
}

interface InputProps {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
}

/** An e-mail address, always left to right. */
export function EmailInput({ control, value, onChange, autoComplete }: InputProps & { autoComplete?: 'username' | 'email' }) {
  return (
    <input
      {...control}
      type="email"
      autoComplete={autoComplete}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      dir="ltr"
    />
  );
}

/** The name a person goes by, in whatever script they write it. */
export function DisplayNameInput({ control, value, onChange }: InputProps) {
  return <input {...control} autoComplete="name" required value={value} onChange={(e) => onChange(e.target.value)} dir="auto" />;
}

/** A code from an authenticator app: a numeric keyboard, and the phone's one-time-code autofill. */
/** A one-time code; `letters` when a recovery code (letters and digits) is accepted too. */
export function CodeInput({ control, value, onChange, letters = false }: InputProps & { letters?: boolean }) {
  return (
    <input
      {...control}
      className="code-input"
      inputMode={letters ? 'text' : 'numeric'}
      autoCapitalize="none"
      autoComplete="one-time-code"
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      dir="ltr"
      spellCheck={false}
    />
  );
}

/** A select whose first option is empty ("choose…", or "none"); the choices follow in the order given. */
export function ChoiceSelect({
  control,
  value,
  onChange,
  empty,
  choices,
  required,
}: InputProps & { empty: string; choices: { value: string; label: string }[]; required?: boolean }) {
  return (
    <select {...control} required={required} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{empty}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** The actions of an edit form: save, or cancel without saving. */
export function SaveOrCancel({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <SubmitButton pending={pending}>{t('common.save')}</SubmitButton>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
