// The activities under a programme, supporting a strategy, or meeting a need: a short table from the activities list.
import type { ActivityFilters } from '#web/api-types.ts';
import { DataTable, Loading } from '#web/components/common.tsx';
import { FormAlert } from '#web/components/forms.tsx';
import { useStateName } from '#web/features/accounts/reference.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';
import { deliveryApi } from './delivery-api.ts';
import { DateRange, useVocabulary, Words } from './vocabulary.tsx';

export function RelatedActivities({ filters, heading }: { filters: ActivityFilters; heading: string }) {
  const { t, lang } = useI18n();
  const v = useVocabulary();
  const stateName = useStateName();
  const list = useApi(`related-activities:${JSON.stringify(filters)}`, (signal) => deliveryApi.activities({ ...filters, pageSize: 100 }, signal));
  const rows = list.data?.data ?? [];
  return (
    <section aria-labelledby="related-activities">
      <h2 id="related-activities">{heading}</h2>
      <FormAlert error={list.error} focus={false} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && rows.length === 0 ? <p className="muted">{t('delivery.activities.none')}</p> : null}
      {rows.length ? (
        <>
          <DataTable
            caption={t('delivery.activities.caption', { count: list.data?.total ?? rows.length })}
            columns={[t('delivery.fields.title'), t('delivery.fields.dates'), t('delivery.fields.states'), t('assistance.field.entity'), t('assistance.field.status')]}
          >
            {rows.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={href(lang, `/activities/${encodeURIComponent(a.id)}`)}>
                    <span dir="auto">{a.title}</span>
                  </Link>
                </th>
                <td>
                  <DateRange from={a.startDate} to={a.endDate} />
                </td>
                <td>
                  <Words ids={a.stateCodes} label={stateName} />
                </td>
                <td><bdi>{a.organisationName}</bdi></td>
                <td>{v.activityStatus(a.status)}</td>
              </tr>
            ))}
          </DataTable>
          {(list.data?.total ?? 0) > rows.length ? (
            <p>
              <Link to={href(lang, '/activities', filters as Record<string, string>)}>{t('delivery.activities.all')}</Link>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
