// Requests the reader may see (`/{lang}/requests`) and an officer's queue (`?view=queue`: those addressed to their
// entity), filtered in the address (?status=&stateCode=&theme=&urgency=&addressedTo=&q=&page=), exportable with
// the same filters.
import { REQUEST_STATUSES } from '#domain/assistance/request-workflow.ts';
import { THEMES, URGENCY_LEVELS } from '#domain/assistance/themes.ts';
import { FilterSelect, useDocumentTitle } from '#web/components/common.tsx';
import { FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { StatusMessage } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { useOrganisations, useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { requestsApi } from '#web/features/assistance/requests-api.ts';
import { RequestStatusBadge, UrgencyBadge, useOrganisationName, useRequestWords } from '#web/features/assistance/requests-ui.tsx';
import { requesterOptions, requestFilters } from '#web/features/assistance/requests-wizard.ts';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

export function RequestsPage() {
  return (
    <SignedIn>
      <RequestList />
    </SignedIn>
  );
}

function RequestList() {
  const { t, lang } = useI18n();
  const session = useSession();
  const words = useRequestWords();
  const [params] = useSearch();
  const filters = requestFilters(params);
  const queue = filters.view === 'queue';
  useDocumentTitle(queue ? t('requests.queueTitle') : t('requests.title'));
  const page = pageParam(params);
  const who = session.user?.id ?? 'anonymous';
  const list = useApi(`requests:${who}:${JSON.stringify(filters)}:${page}`, (signal) =>
    requestsApi.list({ ...filters, view: filters.view as 'queue' | 'mine' | null, page, pageSize: PAGE_SIZE }, signal),
  );
  const states = useStateChoices();
  const stateName = useStateName();
  const orgName = useOrganisationName();
  const { organisations } = useOrganisations();
  const entities = organisations.filter((o) => (o.kind === 'un-entity' || o.kind === 'regional-organisation') && !o.archived);
  const { draft, set, apply } = useFilterDraft({
    status: filters.status,
    stateCode: filters.stateCode,
    theme: filters.theme,
    urgency: filters.urgency,
    addressedTo: filters.addressedTo,
    q: filters.q,
  });
  const options = requesterOptions(session.user?.memberships ?? []);
  const isOfficer = options.officerOf.length > 0;
  const listPath = href(lang, '/requests', { view: filters.view });
  const exportFilters = { ...filters, view: filters.view as 'queue' | 'mine' | null };

  return (
    <>
      <h1 tabIndex={-1}>{queue ? t('requests.queueTitle') : t('requests.title')}</h1>
      <p className="lead">{queue ? t('requests.queueIntro') : t('requests.intro')}</p>
      <StatusMessage>{params.get('deleted') ? t('requests.draftDeleted', { reference: params.get('deleted')! }) : null}</StatusMessage>
      {isOfficer ? (
        <nav className="sub-nav" aria-label={t('requests.tabs.label')}>
          <ul>
            <li>
              <Link to={href(lang, '/requests')} aria-current={queue ? undefined : 'page'}>
                {t('requests.tabs.all')}
              </Link>
            </li>
            <li>
              <Link to={href(lang, '/requests', { view: 'queue' })} aria-current={queue ? 'page' : undefined}>
                {t('requests.tabs.queue')}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
      {options.focalPoints.length > 0 || isOfficer ? (
        <p className="actions">
          {options.focalPoints.length > 0 ? (
            <Link className="button primary" to={href(lang, '/requests/new')}>
              {t('requests.new')}
            </Link>
          ) : null}
          {isOfficer ? (
            <Link className="button" to={href(lang, '/requests/new', { onBehalf: '1' })}>
              {t('requests.recordNoteVerbale')}
            </Link>
          ) : null}
        </p>
      ) : null}
      <FilterForm label={t('requests.filters')} onSubmit={apply} clearTo={listPath}>
        <div className="field">
          <label htmlFor="requests-q">{t('requests.search')}</label>
          <input id="requests-q" type="search" value={draft.q ?? ''} onChange={(e) => set('q')(e.target.value)} dir="auto" />
        </div>
        <FilterSelect
          id="requests-status"
          label={t('assistance.field.status')}
          value={draft.status}
          options={REQUEST_STATUSES.map((s) => ({ value: s, label: words.status(s) }))}
          onChange={set('status')}
        />
        <FilterSelect
          id="requests-state"
          label={t('assistance.field.state')}
          value={draft.stateCode}
          options={states}
          onChange={set('stateCode')}
        />
        <FilterSelect
          id="requests-theme"
          label={t('assistance.field.theme')}
          value={draft.theme}
          options={THEMES.map((s) => ({ value: s, label: words.theme(s) }))}
          onChange={set('theme')}
        />
        <FilterSelect
          id="requests-urgency"
          label={t('assistance.field.urgency')}
          value={draft.urgency}
          options={URGENCY_LEVELS.map((s) => ({ value: s, label: words.urgency(s) }))}
          onChange={set('urgency')}
        />
        <FilterSelect
          id="requests-entity"
          label={t('requests.fields.addressedTo')}
          value={draft.addressedTo}
          options={entities.map((o) => ({ value: o.id, label: o.name }))}
          onChange={set('addressedTo')}
        />
      </FilterForm>
      {list.data && list.data.abilities.export !== false ? (
        <ul className="exports plain">
          <li>
            <a href={requestsApi.exportUrl('csv', exportFilters)} download>
              {t('requests.exportCsv')}
            </a>
          </li>
          <li>
            <a href={requestsApi.exportUrl('xlsx', exportFilters)} download>
              {t('requests.exportXlsx')}
            </a>
          </li>
        </ul>
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('requests.caption', { count })}
        columns={[
          t('requests.columns.reference'),
          t('requests.fields.title'),
          t('language.label'),
          t('assistance.field.state'),
          t('requests.fields.addressedTo'),
          t('assistance.field.urgency'),
          t('assistance.field.status'),
          t('requests.columns.updated'),
        ]}
        empty={t('requests.none')}
      >
        {(r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link to={href(lang, `/requests/${encodeURIComponent(r.id)}`)}>
                <span dir="ltr">{r.reference}</span>
              </Link>
            </th>
            <td>
              {/* Titles come in the requesting State's language: mark it, so screen readers and fonts follow. */}
              <span dir="auto" lang={r.languages[0]}>
                {r.title}
              </span>
            </td>
            <td className="request-languages">{r.languages.map((l) => words.language(l)).join(', ')}</td>
            <td>{stateName(r.stateCode)}</td>
            <td>
              <bdi>{orgName(r.addressedToOrganisationId, r.addressedToOrganisationName)}</bdi>
            </td>
            <td>
              <UrgencyBadge urgency={r.urgency} />
            </td>
            <td>
              <RequestStatusBadge status={r.status} />
            </td>
            <td>
              <DateTime iso={r.updatedAt} />
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}
