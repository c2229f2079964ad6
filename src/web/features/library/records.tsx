// The library's parts of a record's screens (issue 13): its metadata as inputs and as facts, its text, its
// translations, a national law's provisions with the requirement picker, and saving it for offline reading.
// In the library's lazy chunk, with its API calls (apiClient), so none of it weighs on the first page.
import { useState, type ReactNode } from 'react';
import { THEMES, MANDATE_IDS } from '#domain/assistance/themes.ts';
import { RECORD_KINDS } from '#domain/library/records.ts';
import type { InstrumentSummary } from '#domain/treaties/views.ts';
import { api, apiClient, type ApiIssue } from '#web/api.ts';
import type { ChecklistItemView, DocumentDetail, DocumentView, NewProvision, ProvisionList } from '#web/api-types.ts';
import { Name } from '#web/components/common.tsx';
import { Field, FormAlert, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { vocabulary } from '#web/features/assistance/vocabulary.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const BASE = '/api/v1';
const enc = encodeURIComponent;

export const libraryApi = {
  record: async (id: string, signal?: AbortSignal) => (await apiClient.getJson(`/documents/${enc(id)}`, {}, signal)) as DocumentDetail,
  provisions: async (id: string, signal?: AbortSignal) =>
    (await apiClient.getJson(`/documents/${enc(id)}/provisions`, {}, signal)) as ProvisionList,
  addProvision: (id: string, body: NewProvision) => apiClient.request('POST', `/documents/${enc(id)}/provisions`, { body }),
  removeProvision: (id: string, provisionId: string) =>
    apiClient.request('DELETE', `/documents/${enc(id)}/provisions/${enc(provisionId)}`),
  offlineUrl: (id: string, lang: string) => `${BASE}/documents/${enc(id)}/offline?lang=${enc(lang)}`,
};

/** The library metadata as a form edits it: lists as space-separated text where people type codes. */
export interface MetadataDraft {
  kind: string;
  stateCodes: string;
  languages: string;
  documentDate: string;
  versionLabel: string;
  source: string;
  instrumentIds: string[];
  themes: string[];
  mandates: string[];
  translationOf: string;
}

export function draftOf(d?: DocumentView): MetadataDraft {
  return {
    kind: d?.kind ?? 'publication',
    stateCodes: d?.stateCodes.join(' ') ?? '',
    languages: d?.languages.join(' ') ?? '',
    documentDate: d?.documentDate ?? '',
    versionLabel: d?.versionLabel ?? '',
    source: d?.source ?? '',
    instrumentIds: d?.instrumentIds ?? [],
    themes: d?.themes ?? [],
    mandates: d?.mandates ?? [],
    translationOf: d?.translationOf ?? '',
  };
}

const words = (s: string) => s.split(/[\s,;]+/).filter(Boolean);

/** The draft as the API takes it (JSON for an edit). */
export function metadataBody(m: MetadataDraft) {
  return {
    kind: m.kind as DocumentView['kind'],
    stateCodes: words(m.stateCodes).map((c) => c.toUpperCase()),
    languages: words(m.languages).map((c) => c.toLowerCase()),
    documentDate: m.documentDate || null,
    versionLabel: m.versionLabel.trim() || null,
    source: m.source.trim() || null,
    instrumentIds: m.instrumentIds,
    themes: m.themes as DocumentView['themes'],
    mandates: m.mandates as never,
    translationOf: m.translationOf.trim() || null,
  };
}

/** The draft as upload fields (repeated for lists). */
export function appendMetadata(form: FormData, m: MetadataDraft): void {
  const b = metadataBody(m);
  for (const [key, value] of Object.entries(b)) {
    if (Array.isArray(value)) for (const v of value) form.append(key, String(v));
    else if (value !== null) form.append(key, String(value));
  }
}

export const METADATA_FIELDS = ['kind', 'stateCodes', 'languages', 'documentDate', 'versionLabel', 'source', 'instrumentIds', 'themes', 'mandates', 'translationOf'];

export function useInstruments(): InstrumentSummary[] {
  return useApi('instruments', (signal) => api.instruments(signal)).data?.data ?? [];
}

export function MetadataFields({
  value,
  onChange,
  issues,
}: {
  value: MetadataDraft;
  onChange: (value: MetadataDraft) => void;
  issues: (field: string) => ApiIssue[];
}) {
  const { t, localize } = useI18n();
  const v = vocabulary(t);
  const instruments = useInstruments();
  const set = <K extends keyof MetadataDraft>(key: K) => (x: MetadataDraft[K]) => onChange({ ...value, [key]: x });
  const text = (key: 'stateCodes' | 'languages' | 'documentDate' | 'versionLabel' | 'source' | 'translationOf', label: string, hint?: string, type = 'text') => (
    <Field label={label} hint={hint} issues={issues(key)}>
      {(control) => <input {...control} type={type} value={value[key]} onChange={(e) => set(key)(e.target.value)} />}
    </Field>
  );
  return (
    <>
      <Field label={t('library.fields.kind')} issues={issues('kind')}>
        {(control) => (
          <select {...control} value={value.kind} onChange={(e) => set('kind')(e.target.value)}>
            {RECORD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`library.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('stateCodes', t('library.fields.states'), t('library.fields.statesHint'))}
      {text('languages', t('library.fields.languages'), t('library.fields.languagesHint'))}
      {text('documentDate', t('library.fields.date'), undefined, 'date')}
      {text('versionLabel', t('library.fields.version'))}
      {text('source', t('library.fields.source'))}
      <Checkboxes
        legend={t('library.fields.instruments')}
        choices={instruments.map((i) => ({ value: i.id, label: localize(i.shortNames, i.id).text }))}
        value={value.instrumentIds}
        onChange={set('instrumentIds')}
        name="instrumentIds"
      />
      <Checkboxes legend={t('library.fields.themes')} choices={THEMES.map((x) => ({ value: x, label: v.theme(x) }))} value={value.themes} onChange={set('themes')} name="themes" />
      <Checkboxes
        legend={t('library.fields.mandates')}
        choices={MANDATE_IDS.map((x) => ({ value: x, label: v.mandate(x) }))}
        value={value.mandates}
        onChange={set('mandates')}
        name="mandates"
      />
      {text('translationOf', t('library.fields.translationOf'), t('library.fields.translationOfHint'))}
    </>
  );
}

function Checkboxes({
  legend,
  choices,
  value,
  onChange,
  name,
}: {
  legend: string;
  choices: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  name: string;
}) {
  return (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      <ul className="radios">
        {choices.map((c) => (
          <li key={c.value}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={c.value}
                checked={value.includes(c.value)}
                onChange={(e) => onChange(e.target.checked ? [...value, c.value] : value.filter((x) => x !== c.value))}
              />{' '}
              {c.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The record's library metadata as facts (inside the page's <dl>), the declared and detected languages side by side. */
export function MetadataFacts({ doc, detail }: { doc: DocumentView; detail?: DocumentDetail }) {
  const { t, lang } = useI18n();
  const v = vocabulary(t);
  const instruments = useInstruments();
  const instrumentName = (id: string) => instruments.find((i) => i.id === id);
  const languages = [...new Set([...(doc.language ? [doc.language] : []), ...doc.languages])];
  return (
    <>
      <Fact label={t('library.fields.kind')}>{t(`library.kind.${doc.kind}` as MessageKey)}</Fact>
      {doc.stateCodes.length ? <Fact label={t('library.fields.states')}>{doc.stateCodes.join(', ')}</Fact> : null}
      <Fact label={t('library.fields.languages')}>
        {languages.map(v.language).join(', ') || t('common.unknown')}
        {doc.detectedLanguage ? (
          <span className="detected-language"> ({t('library.detected', { language: v.language(doc.detectedLanguage) })})</span>
        ) : null}
      </Fact>
      {doc.documentDate ? <Fact label={t('library.fields.date')}>{doc.documentDate}</Fact> : null}
      {doc.versionLabel ? <Fact label={t('library.fields.version')}>{doc.versionLabel}</Fact> : null}
      {doc.source ? (
        <Fact label={t('library.fields.source')}>
          <span dir="auto">{doc.source}</span>
        </Fact>
      ) : null}
      {doc.instrumentIds.length ? (
        <Fact label={t('library.fields.instruments')}>
          {doc.instrumentIds.map((id, n) => (
            <span key={id}>
              {n ? ', ' : ''}
              <Name text={instrumentName(id)?.shortNames} fallback={id} />
            </span>
          ))}
        </Fact>
      ) : null}
      {doc.themes.length ? <Fact label={t('library.fields.themes')}>{doc.themes.map(v.theme).join(', ')}</Fact> : null}
      {doc.mandates.length ? <Fact label={t('library.fields.mandates')}>{doc.mandates.map(v.mandate).join('; ')}</Fact> : null}
      {detail?.original ? (
        <Fact label={t('library.original')}>
          <Link to={href(lang, `/documents/${enc(detail.original.id)}`)}>
            <span dir="auto">{detail.original.title}</span>
          </Link>
        </Fact>
      ) : null}
      {detail?.translations.length ? (
        <Fact label={t('library.translations')}>
          <ul className="plain">
            {detail.translations.map((r) => (
              <li key={r.id}>
                <Link to={href(lang, `/documents/${enc(r.id)}`)}>
                  <span dir="auto">{r.title}</span>
                </Link>
                {r.language ? ` (${v.language(r.language)})` : ''}
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
    </>
  );
}

/** The extracted text (dir="auto"); selecting a passage offers it to the provision form. */
export function ExtractedText({ text, onSelect }: { text: string | null; onSelect?: (passage: string) => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="text-heading" className="extracted-text">
      <h2 id="text-heading">{t('library.text.title')}</h2>
      {text ? (
        <details open={text.length < 4000}>
          <summary>{t('library.text.show')}</summary>
          <pre
            dir="auto"
            className="text"
            data-testid="extracted-text"
            onMouseUp={() => {
              const s = window.getSelection()?.toString().trim();
              if (s && onSelect) onSelect(s);
            }}
          >
            {text}
          </pre>
        </details>
      ) : (
        <p>{t('library.text.none')}</p>
      )}
    </section>
  );
}

export function OfflineLink({ doc }: { doc: DocumentView }) {
  const { t, lang } = useI18n();
  return (
    <p className="offline">
      <a className="button" href={libraryApi.offlineUrl(doc.id, lang)} download>
        {t('library.offline.save')}
      </a>{' '}
      <span className="hint">{t('library.offline.hint')}</span>
    </p>
  );
}

/** A national law's provisions, and (for who may change the law) the form to add one mapped to requirements. */
export function Provisions({ doc, passage }: { doc: DocumentView; passage: string }) {
  const { t, localize } = useI18n();
  const [version, setVersion] = useState(0);
  const list = useApi(`provisions:${doc.id}:${version}`, (signal) => libraryApi.provisions(doc.id, signal));
  const instruments = useInstruments();
  const requirements = list.data?.requirements ?? [];
  const byId = new Map(requirements.map((r) => [r.requirementId, r]));
  const instrumentLabel = (id: string) => localize(instruments.find((i) => i.id === id)?.shortNames, id).text;
  const requirementLabel = (r: ChecklistItemView) =>
    `${t(`legislation.category.${r.category}` as MessageKey)} — ${t('library.provisions.article', { article: r.article })}`;
  return (
    <section aria-labelledby="provisions-heading" className="provisions">
      <h2 id="provisions-heading">{t('library.provisions.title')}</h2>
      {list.data && list.data.data.length === 0 ? <p>{t('library.provisions.none')}</p> : null}
      <ol className="provision-list">
        {(list.data?.data ?? []).map((p) => (
          <li key={p.id}>
            <h3 dir="auto">{p.label}</h3>
            {p.text ? <p dir="auto">{p.text}</p> : null}
            {p.requirementIds.length ? (
              <p className="hint">
                {t('library.provisions.maps')}:{' '}
                {p.requirementIds
                  .map((id) => {
                    const r = byId.get(id);
                    return r ? `${instrumentLabel(r.instrumentId)}, ${requirementLabel(r)}` : id;
                  })
                  .join('; ')}
              </p>
            ) : null}
            {list.data?.abilities.create ? (
              <button
                type="button"
                className="link"
                onClick={async () => {
                  await libraryApi.removeProvision(doc.id, p.id);
                  setVersion((n) => n + 1);
                }}
              >
                {t('library.provisions.delete')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {list.data?.abilities.create ? (
        <AddProvision
          doc={doc}
          passage={passage}
          requirements={requirements}
          instrumentLabel={instrumentLabel}
          requirementLabel={requirementLabel}
          onAdded={() => setVersion((n) => n + 1)}
        />
      ) : null}
    </section>
  );
}

function AddProvision({
  doc,
  passage,
  requirements,
  instrumentLabel,
  requirementLabel,
  onAdded,
}: {
  doc: DocumentView;
  passage: string;
  requirements: ChecklistItemView[];
  instrumentLabel: (id: string) => string;
  requirementLabel: (r: ChecklistItemView) => string;
  onAdded: () => void;
}) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [added, setAdded] = useState(false);
  const submit = useSubmit(
    async () => {
      await libraryApi.addProvision(doc.id, { label: label.trim(), text: text.trim(), requirementIds: picked });
      return true;
    },
    () => {
      setLabel('');
      setText('');
      setPicked([]);
      setAdded(true);
      onAdded();
    },
  );
  // The picker: the record's instruments first, then the others, each with its requirements and their articles.
  const groups = [...new Set(requirements.map((r) => r.instrumentId))].sort(
    (a, b) => Number(!doc.instrumentIds.includes(a)) - Number(!doc.instrumentIds.includes(b)),
  );
  return (
    <section aria-labelledby="add-provision-heading" className="panel">
      <h3 id="add-provision-heading">{t('library.provisions.add')}</h3>
      {added ? <p role="status">{t('library.provisions.added')}</p> : null}
      <FormAlert error={submit.error} shownFields={['label', 'text', 'requirementIds']} />
      <form onSubmit={submit.onSubmit} className="stack" noValidate>
        <Field label={t('library.provisions.label')} hint={t('library.provisions.labelHint')} issues={submit.issues('label')}>
          {(control) => <input {...control} dir="auto" required value={label} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <Field label={t('library.provisions.text')} issues={submit.issues('text')}>
          {(control) => <textarea {...control} dir="auto" rows={5} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        {passage ? (
          <p>
            <button type="button" onClick={() => setText(passage)}>
              {t('library.provisions.pickPassage')}
            </button>
          </p>
        ) : null}
        <fieldset className="requirement-picker">
          <legend>{t('library.provisions.requirements')}</legend>
          {groups.map((g) => (
            <details key={g} open={doc.instrumentIds.includes(g)}>
              <summary>{instrumentLabel(g)}</summary>
              <ul className="radios">
                {requirements
                  .filter((r) => r.instrumentId === g)
                  .map((r) => (
                    <li key={r.requirementId}>
                      <label>
                        <input
                          type="checkbox"
                          value={r.requirementId}
                          checked={picked.includes(r.requirementId)}
                          onChange={(e) =>
                            setPicked(e.target.checked ? [...picked, r.requirementId] : picked.filter((x) => x !== r.requirementId))
                          }
                        />{' '}
                        {requirementLabel(r)}
                      </label>
                    </li>
                  ))}
              </ul>
            </details>
          ))}
        </fieldset>
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('library.provisions.save')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
