import { api } from '#web/api.ts';
import { useAsOf } from '#web/components/as-of-control.tsx';
import { DataTable, DateText, ErrorMessage, Loading, Name, Unknown, useDocumentTitle } from '#web/components/common.tsx';
import { useI18n } from '#web/i18n/i18n.tsx';
import { href, Link } from '#web/router.tsx';
import { useApi } from '#web/use-api.ts';

export function InstrumentsPage() {
  const { t, lang } = useI18n();
  const asOf = useAsOf();
  useDocumentTitle(t('instruments.title'));
  const list = useApi('instruments', (signal) => api.instruments(signal));
  const instruments = [...(list.data?.data ?? [])].sort(
    (a, b) => (a.category === b.category ? 0 : a.category === 'universal' ? -1 : 1) || a.sortOrder - b.sortOrder,
  );
  return (
    <>
      <h1 tabIndex={-1}>{t('instruments.title')}</h1>
      <p className="lead">{t('instruments.intro')}</p>
      {list.error ? <ErrorMessage error={list.error} /> : null}
      {!list.data && list.loading ? <Loading /> : null}
      {list.data && (
        <DataTable
          caption={t('instruments.caption')}
          hideCaption
          columns={[
            t('instruments.columns.shortName'),
            t('instruments.columns.title'),
            t('instruments.columns.category'),
            t('instruments.columns.adopted'),
            t('instruments.columns.entryIntoForce'),
            t('instruments.columns.depositary'),
          ]}
        >
          {instruments.map((i) => (
            <tr key={i.id}>
              <th scope="row">
                <Link to={href(lang, `/instruments/${encodeURIComponent(i.id)}`, { asOf })}>
                  <Name text={i.shortNames} fallback={i.id} />
                </Link>
              </th>
              <td>
                <Name text={i.titles} />
              </td>
              <td>{t(`category.${i.category}`)}</td>
              <td>
                <DateText iso={i.adoptedDate} />
              </td>
              <td>
                <DateText iso={i.entryIntoForce} />
              </td>
              <td>
                <Unknown value={i.depositary ? <span lang="en">{i.depositary}</span> : null} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
