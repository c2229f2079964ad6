// Who else holds a document (organisations it is shared with) and who may read a named-people document.
import { useState } from 'react';
import { adminApi } from '#web/api.ts';
import type { OrganisationView, PersonView } from '#web/api-types.ts';
import { FormAlert } from '#web/components/forms.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';

export function SharedOrganisationsField({
  organisations,
  exclude,
  value,
  onChange,
}: {
  organisations: OrganisationView[];
  exclude: string;
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const { t } = useI18n();
  const choices = organisations.filter((o) => o.id !== exclude && !o.archived);
  return (
    <fieldset className="scroll-fieldset">
      <legend>{t('documents.fields.sharedWith')}</legend>
      <p className="hint">{t('documents.fields.sharedWithHint')}</p>
      {choices.length === 0 ? <p className="muted">{t('documents.fields.noOrganisations')}</p> : null}
      <ul className="checkboxes">
        {choices.map((o) => (
          <li key={o.id}>
            <label>
              <input
                type="checkbox"
                checked={value.includes(o.id)}
                onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((x) => x !== o.id))}
              />{' '}
              {o.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export interface NamedPerson {
  id: string;
  label: string;
}

/** People named on the record: the uploader always, others found by name or e-mail (where the reader may search). */
export function NamedPeopleField({
  self,
  value,
  onChange,
}: {
  self: NamedPerson;
  value: NamedPerson[];
  onChange: (value: NamedPerson[]) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<PersonView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const search = () => {
    setError(null);
    adminApi.people({ q: q.trim(), pageSize: 10 }).then((r) => setResults(r.data), setError);
  };
  const chosen = [self, ...value.filter((p) => p.id !== self.id)];
  return (
    <fieldset>
      <legend>{t('documents.fields.namedPeople')}</legend>
      <p className="hint">{t('documents.fields.namedPeopleHint')}</p>
      <ul className="chosen">
        {chosen.map((p) => (
          <li key={p.id}>
            <span dir="auto">{p.label}</span>{' '}
            {p.id === self.id ? (
              <span className="muted">{t('documents.fields.you')}</span>
            ) : (
              <button type="button" onClick={() => onChange(value.filter((x) => x.id !== p.id))}>
                {t('documents.fields.removePerson', { name: p.label })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor="named-search">{t('documents.fields.findPerson')}</label>
          <input
            id="named-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              // Enter searches rather than submitting the whole form.
              if (e.key === 'Enter') {
                e.preventDefault();
                search();
              }
            }}
          />
        </div>
        <button type="button" onClick={search} disabled={!q.trim()}>
          {t('documents.fields.search')}
        </button>
      </div>
      <FormAlert error={error} messages={{ FORBIDDEN: t('documents.fields.searchForbidden') }} />
      {results ? (
        results.length === 0 ? (
          <p role="status">{t('documents.fields.noPeople')}</p>
        ) : (
          <ul className="results" aria-live="polite">
            {results
              .filter((p) => !chosen.some((c) => c.id === p.id))
              .map((p) => (
                <li key={p.id}>
                  <span dir="auto">{p.displayName}</span> <span dir="ltr" className="muted">{p.email}</span>{' '}
                  <button type="button" onClick={() => onChange([...value, { id: p.id, label: p.displayName }])}>
                    {t('documents.fields.addPerson', { name: p.displayName })}
                  </button>
                </li>
              ))}
          </ul>
        )
      ) : null}
    </fieldset>
  );
}
