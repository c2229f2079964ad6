// Inputs shared by the upload and edit forms of a document.
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '#domain/accounts/types.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import type { ApiIssue } from '#web/api.ts';
import { ChoiceSelect, Field, issueMessage } from '#web/components/forms.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import type { Choice } from '../accounts/reference.tsx';

export const ALLOWED_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'text/plain': 'TXT',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};
const EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.odt', '.txt', '.png', '.jpg', '.jpeg'];
export const ACCEPT = [...EXTENSIONS, ...Object.keys(ALLOWED_TYPES)].join(',');
export const MAX_BYTES = 10 * 1024 * 1024;

/** Whether the browser's idea of the file's type (or, when it has none, its extension) is one the API takes. */
export function acceptedFile(file: File): boolean {
  if (file.type) return file.type in ALLOWED_TYPES;
  return EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext));
}

/** The four levels as radio buttons, each with who may read it. */
export function ConfidentialityField({
  value,
  onChange,
  issues,
}: {
  value: Confidentiality;
  onChange: (value: Confidentiality) => void;
  issues: ApiIssue[];
}) {
  const { t } = useI18n();
  return (
    <fieldset aria-describedby={issues.length ? 'confidentiality-error' : undefined}>
      <legend>{t('documents.fields.confidentiality')}</legend>
      {issues.length ? (
        <ul id="confidentiality-error" className="field-error">
          {issues.map((i, n) => (
            <li key={n}>{issueMessage(t, i)}</li>
          ))}
        </ul>
      ) : null}
      <ul className="radios">
        {CONFIDENTIALITY_LEVELS.map((level) => (
          <li key={level}>
            <input
              type="radio"
              id={`confidentiality-${level}`}
              name="confidentiality"
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              aria-describedby={`confidentiality-${level}-hint`}
            />
            <label htmlFor={`confidentiality-${level}`}>{t(`confidentiality.${level}.label` as MessageKey)}</label>
            <span id={`confidentiality-${level}-hint`} className="hint">
              {t(`confidentiality.${level}.hint` as MessageKey)}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function StateField({
  value,
  onChange,
  states,
  issues,
}: {
  value: string;
  onChange: (value: string) => void;
  states: Choice[];
  issues: ApiIssue[];
}) {
  const { t } = useI18n();
  return (
    <Field label={t('documents.fields.state')} hint={t('documents.fields.stateHint')} issues={issues}>
      {(control) => (
        <ChoiceSelect control={control} value={value} onChange={onChange} empty={t('documents.fields.noState')} choices={states} />
      )}
    </Field>
  );
}

export function LanguageField({
  value,
  onChange,
  issues,
}: {
  value: string;
  onChange: (value: string) => void;
  issues: ApiIssue[];
}) {
  const { t } = useI18n();
  return (
    <Field label={t('documents.fields.language')} issues={issues}>
      {(control) => (
        <ChoiceSelect
          control={control}
          value={value}
          onChange={onChange}
          empty={t('documents.fields.otherLanguage')}
          choices={LANGUAGES.map((l) => ({ value: l, label: t(`languageName.${l}`) }))}
        />
      )}
    </Field>
  );
}

/** A document's title and its optional description. */
export function TitleFields({
  title,
  onTitleChange,
  description,
  onDescriptionChange,
  issues,
}: {
  title: string;
  onTitleChange: (value: string) => void;
  description: string;
  onDescriptionChange: (value: string) => void;
  issues: (field: string) => ApiIssue[];
}) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t('documents.fields.title')} issues={issues('title')}>
        {(control) => <input {...control} required value={title} onChange={(e) => onTitleChange(e.target.value)} dir="auto" />}
      </Field>
      <Field label={t('documents.fields.description')} hint={t('common.optional')} issues={issues('description')}>
        {(control) => (
          <textarea {...control} rows={4} value={description} onChange={(e) => onDescriptionChange(e.target.value)} dir="auto" />
        )}
      </Field>
    </>
  );
}
