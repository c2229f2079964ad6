// People: a filtered, paged list; each name leads to the person's page.
import { ROLES } from '#domain/accounts/types.ts';
import { adminApi } from '#web/api.ts';
import { FilterSelect, useDocumentTitle } from '#web/components/common.tsx';
import { FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { useOrganisations, useStateChoices } from '#web/features/accounts/reference.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

export function PeopleSection() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('admin.people.title'));
  const [params] = useSearch();
  const filters = {
    q: params.get('q'),
    organisationId: params.get('organisationId'),
    role: params.get('role'),
    stateCode: params.get('stateCode'),
  };
  const query = { ...filters, page: pageParam(params), pageSize: PAGE_SIZE, lang };
  const list = useApi(`people:${JSON.stringify(query)}`, (signal) => adminApi.people(query, signal));
  const { organisations } = useOrganisations();
  const states = useStateChoices();
  const { draft, set, apply } = useFilterDraft(filters);

  return (
    <>
      <h1 tabIndex={-1}>{t('admin.people.title')}</h1>
      <FilterForm label={t('admin.people.filters')} onSubmit={apply} clearTo={href(lang, '/admin/people')}>
        <div className="field">
          <label htmlFor="people-q">{t('admin.people.search')}</label>
          <input id="people-q" type="search" value={draft.q ?? ''} onChange={(e) => set('q')(e.target.value)} />
        </div>
        <FilterSelect
          id="people-organisation"
          label={t('admin.people.organisation')}
          value={draft.organisationId}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          onChange={set('organisationId')}
        />
        <FilterSelect
          id="people-role"
          label={t('admin.people.role')}
          value={draft.role}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={set('role')}
        />
        <FilterSelect
          id="people-state"
          label={t('admin.people.state')}
          value={draft.stateCode}
          options={states}
          onChange={set('stateCode')}
        />
      </FilterForm>
      <PagedTable
        list={list}
        caption={(count) => t('admin.people.caption', { count })}
        columns={[
          t('admin.people.columns.name'),
          t('admin.people.columns.email'),
          t('admin.people.columns.memberships'),
          t('admin.people.columns.status'),
        ]}
      >
        {(p) => (
          <tr key={p.id}>
            <th scope="row">
              <Link to={href(lang, `/admin/people/${encodeURIComponent(p.id)}`)}>
                <span dir="auto">{p.displayName}</span>
              </Link>
            </th>
            <td>
              <span dir="ltr">{p.email}</span>
            </td>
            <td>
              <ul className="plain">
                {p.memberships.map((m) => (
                  <li key={m.id}>
                    {t('account.memberships.item', { role: t(`role.${m.role}`), organisation: m.organisationName })}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {p.platformAdmin ? <span className="tag">{t('admin.people.admin')}</span> : null}
              {p.disabled ? <span className="tag tag-warning">{t('admin.people.disabled')}</span> : null}
              {!p.platformAdmin && !p.disabled ? t('admin.people.active') : null}
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}
