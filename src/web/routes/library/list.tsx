// Library records the reader may see, filtered in the address (?q=&stateCode=&confidentiality=&organisationId=&kind=
// &instrumentId=&language=&theme=&page=).
import { CONFIDENTIALITY_LEVELS } from '#domain/accounts/types.ts';
import { THEMES } from '#domain/assistance/themes.ts';
import { RECORD_KINDS } from '#domain/library/records.ts';
import { LANGUAGES } from '#domain/treaties/types.ts';
import { documentsApi } from '#web/api.ts';
import type { DocumentFilters } from '#web/api-types.ts';
import { vocabulary } from '#web/features/assistance/vocabulary.tsx';
import { useInstruments } from '#web/features/library/records.tsx';
import { FilterSelect, useDocumentTitle } from '#web/components/common.tsx';
import { FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { StatusMessage } from '#web/components/forms.tsx';
import { pageParam } from '#web/components/pager.tsx';
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
  const [params] = useSearch();
  const filters = {
    q: params.get('q'),
    stateCode: params.get('stateCode'),
    confidentiality: params.get('confidentiality'),
    organisationId: params.get('organisationId'),
    kind: params.get('kind'),
    instrumentId: params.get('instrumentId'),
    language: params.get('language'),
    theme: params.get('theme'),
  };
  const page = pageParam(params);
  // The list depends on who is reading: reload it when that changes.
  const who = session.user?.id ?? 'anonymous';
  const list = useApi(`documents:${who}:${JSON.stringify(filters)}:${page}`, (signal) =>
    documentsApi.list({ ...(filters as DocumentFilters), page, pageSize: PAGE_SIZE }, signal),
  );
  const states = useStateChoices();
  const instruments = useInstruments();
  const stateName = useStateName();
  const signedIn = session.user !== null;
  const { draft, set, apply } = useFilterDraft(filters);
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
      <FilterForm label={t('documents.filters')} onSubmit={apply} clearTo={href(lang, '/documents')}>
        <div className="field">
          <label htmlFor="documents-q">{t('documents.search')}</label>
          <input id="documents-q" type="search" value={draft.q ?? ''} onChange={(e) => set('q')(e.target.value)} />
        </div>
        <FilterSelect
          id="documents-state"
          label={t('documents.fields.state')}
          value={draft.stateCode}
          options={states}
          onChange={set('stateCode')}
        />
        <FilterSelect
          id="documents-confidentiality"
          label={t('documents.fields.confidentiality')}
          value={draft.confidentiality}
          options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}.label` as MessageKey) }))}
          onChange={set('confidentiality')}
        />
        {signedIn ? <OrganisationFilter value={draft.organisationId} onChange={set('organisationId')} /> : null}
        <FilterSelect
          id="documents-kind"
          label={t('library.fields.kind')}
          value={draft.kind}
          options={RECORD_KINDS.map((k) => ({ value: k, label: t(`library.kind.${k}` as MessageKey) }))}
          onChange={set('kind')}
        />
        <FilterSelect
          id="documents-instrument"
          label={t('library.fields.instruments')}
          value={draft.instrumentId}
          options={instruments.map((i) => ({ value: i.id, label: localize(i.shortNames, i.id).text }))}
          onChange={set('instrumentId')}
        />
        <FilterSelect
          id="documents-language"
          label={t('library.fields.languages')}
          value={draft.language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`languageName.${l}`) }))}
          onChange={set('language')}
        />
        <FilterSelect
          id="documents-theme"
          label={t('library.fields.themes')}
          value={draft.theme}
          options={THEMES.map((x) => ({ value: x, label: vocabulary(t).theme(x) }))}
          onChange={set('theme')}
        />
      </FilterForm>
      {list.data?.abilities.export ? (
        <p className="exports">
          <a href={documentsApi.exportUrl(filters as DocumentFilters)} download>
            {t('documents.exportCsv')}
          </a>
        </p>
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('documents.caption', { count })}
        columns={[
          t('documents.columns.title'),
          t('documents.fields.confidentiality'),
          t('library.fields.kind'),
          t('documents.fields.state'),
          t('documents.fields.owner'),
          t('documents.columns.file'),
          t('documents.columns.updated'),
        ]}
        empty={t('documents.none')}
      >
        {(d) => (
          <tr key={d.id}>
            <th scope="row">
              <Link to={href(lang, `/documents/${encodeURIComponent(d.id)}`)}>
                <span dir="auto">{d.title}</span>
              </Link>
            </th>
            <td>
              <ConfidentialityBadge level={d.confidentiality} />
            </td>
            <td>{t(`library.kind.${d.kind}` as MessageKey)}</td>
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
        )}
      </PagedTable>
    </>
  );
}

function OrganisationFilter({ value, onChange }: { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useI18n();
  const { organisations } = useOrganisations();
  return (
    <FilterSelect
      id="documents-organisation"
      label={t('documents.fields.organisation')}
      value={value}
      options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      onChange={onChange}
    />
  );
}
