// Requests for MLA and extradition the reader is party to (`/{lang}/cooperation/requests`): those their authority
// drafts or sent, those addressed to their State, and those shared with them by name. Filtered in the address
// (?side=&status=&kind=&page=); a request whose status has stood still past its time is marked overdue.
import { REQUEST_STATUSES } from '#domain/cooperation/requests.ts';
import { COOPERATION_KINDS } from '#domain/cooperation/types.ts';
import { FilterSelect, useDocumentTitle } from '#web/components/common.tsx';
import { FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { DateTime } from '#web/features/accounts/labels.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { cooperationRequestsApi } from '#web/features/cooperation/cooperation-requests-api.ts';
import { listQuery, otherStateCode, requestListFilters } from '#web/features/cooperation/request-writer.ts';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';
import '#web/features/cooperation/cooperation.css';

const PAGE_SIZE = 25;

export function CooperationRequestsPage(_props: { id?: string }) {
  return (
    <SignedIn>
      <RequestList />
    </SignedIn>
  );
}

function RequestList() {
  const { t, lang, localize } = useI18n();
  const session = useSession();
  const [params] = useSearch();
  const filters = requestListFilters(params);
  const page = pageParam(params);
  useDocumentTitle(t('requestWriter.list.title'));
  const who = session.user?.id ?? 'anonymous';
  const list = useApi(`cooperation-requests:${who}:${JSON.stringify(filters)}:${page}`, (signal) =>
    cooperationRequestsApi.list(listQuery(filters, page, PAGE_SIZE), signal),
  );
  const { draft, set, apply } = useFilterDraft({ side: filters.side, status: filters.status, kind: filters.kind });
  const status = (s: string) => t(`requestWriter.status.${s}` as MessageKey);
  const kind = (k: string) => t(`requestWriter.kind.${k}` as MessageKey);

  return (
    <>
      <h1 tabIndex={-1}>{t('requestWriter.list.title')}</h1>
      <p className="lead">{t('requestWriter.list.intro')}</p>
      {session.abilities.draftCooperationRequests ? (
        <p className="actions">
          <Link className="button primary" to={href(lang, '/cooperation/requests/new')}>
            {t('requestWriter.list.new')}
          </Link>
          <Link to={href(lang, '/cooperation/legal-basis')}>{t('requestWriter.list.fromFinder')}</Link>
        </p>
      ) : null}
      <FilterForm label={t('requestWriter.list.filters')} onSubmit={apply} clearTo={href(lang, '/cooperation/requests')}>
        <FilterSelect
          id="cooperation-requests-side"
          label={t('requestWriter.list.side')}
          value={draft.side}
          allLabel={t('requestWriter.list.bothSides')}
          options={[
            { value: 'requesting', label: t('requestWriter.list.sideRequesting') },
            { value: 'requested', label: t('requestWriter.list.sideRequested') },
          ]}
          onChange={set('side')}
        />
        <FilterSelect
          id="cooperation-requests-status"
          label={t('requestWriter.list.status')}
          value={draft.status}
          options={REQUEST_STATUSES.map((s) => ({ value: s, label: status(s) }))}
          onChange={set('status')}
        />
        <FilterSelect
          id="cooperation-requests-kind"
          label={t('requestWriter.field.kind')}
          value={draft.kind}
          options={COOPERATION_KINDS.map((k) => ({ value: k, label: kind(k) }))}
          onChange={set('kind')}
        />
      </FilterForm>
      <PagedTable
        list={list}
        caption={(count) => t('requestWriter.list.caption', { count })}
        columns={[
          t('requestWriter.field.kind'),
          t('requestWriter.list.otherState'),
          t('requestWriter.list.side'),
          t('requestWriter.list.status'),
          t('requestWriter.list.ourReference'),
          t('requestWriter.list.theirReference'),
          t('requestWriter.list.updated'),
        ]}
        empty={t('requestWriter.list.none')}
      >
        {(r) => {
          const other = otherStateCode(r);
          const otherNames = other === r.requestedState.code ? r.requestedState.names : r.requestingState.names;
          const requesting = r.sides.includes('requesting');
          const ours = requesting ? r.requestingReference : r.requestedReference;
          const theirs = requesting ? r.requestedReference : r.requestingReference;
          // A draft opens where it is written; anything sent opens its shared record.
          const to =
            r.status === 'draft' && requesting
              ? href(lang, `/cooperation/requests/${encodeURIComponent(r.id)}/edit`)
              : href(lang, `/cooperation/requests/${encodeURIComponent(r.id)}`);
          return (
            <tr key={r.id} data-request={r.id}>
              <th scope="row">
                <Link to={to}>{kind(r.kind)}</Link>
              </th>
              <td>{localize(otherNames, other).text}</td>
              <td>{requesting ? t('requestWriter.list.sideRequesting') : t('requestWriter.list.sideRequested')}</td>
              <td>
                <span className={`badge cooperation-request-status cooperation-request-status-${r.status}`}>{status(r.status)}</span>
                {r.overdue ? (
                  <span className="badge overdue">
                    <span aria-hidden="true">◷ </span>
                    {t('requestWriter.list.overdue')}
                  </span>
                ) : null}
              </td>
              <td>{ours ? <bdi>{ours}</bdi> : <span className="muted">{t('requestWriter.none')}</span>}</td>
              <td>{theirs ? <bdi>{theirs}</bdi> : <span className="muted">{t('requestWriter.none')}</span>}</td>
              <td>
                <DateTime iso={r.updatedAt} />
              </td>
            </tr>
          );
        }}
      </PagedTable>
    </>
  );
}
