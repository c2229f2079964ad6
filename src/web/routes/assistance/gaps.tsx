// States ranked by open gaps without assistance: instruments not joined, legislation not yet incorporated (where
// known), needs without an open request. Each State links to its profile's "Gaps and assistance" section.
import { DateText, Text, useDocumentTitle } from '#web/components/common.tsx';
import { ExportLinks, FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { FilterSelect } from '#web/components/common.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { useStateName } from '#web/features/accounts/reference.tsx';
import { SignedIn } from '#web/features/accounts/sign-in-flow.tsx';
import { CoordinationLinks } from '#web/features/assistance/coordination-links.tsx';
import { coordinationApi } from '#web/features/assistance/delivery-api.ts';
import { REGIONAL_GROUPS, useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 50;

export function GapsPage() {
  return (
    <SignedIn>
      <Gaps />
    </SignedIn>
  );
}

function Gaps() {
  const i18n = useI18n();
  const { t, lang, number } = i18n;
  const stateName = useStateName();
  useDocumentTitle(t('coordination.gaps.title'));
  const [params] = useSearch();
  const filters = { regionalGroup: params.get('regionalGroup'), include: params.get('include') === 'all' ? 'all' : null };
  const page = pageParam(params);
  const list = useApi(`gaps:${JSON.stringify(filters)}:${page}`, (signal) => coordinationApi.gaps({ ...filters, page, pageSize: PAGE_SIZE }, signal));
  const { draft, set, apply } = useFilterDraft(filters);
  const first = (page - 1) * PAGE_SIZE;
  return (
    <>
      <h1 tabIndex={-1}>{t('coordination.gaps.title')}</h1>
      <CoordinationLinks current="gaps" />
      <p className="lead">{t('coordination.gaps.intro')}</p>
      <FilterForm label={t('coordination.filters')} onSubmit={apply} clearTo={href(lang, '/coordination/gaps')}>
        <FilterSelect
          id="gaps-group"
          label={t('coordination.regionalGroup')}
          allLabel={t('regionalGroup.all')}
          value={draft.regionalGroup}
          options={REGIONAL_GROUPS.map((g) => ({ value: g, label: i18n.regionalGroup(g).text }))}
          onChange={set('regionalGroup')}
        />
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={draft.include === 'all'} onChange={(e) => set('include')(e.target.checked ? 'all' : null)} />{' '}
            {t('coordination.gaps.includeAssisted')}
          </label>
        </div>
      </FilterForm>
      {list.data?.asOf && list.data.assistanceSince ? (
        <p>{i18n.tx('coordination.gaps.asOf', { date: <DateText iso={list.data.asOf} />, since: <DateText iso={list.data.assistanceSince} /> })}</p>
      ) : null}
      {list.data ? (
        <ExportLinks id="gaps-export" formats={['csv', 'xlsx'] as const} url={(format) => coordinationApi.gapsExportUrl(format, filters)} />
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('coordination.gaps.caption', { count })}
        columns={[
          t('coordination.gaps.rank'),
          t('assistance.field.state'),
          t('coordination.gaps.openGaps'),
          t('coordination.gaps.notJoined'),
          t('coordination.gaps.notIncorporated'),
          t('coordination.gaps.needsWithoutRequest'),
          t('coordination.gaps.assistance'),
        ]}
        empty={t('coordination.gaps.none')}
      >
        {(row) => {
          const rank = (list.data?.data.indexOf(row) ?? 0) + first + 1;
          return (
            <tr key={row.stateCode}>
              <td className="number">{number(rank)}</td>
              <th scope="row">
                <Link to={href(lang, `/states/${encodeURIComponent(row.stateCode)}`) + '#assistance-gaps'}>
                  <Text value={i18n.localize(row.names, stateName(row.stateCode))} />
                </Link>
              </th>
              <td className="number">{number(row.openGaps)}</td>
              <td className="number">
                {number(row.instrumentsNotJoined)}
                {row.instrumentsUnknown > 0 ? (
                  <span className="muted"> ({t('coordination.gaps.unknownCount', { count: row.instrumentsUnknown })})</span>
                ) : null}
              </td>
              <td className="number">
                {row.legislation.known ? number(row.legislation.notIncorporated) : <span className="muted">{t('common.unknown')}</span>}
              </td>
              <td className="number">{number(row.needsWithoutOpenRequest)}</td>
              <td>
                {row.withoutAssistance
                  ? t('coordination.gaps.noAssistance')
                  : t('coordination.gaps.someAssistance', { requests: row.openRequests, activities: row.recentActivities })}
              </td>
            </tr>
          );
        }}
      </PagedTable>
    </>
  );
}
