// Needs identified by assessments: the list (?uncovered=1: those no open request or activity covers), a need's page
// with the requests and activities matched to it, and the form recording one with its source.
import { useState } from 'react';
import type { NeedView } from '#web/api-types.ts';
import { DateText, FilterSelect, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { ExportLinks, FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { FormAlert, StatusMessage, SubmitButton, useSubmit } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { ConfidentialityBadge } from '#web/features/accounts/labels.tsx';
import { useOrganisations, useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { CoordinationLinks } from '#web/features/assistance/coordination-links.tsx';
import { coordinationApi } from '#web/features/assistance/delivery-api.ts';
import { CheckboxGroup, SelectField, TextField } from '#web/features/assistance/fields.tsx';
import { choices, DateRange, NEED_STATUSES, useVocabulary, VOCAB, Words } from '#web/features/assistance/vocabulary.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, navigate, useSearch } from '#web/router.tsx';
import { documentsApi } from '#web/api.ts';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

export function NeedsPage() {
  return (
    <SignedIn>
      <Needs />
    </SignedIn>
  );
}

function Needs() {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const states = useStateChoices();
  const stateName = useStateName();
  useDocumentTitle(t('coordination.needs.title'));
  const [params] = useSearch();
  const uncovered = params.get('uncovered') === '1';
  const filters = { stateCode: params.get('stateCode'), theme: params.get('theme'), status: uncovered ? null : params.get('status') };
  const page = pageParam(params);
  const list = useApi(`needs:${uncovered}:${JSON.stringify(filters)}:${page}`, (signal) =>
    (uncovered ? coordinationApi.uncoveredNeeds : coordinationApi.needs)({ ...filters, page, pageSize: PAGE_SIZE }, signal),
  );
  const { draft, set, apply } = useFilterDraft(filters);
  return (
    <>
      <h1 tabIndex={-1}>{t('coordination.needs.title')}</h1>
      <CoordinationLinks current="needs" />
      <p className="lead">{t('coordination.needs.intro')}</p>
      <nav aria-label={t('coordination.needs.viewsLabel')} className="section-links tabs">
        <ul>
          <li>
            <Link to={href(lang, '/coordination/needs')} aria-current={!uncovered ? 'page' : undefined}>
              {t('coordination.needs.all')}
            </Link>
          </li>
          <li>
            <Link to={href(lang, '/coordination/needs', { uncovered: '1' })} aria-current={uncovered ? 'page' : undefined}>
              {t('coordination.needs.uncovered')}
            </Link>
          </li>
        </ul>
      </nav>
      {list.data?.abilities.create ? (
        <p>
          <Link className="button primary" to={href(lang, '/coordination/needs/new')}>
            {t('coordination.needs.new')}
          </Link>
        </p>
      ) : null}
      <FilterForm label={t('coordination.filters')} onSubmit={apply} clearTo={href(lang, '/coordination/needs', { uncovered: uncovered ? '1' : null })}>
        <FilterSelect id="needs-state" label={t('assistance.field.state')} value={draft.stateCode} options={states} onChange={set('stateCode')} />
        <FilterSelect id="needs-theme" label={t('assistance.field.theme')} value={draft.theme} options={choices(VOCAB.themes, v.theme)} onChange={set('theme')} />
        {!uncovered ? (
          <FilterSelect id="needs-status" label={t('assistance.field.status')} value={draft.status} options={choices(NEED_STATUSES, v.needStatus)} onChange={set('status')} />
        ) : null}
      </FilterForm>
      {list.data ? (
        <ExportLinks
          id="needs-export"
          formats={['csv', 'xlsx'] as const}
          url={(format) => (uncovered ? coordinationApi.uncoveredNeedsExportUrl : coordinationApi.needsExportUrl)(format, filters)}
        />
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => (uncovered ? t('coordination.needs.uncoveredCaption', { count }) : t('coordination.needs.caption', { count }))}
        columns={[t('coordination.needs.need'), t('assistance.field.state'), t('assistance.field.themes'), t('coordination.needs.source'), t('assistance.field.status')]}
        empty={uncovered ? t('coordination.needs.noneUncovered') : t('coordination.needs.none')}
      >
        {(n) => (
          <tr key={n.id}>
            <th scope="row">
              <Link to={href(lang, `/coordination/needs/${encodeURIComponent(n.id)}`)}>
                <span dir="auto">{n.description.length > 120 ? `${n.description.slice(0, 117)}…` : n.description}</span>
              </Link>
            </th>
            <td>{stateName(n.stateCode)}</td>
            <td>
              <Words ids={n.themes} label={v.theme} />
            </td>
            <td>
              <span dir="auto">{n.sourceTitle}</span> (<DateText iso={n.assessedOn} />)
            </td>
            <td>{v.needStatus(n.status)}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

export function NeedPage({ id }: { id: string }) {
  return (
    <SignedIn>
      <Need id={id} />
    </SignedIn>
  );
}

function Need({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const stateName = useStateName();
  const [params] = useSearch();
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState(false);
  const need = useApi(`need:${id}:${version}`, (signal) => coordinationApi.need(id, signal));
  const n = need.data?.data;
  useDocumentTitle(t('coordination.needs.needTitle'));
  const [nextStatus, setNextStatus] = useState('');
  const update = useSubmit(
    async () => (await coordinationApi.updateNeed(id, { status: nextStatus })).data,
    () => {
      setSaved(true);
      setVersion((x) => x + 1);
    },
  );
  if (need.error && !n) {
    return (
      <>
        <h1 tabIndex={-1}>{t('coordination.needs.needTitle')}</h1>
        <FormAlert error={need.error} messages={{ NOT_FOUND: t('errors.recordNotFound') }} focus={false} />
        <Link to={href(lang, '/coordination/needs')}>{t('coordination.needs.back')}</Link>
      </>
    );
  }
  if (!n) return <Loading />;
  const requests = n.matches?.requests ?? [];
  const activities = n.matches?.activities ?? [];
  return (
    <article>
      <p className="breadcrumb">
        <Link to={href(lang, '/coordination/needs')}>{t('coordination.needs.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('coordination.needs.needOf', { state: stateName(n.stateCode) })}</h1>
      <StatusMessage>{saved ? t('delivery.saved') : params.get('created') ? t('coordination.needs.created') : null}</StatusMessage>
      <p className="lead prewrap" dir="auto">
        {n.description}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('assistance.field.state')}</dt>
          <dd>
            <Link to={href(lang, `/states/${encodeURIComponent(n.stateCode)}`)}>{stateName(n.stateCode)}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('assistance.field.themes')}</dt>
          <dd>
            <Words ids={n.themes} label={v.theme} />
          </dd>
        </div>
        <div>
          <dt>{t('coordination.needs.source')}</dt>
          <dd>
            <span dir="auto">{n.sourceTitle}</span>
            {n.sourceOrganisationName ? <span dir="auto"> — {n.sourceOrganisationName}</span> : null}
            {n.sourceDocumentId ? (
              <>
                {' '}
                (<Link to={href(lang, `/documents/${encodeURIComponent(n.sourceDocumentId)}`)}>{t('coordination.needs.sourceDocument')}</Link>)
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('coordination.needs.assessedOn')}</dt>
          <dd>
            <DateText iso={n.assessedOn} />
          </dd>
        </div>
        <div>
          <dt>{t('assistance.field.status')}</dt>
          <dd>{v.needStatus(n.status)}</dd>
        </div>
        <div>
          <dt>{t('coordination.needs.heldBy')}</dt>
          <dd><bdi>{n.ownerOrganisationName}</bdi></dd>
        </div>
        <div>
          <dt>{t('documents.fields.confidentiality')}</dt>
          <dd>
            <ConfidentialityBadge level={n.confidentiality} />
          </dd>
        </div>
      </dl>
      {need.data?.abilities.update ? (
        <form className="inline-fields" onSubmit={update.onSubmit}>
          <SelectField
            label={t('coordination.needs.changeStatus')}
            value={nextStatus}
            onChange={setNextStatus}
            choices={choices(NEED_STATUSES.filter((s) => s !== n.status), v.needStatus)}
            empty={t('delivery.form.choose')}
            issues={update.issues('status')}
          />
          <SubmitButton pending={update.pending}>{t('common.save')}</SubmitButton>
          <FormAlert error={update.error} shownFields={['status']} />
        </form>
      ) : null}
      <section aria-labelledby="matches-heading">
        <h2 id="matches-heading">{t('coordination.needs.matches')}</h2>
        {!n.matches?.covered ? <p className="warning-text">{t('coordination.needs.noMatch')}</p> : null}
        {requests.length ? (
          <>
            <h3>{t('coordination.needs.matchedRequests')}</h3>
            <ul>
              {requests.map((r) => (
                <li key={r.id}>
                  <Link to={href(lang, `/requests/${encodeURIComponent(r.id)}`)}>
                    <span dir="ltr">{r.reference}</span>
                    {t('common.separator')}
                    <span dir="auto">{r.title}</span>
                  </Link>{' '}
                  <span className="muted">
                    (<span dir="auto">{r.organisationName}</span>
                    {t('common.separator')}
                    {v.requestStatus(r.status)}
                    {t('common.separator')}
                    <Words ids={r.themes} label={v.theme} />)
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {activities.length ? (
          <>
            <h3>{t('coordination.needs.matchedActivities')}</h3>
            <ul>
              {activities.map((a, i) =>
                a.disclosed && a.id ? (
                  <li key={a.id}>
                    {a.title ? (
                      <Link to={href(lang, `/activities/${encodeURIComponent(a.id)}`)}>
                        <span dir="auto">{a.title}</span>
                      </Link>
                    ) : null}{' '}
                    — <span dir="auto">{a.organisationName}</span>, <DateRange from={a.startDate ?? ''} to={a.endDate ?? ''} />{' '}
                    <span className="muted">
                      ({a.status ? v.activityStatus(a.status) : null}
                      {t('common.separator')}
                      <Words ids={a.themes} label={v.theme} />)
                    </span>
                  </li>
                ) : (
                  <li key={`undisclosed-${i}`} className="muted">
                    {t('delivery.overlap.undisclosed')}
                  </li>
                ),
              )}
            </ul>
          </>
        ) : null}
      </section>
    </article>
  );
}

export function NeedNewPage() {
  return (
    <SignedIn>
      <NewNeed />
    </SignedIn>
  );
}

function NewNeed() {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const { user } = useSession();
  const states = useStateChoices();
  const { organisations } = useOrganisations();
  useDocumentTitle(t('coordination.needs.new'));
  const own = [...new Map((user?.memberships ?? []).map((m) => [m.organisationId, m])).values()];
  const [stateCode, setStateCode] = useState('');
  const [themes, setThemes] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [sourceTitle, setSourceTitle] = useState('');
  const [sourceOrganisationId, setSourceOrganisationId] = useState('');
  const [sourceDocumentId, setSourceDocumentId] = useState('');
  // The assessment itself, among the documents the reader may read (those about the State first).
  const documents = useApi(`need-documents:${stateCode}`, (signal) =>
    documentsApi.list({ stateCode: stateCode || null, pageSize: 100 }, signal),
  );
  const [assessedOn, setAssessedOn] = useState('');
  const [owner, setOwner] = useState(own[0]?.organisationId ?? '');
  const submit = useSubmit(
    async () =>
      (
        await coordinationApi.createNeed({
          stateCode,
          themes,
          description: description.trim(),
          sourceTitle: sourceTitle.trim(),
          sourceOrganisationId: sourceOrganisationId || null,
          sourceDocumentId: sourceDocumentId || null,
          assessedOn,
          ownerOrganisationId: owner || undefined,
        })
      ).data,
    (n: NeedView) => navigate(href(lang, `/coordination/needs/${encodeURIComponent(n.id)}`, { created: '1' })),
  );
  return (
    <>
      <p className="breadcrumb">
        <Link to={href(lang, '/coordination/needs')}>{t('coordination.needs.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('coordination.needs.new')}</h1>
      <FormAlert error={submit.error} shownFields={['stateCode', 'themes', 'description', 'sourceTitle', 'sourceOrganisationId', 'sourceDocumentId', 'assessedOn', 'ownerOrganisationId']} />
      <form className="stack" onSubmit={submit.onSubmit} noValidate>
        <SelectField label={t('assistance.field.state')} value={stateCode} onChange={setStateCode} choices={states} empty={t('delivery.form.chooseState')} issues={submit.issues('stateCode')} required />
        <CheckboxGroup legend={t('assistance.field.themes')} choices={choices(VOCAB.themes, v.theme)} value={themes} onChange={setThemes} issues={submit.issues('themes')} columns />
        <TextField label={t('coordination.needs.need')} value={description} onChange={setDescription} rows={4} issues={submit.issues('description')} required />
        <fieldset>
          <legend>{t('coordination.needs.source')}</legend>
          <TextField label={t('coordination.needs.sourceTitle')} hint={t('coordination.needs.sourceHint')} value={sourceTitle} onChange={setSourceTitle} issues={submit.issues('sourceTitle')} required />
          <SelectField
            label={t('coordination.needs.sourceOrganisation')}
            value={sourceOrganisationId}
            onChange={setSourceOrganisationId}
            hint={t('common.optional')}
            choices={organisations.map((o) => ({ value: o.id, label: o.name }))}
            empty={t('coordination.needs.noOrganisation')}
            issues={submit.issues('sourceOrganisationId')}
          />
          <SelectField
            label={t('coordination.needs.sourceDocument')}
            hint={t('coordination.needs.sourceDocumentHint')}
            value={sourceDocumentId}
            onChange={setSourceDocumentId}
            choices={(documents.data?.data ?? []).map((d) => ({ value: d.id, label: d.title }))}
            empty={t('coordination.needs.noDocument')}
            issues={submit.issues('sourceDocumentId')}
          />
          <TextField label={t('coordination.needs.assessedOn')} type="date" value={assessedOn} onChange={setAssessedOn} issues={submit.issues('assessedOn')} required />
        </fieldset>
        {own.length > 1 ? (
          <SelectField label={t('coordination.needs.heldBy')} value={owner} onChange={setOwner} choices={own.map((m) => ({ value: m.organisationId, label: m.organisationName }))} empty={t('delivery.form.choose')} issues={submit.issues('ownerOrganisationId')} required />
        ) : null}
        <div className="actions">
          <SubmitButton pending={submit.pending}>{t('common.save')}</SubmitButton>
          <Link to={href(lang, '/coordination/needs')}>{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
