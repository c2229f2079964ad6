// The directory of competent national authorities (issue 11 §3): the list by State with filters and the stale mark,
// one entry with everything the reader may see (what is withheld says so), confirmation and history, and the form
// that adds or changes an entry (a save made on an old copy shows both sides, ADR 19).
import { useState } from 'react';
import { isRequestItem, REQUEST_ITEM_KEYS, type RequestItem } from '#domain/cooperation/request-completeness.ts';
import type { ApiIssue } from '#web/api.ts';
import { DateText, FilterSelect, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { StaleWrite } from '#web/components/stale-write.tsx';
import { useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { CheckboxGroup, SelectField, TextField } from '#web/features/assistance/fields.tsx';
import { authoritiesApi, type AuthorityInput, type AuthorityView } from '#web/features/cooperation/authorities-api.ts';
import { AUTHORITY_CHANNEL_IDS, AUTHORITY_KIND_IDS, ConfirmedMark, useAuthorityWords, WordList } from '#web/features/cooperation/authority-list.tsx';
import { DirectoryFilePanel } from '#web/features/cooperation/directory-files.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 50;
const OPTIONAL_FIELDS = ['address', 'urgentProcedure', 'requirements', 'lawLinks', 'contacts'] as const;
const REQUIREMENTS = ['dualCriminality', 'assurances', 'formats', 'certification', 'other'] as const;

export function AuthoritiesPage(_props: { id?: string; article?: string }) {
  const { t, lang } = useI18n();
  const words = useAuthorityWords();
  const states = useStateChoices();
  const stateName = useStateName();
  useDocumentTitle(t('authorities.title'));
  const [params] = useSearch();
  const filters = { state: params.get('state'), kind: params.get('kind'), stale: params.get('stale') };
  const page = pageParam(params);
  const list = useApi(`authorities:${JSON.stringify(filters)}:${page}`, (signal) =>
    authoritiesApi.list({ stateCode: filters.state, kind: filters.kind, stale: filters.stale, page, pageSize: PAGE_SIZE }, signal),
  );
  const { draft, set, apply } = useFilterDraft(filters);
  return (
    <>
      <h1 tabIndex={-1}>{t('authorities.title')}</h1>
      <p className="lead">{t('authorities.intro')}</p>
      {list.data?.abilities.create ? (
        <p>
          <Link className="button primary" to={href(lang, '/cooperation/authorities/new', { state: filters.state })}>
            {t('authorities.new')}
          </Link>
        </p>
      ) : null}
      <FilterForm label={t('authorities.filters')} onSubmit={apply} clearTo={href(lang, '/cooperation/authorities')}>
        <FilterSelect id="authorities-state" label={t('authorities.field.state')} value={draft.state} options={states} onChange={set('state')} />
        <FilterSelect
          id="authorities-kind"
          label={t('authorities.field.kind')}
          value={draft.kind}
          options={AUTHORITY_KIND_IDS.map((k) => ({ value: k, label: words.kind(k) }))}
          onChange={set('kind')}
        />
        <FilterSelect
          id="authorities-stale"
          label={t('authorities.field.confirmation')}
          value={draft.stale}
          options={[
            { value: 'true', label: t('authorities.staleOnly') },
            { value: 'false', label: t('authorities.currentOnly') },
          ]}
          onChange={set('stale')}
        />
      </FilterForm>
      <DirectoryFilePanel stateCode={filters.state} />
      <PagedTable
        list={list}
        caption={(count) => t('authorities.caption', { count })}
        columns={[t('authorities.field.name'), t('authorities.field.state'), t('authorities.field.kind'), t('authorities.field.channels'), t('authorities.field.languages'), t('authorities.field.confirmation')]}
        empty={t('authorities.none')}
      >
        {(a) => (
          <tr key={a.id}>
            <th scope="row">
              <Link to={href(lang, `/cooperation/authorities/${encodeURIComponent(a.id)}`)}>
                <span dir="auto">{a.name}</span>
              </Link>
            </th>
            <td>
              <Link to={href(lang, `/states/${encodeURIComponent(a.stateCode)}`)}>{stateName(a.stateCode)}</Link>
            </td>
            <td>{words.kind(a.kind)}</td>
            <td>
              <WordList items={a.channels} word={words.channel} />
            </td>
            <td>
              <WordList items={a.languages} word={words.language} />
            </td>
            <td>
              <ConfirmedMark entry={a} />
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

/** A field the reader may not see: said plainly, not left blank. */
function Withheld() {
  const { t } = useI18n();
  return <span className="unknown">{t('authorities.withheld')}</span>;
}

function Text({ value }: { value: string }) {
  const { t } = useI18n();
  return value ? (
    <span className="prewrap" dir="auto">
      {value}
    </span>
  ) : (
    <span className="unknown">{t('common.unknown')}</span>
  );
}

export function AuthorityPage({ id }: { id?: string; article?: string }) {
  const { t, lang } = useI18n();
  const words = useAuthorityWords();
  const stateName = useStateName();
  const [params] = useSearch();
  const [reload, setReload] = useState(0);
  const [confirmed, setConfirmed] = useState(false);
  const entry = useApi(`authority:${id}:${reload}`, (signal) => authoritiesApi.get(id!, signal));
  const history = useApi(`authority-history:${id}:${reload}`, (signal) => authoritiesApi.history(id!, signal));
  const a = entry.data?.data;
  useDocumentTitle(a?.name ?? t('authorities.title'));
  const confirm = useSubmit(
    async () => (await authoritiesApi.confirm(id!)).data,
    () => {
      setConfirmed(true);
      setReload((x) => x + 1);
    },
  );
  if (entry.error && !a) {
    return (
      <>
        <h1 tabIndex={-1}>{t('authorities.title')}</h1>
        <FormAlert error={entry.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <Link to={href(lang, '/cooperation/authorities')}>{t('authorities.back')}</Link>
      </>
    );
  }
  if (!a) return <Loading />;
  const withheld = new Set(a.withheld);
  const field = (name: (typeof OPTIONAL_FIELDS)[number], content: React.ReactNode) => (withheld.has(name) ? <Withheld /> : content);
  const requirements = a.requirements ?? {};
  return (
    <article>
      <p className="breadcrumb">
        <Link to={href(lang, '/cooperation/authorities', { state: a.stateCode })}>{t('authorities.back')}</Link>
      </p>
      <h1 tabIndex={-1} dir="auto">
        {a.name}
      </h1>
      <StatusMessage>{confirmed ? t('authorities.confirmed') : params.get('saved') ? t('authorities.saved') : null}</StatusMessage>
      <p>
        <ConfirmedMark entry={a} />
      </p>
      {entry.data?.abilities.update ? (
        <div className="actions">
          <form onSubmit={confirm.onSubmit}>
            <SubmitButton pending={confirm.pending}>{t('authorities.confirm')}</SubmitButton>
          </form>
          <Link className="button" to={href(lang, `/cooperation/authorities/${encodeURIComponent(a.id)}/edit`)}>
            {t('authorities.edit')}
          </Link>
        </div>
      ) : null}
      <FormAlert error={confirm.error} />
      <StaleWrite error={confirm.error} />
      {a.withheld.length > 0 ? <p className="note">{t('authorities.withheldNote')}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t('authorities.field.state')}</dt>
          <dd>
            <Link to={href(lang, `/states/${encodeURIComponent(a.stateCode)}`)}>{stateName(a.stateCode)}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('authorities.field.kind')}</dt>
          <dd>
            {words.kind(a.kind)}
            {a.instrumentId ? (
              <>
                {' '}
                (<Link to={href(lang, `/instruments/${encodeURIComponent(a.instrumentId)}`)}>{a.instrumentId}</Link>)
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('authorities.field.channels')}</dt>
          <dd>
            <WordList items={a.channels} word={words.channel} />
          </dd>
        </div>
        <div>
          <dt>{t('authorities.field.languages')}</dt>
          <dd>
            <WordList items={a.languages} word={words.language} />
          </dd>
        </div>
        <div>
          <dt>{t('authorities.field.address')}</dt>
          <dd>{field('address', <Text value={a.address ?? ''} />)}</dd>
        </div>
        <div>
          <dt>{t('authorities.field.urgentProcedure')}</dt>
          <dd>{field('urgentProcedure', <Text value={a.urgentProcedure ?? ''} />)}</dd>
        </div>
      </dl>
      <section aria-labelledby="requirements-heading">
        <h2 id="requirements-heading">{t('authorities.field.requirements')}</h2>
        {field(
          'requirements',
          <dl className="facts">
            {REQUIREMENTS.map((k) => (
              <div key={k}>
                <dt>{t(`authorities.requirement.${k}` as MessageKey)}</dt>
                <dd>
                  <Text value={requirements[k] ?? ''} />
                </dd>
              </div>
            ))}
          </dl>,
        )}
        <h3 id="request-items-heading">{t('requestWriter.authority.legend')}</h3>
        {field(
          'requirements',
          a.requestItems ? (
            a.requestItems.length ? (
              <ul className="request-items" aria-labelledby="request-items-heading">
                {a.requestItems.filter(isRequestItem).map((i) => (
                  <li key={i}>{t(`requestWriter.item.${i}` as MessageKey)}</li>
                ))}
              </ul>
            ) : (
              <p>{t('requestWriter.authority.none')}</p>
            )
          ) : (
            <p className="muted">{t('requestWriter.authority.unknown')}</p>
          ),
        )}
      </section>
      <section aria-labelledby="laws-heading">
        <h2 id="laws-heading">{t('authorities.field.lawLinks')}</h2>
        {field(
          'lawLinks',
          a.lawLinks?.length ? (
            <ul>
              {a.lawLinks.map((l, i) => (
                <li key={i}>
                  <a href={l.url} rel="noopener noreferrer" dir="auto">
                    {l.title}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="unknown">{t('common.unknown')}</p>
          ),
        )}
      </section>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t('authorities.field.contacts')}</h2>
        {field(
          'contacts',
          a.contacts?.length ? (
            <table>
              <caption className="visually-hidden">{t('authorities.field.contacts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('authorities.contact.name')}</th>
                  <th scope="col">{t('authorities.contact.role')}</th>
                  <th scope="col">{t('authorities.contact.email')}</th>
                  <th scope="col">{t('authorities.contact.phone')}</th>
                </tr>
              </thead>
              <tbody>
                {a.contacts.map((c, i) => (
                  <tr key={i}>
                    <th scope="row" dir="auto">
                      {c.name}
                    </th>
                    <td dir="auto">{c.role}</td>
                    <td>{c.email ? <a href={`mailto:${c.email}`} dir="ltr">{c.email}</a> : null}</td>
                    <td dir="ltr">{c.phone}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="unknown">{t('common.unknown')}</p>
          ),
        )}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('authorities.history.heading')}</h2>
        {history.data ? (
          <ol className="timeline">
            {history.data.data.map((r) => (
              // The timeline is a grid of two columns: the date, then one element with the rest.
              <li key={r.version}>
                <DateText iso={r.changedAt.slice(0, 10)} />
                <span>
                  {t(`authorities.history.${r.change}` as MessageKey)} ({t('authorities.history.version', { version: r.version })})
                  {r.change === 'updated' || r.change === 'created' || r.change === 'imported' ? (
                    <>
                      {t('common.separator')}
                      <span dir="auto">{r.entry.name}</span>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <Loading />
        )}
      </section>
    </article>
  );
}

interface Draft {
  stateCode: string;
  kind: string;
  instrumentId: string;
  name: string;
  address: string;
  channels: string[];
  languages: string;
  urgentProcedure: string;
  requirements: Record<(typeof REQUIREMENTS)[number], string>;
  lawLinks: string;
  contacts: { name: string; role: string; email: string; phone: string }[];
  publicFields: string[];
  /** The items the authority requires a request to contain; null: not known (never taken for "nothing"). */
  requestItems: RequestItem[] | null;
}

const emptyDraft = (stateCode: string): Draft => ({
  stateCode,
  kind: '',
  instrumentId: '',
  name: '',
  address: '',
  channels: [],
  languages: '',
  urgentProcedure: '',
  requirements: { dualCriminality: '', assurances: '', formats: '', certification: '', other: '' },
  lawLinks: '',
  contacts: [{ name: '', role: '', email: '', phone: '' }],
  publicFields: [],
  requestItems: null,
});

function draftOf(a: AuthorityView): Draft {
  const r = a.requirements ?? {};
  return {
    stateCode: a.stateCode,
    kind: a.kind,
    instrumentId: a.instrumentId ?? '',
    name: a.name,
    address: a.address ?? '',
    channels: [...a.channels],
    languages: a.languages.join(', '),
    urgentProcedure: a.urgentProcedure ?? '',
    requirements: { dualCriminality: r.dualCriminality ?? '', assurances: r.assurances ?? '', formats: r.formats ?? '', certification: r.certification ?? '', other: r.other ?? '' },
    lawLinks: (a.lawLinks ?? []).map((l) => `${l.title} | ${l.url}`).join('\n'),
    contacts: a.contacts?.length ? a.contacts.map((c) => ({ ...c })) : [{ name: '', role: '', email: '', phone: '' }],
    publicFields: [...a.publicFields],
    requestItems: a.requestItems ? a.requestItems.filter(isRequestItem) : null,
  };
}

/** The body the API takes: languages from "fr, en", links from "Title | https://…" lines, empty contact rows dropped. */
function bodyOf(d: Draft): AuthorityInput {
  return {
    stateCode: d.stateCode,
    kind: d.kind as AuthorityInput['kind'],
    instrumentId: d.kind === 'central-authority' ? d.instrumentId.trim() || null : null,
    name: d.name,
    address: d.address,
    channels: d.channels as AuthorityInput['channels'] & string[],
    languages: d.languages.split(/[\s,;]+/).filter(Boolean),
    urgentProcedure: d.urgentProcedure,
    requirements: Object.fromEntries(Object.entries(d.requirements).filter(([, v]) => v.trim())),
    lawLinks: d.lawLinks
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const at = line.lastIndexOf('|');
        return at < 0 ? { title: line, url: line } : { title: line.slice(0, at).trim(), url: line.slice(at + 1).trim() };
      }),
    contacts: d.contacts.filter((c) => c.name.trim() || c.email.trim() || c.phone.trim() || c.role.trim()),
    publicFields: d.publicFields as AuthorityInput['publicFields'] & string[],
    requestItems: d.requestItems,
  };
}

export function AuthorityFormPage({ id }: { id?: string; article?: string }) {
  const existing = useApi(id ? `authority-edit:${id}` : null, (signal) => authoritiesApi.get(id!, signal));
  if (id && !existing.data) return existing.error ? <AuthorityPage id={id} /> : <Loading />;
  return <AuthorityForm id={id} initial={existing.data?.data} readsAll={existing.data?.abilities.readContacts ?? true} />;
}

function AuthorityForm({ id, initial, readsAll }: { id?: string; initial?: AuthorityView; readsAll: boolean }) {
  const { t, lang } = useI18n();
  const words = useAuthorityWords();
  const states = useStateChoices();
  const [params] = useSearch();
  const title = id ? t('authorities.editTitle') : t('authorities.new');
  useDocumentTitle(title);
  const [d, setD] = useState<Draft>(() => (initial ? draftOf(initial) : emptyDraft(params.get('state') ?? '')));
  const set = <K extends keyof Draft>(k: K) => (v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const submit = useSubmit(
    async () => {
      const body = bodyOf(d);
      if (!id) return (await authoritiesApi.create(body)).data;
      const { stateCode: _s, ...changes } = body;
      // What the writer could not read (withheld) is not sent, so it stays as it is.
      if (!readsAll) delete (changes as Partial<typeof changes>).contacts;
      return (await authoritiesApi.update(id, changes)).data;
    },
    (a: AuthorityView) => navigate(href(lang, `/cooperation/authorities/${encodeURIComponent(a.id)}`, { saved: '1' })),
  );
  const back = id ? href(lang, `/cooperation/authorities/${encodeURIComponent(id)}`) : href(lang, '/cooperation/authorities');
  const setContact = (i: number, k: keyof Draft['contacts'][number], v: string) =>
    setD((x) => ({ ...x, contacts: x.contacts.map((c, j) => (j === i ? { ...c, [k]: v } : c)) }));
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{t('common.cancel')}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      {id ? <p className="lead">{t('authorities.saveConfirms')}</p> : null}
      <FormAlert error={submit.error} shownFields={['stateCode', 'kind', 'instrumentId', 'name', 'address', 'channels', 'languages', 'urgentProcedure', 'requirements', 'lawLinks', 'contacts', 'publicFields', 'requestItems']} />
      <StaleWrite error={submit.error} />
      <form className="stack" onSubmit={submit.onSubmit} noValidate>
        {!id ? (
          <SelectField label={t('authorities.field.state')} value={d.stateCode} onChange={set('stateCode')} choices={states} empty={t('authorities.chooseState')} issues={submit.issues('stateCode')} required />
        ) : null}
        <SelectField
          label={t('authorities.field.kind')}
          value={d.kind}
          onChange={set('kind')}
          choices={AUTHORITY_KIND_IDS.map((k) => ({ value: k, label: words.kind(k) }))}
          empty={t('authorities.chooseKind')}
          issues={submit.issues('kind')}
          required
        />
        {d.kind === 'central-authority' ? (
          <TextField label={t('authorities.field.instrument')} hint={t('authorities.instrumentHint')} value={d.instrumentId} onChange={set('instrumentId')} issues={submit.issues('instrumentId')} required />
        ) : null}
        <TextField label={t('authorities.field.name')} value={d.name} onChange={set('name')} issues={submit.issues('name')} required />
        <CheckboxGroup
          legend={t('authorities.field.channels')}
          choices={AUTHORITY_CHANNEL_IDS.map((c) => ({ value: c, label: words.channel(c) }))}
          value={d.channels}
          onChange={set('channels')}
          issues={submit.issues('channels')}
        />
        <TextField label={t('authorities.field.languages')} hint={t('authorities.languagesHint')} value={d.languages} onChange={set('languages')} issues={submit.issues('languages')} />
        <TextField label={t('authorities.field.address')} value={d.address} onChange={set('address')} rows={3} issues={submit.issues('address')} />
        <TextField label={t('authorities.field.urgentProcedure')} value={d.urgentProcedure} onChange={set('urgentProcedure')} rows={3} issues={submit.issues('urgentProcedure')} />
        <fieldset>
          <legend>{t('authorities.field.requirements')}</legend>
          {REQUIREMENTS.map((k) => (
            <TextField
              key={k}
              id={`requirement-${k}`}
              label={t(`authorities.requirement.${k}` as MessageKey)}
              value={d.requirements[k]}
              onChange={(v) => setD((x) => ({ ...x, requirements: { ...x.requirements, [k]: v } }))}
              rows={2}
              issues={submit.issues(`requirements.${k}`)}
            />
          ))}
        </fieldset>
        <RequestItemsField value={d.requestItems} onChange={set('requestItems')} issues={submit.issues('requestItems')} />
        <TextField label={t('authorities.field.lawLinks')} hint={t('authorities.lawLinksHint')} value={d.lawLinks} onChange={set('lawLinks')} rows={3} issues={submit.issues('lawLinks')} />
        {readsAll ? (
          <fieldset>
            <legend>{t('authorities.field.contacts')}</legend>
            {d.contacts.map((c, i) => (
              <div className="inline-fields" key={i} role="group" aria-label={t('authorities.contact.number', { n: i + 1 })}>
                <TextField id={`contact-${i}-name`} label={t('authorities.contact.name')} value={c.name} onChange={(v) => setContact(i, 'name', v)} issues={submit.issues(`contacts.${i}.name`)} />
                <TextField id={`contact-${i}-role`} label={t('authorities.contact.role')} value={c.role} onChange={(v) => setContact(i, 'role', v)} issues={submit.issues(`contacts.${i}.role`)} />
                <TextField id={`contact-${i}-email`} label={t('authorities.contact.email')} value={c.email} onChange={(v) => setContact(i, 'email', v)} issues={submit.issues(`contacts.${i}.email`)} />
                <TextField id={`contact-${i}-phone`} label={t('authorities.contact.phone')} value={c.phone} onChange={(v) => setContact(i, 'phone', v)} issues={submit.issues(`contacts.${i}.phone`)} />
              </div>
            ))}
            <button type="button" onClick={() => setD((x) => ({ ...x, contacts: [...x.contacts, { name: '', role: '', email: '', phone: '' }] }))}>
              {t('authorities.contact.add')}
            </button>
          </fieldset>
        ) : null}
        <CheckboxGroup
          legend={t('authorities.field.publicFields')}
          hint={t('authorities.publicFieldsHint')}
          choices={OPTIONAL_FIELDS.map((f) => ({ value: f, label: t(`authorities.field.${f}` as MessageKey) }))}
          value={d.publicFields}
          onChange={set('publicFields')}
          issues={submit.issues('publicFields')}
        />
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('common.save')}</SubmitButton>
          <Link to={back}>{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

/**
 * What the authority requires a request to contain (the request writer checks drafts against it): "not known" until
 * someone records it, then the items ticked. Unticking every item says it requires none of them, which is not the
 * same as not knowing.
 */
function RequestItemsField({ value, onChange, issues }: { value: RequestItem[] | null; onChange: (v: RequestItem[] | null) => void; issues: ApiIssue[] }) {
  const { t } = useI18n();
  const known = value !== null;
  return (
    <fieldset id="authority-request-items" tabIndex={-1} className={issues.length ? 'field-invalid' : undefined}>
      <legend>{t('requestWriter.authority.legend')}</legend>
      <p className="hint">{t('requestWriter.authority.hint')}</p>
      <ul className="radios">
        <li>
          <input type="radio" id="request-items-unknown" name="request-items-known" checked={!known} onChange={() => onChange(null)} />
          <label htmlFor="request-items-unknown">{t('requestWriter.authority.unknown')}</label>
        </li>
        <li>
          <input type="radio" id="request-items-known" name="request-items-known" checked={known} onChange={() => onChange(value ?? [])} />
          <label htmlFor="request-items-known">{t('requestWriter.authority.known')}</label>
        </li>
      </ul>
      {known ? (
        <CheckboxGroup
          legend={t('requestWriter.authority.items')}
          choices={REQUEST_ITEM_KEYS.map((i) => ({ value: i, label: t(`requestWriter.item.${i}` as MessageKey) }))}
          value={value}
          onChange={(v) => onChange(REQUEST_ITEM_KEYS.filter((i) => v.includes(i)))}
          issues={issues}
        />
      ) : null}
    </fieldset>
  );
}
