// Documents the reader may see, filtered in the address (?q=&stateCode=&confidentiality=&organisationId=&page=).
import { useEffect, useState, type FormEvent } from 'react';
import { CONFIDENTIALITY_LEVELS } from '#domain/accounts/types.ts';
import { documentsApi } from '#web/api.ts';
import type { DocumentFilters } from '#web/api-types.ts';
import { DataTable, Loading, useDocumentTitle } from '#web/components/common.tsx';
import { FormAlert, StatusMessage } from '#web/components/forms.tsx';
import { Pager, pageParam } from '#web/components/pager.tsx';
import { ConfidentialityBadge, DateTime, FileSize } from '#web/features/accounts/labels.tsx';
import { useOrganisations, useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { useI18n, type MessageKey } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;

export function DocumentsPage() {
  const { t, lang, localize } = useI18n();
  const session = useSession();
  useDocumentTitle(t('documents.title'));
  const [params, setParams] = useSearch();
  const filters: DocumentFilters = {
    q: params.get('q'),
    stateCode: params.get('stateCode'),
    confidentiality: params.get('confidentiality'),
    organisationId: params.get('organisationId'),
  };
  const page = pageParam(params);
  // The list depends on who is reading: reload it when that changes.
  const who = session.user?.id ?? 'anonymous';
  const list = useApi(`documents:${who}:${JSON.stringify(filters)}:${page}`, (signal) =>
    documentsApi.list({ ...filters, page, pageSize: PAGE_SIZE }, signal),
  );
  const states = useStateChoices();
  const stateName = useStateName();
  const signedIn = session.user !== null;
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [params]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams({
      q: draft.q?.trim() || null,
      stateCode: draft.stateCode || null,
      confidentiality: draft.confidentiality || null,
      organisationId: draft.organisationId || null,
      page: null,
    });
  };
  const documents = list.data?.data ?? [];
  const mayCreate = list.data?.abilities.create ?? session.abilities.createDocument;

  return (
    <>
      <h1 tabIndex={-1}>{t('documents.title')}</h1>
      <p className="lead">{signedIn ? t('documents.introSignedIn') : t('documents.introPublic')}</p>
      <StatusMessage>{params.get('deleted') ? t('documents.deleted') : null}</StatusMessage>
      {mayCreate ? (
        <p>
          <Link className="button primary" to={href(lang, '/documents/new')}>
            {t('documents.upload')}
          </Link>
        </p>
      ) : null}
      <form className="filters" onSubmit={apply} aria-label={t('documents.filters')}>
        <div className="field">
          <label htmlFor="documents-q">{t('documents.search')}</label>
          <input id="documents-q" type="search" value={draft.q ?? ''} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="documents-state">{t('documents.fields.state')}</label>
          <select
            id="documents-state"
            value={draft.stateCode ?? ''}
            onChange={(e) => setDraft({ ...draft, stateCode: e.target.value })}
          >
            <option value="">{t('common.all')}</option>
            {states.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="documents-confidentiality">{t('documents.fields.confidentiality')}</label>
          <select
            id="documents-confidentiality"
            value={draft.confidentiality ?? ''}
            onChange={(e) => setDraft({ ...draft, confidentiality: e.target.value })}
          >
            <option value="">{t('common.all')}</option>
            {CONFIDENTIALITY_LEVELS.map((c) => (
              <option key={c} value={c}>
                {t(`confidentiality.${c}.label` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {signedIn ? <OrganisationFilter value={draft.organisationId ?? ''} onChange={(v) => setDraft({ ...draft, organisationId: v })} /> : null}
        <div className="filter-actions">
          <button type="submit">{t('common.apply')}</button>
          <Link to={href(lang, '/documents')}>{t('common.clearFilters')}</Link>
        </div>
      </form>
      {list.data?.abilities.export ? (
        <p className="exports">
          <a href={documentsApi.exportUrl(filters)} download>
            {t('documents.exportCsv')}
          </a>
        </p>
      ) : null}
      <FormAlert error={list.error} focus={false} />
      {!list.data && list.loading ? <Loading /> : null}
      {list.data ? (
        documents.length === 0 ? (
          <p>{t('documents.none')}</p>
        ) : (
          <>
            <DataTable
              caption={t('documents.caption', { count: list.data.total })}
              columns={[
                t('documents.columns.title'),
                t('documents.fields.confidentiality'),
                t('documents.fields.state'),
                t('documents.fields.owner'),
                t('documents.columns.file'),
                t('documents.columns.updated'),
              ]}
            >
              {documents.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link to={href(lang, `/documents/${encodeURIComponent(d.id)}`)}>
                      <span dir="auto">{d.title}</span>
                    </Link>
                  </th>
                  <td>
                    <ConfidentialityBadge level={d.confidentiality} />
                  </td>
                  <td>{d.stateCode ? stateName(d.stateCode) : <span className="muted">{t('documents.fields.noState')}</span>}</td>
                  <td>{localize(d.ownerOrganisationNames, d.ownerOrganisationName).text}</td>
                  <td>
                    <span dir="ltr">{d.fileName}</span>
                    <span className="muted">
                      {' '}
                      (<FileSize bytes={d.sizeBytes} />)
                    </span>
                  </td>
                  <td>
                    <DateTime iso={d.updatedAt} />
                  </td>
                </tr>
              ))}
            </DataTable>
            <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} />
          </>
        )
      ) : null}
    </>
  );
}

function OrganisationFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const { organisations } = useOrganisations();
  return (
    <div className="field">
      <label htmlFor="documents-organisation">{t('documents.fields.organisation')}</label>
      <select id="documents-organisation" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('common.all')}</option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
