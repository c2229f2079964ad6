// People: a filtered, paged list; each name leads to the person's page.
import { useEffect, useState, type FormEvent } from 'react';
import { ROLES } from '#domain/accounts/types.ts';
import { adminApi } from '#web/api.ts';
import { DataTable, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert } from '#web/components/forms.tsx';
import { Pager, pageParam } from '#web/components/pager.tsx';
import { useOrganisations, useStateChoices } from '#web/features/accounts/reference.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

export function PeopleSection() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('admin.people.title'));
  const [params, setParams] = useSearch();
  const filters = {
    q: params.get('q'),
    organisationId: params.get('organisationId'),
    role: params.get('role'),
    stateCode: params.get('stateCode'),
    page: pageParam(params),
    pageSize: PAGE_SIZE,
    lang,
  };
  const list = useApi(`people:${JSON.stringify(filters)}`, (signal) => adminApi.people(filters, signal));
  const { organisations } = useOrganisations();
  const states = useStateChoices();
  const [draft, setDraft] = useState(filters);
  // The form follows the address (back button, "clear filters").
  useEffect(() => setDraft(filters), [params]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams({
      q: draft.q?.trim() || null,
      organisationId: draft.organisationId || null,
      role: draft.role || null,
      stateCode: draft.stateCode || null,
      page: null,
    });
  };
  const people = list.data?.data ?? [];

  return (
    <>
      <h1 tabIndex={-1}>{t('admin.people.title')}</h1>
      <form className="filters" onSubmit={apply} aria-label={t('admin.people.filters')}>
        <div className="field">
          <label htmlFor="people-q">{t('admin.people.search')}</label>
          <input id="people-q" type="search" value={draft.q ?? ''} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="people-organisation">{t('admin.people.organisation')}</label>
          <select
            id="people-organisation"
            value={draft.organisationId ?? ''}
            onChange={(e) => setDraft({ ...draft, organisationId: e.target.value })}
          >
            <option value="">{t('common.all')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="people-role">{t('admin.people.role')}</label>
          <select id="people-role" value={draft.role ?? ''} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="people-state">{t('admin.people.state')}</label>
          <select id="people-state" value={draft.stateCode ?? ''} onChange={(e) => setDraft({ ...draft, stateCode: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {states.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit">{t('common.apply')}</button>
          <Link to={href(lang, '/admin/people')}>{t('common.clearFilters')}</Link>
        </div>
      </form>
      <FormAlert error={list.error} focus={false} />
      {!list.data && list.loading ? <Loading /> : null}
      {list.data ? (
        <>
          <DataTable
            caption={t('admin.people.caption', { count: list.data.total })}
            columns={[
              t('admin.people.columns.name'),
              t('admin.people.columns.email'),
              t('admin.people.columns.memberships'),
              t('admin.people.columns.status'),
            ]}
          >
            {people.map((p) => (
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
            ))}
          </DataTable>
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} />
        </>
      ) : null}
    </>
  );
}
