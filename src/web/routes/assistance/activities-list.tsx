// Activities the reader may see, filtered in the address (?stateCode=&theme=&kind=&organisationId=&mandate=&year=
// &status=&q=&page=), with exports (CSV, XLSX, iCalendar) carrying the same filters.
import type { ActivityFilters } from '#web/api-types.ts';
import { FilterSelect, useDocumentTitle } from '#web/components/common.tsx';
import { ExportLinks, FilterForm, PagedTable, useFilterDraft } from '#web/components/filtered-list.tsx';
import { pageParam } from '#web/components/pager.tsx';
import { useStateChoices, useStateName } from '#web/features/accounts/reference.tsx';
import { EntityFilter } from '#web/features/assistance/fields.tsx';
import { deliveryApi } from '#web/features/assistance/delivery-api.ts';
import { ACTIVITY_STATUSES, choices, DateRange, useVocabulary, VOCAB, Words } from '#web/features/assistance/vocabulary.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link, useSearch } from '#web/router.tsx';
import { useSession } from '#web/session.tsx';
import { useApi } from '#web/use-api.ts';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['q', 'stateCode', 'theme', 'kind', 'organisationId', 'mandate', 'year', 'status'] as const;

export function ActivitiesPage() {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const session = useSession();
  useDocumentTitle(t('delivery.activities.title'));
  const [params] = useSearch();
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k)])) as Record<(typeof FILTER_KEYS)[number], string | null>;
  const page = pageParam(params);
  const who = session.user?.id ?? 'anonymous';
  const list = useApi(`activities:${who}:${JSON.stringify(filters)}:${page}`, (signal) =>
    deliveryApi.activities({ ...filters, page, pageSize: PAGE_SIZE }, signal),
  );
  const states = useStateChoices();
  const stateName = useStateName();
  const { draft, set, apply } = useFilterDraft(filters);
  const years = Array.from({ length: new Date().getFullYear() + 2 - 2010 }, (_, i) => String(new Date().getFullYear() + 1 - i));
  const exportFilters: ActivityFilters = filters;

  return (
    <>
      <h1 tabIndex={-1}>{t('delivery.activities.title')}</h1>
      <p className="lead">{t('delivery.activities.intro')}</p>
      {/* What this list holds depends on who reads it: say so, rather than let an empty list look like a filter's doing. */}
      <p id="activities-visibility">{t(session.user ? 'delivery.activities.visibleSignedIn' : 'delivery.activities.visiblePublic')}</p>
      <ul className="section-links">
        <li>
          <Link to={href(lang, '/activities/calendar', { stateCode: filters.stateCode, theme: filters.theme })}>
            {t('delivery.calendar.title')}
          </Link>
        </li>
        <li>
          <Link to={href(lang, '/programmes')}>{t('delivery.programmes.title')}</Link>
        </li>
        <li>
          <Link to={href(lang, '/strategies')}>{t('delivery.strategies.title')}</Link>
        </li>
      </ul>
      {list.data?.abilities.create ? (
        <p>
          <Link className="button primary" to={href(lang, '/activities/new')}>
            {t('delivery.activities.new')}
          </Link>
        </p>
      ) : null}
      <FilterForm label={t('delivery.filters')} onSubmit={apply} clearTo={href(lang, '/activities')}>
        <div className="field">
          <label htmlFor="activities-q">{t('delivery.search')}</label>
          <input id="activities-q" type="search" value={draft.q ?? ''} onChange={(e) => set('q')(e.target.value)} />
        </div>
        <FilterSelect id="activities-state" label={t('assistance.field.state')} value={draft.stateCode} options={states} onChange={set('stateCode')} />
        <FilterSelect
          id="activities-theme"
          label={t('assistance.field.theme')}
          value={draft.theme}
          options={choices(VOCAB.themes, v.theme)}
          onChange={set('theme')}
        />
        <FilterSelect
          id="activities-kind"
          label={t('assistance.field.activityKind')}
          value={draft.kind}
          options={choices(VOCAB.activityKinds, v.activityKind)}
          onChange={set('kind')}
        />
        {session.user ? <EntityFilter value={draft.organisationId} onChange={set('organisationId')} /> : null}
        <FilterSelect
          id="activities-mandate"
          label={t('delivery.fields.mandate')}
          value={draft.mandate}
          options={choices(VOCAB.mandates, v.mandate)}
          onChange={set('mandate')}
        />
        <FilterSelect
          id="activities-year"
          label={t('delivery.fields.year')}
          value={draft.year}
          options={years.map((y) => ({ value: y, label: y }))}
          onChange={set('year')}
        />
        <FilterSelect
          id="activities-status"
          label={t('assistance.field.status')}
          value={draft.status}
          options={choices(ACTIVITY_STATUSES, v.activityStatus)}
          onChange={set('status')}
        />
      </FilterForm>
      {list.data?.abilities.export !== false ? (
        <ExportLinks id="activities-export" formats={['csv', 'xlsx', 'ics'] as const} url={(format) => deliveryApi.exportUrl(format, exportFilters)} />
      ) : null}
      <PagedTable
        list={list}
        caption={(count) => t('delivery.activities.caption', { count })}
        columns={[
          t('delivery.fields.title'),
          t('delivery.fields.dates'),
          t('assistance.field.activityKind'),
          t('delivery.fields.states'),
          t('assistance.field.themes'),
          t('assistance.field.entity'),
          t('assistance.field.status'),
        ]}
        empty={t(Object.values(filters).some((f) => f) ? 'delivery.activities.none' : 'delivery.activities.noneYet')}
      >
        {(a) => (
          <tr key={a.id}>
            <th scope="row">
              <Link to={href(lang, `/activities/${encodeURIComponent(a.id)}`)}>
                <span dir="auto">{a.title}</span>
              </Link>
            </th>
            <td>
              <DateRange from={a.startDate} to={a.endDate} />
            </td>
            <td>{v.activityKind(a.kind)}</td>
            <td>
              <Words ids={a.stateCodes} label={stateName} />
            </td>
            <td>
              <Words ids={a.themes} label={v.theme} />
            </td>
            <td><bdi>{a.organisationName}</bdi></td>
            <td>{v.activityStatus(a.status)}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}
