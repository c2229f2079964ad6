// Inputs of the delivery and coordination forms: several choices among a vocabulary (checkboxes in a fieldset), the
// States an activity serves (a select adding to a list), and one choice with its label, hint and errors.
import { useId, useState } from 'react';
import type { ApiIssue } from '#web/api.ts';
import { ChoiceSelect, Field, issueMessage } from '#web/components/forms.tsx';
import { FilterSelect } from '#web/components/common.tsx';
import { useOrganisations, type Choice } from '#web/features/accounts/reference.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';

function Issues({ id, issues }: { id: string; issues: ApiIssue[] }) {
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

/** Several choices as checkboxes; `columns` lays long lists out in columns (they flow right to left in Arabic). */
export function CheckboxGroup({
  legend,
  hint,
  choices,
  value,
  onChange,
  issues = [],
  columns = false,
  groupId,
}: {
  legend: string;
  hint?: string;
  choices: Choice[];
  value: string[];
  onChange: (value: string[]) => void;
  issues?: ApiIssue[];
  columns?: boolean;
  /** The group's id, when an error summary links to it. */
  groupId?: string;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, issues.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={groupId} className={issues.length ? 'field-invalid' : undefined} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <Issues id={`${id}-error`} issues={issues} />
      <ul className={`checkboxes${columns ? ' checkbox-columns' : ''}`}>
        {choices.map((c) => (
          <li key={c.value}>
            <label>
              <input
                type="checkbox"
                checked={value.includes(c.value)}
                onChange={(e) => onChange(e.target.checked ? [...value, c.value] : value.filter((v) => v !== c.value))}
              />{' '}
              {c.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Several States: the chosen ones listed with a remove button each, and a select to add another. */
export function StatesPicker({
  legend,
  states,
  value,
  onChange,
  issues = [],
  groupId,
}: {
  legend: string;
  states: Choice[];
  value: string[];
  onChange: (value: string[]) => void;
  issues?: ApiIssue[];
  /** The group's id, when an error summary links to it. */
  groupId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [next, setNext] = useState('');
  const names = new Map(states.map((s) => [s.value, s.label]));
  const add = () => {
    if (next && !value.includes(next)) onChange([...value, next]);
    setNext('');
  };
  return (
    <fieldset id={groupId} className={issues.length ? 'field-invalid' : undefined} aria-describedby={issues.length ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <Issues id={`${id}-error`} issues={issues} />
      {value.length ? (
        <ul className="chosen" aria-live="polite">
          {value.map((code) => (
            <li key={code}>
              <span>{names.get(code) ?? code}</span>{' '}
              <button type="button" onClick={() => onChange(value.filter((v) => v !== code))}>
                {t('delivery.form.removeState', { name: names.get(code) ?? code })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('delivery.form.noStates')}</p>
      )}
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-add`}>{t('delivery.form.addState')}</label>
          <select id={`${id}-add`} value={next} onChange={(e) => setNext(e.target.value)}>
            <option value="">{t('delivery.form.chooseState')}</option>
            {states
              .filter((s) => !value.includes(s.value))
              .map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
          </select>
        </div>
        <button type="button" onClick={add} disabled={!next}>
          {t('delivery.form.add')}
        </button>
      </div>
    </fieldset>
  );
}

/** One choice among a list, labelled, with its errors. */
export function SelectField({
  label,
  hint,
  value,
  onChange,
  choices,
  empty,
  issues = [],
  required,
  id,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  choices: Choice[];
  empty: string;
  issues?: ApiIssue[];
  required?: boolean;
  id?: string;
}) {
  return (
    <Field label={label} hint={hint} issues={issues} id={id}>
      {(control) => (
        <ChoiceSelect control={control} value={value} onChange={onChange} empty={empty} choices={choices} required={required} />
      )}
    </Field>
  );
}

/** A line of text (or several, `rows`), written in any script. */
export function TextField({
  label,
  hint,
  value,
  onChange,
  issues = [],
  rows,
  required,
  type = 'text',
  id,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  issues?: ApiIssue[];
  rows?: number;
  required?: boolean;
  type?: 'text' | 'date' | 'number';
  id?: string;
}) {
  return (
    <Field label={label} hint={hint} issues={issues} id={id}>
      {(control) =>
        rows ? (
          <textarea {...control} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} dir="auto" required={required} />
        ) : (
          <input
            {...control}
            type={type}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            dir={type === 'text' ? 'auto' : undefined}
            required={required}
            inputMode={type === 'number' ? 'numeric' : undefined}
          />
        )
      }
    </Field>
  );
}

/** The entities delivering assistance (not State authorities), as a list filter. */
export function EntityFilter({ id = 'filter-entity', value, onChange }: { id?: string; value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useI18n();
  const { organisations } = useOrganisations();
  return (
    <FilterSelect
      id={id}
      label={t('assistance.field.entity')}
      value={value}
      options={organisations.filter((o) => o.kind !== 'state-authority').map((o) => ({ value: o.id, label: o.name }))}
      onChange={onChange}
    />
  );
}
